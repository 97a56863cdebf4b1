package io.tankos.bootc.host;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.exec.Stdin;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Files on a host, written, read and deleted over any {@link CommandRunner} (the local one, or an
 * {@code SshTransport}). Each operation runs one constant {@code sh -c} script; the path and the
 * options are the script's arguments and the content is its standard input, so no value is ever
 * part of a shell text, and content (a secret too) never appears in argv, the environment or an
 * exception message.
 *
 * <pre>{@code
 * HostFiles files = HostFiles.on(
 *     io.tankos.core.exec.SshTransport.builder().host("tank-01").user("openclaw").build());
 * files.write(HostPath.of("~/.config/containers/systemd/openclaw.container.d/10-secrets.conf"),
 *     "[Container]\nSecret=api_key,type=env,target=API_KEY\n",
 *     WriteOptions.builder().mode(0644).parents(true).build());
 * String text = files.readString(HostPath.of("/etc/tank-os-release"));
 * }</pre>
 *
 * <p>A write is atomic: the content goes to a temporary file in the target's directory, gets its
 * mode (and owner), and is renamed over the target with {@code mv}, so a reader sees the old file
 * or the new one, never a part; on failure the temporary file is removed. A path under {@code ~/}
 * is resolved with the remote user's {@code $HOME}; to write into another user's home as root,
 * give the absolute path and an owner. Failures are {@link CommandFailedException}s naming the
 * command (the script and the path, never the content), the exit code and the standard error tail.
 */
public final class HostFiles {
  /** The most {@link #read(HostPath)} returns unless told otherwise: 1 MiB. */
  public static final int DEFAULT_MAX_READ_BYTES = 1 << 20;

  private static final Location AT = Location.of("HostFiles");

  private static final String RESOLVE = "set -eu\n"
      + "p=$1\n"
      + "case $p in \"~/\"*) p=$HOME/${p#\"~/\"} ;; esac\n";

  /** {@code $1} path, {@code $2} octal mode, {@code $3} owner or empty, {@code $4} 1 to make parents. */
  static final String WRITE_SCRIPT = RESOLVE
      + "d=${p%/*}\n"
      + "[ -n \"$d\" ] || d=/\n"
      + "if [ \"$4\" = 1 ]; then mkdir -p -- \"$d\"; fi\n"
      + "if [ -d \"$p\" ]; then echo \"$0: $1 is a directory\" >&2; exit 1; fi\n"
      + "t=$(mktemp \"$d/.tankos-write.XXXXXXXXXX\")\n"
      + "trap 'rm -f -- \"$t\"' EXIT\n"
      + "cat > \"$t\"\n"
      + "chmod \"$2\" \"$t\"\n"
      + "if [ -n \"$3\" ]; then chown -- \"$3\" \"$t\"; fi\n"
      + "mv -f -- \"$t\" \"$p\"\n"
      + "trap - EXIT\n";

  /** {@code $1} path, {@code $2} the most bytes to print. */
  static final String READ_SCRIPT = RESOLVE
      + "exec head -c \"$2\" -- \"$p\"\n";

  /** {@code $1} path; prints {@code deleted} when there was a file. */
  static final String DELETE_SCRIPT = RESOLVE
      + "if [ -e \"$p\" ] || [ -L \"$p\" ]; then rm -f -- \"$p\"; echo deleted; fi\n";

  private final CommandRunner runner;

  private HostFiles(CommandRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /**
   * Files on the host a runner reaches.
   *
   * @param runner the local runner or an {@code SshTransport}
   * @return the operations
   */
  public static HostFiles on(CommandRunner runner) {
    return new HostFiles(runner);
  }

  /**
   * Writes a UTF-8 text atomically.
   *
   * @param path the target
   * @param text the content
   * @param options mode, owner, parents
   * @throws CommandFailedException when the host refuses (missing directory, permissions, a
   *     directory at the path)
   */
  public void write(HostPath path, String text, WriteOptions options) {
    Objects.requireNonNull(text, "text");
    write(path, Stdin.of(text.getBytes(StandardCharsets.UTF_8)), options);
  }

  /**
   * Writes bytes atomically.
   *
   * @param path the target
   * @param content the content
   * @param options mode, owner, parents
   * @throws CommandFailedException when the host refuses
   */
  public void write(HostPath path, byte[] content, WriteOptions options) {
    Objects.requireNonNull(content, "content");
    write(path, Stdin.of(content.clone()), options);
  }

  /**
   * Writes a secret atomically; its value is redacted from everything the command reports.
   *
   * @param path the target
   * @param secret the content
   * @param options mode, owner, parents (a secret usually wants {@code 0600})
   * @throws CommandFailedException when the host refuses
   */
  public void write(HostPath path, SecretValue secret, WriteOptions options) {
    Objects.requireNonNull(secret, "secret");
    write(path, Stdin.secret(secret), options);
  }

  private void write(HostPath path, Stdin content, WriteOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    runner.runChecked(script(WRITE_SCRIPT, "tankos-write", path.toString(), options.octalMode(),
        options.owner().orElse(""), options.parents() ? "1" : "0").stdin(content).build());
  }

  /**
   * Reads a file of at most {@link #DEFAULT_MAX_READ_BYTES}.
   *
   * @param path the file
   * @return its bytes
   * @throws CommandFailedException when the file cannot be read
   * @throws ValidationException at {@code HostFiles.read.path} when the file is larger
   */
  public byte[] read(HostPath path) {
    return read(path, DEFAULT_MAX_READ_BYTES);
  }

  /**
   * Reads a file of at most {@code maxBytes}; the host stops sending after one byte more.
   *
   * @param path the file
   * @param maxBytes the most bytes accepted, {@code 0} to {@code 2^30 - 1}
   * @return its bytes
   * @throws CommandFailedException when the file cannot be read
   * @throws ValidationException at {@code HostFiles.read.path} when the file is larger, at
   *     {@code HostFiles.read.maxBytes} when the bound is out of range
   */
  public byte[] read(HostPath path, int maxBytes) {
    Objects.requireNonNull(path, "path");
    if (maxBytes < 0 || maxBytes >= Command.MAX_STDOUT_BYTES_LIMIT) {
      throw new ValidationException(AT.child("read").child("maxBytes"),
          "the bound must be between 0 and " + (Command.MAX_STDOUT_BYTES_LIMIT - 1) + ", is "
              + maxBytes);
    }
    long limit = maxBytes + 1L;
    CommandResult r = runner.runChecked(script(READ_SCRIPT, "tankos-read", path.toString(),
        Long.toString(limit)).maxStdoutBytes(limit).build());
    byte[] bytes = r.stdoutBytes();
    if (bytes.length > maxBytes || r.stdoutTruncated()) {
      throw new ValidationException(AT.child("read").child("path"),
          path + " is larger than " + maxBytes + " bytes");
    }
    return bytes;
  }

  /**
   * Reads a UTF-8 text file of at most {@link #DEFAULT_MAX_READ_BYTES}; malformed bytes become
   * U+FFFD.
   *
   * @param path the file
   * @return the text
   * @throws CommandFailedException when the file cannot be read
   * @throws ValidationException when the file is larger
   */
  public String readString(HostPath path) {
    return new String(read(path), StandardCharsets.UTF_8);
  }

  /**
   * Deletes a file (or a symbolic link, not its target); a missing file is not an error.
   *
   * @param path the file
   * @return true when there was a file to delete
   * @throws CommandFailedException when it cannot be deleted (a directory, permissions)
   */
  public boolean delete(HostPath path) {
    Objects.requireNonNull(path, "path");
    return runner.runChecked(script(DELETE_SCRIPT, "tankos-delete", path.toString()).build())
        .stdout().strip().equals("deleted");
  }

  private static Command.Builder script(String script, String name, String... args) {
    List<String> argv = new ArrayList<>(List.of("sh", "-c", script, name));
    argv.addAll(List.of(args));
    return Command.builder(argv);
  }
}
