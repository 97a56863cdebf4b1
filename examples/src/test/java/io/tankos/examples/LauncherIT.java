package io.tankos.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code tankos} launcher script with its class-data sharing archive made, missing, truncated,
 * replaced by garbage, and not makeable: the command always runs and prints its help.
 */
class LauncherIT {
  @TempDir Path root;
  private Path target;
  private String path;

  @BeforeEach
  void copyLauncherAndJar() throws IOException {
    target = Files.createDirectories(root.resolve("examples/target"));
    Files.copy(Path.of(System.getProperty("tankos.jar")), target.resolve("tankos.jar"));
    Path launcher = root.resolve("tankos");
    Files.copy(Path.of(System.getProperty("tankos.launcher")), launcher);
    assertTrue(launcher.toFile().setExecutable(true));
    // no sources under root, so a stamp newer than the jar means "built": no Maven run
    Files.writeString(target.resolve(".tankos-built"), "");
  }

  @Test
  void firstRunMakesTheArchiveAndLaterRunsUseIt() throws Exception {
    assertHelp(run());
    Path archive = archive();
    assertTrue(Files.size(archive) > 0);
    assertTrue(Files.exists(Path.of(archive + ".ok")));
    String log = run("-Xlog:cds=info:stderr"); // the launcher turns cds logging off on stdout
    assertTrue(log.contains("Opened archive " + archive), log);
  }

  @Test
  void missingArchiveIsMadeAgain() throws Exception {
    run();
    Files.delete(archive());
    assertHelp(run());
    assertTrue(Files.size(archive()) > 0);
  }

  @Test
  void truncatedArchiveIsMadeAgainBeforeUse() throws Exception {
    run();
    Path archive = archive();
    byte[] bytes = Files.readAllBytes(archive);
    Path cut = Files.write(root.resolve("cut"), Arrays.copyOf(bytes, bytes.length / 3));
    Files.move(cut, archive, StandardCopyOption.REPLACE_EXISTING);
    assertHelp(run());
    assertStamped(archive);
    assertTrue(Files.size(archive) > bytes.length / 3);
  }

  @Test
  void garbageArchiveWithAMatchingStampIsIgnoredByTheJvm() throws Exception {
    run();
    Path archive = archive();
    byte[] garbage = new byte[(int) Files.size(archive)];
    new Random(11).nextBytes(garbage);
    Files.write(root.resolve("garbage"), garbage);
    Files.move(root.resolve("garbage"), archive, StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(Path.of(archive + ".ok"), ""); // stamped after the garbage: the launcher uses it
    assertStamped(archive);
    String out = run();
    assertHelp(out);
    assertFalse(out.contains("[cds]"), out);
  }

  @Test
  void theMainClassComesFromTheArchive() throws Exception {
    run();
    // a main class the archive holds is loaded without opening the jar
    String log = run("-Xlog:class+load=info:stderr");
    assertTrue(log.contains("io.tankos.examples.Tankos source: shared objects file"), log);
  }

  @Test
  void aJavaSwitchedByItsLinkIsResolvedAgain() throws Exception {
    // java on PATH is a link, as alternatives make it; the launcher caches where it leads
    Path bin = Files.createDirectories(root.resolve("bin"));
    Path realJava = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
    Path other = Files.createDirectories(root.resolve("other-jdk/bin")).resolve("java");
    Files.writeString(other, "#!/bin/sh\nexec " + realJava + " \"$@\"\n");
    assertTrue(other.toFile().setExecutable(true));
    Path link = Files.createSymbolicLink(bin.resolve("java"), realJava);
    path = bin + ":" + System.getenv("PATH");
    assertHelp(run());
    Path cache = target.resolve(".java-real-" + link.toString().replaceAll("[^A-Za-z0-9.]", "_"));
    assertEquals(realJava + "\n", Files.readString(cache));
    assertHelp(run()); // the cached answer, still the same file
    assertEquals(realJava + "\n", Files.readString(cache));
    // switched: the cached path names another file now, so the link is resolved again
    Files.delete(link);
    Files.createSymbolicLink(link, other);
    assertHelp(run());
    assertEquals(other.toRealPath() + "\n", Files.readString(cache));
    try (Stream<Path> files = Files.list(target)) {
      List<String> archives = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa"))
          .sorted().toList();
      assertEquals(2, archives.size(), archives.toString()); // one per java
      assertTrue(archives.stream().anyMatch(n -> n.contains("_other_jdk_bin_java")), archives.toString());
    }
  }

  @Test
  void aJavaPathThatCannotBeCachedIsResolvedEachRunWithoutAWord() throws Exception {
    // the cache's name taken by a directory: writing it fails, as in a read-only checkout
    Path bin = Files.createDirectories(root.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("java"),
        Path.of(System.getProperty("java.home"), "bin", "java").toRealPath());
    path = bin + ":" + System.getenv("PATH");
    Files.createDirectories(target.resolve(".java-real-" + link.toString().replaceAll("[^A-Za-z0-9.]", "_")));
    for (int i = 0; i < 2; i++) {
      String out = run();
      assertHelp(out);
      assertFalse(out.contains("Is a directory") || out.contains(".java-real"), out);
    }
  }

  @Test
  void failedTrainingRunLeavesTheCommandWorkingAndIsNotRetried() throws Exception {
    // a java on PATH whose archive dump fails, as on a JDK without dynamic archiving
    Path bin = Files.createDirectories(root.resolve("bin"));
    Path realJava = Path.of(System.getProperty("java.home"), "bin", "java");
    Path java = bin.resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\ncase \"$*\" in *ArchiveClassesAtExit*) exit 1;; esac\nexec " + realJava + " \"$@\"\n");
    assertTrue(java.toFile().setExecutable(true));
    path = bin + ":" + System.getenv("PATH");
    assertHelp(run());
    try (Stream<Path> files = Files.list(target)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertTrue(names.stream().anyMatch(n -> n.endsWith(".jsa.failed")), names.toString());
      assertFalse(names.stream().anyMatch(n -> n.endsWith(".jsa")), names.toString());
    }
    assertHelp(run());
  }

  @Test
  void eachGroupOfCommandsHasItsOwnArchive() throws Exception {
    Path unit = Files.writeString(root.resolve("a.container"), "[Container]\nImage=localhost/a\n");
    String out = exec(List.of(root.resolve("tankos").toString(), "--verbose", "quadlet", "check", unit.toString()),
        null, path);
    assertFalse(out.contains("fatal error"), out);
    assertHelp(run());
    try (Stream<Path> files = Files.list(target)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted()
          .toList();
      assertEquals(2, names.size(), names.toString());
      assertTrue(names.get(0).startsWith("tankos-main-"), names.toString());
      assertTrue(names.get(1).startsWith("tankos-quadlet-"), names.toString());
    }
    String log = exec(List.of(root.resolve("tankos").toString(), "quadlet", "check", unit.toString()),
        "-Xlog:cds=info:stderr", path);
    assertTrue(log.contains("tankos-quadlet-"), log);
  }

  @Test
  void javaHomeWithoutJavaIsRefusedInOneLine() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(root.resolve("tankos").toString(), "--help").redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", root.resolve("no-jdk").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor(), out);
    assertEquals("tankos: JAVA_HOME is " + root.resolve("no-jdk") + ", which has no bin/java\n", out);
  }

  @Test
  void jdk25OrLaterGetsAnAotCache() throws Exception {
    Path jdk = newerJdk();
    Assumptions.assumeTrue(jdk != null, "no JDK 25 or later next to " + System.getProperty("java.home"));
    ProcessBuilder pb = new ProcessBuilder(root.resolve("tankos").toString(), "--help").redirectErrorStream(true);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().put("JAVA_HOME", jdk.toString());
    for (int i = 0; i < 2; i++) {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out);
      assertHelp(out);
      assertFalse(out.contains("[aot]") || out.contains("[cds]"), out);
    }
    try (Stream<Path> files = Files.list(target)) {
      List<Path> caches = files.filter(f -> f.toString().endsWith(".aot")).toList();
      assertEquals(1, caches.size(), caches.toString());
      assertTrue(Files.size(caches.get(0)) > 0);
      assertStamped(caches.get(0));
      // garbage in the cache: the JVM refuses it, the launcher keeps stdout clean
      Files.write(caches.get(0), new byte[4096]);
      Files.writeString(Path.of(caches.get(0) + ".ok"), "");
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out);
      assertHelp(out);
      assertFalse(out.contains("[aot]") || out.contains("[cds]"), out);
    }
  }

  /** A JDK of major version 25 or later installed beside the one running the tests, or null. */
  private static Path newerJdk() throws IOException {
    Path parent = Path.of(System.getProperty("java.home")).toRealPath().getParent();
    try (Stream<Path> dirs = Files.list(parent)) {
      for (Path d : (Iterable<Path>) dirs.sorted()::iterator) {
        Path release = d.resolve("release");
        if (Files.isExecutable(d.resolve("bin/java")) && Files.isRegularFile(release)) {
          for (String line : Files.readAllLines(release)) {
            if (line.startsWith("JAVA_VERSION=\"")) {
              String v = line.substring("JAVA_VERSION=\"".length()).split("[.\"+-]")[0];
              if (v.matches("[0-9]+") && Integer.parseInt(v) >= 25) {
                return d;
              }
            }
          }
        }
      }
    }
    return null;
  }

  private Path archive() throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      List<Path> archives = files.filter(p -> p.toString().endsWith(".jsa")).toList();
      assertEquals(1, archives.size(), archives.toString());
      return archives.get(0);
    }
  }

  /** Runs {@code tankos --help} (extra JVM options through JAVA_TOOL_OPTIONS); stdout + stderr. */
  private String run(String... jvmOptions) throws Exception {
    return exec(
        List.of(root.resolve("tankos").toString(), "--help"), String.join(" ", jvmOptions), path);
  }

  private static void assertStamped(Path archive) throws IOException {
    Path ok = Path.of(archive + ".ok");
    assertTrue(Files.exists(ok), ok.toString());
    assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(ok)) <= 0,
        "archive newer than its stamp");
  }

  private static String exec(List<String> command, String javaToolOptions, String path)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("TANKOS_CDS");
    pb.environment().remove("JAVA_HOME");
    if (path != null) {
      pb.environment().put("PATH", path);
    }
    if (javaToolOptions != null && !javaToolOptions.isEmpty()) {
      pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  private static void assertHelp(String out) {
    assertTrue(out.contains("usage: tankos [--verbose] [--debug] COMMAND [ARGS]"), out);
    assertFalse(out.contains("fatal error"), out);
  }
}
