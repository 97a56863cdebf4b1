package io.tankos.bootc.containerfile;

/** What rendering does with a construct the {@link BuilderTarget} lacks. */
public enum TargetPolicy {
  /** Report it as an error. */
  FAIL,
  /**
   * Rewrite it equivalently where possible: a heredoc script of {@code RUN <<EOF} becomes a
   * bind-mounted context file run by {@code /bin/sh}, a {@code COPY <<EOF dest} becomes a COPY of a
   * context file, a tmpfs {@code size=} becomes {@code tmpfs-size=}; the rest is still an error.
   */
  REWRITE
}
