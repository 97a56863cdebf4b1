package io.tankos.core.exec;

import io.tankos.core.exec.internal.PosixShell;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Runs commands on a remote host through {@code ssh}, as a {@link CommandRunner} wrapping another
 * runner (the local one by default). ssh joins its command words into one line that the remote
 * login shell parses, so every word is quoted for a POSIX shell ({@code 'it'\''s'}): argv arrives
 * verbatim, and nothing is ever expanded remotely. Standard input (and so any {@link
 * io.tankos.core.secret.SecretValue}) is passed through ssh's stdin: this is how secrets reach a
 * booted machine without touching argv.
 *
 * <pre>{@code
 * CommandRunner tank = SshTransport.builder()
 *     .host("tank-01").user("core").port(22)
 *     .identityFile(Path.of("keys/id_ed25519"))
 *     .option("StrictHostKeyChecking", "accept-new")
 *     .build();
 * tank.runChecked(
 *     Command.builder("podman", "secret", "create", "api_key", "-").stdin(apiKey).build());
 * // runs: ssh -p 22 -i keys/id_ed25519 -l core -o StrictHostKeyChecking=accept-new
 * //       -o BatchMode=yes -- tank-01 "'podman' 'secret' 'create' 'api_key' '-'"
 * }</pre>
 *
 * <p>Environment changes and the working directory are applied remotely ({@code cd 'DIR' && env -u
 * NAME -- 'K=V' 'argv'...}), so environment values appear in the local ssh argv: a command whose
 * environment carries one of its secrets (or texts to redact) is refused. Host, user and key file
 * are checked by {@link Operands} and the host follows {@code --}, so none can become an ssh option.
 * A timeout or interrupt ends the local ssh process tree; whether the remote command then
 * stops depends on the remote side (sshd signals it when the connection closes only with a tty).
 * The remote login shell must be a POSIX shell.
 */
public final class SshTransport implements CommandRunner {
  private static final Pattern OPTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private final String sshExecutable;
  private final String host;
  private final String user;
  private final Integer port;
  private final Path identityFile;
  private final Map<String, String> options;
  private final CommandRunner runner;

  private SshTransport(Builder b) {
    this.sshExecutable = b.sshExecutable;
    this.host = b.host;
    this.user = b.user;
    this.port = b.port;
    this.identityFile = b.identityFile;
    LinkedHashMap<String, String> all = new LinkedHashMap<>(b.options);
    all.putIfAbsent("BatchMode", "yes");
    this.options = java.util.Collections.unmodifiableMap(all);
    this.runner = b.runner;
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
   * The local command that runs the given command remotely: ssh argv with the quoted remote command
   * line as its last word; stdin, timeout, listener and redactions carried over.
   *
   * @param command the command to run remotely
   * @return the ssh command
   */
  public Command sshCommand(Command command) {
    List<String> argv = new ArrayList<>();
    argv.add(sshExecutable);
    if (port != null) {
      argv.add("-p");
      argv.add(Integer.toString(port));
    }
    if (identityFile != null) {
      argv.add("-i");
      argv.add(identityFile.toString());
    }
    if (user != null) {
      argv.add("-l");
      argv.add(user);
    }
    for (Map.Entry<String, String> option : options.entrySet()) {
      argv.add("-o");
      argv.add(option.getKey() + "=" + option.getValue());
    }
    argv.add("--");
    argv.add(host);
    argv.add(remoteCommandLine(command));
    Command.Builder ssh = Command.builder(argv);
    ssh.stdin(command.stdin())
        .killGracePeriod(command.killGracePeriod())
        .drainTimeout(command.drainTimeout())
        .outputListener(command.outputListener())
        .maxStdoutBytes(command.maxStdoutBytes())
        .stderrTailLines(command.stderrTailLines())
        .endTreeOnExit(command.endTreeOnExit());
    command.timeout().ifPresent(ssh::timeout);
    ssh.redact(command.redactedTexts().toArray(new String[0]));
    command.secrets().forEach(ssh::redact);
    return ssh.build();
  }

  /**
   * The line the remote shell runs for a command: each word quoted for a POSIX shell, preceded by
   * {@code cd} and {@code env} when the command changes the directory or the environment.
   *
   * @param command the command
   * @return the remote command line
   * @throws IllegalArgumentException when the environment changes and the program name contains
   *     {@code =}, or when an environment value carries a secret or a text to redact (ssh would put
   *     it on its command line; pass secrets on stdin instead)
   */
  public static String remoteCommandLine(Command command) {
    command.environment().forEach((name, value) -> refuseSecret(command, name, value));
    StringBuilder line = new StringBuilder();
    command
        .workingDirectory()
        .ifPresent(
            dir -> line.append("cd ").append(PosixShell.quote(dir.toString())).append(" && "));
    boolean env =
        !command.environment().isEmpty()
            || !command.removedEnvironment().isEmpty()
            || !command.inheritEnvironment();
    if (env) {
      List<String> words = new ArrayList<>();
      words.add("env");
      if (!command.inheritEnvironment()) {
        words.add("-i");
      }
      for (String name : command.removedEnvironment()) {
        words.add("-u");
        words.add(name);
      }
      words.add("--");
      command.environment().forEach((k, v) -> words.add(k + "=" + v));
      if (command.argv().get(0).indexOf('=') >= 0) {
        throw new IllegalArgumentException(
            "argv[0] contains '=': env would take it for a variable assignment");
      }
      line.append(PosixShell.commandLine(words)).append(' ');
    }
    return line.append(PosixShell.commandLine(command.argv())).toString();
  }

  /** Environment values become ssh argv: a secret there would be visible in the process list. */
  private static void refuseSecret(Command command, String name, String value) {
    boolean secret = command.secrets().stream().anyMatch(v -> !v.isDestroyed() && v.appearsIn(value));
    boolean redacted = command.redactedTexts().stream().anyMatch(t -> !t.isEmpty() && value.contains(t));
    if (secret || redacted) {
      throw new IllegalArgumentException(
          "environment variable "
              + name
              + " carries a secret: over ssh the environment is part of the command line;"
              + " pass the secret on stdin instead");
    }
  }

  /**
   * Runs the command remotely; exit code 255 usually means ssh itself failed (see the stderr tail).
   */
  @Override
  public CommandResult run(Command command) {
    return runner.run(sshCommand(command));
  }

  @Override
  public String toString() {
    return "SshTransport["
        + (user == null ? "" : user + "@")
        + host
        + (port == null ? "" : ":" + port)
        + "]";
  }

  /** Builds an {@link SshTransport}; mutable, not thread-safe. */
  public static final class Builder {
    private static final Location AT = Location.of("SshTransport");

    private String sshExecutable = "ssh";
    private String host;
    private String user;
    private Integer port;
    private Path identityFile;
    private final Map<String, String> options = new LinkedHashMap<>();
    private CommandRunner runner = CommandRunner.local();

    private Builder() {}

    /**
     * The host name or address (required); placed after {@code --} in ssh's argv.
     *
     * @param host the host
     * @return this builder
     * @throws ValidationException when empty, starting with {@code -} or containing whitespace
     *     ({@link Operands#sshHost})
     */
    public Builder host(String host) {
      this.host = Operands.sshHost(AT.child("host"), host);
      return this;
    }

    /**
     * The remote user ({@code -l}).
     *
     * @param user the user
     * @return this builder
     * @throws ValidationException when empty, starting with {@code -} or containing whitespace
     */
    public Builder user(String user) {
      this.user = Operands.sshUser(AT.child("user"), user);
      return this;
    }

    /**
     * The port ({@code -p}).
     *
     * @param port 1 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port must be 1..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The private key file ({@code -i}).
     *
     * @param file the key file
     * @return this builder
     * @throws ValidationException when its path starts with {@code -} ({@link Operands#path})
     */
    public Builder identityFile(Path file) {
      this.identityFile = Operands.path(AT.child("identityFile"), file);
      return this;
    }

    /**
     * An ssh option ({@code -o KEY=VALUE}); options keep their order. {@code BatchMode=yes} is
     * added unless set here, so a missing key fails instead of prompting.
     *
     * @param key the option name, e.g. {@code StrictHostKeyChecking}
     * @param value the value
     * @return this builder
     */
    public Builder option(String key, String value) {
      if (key == null || !OPTION_NAME.matcher(key).matches()) {
        throw new IllegalArgumentException("ssh option name must be letters and digits: " + key);
      }
      Objects.requireNonNull(value, "value");
      for (int i = 0; i < value.length(); i++) {
        if (Character.isISOControl(value.charAt(i))) {
          throw new IllegalArgumentException(
              "ssh option " + key + " value contains a control character");
        }
      }
      options.put(key, value);
      return this;
    }

    /**
     * The ssh program (default {@code ssh} from {@code PATH}).
     *
     * @param executable the program
     * @return this builder
     */
    public Builder sshExecutable(String executable) {
      if (Objects.requireNonNull(executable, "executable").isEmpty()) {
        throw new IllegalArgumentException("ssh executable is empty");
      }
      this.sshExecutable = executable;
      return this;
    }

    /**
     * The runner that runs ssh (default {@link CommandRunner#local()}).
     *
     * @param runner the runner
     * @return this builder
     */
    public Builder runner(CommandRunner runner) {
      this.runner = Objects.requireNonNull(runner, "runner");
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return the transport
     * @throws IllegalArgumentException when no host was given
     */
    public SshTransport build() {
      if (host == null) {
        throw new IllegalArgumentException("ssh host is required");
      }
      return new SshTransport(this);
    }
  }
}
