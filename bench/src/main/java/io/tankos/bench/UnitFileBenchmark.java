package io.tankos.bench;

import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitFile;
import java.util.concurrent.TimeUnit;
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

/** Parsing and rendering of unit files of growing size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UnitFileBenchmark {
  @Param({"20", "2000"})
  int entries;

  UnitFile file;
  String text;

  @Setup
  public void setUp() {
    Section.Builder s = Section.builder("Container").add("Image", "quay.io/example/app:1");
    for (int i = 0; i < entries; i++) {
      s.add("Environment", "KEY_" + i + "=value with spaces " + i);
    }
    file = UnitFile.builder().section(s.build()).build();
    text = file.render();
  }

  @Benchmark
  public String render() {
    return file.render();
  }

  @Benchmark
  public UnitFile parse() {
    return UnitFile.parse("bench.container", text);
  }
}
