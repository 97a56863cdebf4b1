package io.tankos.bench;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.quadlet.QuadletVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Quadlet's verdict in process ({@link QuadletVerdict#check}) on the top-level {@code .container}
 * files of the Podman v5.4.2 e2e corpus together, what {@code tankos quadlet check} does after
 * reading them and what {@code bench/compare} sets against {@code quadlet -dryrun}. The corpus is
 * read from {@code ../shared/conformance/quadlet}, or the {@code tankos.conformance} property's
 * {@code quadlet} directory. Divide by the file count for a time per unit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QuadletCheckBenchmark {
  @Param({"5.4.2", "5.8.6"})
  public String podman;

  Map<String, byte[]> files;
  PodmanVersion version;

  @Setup
  public void setUp() throws IOException {
    Path dir = Path.of(System.getProperty("tankos.conformance", "../shared/conformance"), "quadlet",
        "podman-e2e-v5.4.2");
    files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : list.filter(p -> p.getFileName().toString().endsWith(".container")).sorted().toList()) {
        files.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no .container files in " + dir);
    }
    version = PodmanVersion.parse(podman);
    System.out.println("\n  " + files.size() + " files");
  }

  /** Every file of the corpus judged together. */
  @Benchmark
  public QuadletVerdict check() {
    return QuadletVerdict.check(files, version);
  }
}
