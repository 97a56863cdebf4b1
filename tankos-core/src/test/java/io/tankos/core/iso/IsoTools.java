package io.tankos.core.iso;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.fs.Directory;
import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import io.tankos.core.fs.Symlink;
import io.tankos.testkit.RealTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs isoinfo and xorriso on images and describes trees so that they can be compared. */
final class IsoTools {
  private IsoTools() {}

  /** The output of a finished process. */
  record Run(int exitCode, String output) {}

  static Path isoinfo() {
    return RealTools.get().requireExecutable("iso.isoinfo");
  }

  static Path xorriso() {
    return RealTools.get().requireExecutable("iso.xorriso");
  }

  static Run run(List<String> argv) {
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    pb.environment().put("LC_ALL", "C.UTF-8");
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + argv);
      }
      return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static byte[] runBytes(List<String> argv) {
    try {
      Process p = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor()).as("exit code of %s", argv).isZero();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Extracts several images with one xorriso process.
   *
   * @param images image files
   * @param dirs target directories (not existing yet), one per image
   * @param readFs {@code any} (Rock Ridge) or {@code norock} (Joliet)
   * @return xorriso's output
   */
  static String extract(List<Path> images, List<Path> dirs, String readFs) {
    List<String> argv =
        new ArrayList<>(
            List.of(
                xorriso().toString(),
                "-abort_on",
                "NEVER",
                "-return_with",
                "WARNING",
                "32",
                "-report_about",
                "WARNING",
                "-read_fs",
                readFs,
                "-osirrox",
                "on"));
    for (int i = 0; i < images.size(); i++) {
      argv.addAll(
          List.of("-indev", images.get(i).toString(), "-extract", "/", dirs.get(i).toString()));
    }
    Run r = run(argv);
    assertThat(r.output())
        .as("xorriso output")
        .doesNotContain("SORRY", "FAILURE", "WARNING", "MISHAP");
    assertThat(r.exitCode()).as("xorriso exit code; output:\n%s", r.output()).isZero();
    return r.output();
  }

  /**
   * What a tree holds, as one line per path: {@code d 755}, {@code f 644 <hex>}, {@code l
   * <target>}. Directories implied by deeper paths are listed with mode 755.
   */
  static Map<String, String> describe(FileTree tree, boolean modes, boolean links) {
    Map<String, String> out = new TreeMap<>();
    for (FileEntry e : tree.entries()) {
      String p = e.path();
      for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) {
        out.putIfAbsent(p.substring(0, slash), "d" + (modes ? " 755" : ""));
      }
      if (e instanceof RegularFile f) {
        out.put(
            p,
            "f" + (modes ? " " + Integer.toOctalString(f.mode()) : "") + " " + digest(f.content()));
      } else if (e instanceof Symlink s) {
        if (links) {
          out.put(p, "l " + s.target());
        }
      } else {
        out.put(p, "d" + (modes ? " " + Integer.toOctalString(((Directory) e).mode()) : ""));
      }
    }
    return out;
  }

  /**
   * What a directory on disk holds, in the form of {@link #describe(FileTree, boolean, boolean)}.
   */
  static Map<String, String> describe(Path root, boolean modes) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.equals(root)) {
          continue;
        }
        String rel = root.relativize(p).toString();
        String mode = modes ? " " + mode(p) : "";
        if (Files.isSymbolicLink(p)) {
          out.put(rel, "l " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(rel, "d" + mode);
        } else {
          out.put(rel, "f" + mode + " " + digest(Files.readAllBytes(p)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String mode(Path p) throws IOException {
    int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    return Integer.toOctalString(mode & 07777);
  }

  /** Content as its length and SHA-256, so that a failing comparison stays readable. */
  private static String digest(byte[] content) {
    try {
      return content.length
          + ":"
          + HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(content))
              .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
