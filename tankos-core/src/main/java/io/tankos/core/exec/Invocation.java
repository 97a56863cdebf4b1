package io.tankos.core.exec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command as a {@link RecordingRunner} saw it, with the command's redactions applied: argv and
 * environment values have every redacted text replaced by {@code <redacted>}, and standard input is
 * recorded with each secret replaced by {@code <secret:NAME>}, so a test can check which secret went
 * where without its value.
 */
public final class Invocation {
  private final List<String> argv;
  private final Map<String, String> environment;
  private final Set<String> removedEnvironment;
  private final Path workingDirectory;
  private final byte[] stdin;
  private final List<String> stdinSecretNames;
  private final Duration timeout;

  Invocation(Command command, byte[] recordedStdin, List<String> secretNames) {
    this.argv = command.redactedArgv();
    Map<String, String> env = new LinkedHashMap<>();
    command.environment().forEach((name, value) -> env.put(name, command.redact(value)));
    this.environment = Collections.unmodifiableMap(env);
    this.removedEnvironment =
        Collections.unmodifiableSet(new LinkedHashSet<>(command.removedEnvironment()));
    this.workingDirectory = command.workingDirectory().orElse(null);
    this.stdin = recordedStdin.clone();
    this.stdinSecretNames = List.copyOf(secretNames);
    this.timeout = command.timeout().orElse(null);
  }

  /**
   * argv as given to the runner, redacted.
   *
   * @return argv
   */
  public List<String> argv() {
    return argv;
  }

  /**
   * Environment additions, values redacted.
   *
   * @return the variables
   */
  public Map<String, String> environment() {
    return environment;
  }

  /**
   * Environment removals.
   *
   * @return the names
   */
  public Set<String> removedEnvironment() {
    return removedEnvironment;
  }

  /**
   * The working directory, if set.
   *
   * @return the directory
   */
  public Optional<Path> workingDirectory() {
    return Optional.ofNullable(workingDirectory);
  }

  /**
   * Standard input with secrets replaced by {@code <secret:NAME>}.
   *
   * @return a copy of the bytes
   */
  public byte[] stdinBytes() {
    return stdin.clone();
  }

  /**
   * Standard input as UTF-8 text, secrets replaced by {@code <secret:NAME>}.
   *
   * @return the text
   */
  public String stdinText() {
    return new String(stdin, StandardCharsets.UTF_8);
  }

  /**
   * Names of the secrets written to standard input, in order.
   *
   * @return the names
   */
  public List<String> stdinSecretNames() {
    return stdinSecretNames;
  }

  /**
   * The timeout, if set.
   *
   * @return the timeout
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  @Override
  public String toString() {
    return "Invocation" + argv;
  }
}
