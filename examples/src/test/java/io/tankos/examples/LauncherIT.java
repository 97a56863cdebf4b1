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
    String log = run("-Xlog:cds=info");
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
    assertEquals(stat(archive), Files.readString(Path.of(archive + ".ok")));
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
    Files.writeString(Path.of(archive + ".ok"), stat(archive));
    assertHelp(run());
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

  private static String stat(Path archive) throws Exception {
    return exec(List.of("stat", "-c", "%s %Y", archive.toString()), null, null).strip() + "\n";
  }

  private static String exec(List<String> command, String javaToolOptions, String path)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("TANKOS_CDS");
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
