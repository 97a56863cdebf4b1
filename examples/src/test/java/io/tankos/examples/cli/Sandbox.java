package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A directory tree standing in for a user's machine: a fake home ({@code user.home} points at it
 * while the sandbox is open), a working directory three levels down with input files, a foreign
 * directory, an empty one, a file, symbolic links to each of them and to {@code /}, and a directory
 * nobody may write to ({@code chattr +i} as root, mode 0555 otherwise).
 *
 * <pre>
 * home/.profile   wd/keep.txt   wd/proj/keep.txt   wd/proj/sub/ (working directory)
 * foreign/data    empty/          file.txt             ro/x           links/{root,home,cwd,...}
 * ro-mode/x (mode 0555: unwritable for a process without CAP_DAC_OVERRIDE)
 * </pre>
 */
final class Sandbox implements AutoCloseable {
  static final String UNIT = "[Container]\nImage=quay.io/x/web:1\n";
  static final String USER_DATA = "#cloud-config\nhostname: tank-01\n";
  static final String CONTAINERFILE = "FROM quay.io/fedora/fedora-bootc:42\nRUN bootc container lint\n";
  static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop\n";

  final Path root;
  final Path home;
  final Path cwd;
  private final String realHome;
  private final boolean immutable;
  private final boolean readOnlyWorks;

  Sandbox(Path root) throws IOException {
    this.root = root;
    home = Files.createDirectories(root.resolve("home"));
    Files.writeString(home.resolve(".profile"), "mine\n");
    cwd = Files.createDirectories(root.resolve("wd/proj/sub"));
    Files.writeString(root.resolve("wd/keep.txt"), "mine\n");
    Files.writeString(root.resolve("wd/proj/keep.txt"), "mine\n");
    Files.writeString(cwd.resolve("ok.container"), UNIT);
    Files.writeString(cwd.resolve("ok.yaml"), USER_DATA);
    Files.writeString(cwd.resolve("Containerfile"), CONTAINERFILE);
    Files.writeString(cwd.resolve("id.pub"), KEY);
    Files.writeString(cwd.resolve("hosts.csv"), "hostname,instance_id,ssh_authorized_keys\ntank-01,,\"" + KEY.strip() + "\"\n");
    Files.writeString(cwd.resolve("plain.txt"), "mine\n");
    Files.createDirectories(cwd.resolve("adir"));
    Files.createSymbolicLink(cwd.resolve("dangling"), cwd.resolve("nowhere"));
    Path unreadable = Files.writeString(cwd.resolve("unreadable"), UNIT);
    Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    run("mkfifo", cwd.resolve("fifo").toString());
    Files.createDirectories(root.resolve("foreign"));
    Files.writeString(root.resolve("foreign/data"), "mine\n");
    Files.createDirectories(root.resolve("empty"));
    Files.writeString(root.resolve("file.txt"), "mine\n");
    Path closed = Files.createDirectories(root.resolve("ro-mode"));
    Files.writeString(closed.resolve("x"), "mine\n");
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path ro = Files.createDirectories(root.resolve("ro"));
    Files.writeString(ro.resolve("x"), "mine\n");
    Path links = Files.createDirectories(root.resolve("links"));
    Files.createSymbolicLink(links.resolve("root"), Path.of("/"));
    Files.createSymbolicLink(links.resolve("home"), home);
    Files.createSymbolicLink(links.resolve("cwd"), cwd);
    Files.createSymbolicLink(links.resolve("cwd-parent"), cwd.getParent());
    Files.createSymbolicLink(links.resolve("foreign"), root.resolve("foreign"));
    Files.createSymbolicLink(links.resolve("empty"), root.resolve("empty"));
    Files.createSymbolicLink(links.resolve("file"), root.resolve("file.txt"));
    Files.createSymbolicLink(links.resolve("dangling"), root.resolve("nowhere"));
    immutable = run("chattr", "+i", ro.toString()) == 0;
    if (!immutable) {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    readOnlyWorks = !Files.isWritable(ro) || immutable;
    realHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
  }

  /** Whether the process can be denied reading a file (not as root). */
  boolean canDenyReading() {
    return !Files.isReadable(cwd.resolve("unreadable"));
  }

  /** Whether {@code ro/} really refuses new entries. */
  boolean canDenyWriting() {
    return readOnlyWorks;
  }

  /** A path below the sandbox as an absolute string. */
  String abs(String relative) {
    return root.resolve(relative).toString();
  }

  SortedMap<String, String> snapshot() {
    return TreeSnapshot.of(root);
  }

  /**
   * Asserts that nothing changed but the allowed paths (sandbox-relative; everything below them
   * too).
   */
  static void assertUnchangedOutside(
      SortedMap<String, String> before, SortedMap<String, String> after, List<String> allowed, String what) {
    assertThat(outside(after, allowed)).as(what + ": nothing outside " + allowed + " changed")
        .isEqualTo(outside(before, allowed));
  }

  private static Map<String, String> outside(SortedMap<String, String> snapshot, List<String> allowed) {
    Map<String, String> out = new TreeMap<>(snapshot);
    out.keySet().removeIf(k -> allowed.stream().anyMatch(a -> k.equals(a) || k.startsWith(a + "/")));
    return out;
  }

  @Override
  public void close() throws IOException {
    System.setProperty("user.home", realHome);
    if (immutable) {
      run("chattr", "-i", root.resolve("ro").toString());
    } else {
      Files.setPosixFilePermissions(root.resolve("ro"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.setPosixFilePermissions(root.resolve("ro-mode"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.deleteIfExists(root.resolve("links/root")); // JUnit warns about links out of its directory
  }

  static int run(String... argv) {
    try {
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
