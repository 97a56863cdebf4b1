package io.tankos.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A stand-in machine for secret provisioning tests, in a directory: shell fakes of {@code ssh},
 * {@code runuser}, {@code sudo}, {@code podman} and {@code systemctl} in {@link #bin()}, each
 * recording its argv (one call per line of {@link #calls()}) and its environment ({@code
 * log/NAME.env}); {@code podman secret create} appends its standard input to {@link
 * #podmanStdinFile()} and keeps only the secret's name in a store. The fake {@code ssh} runs its
 * last argument with {@code sh -c} as sshd would, with {@code PATH} starting at {@link #bin()} and
 * {@code HOME} at {@link #home()}.
 *
 * <pre>{@code
 * FakeSecretHost host = FakeSecretHost.create(tempDir);
 * SshTransport ssh = SshTransport.builder().host("tank-01").sshExecutable(host.ssh().toString()).build();
 * // … run the code under test, then:
 * host.calls();                   // ["runuser -u openclaw -- env XDG_RUNTIME_DIR=… podman secret create …", …]
 * host.filesContaining(canary);   // only the stdin record
 * }</pre>
 */
public final class FakeSecretHost {
  private static final String RECORD = "#!/bin/sh\n"
      + "root=$(cd \"$(dirname \"$0\")/..\" && pwd)\n"
      + "name=$(basename \"$0\")\n"
      + "{ printf '%s' \"$name\"; for a do printf ' %s' \"$a\"; done; printf '\\n'; } >> \"$root/log/calls\"\n"
      + "env | grep -v '^_=' | sort >> \"$root/log/$name.env\"\n";

  private static final String SSH = RECORD
      + "eval \"line=\\${$#}\"\n"
      + "PATH=\"$root/bin:$PATH\" HOME=\"$root/home\" exec sh -c \"$line\"\n";

  private static final String RUNUSER = RECORD
      + "[ \"$1\" = -u ] && [ \"$3\" = -- ] || { echo \"runuser: bad usage\" >&2; exit 1; }\n"
      + "shift 3\n"
      + "exec \"$@\"\n";

  private static final String SUDO = RECORD
      + "while [ \"$1\" != -- ]; do shift; done\n"
      + "shift\n"
      + "exec \"$@\"\n";

  private static final String SYSTEMCTL = RECORD
      + "if [ -e \"$root/fail-systemctl\" ]; then echo \"Failed to $2: Unit not found.\" >&2; exit 5; fi\n";

  private static final String PODMAN = RECORD
      + "store=\"$root/store\"\n"
      + "mkdir -p \"$store\"\n"
      + "eval \"last=\\${$#}\"\n"
      + "case \"$1 $2\" in\n"
      + "  'version --format')\n"
      + "    printf '{\"Client\":{\"Version\":\"%s\"}}\\n' \"$(cat \"$root/podman-version\")\" ;;\n"
      + "  'secret create')\n"
      + "    eval \"secret=\\${$(($# - 1))}\"\n"
      + "    value=$(cat)\n"
      + "    printf '%s\\n' \"$value\" >> \"$root/log/podman.stdin\"\n"
      + "    if [ -e \"$root/fail-create\" ]; then\n"
      + "      echo \"Error: creating secret $secret: refusing value $value\" >&2; exit 125\n"
      + "    fi\n"
      + "    case \" $* \" in *' --replace '*) ;; *)\n"
      + "      if [ -e \"$store/$secret\" ]; then echo \"Error: $secret: secret name in use\" >&2; exit 125; fi ;;\n"
      + "    esac\n"
      + "    : > \"$store/$secret\"\n"
      + "    echo \"id-$secret\" ;;\n"
      + "  'secret inspect')\n"
      + "    if [ -e \"$store/$last\" ]; then\n"
      + "      printf '[{\"ID\":\"id-%s\",\"Spec\":{\"Name\":\"%s\",\"Driver\":{\"Name\":\"file\",\"Options\":{}},\"Labels\":{}},"
      + "\"CreatedAt\":\"\",\"UpdatedAt\":\"\"}]\\n' \"$last\" \"$last\"\n"
      + "    else echo \"Error: inspecting secret: no such secret\" >&2; exit 125; fi ;;\n"
      + "  'secret rm')\n"
      + "    if [ -e \"$store/$last\" ]; then rm -f \"$store/$last\"; echo \"id-$last\";\n"
      + "    else echo \"Error: $last: no such secret\" >&2; exit 1; fi ;;\n"
      + "  'secret ls')\n"
      + "    ls \"$store\" ;;\n"
      + "  *) echo \"fake podman: unexpected $*\" >&2; exit 2 ;;\n"
      + "esac\n";

  private final Path root;

  private FakeSecretHost(Path root) {
    this.root = root;
  }

  /**
   * Makes the fake machine in a directory (podman version 5.4.0, see {@link #podmanVersion}).
   *
   * @param root an empty directory
   * @return the machine
   */
  public static FakeSecretHost create(Path root) {
    FakeSecretHost h = new FakeSecretHost(root);
    try {
      Files.createDirectories(root.resolve("bin"));
      Files.createDirectories(root.resolve("log"));
      Files.createDirectories(root.resolve("home"));
      Files.createDirectories(root.resolve("store"));
      Files.createFile(root.resolve("log/calls"));
      h.podmanVersion("5.4.0");
      h.script("ssh", SSH);
      h.script("runuser", RUNUSER);
      h.script("sudo", SUDO);
      h.script("podman", PODMAN);
      h.script("systemctl", SYSTEMCTL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return h;
  }

  private void script(String name, String text) throws IOException {
    Path p = bin().resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
  }

  /**
   * The directory of the fakes (put it first on {@code PATH}).
   *
   * @return the directory
   */
  public Path bin() {
    return root.resolve("bin");
  }

  /**
   * The fake {@code ssh}.
   *
   * @return its path
   */
  public Path ssh() {
    return bin().resolve("ssh");
  }

  /**
   * The home directory remote commands see.
   *
   * @return the directory
   */
  public Path home() {
    return root.resolve("home");
  }

  /**
   * Sets the version the fake podman reports ({@code --replace} exists from 4.7).
   *
   * @param version e.g. {@code 4.3.1}
   */
  public void podmanVersion(String version) {
    write("podman-version", version + "\n");
  }

  /**
   * Makes {@code podman secret create} fail, echoing the value it read on standard error.
   *
   * @param fail true to fail
   */
  public void failCreate(boolean fail) {
    flag("fail-create", fail);
  }

  /**
   * Makes {@code systemctl} fail.
   *
   * @param fail true to fail
   */
  public void failSystemctl(boolean fail) {
    flag("fail-systemctl", fail);
  }

  /**
   * Puts a secret in the fake store (name only).
   *
   * @param name the secret's name
   */
  public void addSecret(String name) {
    write("store/" + name, "");
  }

  /**
   * The recorded calls, one per line: program name and arguments joined by spaces.
   *
   * @return the calls in order
   */
  public List<String> calls() {
    try {
      return Files.readAllLines(root.resolve("log/calls"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What {@code podman secret create} read on standard input, every call appended.
   *
   * @return the file
   */
  public Path podmanStdinFile() {
    return root.resolve("log/podman.stdin");
  }

  /**
   * Every regular file under the machine's directory (fakes, logs, home, store) whose content
   * contains a text.
   *
   * @param text e.g. a canary value
   * @return the paths, sorted
   */
  public List<Path> filesContaining(String text) {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    List<Path> found = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        if (new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
            .contains(new String(needle, StandardCharsets.ISO_8859_1))) {
          found.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private void flag(String name, boolean on) {
    try {
      if (on) {
        write(name, "");
      } else {
        Files.deleteIfExists(root.resolve(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String name, String text) {
    try {
      Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
