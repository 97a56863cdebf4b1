package io.tankos.core.exec;

import io.tankos.core.exec.internal.PosixShell;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A command to run: argv (passed verbatim, never through a shell), environment changes, working
 * directory, standard input, timeout, an output listener and the texts to redact. {@link
 * #toString()} shows the redacted argv and never a secret or an environment value.
 *
 * <p><b>Secrets.</b> A {@link SecretValue} reaches the process on standard input and nowhere else:
 * argv is readable by every user in {@code /proc/PID/cmdline} and the environment is inherited by
 * every descendant and readable in {@code /proc/PID/environ}, so {@link Builder#build()} refuses a
 * command whose argv or environment carries the value of one of its secrets. Argv and environment
 * therefore take {@code String}s only. Every redacted text and secret value is replaced by {@code
 * <redacted>} in all output the runner hands back (listener lines, captured standard output, the
 * standard error tail, exception messages, logs), also where it is split across reads or line cuts.
 *
 * <p><b>Memory.</b> Whatever a process writes, a run holds at most {@link #maxStdoutBytes()} of
 * captured standard output (three times that while the result is being built), {@link
 * #stderrTailLines()} lines of at most {@link #MAX_LINE_CHARS} characters of standard error, and
 * fixed buffers of about 1 MiB per run (plus the longest redacted text per stream). Listener lines
 * are handed on and not kept.
 *
 * <pre>{@code
 * Command command = Command.builder("podman", "secret", "create", "api_key", "-")
 *     .stdin(apiKey)                       // a SecretValue: written to stdin, redacted everywhere
 *     .timeout(Duration.ofSeconds(30))
 *     .outputListener(line -> log.info("{}", line))
 *     .build();
 * CommandResult result = CommandRunner.local().runChecked(command);
 * }</pre>
 */
public final class Command {
  /** Longest line (in characters) delivered to a listener in one piece: {@value}. */
  public static final int MAX_LINE_CHARS = 64 * 1024;

  /** Default cap on captured standard output: 8 MiB. */
  public static final long DEFAULT_MAX_STDOUT_BYTES = 8L * 1024 * 1024;

  /** Largest cap on captured standard output that can be set: 1 GiB. */
  public static final long MAX_STDOUT_BYTES_LIMIT = 1L << 30;

  /** Default number of standard error lines kept for results and messages: {@value}. */
  public static final int DEFAULT_STDERR_TAIL_LINES = 40;

  /** Default time between SIGTERM and SIGKILL when a process tree is ended: 2 s. */
  public static final Duration DEFAULT_KILL_GRACE_PERIOD = Duration.ofSeconds(2);

  /** Default time to wait for output pipes to close once the process has exited: 2 s. */
  public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(2);

  private static final Consumer<OutputLine> NO_LISTENER = line -> {};

  private final List<String> argv;
  private final Map<String, String> environment;
  private final Set<String> removedEnvironment;
  private final boolean inheritEnvironment;
  private final Path workingDirectory;
  private final Stdin stdin;
  private final Duration timeout;
  private final Duration killGracePeriod;
  private final Duration drainTimeout;
  private final Consumer<OutputLine> outputListener;
  private final long maxStdoutBytes;
  private final int stderrTailLines;
  private final boolean endTreeOnExit;
  private final List<String> redactedTexts;
  private final List<SecretValue> redactedSecrets;

  private Command(Builder b) {
    this.argv = List.copyOf(b.argv);
    this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(b.environment));
    this.removedEnvironment =
        Collections.unmodifiableSet(new LinkedHashSet<>(b.removedEnvironment));
    this.inheritEnvironment = b.inheritEnvironment;
    this.workingDirectory = b.workingDirectory;
    this.stdin = b.stdin;
    this.timeout = b.timeout;
    this.killGracePeriod = b.killGracePeriod;
    this.drainTimeout = b.drainTimeout;
    this.outputListener = b.outputListener;
    this.maxStdoutBytes = b.maxStdoutBytes;
    this.stderrTailLines = b.stderrTailLines;
    this.endTreeOnExit = b.endTreeOnExit;
    this.redactedTexts = List.copyOf(b.redactedTexts);
    List<SecretValue> secrets = new ArrayList<>(b.redactedSecrets);
    for (SecretValue secret : stdin.secrets()) {
      if (!secrets.contains(secret)) {
        secrets.add(secret);
      }
    }
    this.redactedSecrets = List.copyOf(secrets);
  }

  /**
   * A command with default settings.
   *
   * @param argv the program and its arguments
   * @return the command
   */
  public static Command of(String... argv) {
    return builder(argv).build();
  }

  /**
   * A builder starting with argv.
   *
   * @param argv the program and its arguments
   * @return the builder
   */
  public static Builder builder(String... argv) {
    return new Builder().argv(List.of(argv));
  }

  /**
   * A builder starting with argv.
   *
   * @param argv the program and its arguments
   * @return the builder
   */
  public static Builder builder(List<String> argv) {
    return new Builder().argv(argv);
  }

  /**
   * A builder holding this command's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.argv.addAll(argv);
    b.environment.putAll(environment);
    b.removedEnvironment.addAll(removedEnvironment);
    b.inheritEnvironment = inheritEnvironment;
    b.workingDirectory = workingDirectory;
    b.stdin = stdin;
    b.timeout = timeout;
    b.killGracePeriod = killGracePeriod;
    b.drainTimeout = drainTimeout;
    b.outputListener = outputListener;
    b.maxStdoutBytes = maxStdoutBytes;
    b.stderrTailLines = stderrTailLines;
    b.endTreeOnExit = endTreeOnExit;
    b.redactedTexts.addAll(redactedTexts);
    b.redactedSecrets.addAll(redactedSecrets);
    return b;
  }

  /**
   * The program and its arguments, verbatim (may contain redacted texts: never log this).
   *
   * @return argv
   */
  public List<String> argv() {
    return argv;
  }

  /**
   * argv with every redacted text replaced by {@code <redacted>}: safe to print.
   *
   * @return the redacted argv
   */
  public List<String> redactedArgv() {
    List<String> out = new ArrayList<>(argv.size());
    for (String arg : argv) {
      out.add(redact(arg));
    }
    return List.copyOf(out);
  }

  /**
   * Variables added to (or replaced in) the environment, in insertion order.
   *
   * @return the additions
   */
  public Map<String, String> environment() {
    return environment;
  }

  /**
   * Variables removed from the inherited environment.
   *
   * @return the names
   */
  public Set<String> removedEnvironment() {
    return removedEnvironment;
  }

  /**
   * Whether the process starts from this JVM's environment (true by default) or from an empty one.
   *
   * @return true when inherited
   */
  public boolean inheritEnvironment() {
    return inheritEnvironment;
  }

  /**
   * The working directory, when not the JVM's.
   *
   * @return the directory
   */
  public Optional<Path> workingDirectory() {
    return Optional.ofNullable(workingDirectory);
  }

  /**
   * Standard input.
   *
   * @return the input ({@link Stdin#empty()} by default)
   */
  public Stdin stdin() {
    return stdin;
  }

  /**
   * How long the process may run before its whole tree is ended.
   *
   * @return the timeout, or empty for none
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Time between SIGTERM and SIGKILL when the process tree is ended.
   *
   * @return the grace period
   */
  public Duration killGracePeriod() {
    return killGracePeriod;
  }

  /**
   * How long to wait, once the process has exited, for its output pipes to reach end of file. A
   * detached grandchild may hold them open; when a pipe stayed silent for this long the runner
   * stops waiting and flags the result {@link CommandResult#possiblyTruncated()}. While output
   * still arrives (or the listener is still busy with it), the wait is extended, up to ten times
   * this duration in all.
   *
   * @return the wait
   */
  public Duration drainTimeout() {
    return drainTimeout;
  }

  /**
   * Receives every output line (both streams, redacted) while the process runs; called from pump
   * threads, never two calls at a time. Output that arrives after the runner stopped waiting (see
   * {@link #drainTimeout()}) is dropped. An exception thrown by the listener stops deliveries and
   * is rethrown by the runner once the process has ended.
   *
   * @return the listener
   */
  public Consumer<OutputLine> outputListener() {
    return outputListener;
  }

  /**
   * At most this many bytes of standard output are kept in the result (0 keeps none); the rest is
   * still delivered to the listener.
   *
   * @return the cap
   */
  public long maxStdoutBytes() {
    return maxStdoutBytes;
  }

  /**
   * How many of the last standard error lines the result and failure messages keep.
   *
   * @return the line count
   */
  public int stderrTailLines() {
    return stderrTailLines;
  }

  /**
   * Whether, once the process has exited, what is left of its tree is ended: descendants seen while
   * it ran and every process still holding its output pipes (a daemon it started, a background job).
   * Off by default: such processes are then left running, and a pipe they hold makes the runner stop
   * waiting after {@link #drainTimeout()} and flag {@link CommandResult#possiblyTruncated()}. When on,
   * the local runner also sets {@code TANKOS_TREE} in the process's environment (a value unique to
   * the run, not a secret), so that processes of the tree are found however fast the process exits;
   * a process whose environment is cleared ({@code env -i}, {@code sudo}) is found only through the
   * pipes or while the process runs.
   *
   * @return true when leftovers are ended
   */
  public boolean endTreeOnExit() {
    return endTreeOnExit;
  }

  /**
   * Every secret this command redacts: those given to {@link Builder#redact(SecretValue)} and those
   * in its standard input.
   *
   * @return the secrets
   */
  public List<SecretValue> secrets() {
    return redactedSecrets;
  }

  /**
   * Plain texts this command redacts.
   *
   * @return the texts
   */
  public List<String> redactedTexts() {
    return redactedTexts;
  }

  /**
   * Replaces every redacted text and secret value in a text by {@code <redacted>}.
   *
   * @param text any text
   * @return the redacted text
   */
  public String redact(String text) {
    String out = text;
    for (String redacted : redactedTexts) {
      if (out.contains(redacted)) {
        out = out.replace(redacted, "<redacted>");
      }
    }
    for (SecretValue secret : redactedSecrets) {
      out = secret.redact(out);
    }
    return out;
  }

  /**
   * The redacted argv quoted for a POSIX shell, for messages.
   *
   * @return the display text
   */
  public String displayText() {
    return PosixShell.quoteForDisplay(redactedArgv());
  }

  /** Redacted argv and settings; no secret, no environment value. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Command[").append(displayText());
    if (!environment.isEmpty()) {
      text.append(", env+=").append(environment.keySet());
    }
    if (!removedEnvironment.isEmpty()) {
      text.append(", env-=").append(removedEnvironment);
    }
    if (!inheritEnvironment) {
      text.append(", env not inherited");
    }
    if (workingDirectory != null) {
      text.append(", dir=").append(redact(workingDirectory.toString()));
    }
    if (!stdin.isEmpty()) {
      text.append(", stdin=").append(stdin);
    }
    if (timeout != null) {
      text.append(", timeout=").append(timeout);
    }
    return text.append(']').toString();
  }

  /** Builds a {@link Command}; mutable, not thread-safe. */
  public static final class Builder {
    private final List<String> argv = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Set<String> removedEnvironment = new LinkedHashSet<>();
    private boolean inheritEnvironment = true;
    private Path workingDirectory;
    private Stdin stdin = Stdin.empty();
    private Duration timeout;
    private Duration killGracePeriod = DEFAULT_KILL_GRACE_PERIOD;
    private Duration drainTimeout = DEFAULT_DRAIN_TIMEOUT;
    private Consumer<OutputLine> outputListener = NO_LISTENER;
    private long maxStdoutBytes = DEFAULT_MAX_STDOUT_BYTES;
    private int stderrTailLines = DEFAULT_STDERR_TAIL_LINES;
    private boolean endTreeOnExit;
    private final List<String> redactedTexts = new ArrayList<>();
    private final List<SecretValue> redactedSecrets = new ArrayList<>();

    private Builder() {}

    /**
     * Replaces argv.
     *
     * @param argv the program and its arguments
     * @return this builder
     */
    public Builder argv(List<String> argv) {
      this.argv.clear();
      return args(argv);
    }

    /**
     * Appends arguments.
     *
     * @param args the arguments
     * @return this builder
     */
    public Builder args(String... args) {
      return args(List.of(args));
    }

    /**
     * Appends arguments.
     *
     * @param args the arguments
     * @return this builder
     */
    public Builder args(List<String> args) {
      for (String arg : args) {
        argv.add(Objects.requireNonNull(arg, "argument"));
      }
      return this;
    }

    /**
     * Sets an environment variable for the process (replacing an inherited one).
     *
     * @param name the name
     * @param value the value; never a secret ({@link #build()} refuses a value carrying one of the
     *     command's secrets: the environment is inherited by every descendant and readable in
     *     {@code /proc/PID/environ}); pass secrets with {@link #stdin(SecretValue)}
     * @return this builder
     */
    public Builder env(String name, String value) {
      environment.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      removedEnvironment.remove(name);
      return this;
    }

    /**
     * Removes a variable from the inherited environment.
     *
     * @param name the name
     * @return this builder
     */
    public Builder removeEnv(String name) {
      removedEnvironment.add(Objects.requireNonNull(name, "name"));
      environment.remove(name);
      return this;
    }

    /**
     * Whether to start from this JVM's environment (default) or from an empty one.
     *
     * @param inherit true to inherit
     * @return this builder
     */
    public Builder inheritEnvironment(boolean inherit) {
      this.inheritEnvironment = inherit;
      return this;
    }

    /**
     * Sets the working directory.
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder workingDirectory(Path directory) {
      this.workingDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Sets standard input.
     *
     * @param input the input
     * @return this builder
     */
    public Builder stdin(Stdin input) {
      this.stdin = Objects.requireNonNull(input, "input");
      return this;
    }

    /**
     * Standard input from bytes.
     *
     * @param bytes the bytes (copied)
     * @return this builder
     */
    public Builder stdin(byte[] bytes) {
      return stdin(Stdin.of(bytes));
    }

    /**
     * Standard input from UTF-8 text.
     *
     * @param text the text
     * @return this builder
     */
    public Builder stdin(String text) {
      return stdin(Stdin.of(text));
    }

    /**
     * Standard input from a stream (read once, then closed).
     *
     * @param stream the stream
     * @return this builder
     */
    public Builder stdin(InputStream stream) {
      return stdin(Stdin.from(stream));
    }

    /**
     * Standard input from a secret; the secret is also redacted everywhere.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder stdin(SecretValue secret) {
      return stdin(Stdin.secret(secret));
    }

    /**
     * Ends the whole process tree after this long and throws {@link CommandTimeoutException}.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /**
     * Sets the time between SIGTERM and SIGKILL when the tree is ended.
     *
     * @param grace a non-negative duration
     * @return this builder
     */
    public Builder killGracePeriod(Duration grace) {
      this.killGracePeriod = nonNegative(grace, "killGracePeriod");
      return this;
    }

    /**
     * Sets how long to wait for output pipes once the process has exited.
     *
     * @param wait a non-negative duration
     * @return this builder
     */
    public Builder drainTimeout(Duration wait) {
      this.drainTimeout = nonNegative(wait, "drainTimeout");
      return this;
    }

    /**
     * Sets the listener receiving every output line.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder outputListener(Consumer<OutputLine> listener) {
      this.outputListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Caps the standard output kept in the result.
     *
     * @param bytes 0 to {@link Command#MAX_STDOUT_BYTES_LIMIT}
     * @return this builder
     */
    public Builder maxStdoutBytes(long bytes) {
      if (bytes < 0 || bytes > MAX_STDOUT_BYTES_LIMIT) {
        throw new IllegalArgumentException(
            "maxStdoutBytes must be 0 to " + MAX_STDOUT_BYTES_LIMIT + ", got " + bytes);
      }
      this.maxStdoutBytes = bytes;
      return this;
    }

    /**
     * Sets how many standard error lines are kept.
     *
     * @param lines at least 0
     * @return this builder
     */
    public Builder stderrTailLines(int lines) {
      if (lines < 0) {
        throw new IllegalArgumentException("stderrTailLines must be >= 0, got " + lines);
      }
      this.stderrTailLines = lines;
      return this;
    }

    /**
     * Ends what is left of the process tree once the process has exited (see {@link
     * Command#endTreeOnExit()}).
     *
     * @param end true to end leftovers
     * @return this builder
     */
    public Builder endTreeOnExit(boolean end) {
      this.endTreeOnExit = end;
      return this;
    }

    /**
     * Redacts texts (e.g. a token that has to appear in argv) from messages, logs and output lines.
     *
     * @param texts the texts; empty strings are ignored
     * @return this builder
     */
    public Builder redact(String... texts) {
      for (String text : texts) {
        if (!Objects.requireNonNull(text, "text").isEmpty() && !redactedTexts.contains(text)) {
          redactedTexts.add(text);
        }
      }
      return this;
    }

    /**
     * Redacts a secret's value from messages, logs and output lines (a secret the command hands to
     * the process some other way than on stdin, e.g. in a file whose path is in argv).
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder redact(SecretValue secret) {
      Objects.requireNonNull(secret, "secret");
      if (!redactedSecrets.contains(secret)) {
        redactedSecrets.add(secret);
      }
      return this;
    }

    /**
     * Builds the command.
     *
     * @return the command
     * @throws IllegalArgumentException when argv is empty or a word contains NUL
     * @throws ValidationException when argv or an environment value carries the value of one of the
     *     command's secrets (location {@code command.argv[N]} or {@code command.env.NAME})
     */
    public Command build() {
      if (argv.isEmpty()) {
        throw new IllegalArgumentException("argv is empty");
      }
      if (argv.get(0).isEmpty()) {
        throw new IllegalArgumentException("argv[0] (the program) is empty");
      }
      for (int i = 0; i < argv.size(); i++) {
        if (argv.get(i).indexOf('\0') >= 0) {
          throw new IllegalArgumentException("argv[" + i + "] contains NUL");
        }
      }
      for (Map.Entry<String, String> e : environment.entrySet()) {
        String name = e.getKey();
        if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
          throw new IllegalArgumentException("environment name is empty or contains '=' or NUL");
        }
        if (e.getValue().indexOf('\0') >= 0) {
          throw new IllegalArgumentException("environment value of " + name + " contains NUL");
        }
      }
      Command command = new Command(this);
      refuseSecretsInArgvAndEnvironment(command);
      return command;
    }

    private static void refuseSecretsInArgvAndEnvironment(Command command) {
      for (SecretValue secret : command.secrets()) {
        if (secret.isDestroyed()) {
          continue;
        }
        for (int i = 0; i < command.argv.size(); i++) {
          if (secret.appearsIn(command.argv.get(i))) {
            throw new ValidationException(
                Location.of("command").child("argv").index(i),
                "carries the value of secret " + secret.name()
                    + ": argv is visible to every user in /proc/PID/cmdline; pass it on stdin");
          }
        }
        for (Map.Entry<String, String> e : command.environment.entrySet()) {
          if (secret.appearsIn(e.getValue())) {
            throw new ValidationException(
                Location.of("command").child("env").child(e.getKey()),
                "carries the value of secret " + secret.name()
                    + ": the environment is inherited by every descendant; pass it on stdin");
          }
        }
      }
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, got " + d);
      }
      return d;
    }

    private static Duration nonNegative(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative()) {
        throw new IllegalArgumentException(what + " must not be negative, got " + d);
      }
      return d;
    }
  }
}
