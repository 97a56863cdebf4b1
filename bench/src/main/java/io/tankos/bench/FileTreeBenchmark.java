package io.tankos.bench;

import io.tankos.core.fs.FileTree;
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

/** Building a file tree and writing it as a tar stream. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FileTreeBenchmark {
  @Param({"100", "5000"})
  int files;

  FileTree tree;

  @Setup
  public void setUp() {
    tree = build();
  }

  @Benchmark
  public FileTree build() {
    FileTree.Builder b = FileTree.builder();
    for (int i = 0; i < files; i++) {
      b.file("dir" + (i % 37) + "/sub/file-" + i + ".conf", "content of file " + i + "\n");
    }
    return b.build();
  }

  @Benchmark
  public byte[] tar() {
    return tree.toTar();
  }
}
