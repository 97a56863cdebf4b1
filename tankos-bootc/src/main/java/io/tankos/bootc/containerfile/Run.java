package io.tankos.bootc.containerfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code RUN [--mount=...] [--network=...] [--security=...] command}, in exec form, shell form, or
 * as a heredoc script. Heredocs need BuildKit or Buildah 1.33+; Buildah 1.28 (podman 4.3.1) has none,
 * so rendering for it rewrites a heredoc script into a bind-mounted context file or fails (see
 * {@link BuilderTarget}).
 *
 * <pre>{@code
 * Run.builder().mount(RunMount.cache("/var/cache/dnf")).shell("dnf -y install tmux").build();
 * Run.script("set -eu\ndnf -y install tmux\n");
 * Run.exec("bootc", "container", "lint");
 * }</pre>
 */
public final class Run implements Instruction {
  /** {@link #declaredMounts()} of a parsed RUN with up to three mounts: none declared. */
  private static final List<List<RunMount>> NO_MOUNTS_DECLARED =
      List.of(Collections.nCopies(0, null), Collections.nCopies(1, null), Collections.nCopies(2, null),
          Collections.nCopies(3, null));

  private final List<Flag> flags;
  private final CommandForm command;
  private final List<Heredoc> heredocs;
  private final List<RunMount> declared;

  private Run(List<Flag> flags, List<RunMount> declared, CommandForm command, List<Heredoc> heredocs) {
    this.flags = List.copyOf(flags);
    this.declared = declared;
    this.command = Objects.requireNonNull(command, "command");
    this.heredocs = List.copyOf(heredocs);
  }

  /**
   * A RUN as parsed, without a builder: the flags as written (no mount declared as a {@link
   * RunMount}), the command, and the heredoc bodies of a shell-form command.
   */
  static Run parsed(List<Flag> flags, CommandForm command, List<Heredoc> heredocs) {
    int mounts = 0;
    for (int i = 0; i < flags.size(); i++) {
      if (flags.get(i).name().equals("mount")) {
        mounts++;
      }
    }
    return new Run(flags, mounts < NO_MOUNTS_DECLARED.size() ? NO_MOUNTS_DECLARED.get(mounts)
        : Collections.nCopies(mounts, null), command, heredocs);
  }

  /**
   * A builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A shell-form RUN.
   *
   * @param script the command line
   * @return the instruction
   */
  public static Run shell(String script) {
    return builder().shell(script).build();
  }

  /**
   * An exec-form RUN.
   *
   * @param argv program and arguments
   * @return the instruction
   */
  public static Run exec(String... argv) {
    return builder().exec(argv).build();
  }

  /**
   * A heredoc script run by the stage's shell: {@code RUN <<'EOF'} followed by the body.
   *
   * @param body the script, each line ending in {@code \n}
   * @return the instruction
   */
  public static Run script(String body) {
    return builder().script(body).build();
  }

  /**
   * A builder with this instruction's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.flags.addAll(flags);
    b.declared.addAll(declared);
    b.command = command;
    b.heredocs.addAll(heredocs);
    return b;
  }

  /**
   * The flags, in order.
   *
   * @return the flags
   */
  public List<Flag> flags() {
    return flags;
  }

  /**
   * The mounts ({@code --mount} flags), in order.
   *
   * @return the mounts
   */
  public List<RunMount> mounts() {
    List<RunMount> out = new ArrayList<>();
    for (Flag f : flags) {
      if (f.name().equals("mount") && f.value() != null) {
        out.add(RunMount.parse(f.value().text()));
      }
    }
    return out;
  }

  /** The RunMount objects given to the builder, by mount index (null where the flag was given raw). */
  List<RunMount> declaredMounts() {
    return declared;
  }

  /**
   * The command; for a heredoc RUN the shell-form line with its {@code <<NAME} words.
   *
   * @return the command
   */
  public CommandForm command() {
    return command;
  }

  /**
   * The heredoc bodies, in the order of their {@code <<NAME} words.
   *
   * @return the heredocs
   */
  public List<Heredoc> heredocs() {
    return heredocs;
  }

  @Override
  public String keyword() {
    return "RUN";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Run r && r.flags.equals(flags) && r.command.equals(command) && r.heredocs.equals(heredocs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(flags, command, heredocs);
  }

  @Override
  public String toString() {
    return ContainerfileWriter.instructionText(this, '\\');
  }

  /** Builds a {@link Run}. */
  public static final class Builder {
    private final List<Flag> flags = new ArrayList<>();
    private CommandForm command;
    private final List<Heredoc> heredocs = new ArrayList<>();
    private final List<RunMount> declared = new ArrayList<>();

    private Builder() {}

    /**
     * Adds {@code --mount=...}.
     *
     * @param mount the mount
     * @return this builder
     */
    public Builder mount(RunMount mount) {
      flags.add(Flag.of("mount", Word.literal(mount.toString())));
      declared.add(mount);
      return this;
    }

    /**
     * {@code --network=default|none|host} (Buildah 1.30+).
     *
     * @param network the network mode
     * @return this builder
     */
    public Builder network(String network) {
      flags.add(Flag.of("network", network));
      return this;
    }

    /**
     * {@code --security=sandbox|insecure} (BuildKit only).
     *
     * @param security the security mode
     * @return this builder
     */
    public Builder security(String security) {
      flags.add(Flag.of("security", security));
      return this;
    }

    /**
     * Adds a flag as is.
     *
     * @param flag the flag
     * @return this builder
     */
    public Builder flag(Flag flag) {
      flags.add(Objects.requireNonNull(flag, "flag"));
      if (flag.name().equals("mount")) {
        declared.add(null);
      }
      return this;
    }

    /**
     * The shell form.
     *
     * @param script one command line (no line breaks; use {@link #script(String)} for several)
     * @return this builder
     */
    public Builder shell(String script) {
      this.command = CommandForm.shell(script);
      this.heredocs.clear();
      return this;
    }

    /**
     * The exec form.
     *
     * @param argv program and arguments
     * @return this builder
     */
    public Builder exec(String... argv) {
      return exec(List.of(argv));
    }

    /**
     * The exec form.
     *
     * @param argv program and arguments
     * @return this builder
     */
    public Builder exec(List<String> argv) {
      this.command = CommandForm.exec(argv);
      this.heredocs.clear();
      return this;
    }

    /**
     * A heredoc script: {@code RUN <<'EOF'}, the body, {@code EOF}. The delimiter is chosen so that
     * no body line equals it, and quoted so that no builder expands the body (Buildah 1.33 to 1.35
     * expanded unquoted RUN heredocs itself); the shell still expands it when it runs.
     *
     * @param body the script, each line ending in {@code \n}
     * @return this builder
     */
    public Builder script(String body) {
      String name = Heredocs.delimiterFor(body);
      this.command = CommandForm.shell("<<'" + name + "'");
      this.heredocs.clear();
      this.heredocs.add(new Heredoc(name, body, false, false, 0));
      return this;
    }

    /**
     * A shell-form line with heredoc words and their bodies, as parsed.
     *
     * @param line the command line with {@code <<NAME} words
     * @param docs the bodies in order
     * @return this builder
     */
    public Builder heredocs(String line, List<Heredoc> docs) {
      this.command = CommandForm.shell(line);
      this.heredocs.clear();
      this.heredocs.addAll(docs);
      return this;
    }

    /**
     * Builds the instruction.
     *
     * @return the instruction
     */
    public Run build() {
      if (command == null) {
        throw new IllegalStateException("command == null");
      }
      return new Run(flags, Collections.unmodifiableList(new ArrayList<>(declared)), command, heredocs);
    }
  }
}
