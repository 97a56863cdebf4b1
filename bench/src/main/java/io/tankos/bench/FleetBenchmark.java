package io.tankos.bench;

import io.tankos.bootc.fleet.Fleet;
import io.tankos.bootc.fleet.FleetReport;
import io.tankos.bootc.fleet.FleetWriter;
import io.tankos.bootc.fleet.HostList;
import io.tankos.bootc.fleet.ListedHost;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.RegularFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-host seeds of a fleet written to a directory: {@code write} renders every host of a generated
 * CSV host list (read as a stream, never held) into a fresh directory; {@code rerun} runs again
 * over an unchanged directory, where every host is found unchanged by its digest. The JVM runs with
 * {@code -Xmx256m}; each iteration prints the peak of every heap pool (the old generation's peak is
 * what a run retains) and the heap after a GC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class FleetBenchmark {
  static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop";

  @Param({"10000", "100000"})
  int hosts;

  Fleet fleet;
  Path root;
  Path out;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    fleet = Fleet.builder(TankOsImage.tankOs()).build();
    root = Files.createTempDirectory("tankos-fleet-bench");
  }

  /** The directory {@code rerun} finds unchanged, written once per trial of {@code rerun} only. */
  @State(Scope.Benchmark)
  public static class Written {
    Path dir;

    @Setup(Level.Trial)
    public void setUp(FleetBenchmark b) {
      dir = b.root.resolve("written");
      b.run(dir);
      settle();
    }
  }

  @Setup(Level.Iteration)
  public void fresh() {
    out = root.resolve("out-" + System.nanoTime());
    resetPeaks();
  }

  @TearDown(Level.Iteration)
  public void peak() {
    StringBuilder b = new StringBuilder();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        b.append(String.format(Locale.ROOT, ", %s %d MiB", p.getName(), p.getPeakUsage().getUsed() >> 20));
      }
    }
    System.gc();
    long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(Locale.ROOT, "%n  heap peaks by pool%s; after GC %d MiB; max %d MiB%n", b, live >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    delete(out);
    settle();
  }

  /**
   * Lets the file system write back the last iteration's output and its deletion before the next
   * is timed. On ext4 that is not enough to make disk figures comparable: for a while after many
   * inodes were deleted, creating files costs several times more (docs/benchmarks.md).
   */
  static void settle() {
    try {
      new ProcessBuilder("sync").inheritIO().start().waitFor();
    } catch (IOException e) {
      // no sync command: the next iteration may pay for this one's deferred work
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    delete(root);
  }

  @Benchmark
  public FleetReport write() {
    return run(out);
  }

  /**
   * The host list read and every host's values checked, nothing rendered: the floor under
   * {@code rerun}, which also claims the duplicate keys, renders, digests and compares.
   */
  @Benchmark
  public int read() {
    int ok = 0;
    try (HostList list = HostList.readCsv("hosts.csv", new GeneratedCsv(hosts))) {
      while (list.hasNext()) {
        ok += list.next().host().isPresent() ? 1 : 0;
      }
    }
    if (ok != hosts) {
      throw new IllegalStateException(ok + " of " + hosts + " hosts read");
    }
    return ok;
  }

  /** Every host's seed rendered to its files in memory, nothing written: the CPU part of {@code write}. */
  @Benchmark
  public long render() {
    long bytes = 0;
    try (HostList list = HostList.readCsv("hosts.csv", new GeneratedCsv(hosts))) {
      while (list.hasNext()) {
        ListedHost e = list.next();
        for (FileEntry f : fleet.seed(e.host().orElseThrow()).toFileTree().entries()) {
          bytes += f instanceof RegularFile r ? r.size() : 0;
        }
      }
    }
    return bytes;
  }

  @Benchmark
  public FleetReport rerun(Written written) {
    FleetReport r = run(written.dir);
    if (r.unchanged() != hosts) {
      throw new IllegalStateException(r.summary());
    }
    return r;
  }

  FleetReport run(Path dir) {
    try (HostList list = HostList.readCsv("hosts.csv", new GeneratedCsv(hosts))) {
      FleetReport r = FleetWriter.builder(dir).build().write(fleet, list);
      if (!r.ok()) {
        throw new IllegalStateException(r.summary());
      }
      return r;
    }
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV host list generated as it is read: host name, default instance id, key, static address. */
  static final class GeneratedCsv extends Reader {
    private final int hosts;
    private int next;
    private String line = "hostname,instance_id,ssh_authorized_keys,address\n";
    private int at;

    GeneratedCsv(int hosts) {
      this.hosts = hosts;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (at == line.length()) {
        if (next == hosts) {
          return -1;
        }
        int i = next++;
        String n = Integer.toString(i);
        line = "tank-" + "000000".substring(Math.min(6, n.length())) + n + ",,\"" + KEY + "\",10."
            + (i >> 16 & 255) + '.' + (i >> 8 & 255) + '.' + (i & 255) + "/8\n";
        at = 0;
      }
      int n = Math.min(len, line.length() - at);
      line.getChars(at, at + n, cbuf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
