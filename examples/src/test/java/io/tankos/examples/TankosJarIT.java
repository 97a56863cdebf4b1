package io.tankos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code tankos.jar} as users run it ({@code java -jar}, after {@code package}): it ships
 * an SLF4J provider, is quiet by default and logs debug lines with {@code --verbose}.
 */
class TankosJarIT {
  @TempDir Path dir;

  @Test
  void aSuccessfulRenderPrintsNothingOnStandardError() throws Exception {
    Result r = run("render", "--out", "out");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("Containerfile");
    assertThat(dir.resolve("out/Containerfile")).isRegularFile();
  }

  @Test
  void verboseShowsTheDebugLinesThatTheDefaultLevelHides() throws Exception {
    Path podman = dir.resolve("fake-podman");
    Files.writeString(podman, "#!/bin/sh\nexit 3\n");
    Files.setPosixFilePermissions(podman, PosixFilePermissions.fromString("rwx------"));
    assertThat(run("render", "--out", "ctx").status).isZero();

    Result quiet = run("build", "--podman", podman.toString(), "ctx");
    Result verbose = run("--verbose", "build", "--podman", podman.toString(), "ctx");

    assertThat(quiet.status).isEqualTo(verbose.status).isNotZero();
    assertThat(quiet.err).doesNotContain("DEBUG", "SLF4J");
    assertThat(verbose.err)
        .doesNotContain("SLF4J")
        .containsPattern("(?m)^DEBUG LocalCommandRunner - exec: \\S*fake-podman build ");
  }

  private Result run(String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of(ChildJvm.java(), "-jar", jar().toString()));
    argv.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(argv).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("tankos %s finished", List.of(args)).isTrue();
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Path jar() {
    Path jar = Path.of(System.getProperty("tankos.jar", "target/tankos.jar"));
    assertThat(jar).as("the shaded jar (built by mvn package)").isRegularFile();
    return jar.toAbsolutePath();
  }

  private record Result(int status, String out, String err) {}
}
