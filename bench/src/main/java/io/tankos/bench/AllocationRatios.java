package io.tankos.bench;

import io.tankos.bootc.fleet.KubeVirtGitOps;
import io.tankos.bootc.gitops.LayoutStyle;
import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import io.tankos.core.fs.Symlink;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The bytes each benchmark's operation allocates, set against the size of what it produces: issue
 * 11's "no benchmark allocates more than 10× the size of its output". JMH's {@code -prof gc} gives
 * the allocation with its error; this gives both sides of the ratio in one table, from the same
 * operations, measured with the thread's allocation counter over many runs after a warm-up.
 *
 * <p>The output's size is, for text, its UTF-8 bytes; for a byte array, its length; for a file
 * tree, every entry's path plus a regular file's content or a link's target; for a parser or a
 * verdict, whose result is objects or a judgement, the input's bytes.
 *
 * <pre>{@code
 * java [-Dratios.seconds=1] -cp bench/target/benchmarks.jar io.tankos.bench.AllocationRatios [NAME-FILTER]
 * # each operation is measured in a JVM of its own; --row NAME measures one in this JVM
 * }</pre>
 */
public final class AllocationRatios {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private AllocationRatios() {}

  /** One operation: its name, the operation, what its size is measured on and that size (-1: its output's). */
  private record Row(String name, Callable<Object> op, String measure, long size) {}

  /**
   * Prints the table.
   *
   * @param args an optional filter: only rows whose name contains it
   * @throws Exception when a benchmark's set-up fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--row")) {
      for (Row r : rows()) {
        if (r.name().equals(args[1])) {
          measure(r);
        }
      }
      return;
    }
    String filter = args.length > 0 ? args[0] : "";
    System.out.printf(Locale.ROOT, "%-52s %12s %12s %7s  %s%n", "operation", "allocated", "size", "ratio",
        "size of");
    java.io.PrintStream out = System.out;
    List<Row> rows;
    try {
      System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())); // set-ups' notes
      rows = rows();
    } finally {
      System.setOut(out);
    }
    for (Row r : rows) {
      if (r.name().contains(filter)) {
        fork(r.name());
      }
    }
  }

  /**
   * Measures one row in a JVM of its own, as JMH forks: in one JVM, the operations measured before
   * change what the compiler makes of the next (its type profiles), and with it what escapes.
   */
  private static void fork(String row) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dratios.seconds=" + Long.getLong("ratios.seconds", 1)));
    for (String property : new String[] {"tankos.conformance"}) {
      if (System.getProperty(property) != null) {
        command.add("-D" + property + "=" + System.getProperty(property));
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), AllocationRatios.class.getName(),
        "--row", row));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(row + ": the measuring JVM failed");
    }
    for (String line : out.split("\n")) {
      if (line.startsWith(row)) {
        System.out.println(line);
      }
    }
  }

  private static void measure(Row r) throws Exception {
    long size = r.size() < 0 ? sizeOf(r.op().call()) : r.size();
    long allocated = allocatedPerRun(r.op());
    System.out.printf(Locale.ROOT, "%-52s %12d %12d %6.1fx  %s%n", r.name(), allocated, size,
        (double) allocated / size, r.measure());
  }

  private static List<Row> rows() throws Exception {
    List<Row> rows = new ArrayList<>();
    for (int entries : new int[] {20, 2000}) {
      UnitFileBenchmark u = new UnitFileBenchmark();
      u.entries = entries;
      u.setUp();
      rows.add(row("UnitFileBenchmark.parse " + entries, u::parse, "input", utf8(u.text)));
      rows.add(output("UnitFileBenchmark.render " + entries, u::render));
    }
    for (int files : new int[] {100, 5000}) {
      FileTreeBenchmark t = new FileTreeBenchmark();
      t.files = files;
      t.setUp();
      rows.add(output("FileTreeBenchmark.build " + files, t::build));
      rows.add(output("FileTreeBenchmark.tar " + files, t::tar));
    }
    DocumentsBenchmark d = new DocumentsBenchmark();
    d.setUp();
    rows.add(output("DocumentsBenchmark.quadletDefaultSetToTree", d::quadletDefaultSetToTree));
    rows.add(output("DocumentsBenchmark.imageBuildContext", d::imageBuildContext));
    rows.add(row("DocumentsBenchmark.quadletParse", d::quadletParse, "input", utf8(d.unitText)));
    rows.add(output("DocumentsBenchmark.seedToTree", d::seedToTree));
    rows.add(output("DocumentsBenchmark.seedToIso", d::seedToIso));
    rows.add(row("DocumentsBenchmark.userDataParse", d::userDataParse, "input", utf8(d.userDataText)));
    rows.add(output("DocumentsBenchmark.containerfileParseRender", d::containerfileParseRender));
    for (String podman : new String[] {"5.4.2", "5.8.6"}) {
      QuadletCheckBenchmark q = new QuadletCheckBenchmark();
      q.podman = podman;
      q.setUp();
      long size = 0;
      for (byte[] f : q.files.values()) {
        size += f.length;
      }
      rows.add(row("QuadletCheckBenchmark.check " + podman, q::check, "input", size));
    }
    for (String version : new String[] {"22.4", "25.1"}) {
      for (String document : new String[] {"tank-os", "many-modules", "corpus"}) {
        CloudConfigSchemaBenchmark c = new CloudConfigSchemaBenchmark();
        c.version = version;
        c.document = document;
        c.setUp();
        long size = 0;
        if (document.equals("corpus")) {
          for (byte[] doc : c.corpus) {
            size += doc.length;
          }
          size /= c.corpus.size();
        } else {
          size = c.bytes.length;
        }
        rows.add(row("CloudConfigSchemaBenchmark.check " + version + " " + document, c::check,
            document.equals("corpus") ? "input (mean)" : "input", size));
      }
    }
    FleetBenchmark f = new FleetBenchmark();
    f.hosts = 1000;
    f.fleet = io.tankos.bootc.fleet.Fleet.builder(io.tankos.bootc.image.TankOsImage.tankOs()).build();
    long seeds = f.render();
    rows.add(row("FleetBenchmark.render 1000", f::render, "output", seeds));
    for (LayoutStyle style : LayoutStyle.values()) {
      KubeVirtFleetBenchmark k = new KubeVirtFleetBenchmark();
      k.hosts = 1000;
      k.style = style;
      k.setUp();
      rows.add(output("KubeVirtFleetBenchmark.render 1000 " + style, k::render));
    }
    return rows;
  }

  private static Row row(String name, Callable<Object> op, String measure, long size) {
    return new Row(name, op, measure, size);
  }

  private static Row output(String name, Callable<Object> op) {
    return new Row(name, op, "output", -1);
  }

  private static long sizeOf(Object output) {
    if (output instanceof String s) {
      return utf8(s);
    }
    if (output instanceof byte[] b) {
      return b.length;
    }
    if (output instanceof FileTree t) {
      return treeSize(t);
    }
    if (output instanceof KubeVirtGitOps.Result r) {
      return treeSize(r.tree());
    }
    throw new IllegalArgumentException("no size for " + output.getClass());
  }

  private static long treeSize(FileTree tree) {
    long size = 0;
    for (FileEntry e : tree.entries()) {
      size += utf8(e.path());
      if (e instanceof RegularFile f) {
        size += f.size();
      } else if (e instanceof Symlink l) {
        size += utf8(l.target());
      }
    }
    return size;
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The bytes one run allocates: runs until about three seconds of warm-up have passed, then the
   * mean over runs filling about a second (the property {@code ratios.seconds}: longer, e.g. for a
   * profiler's allocation samples).
   */
  private static long allocatedPerRun(Callable<Object> op) throws Exception {
    long thread = Thread.currentThread().getId();
    long end = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < end) {
      op.call();
    }
    int runs = 0;
    long before = THREADS.getThreadAllocatedBytes(thread);
    end = System.nanoTime() + Long.getLong("ratios.seconds", 1) * 1_000_000_000L;
    while (System.nanoTime() < end || runs < 3) {
      op.call();
      runs++;
    }
    return (THREADS.getThreadAllocatedBytes(thread) - before) / runs;
  }
}
