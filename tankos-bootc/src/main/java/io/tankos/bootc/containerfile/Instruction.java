package io.tankos.bootc.containerfile;

/** One Containerfile instruction. */
public sealed interface Instruction extends Element
    permits From,
        Run,
        Copy,
        Arg,
        Env,
        Label,
        Expose,
        Volume,
        User,
        Workdir,
        Entrypoint,
        Cmd,
        Shell,
        Healthcheck,
        Onbuild,
        StopSignal,
        Maintainer,
        RawInstruction {

  /**
   * The keyword in upper case, e.g. {@code RUN}.
   *
   * @return the keyword
   */
  String keyword();
}
