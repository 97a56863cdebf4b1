package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile {@code --out} values for every command that takes one: the tree writers {@code render},
 * {@code seed} and {@code fleet --kubevirt} (DIR replaced), {@code fleet} and {@code disk} (written
 * into DIR) and the three {@code fmt} commands (files written into DIR). Each case runs in a fresh
 * {@link Sandbox}.
 */
class HostileOutputPathsTest {
  private static final String REFUSED = "refusing to replace: ";

  @TempDir Path tmp;
  private final AtomicInteger next = new AtomicInteger();

  /**
   * {@code render}, {@code seed} or {@code fleet --kubevirt} (named {@code kubevirt} here) writing
   * DIR, with or without {@code --force}.
   */
  private static List<String> tree(String command, String out, boolean force) {
    List<String> a = new ArrayList<>(command.equals("kubevirt")
        ? List.of("fleet", "--hosts", "hosts.csv", "--kubevirt", "--out", out) : List.of(command, "--out", out));
    if (command.equals("seed")) {
      a.addAll(List.of("--ssh-key", "id.pub"));
    }
    if (force) {
      a.add("--force");
    }
    return a;
  }

  private static List<HostileCase> treeCases(String command) {
    List<HostileCase> c = new ArrayList<>();
    for (boolean force : List.of(false, true)) {
      String f = force ? " (--force)" : "";
      c.add(new HostileCase("empty value" + f, tree(command, "", force), 2, null, "option --out has an empty value", List.of()));
      for (String dots : List.of(".", "..", "./", "../..", "sub/..", "@/empty/.")) {
        c.add(new HostileCase(". and .." + f, tree(command, dots, force), 1, dots, REFUSED + "the path ends in", List.of()));
      }
      c.add(new HostileCase("root" + f, tree(command, "/", force), 1, "/", REFUSED + "it is the root directory", List.of()));
      c.add(new HostileCase("home" + f, tree(command, "@/home", force), 1, "@/home", REFUSED + "it is the home directory", List.of()));
      c.add(new HostileCase("working directory and ancestors" + f, tree(command, "@/wd/proj/sub", force), 1,
          "@/wd/proj/sub", REFUSED + "it is the protected directory", List.of()));
      for (String up : List.of("@/wd/proj", "@/wd", "@/")) {
        c.add(new HostileCase("working directory and ancestors" + f, tree(command, up, force), 1, up,
            REFUSED + "it is an ancestor of", List.of()));
      }
      for (String link : List.of("root", "home", "cwd", "cwd-parent", "foreign", "empty", "file", "dangling")) {
        String arg = "@/links/" + link;
        c.add(new HostileCase("symlink as DIR" + f, tree(command, arg, force), 1, arg,
            REFUSED + "a symbolic link that tankos did not create", List.of()));
      }
      c.add(new HostileCase("file instead of DIR" + f, tree(command, "@/file.txt", force), 1, "@/file.txt",
          REFUSED + "not a directory", List.of()));
      c.add(new HostileCase("file as parent" + f, tree(command, "@/file.txt/out", force), 1, "@/file.txt/out",
          "not a directory", List.of()));
      c.add(new HostileCase("fresh or empty DIR" + f, tree(command, "fresh/out", force), 0, null, null,
          List.of("wd/proj/sub/fresh")));
      c.add(new HostileCase("fresh or empty DIR" + f, tree(command, "@/empty", force), 0, null, null,
          List.of("empty", ".empty.tankos")));
    }
    c.add(new HostileCase("non-empty foreign DIR", tree(command, "@/foreign", false), 1, "@/foreign",
        REFUSED + "a non-empty directory that tankos did not write (--force replaces it)", List.of()));
    c.add(new HostileCase("non-empty foreign DIR (--force)", tree(command, "@/foreign", true), 0, null, null,
        List.of("foreign", ".foreign.tankos")));
    return c;
  }

  /** The three fmt commands, each with its input file. */
  private static final List<List<String>> FMT = List.of(
      List.of("quadlet", "fmt", "ok.container"),
      List.of("cloud-init", "fmt", "ok.yaml"),
      List.of("containerfile", "fmt", "Containerfile"));

  private static List<HostileCase> fmtCases(List<String> fmt) {
    String file = fmt.get(2);
    List<HostileCase> c = new ArrayList<>();
    java.util.function.Function<String, List<String>> args = out -> List.of(fmt.get(0), fmt.get(1), "--out", out, file);
    c.add(new HostileCase("empty value", args.apply(""), 2, null, "option --out has an empty value", List.of()));
    // fmt writes files into DIR and never replaces DIR: '.', '..', home and linked directories are
    // legitimate places; only FILE changes there. '/' is left out: as root it would really write /FILE.
    c.add(new HostileCase(". and ..", args.apply("."), 0, null, null, List.of("wd/proj/sub/" + file)));
    c.add(new HostileCase(". and ..", args.apply(".."), 0, null, null, List.of("wd/proj/" + file)));
    c.add(new HostileCase("home", args.apply("@/home"), 0, null, null, List.of("home/" + file)));
    c.add(new HostileCase("symlink as DIR", args.apply("@/links/cwd-parent"), 0, null, null, List.of("wd/proj/" + file)));
    c.add(new HostileCase("symlink as DIR", args.apply("@/links/foreign"), 0, null, null, List.of("foreign/" + file)));
    c.add(new HostileCase("symlink as DIR", args.apply("@/links/file"), 1, "@/links/file", "not a directory", List.of()));
    c.add(new HostileCase("symlink as DIR", args.apply("@/links/dangling"), 1, "@/links/dangling/" + file, "file exists", List.of()));
    c.add(new HostileCase("non-empty foreign DIR", args.apply("@/foreign"), 0, null, null, List.of("foreign/" + file)));
    c.add(new HostileCase("file instead of DIR", args.apply("@/file.txt"), 1, "@/file.txt", "not a directory", List.of()));
    c.add(new HostileCase("file as parent", args.apply("@/file.txt/out"), 1, "@/file.txt/out/" + file, "not a directory", List.of()));
    c.add(new HostileCase("directory instead of FILE", args.apply("adir/.."), 0, null, null, List.of("wd/proj/sub/" + file)));
    c.add(new HostileCase("directory instead of FILE", args.apply("@/wd/proj/sub/adir-out"), 1,
        "@/wd/proj/sub/adir-out/" + file, "is a directory", List.of()));
    c.add(new HostileCase("symlink instead of FILE", args.apply("@/wd/proj/sub/link-out"), 1,
        "@/wd/proj/sub/link-out/" + file, "refusing to replace: a symbolic link", List.of()));
    c.add(new HostileCase("fresh or empty DIR", args.apply("@/empty"), 0, null, null, List.of("empty/" + file)));
    return c;
  }

  private DynamicTest test(HostileCase c, boolean needsReadOnly) {
    return test(c, needsReadOnly, null);
  }

  /** A case; for fmt, {@code file} is the FILE, for which a directory and a link are prepared. */
  private DynamicTest test(HostileCase c, boolean needsReadOnly, String file) {
    return DynamicTest.dynamicTest(c.title(), () -> {
      try (Sandbox box = new Sandbox(tmp.resolve("case-" + next.incrementAndGet()))) {
        if (needsReadOnly) {
          assumeTrue(box.canDenyWriting(), "this machine cannot make a directory unwritable");
        }
        if (file != null) {
          Files.createDirectories(box.cwd.resolve("adir-out/" + file));
          Files.createDirectories(box.cwd.resolve("link-out"));
          Files.createSymbolicLink(box.cwd.resolve("link-out/" + file), box.root.resolve("file.txt"));
        }
        c.run(box);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> treeWriters() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String command : List.of("render", "seed", "kubevirt")) {
      treeCases(command).forEach(c -> tests.add(test(c, false)));
      for (boolean force : List.of(false, true)) {
        tests.add(test(new HostileCase("unwritable parent" + (force ? " (--force)" : ""), tree(command, "@/ro/out", force), 1,
            "@/ro/out", "", List.of()), true));
      }
    }
    return tests.stream();
  }

  /** A directory with mode 0555, for a child JVM that cannot override permissions (as root too). */
  @TestFactory
  Stream<DynamicTest> permissionDenied() {
    List<HostileCase> cases = new ArrayList<>();
    for (String command : List.of("render", "seed")) {
      cases.add(new HostileCase("permission denied", tree(command, "@/ro-mode/out", false), 1, "@/ro-mode/out",
          "permission denied", List.of()));
    }
    for (List<String> fmt : FMT) {
      cases.add(new HostileCase("permission denied", List.of(fmt.get(0), fmt.get(1), "--out", "@/ro-mode", fmt.get(2)),
          1, "@/ro-mode/" + fmt.get(2), "permission denied", List.of()));
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.title(), () -> {
      assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv");
      try (Sandbox box = new Sandbox(tmp.resolve("case-" + next.incrementAndGet()))) {
        c.run(box, HostileInputPathsTest.WITHOUT_DAC_CAPABILITIES);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> fmtWriters() {
    List<DynamicTest> tests = new ArrayList<>();
    for (List<String> fmt : FMT) {
      fmtCases(fmt).forEach(c -> tests.add(test(c, false, fmt.get(2))));
      tests.add(test(new HostileCase("unwritable parent", List.of(fmt.get(0), fmt.get(1), "--out", "@/ro/out", fmt.get(2)), 1,
          "@/ro/out/" + fmt.get(2), "", List.of()), true, fmt.get(2)));
    }
    return tests.stream();
  }

  /** {@code disk --output DIR}; podman is {@code /bin/false}, so an accepted DIR fails later, in podman. */
  private static List<String> disk(String out, boolean force) {
    List<String> a = new ArrayList<>(List.of("disk", "--type", "qcow2", "--bib-image", "localhost/bib:1",
        "--podman", "/bin/false", "--output", out));
    if (force) {
      a.add("--force");
    }
    a.add("localhost/tank-os:1");
    return a;
  }

  private static final String INTO = "refusing to write into: ";

  /**
   * bootc-image-builder fills {@code --output DIR} in place, so DIR is not replaced like render's;
   * the dangerous values are refused all the same, with or without {@code --force}.
   */
  private static List<HostileCase> diskCases() {
    List<HostileCase> c = new ArrayList<>();
    for (boolean force : List.of(false, true)) {
      String f = force ? " (--force)" : "";
      c.addAll(refusedInto("--output", HostileOutputPathsTest::disk, force));
      // accepted: DIR and its marker are made, then podman (/bin/false) fails
      c.add(new HostileCase("fresh or empty DIR" + f, disk("fresh/out", force), 1, null, "", List.of("wd/proj/sub/fresh")));
      c.add(new HostileCase("fresh or empty DIR" + f, disk("@/empty", force), 1, null, "", List.of("empty")));
    }
    c.add(new HostileCase("non-empty foreign DIR", disk("@/foreign", false), 1, "@/foreign",
        INTO + "a non-empty directory that tankos did not write (--force writes into it)", List.of()));
    c.add(new HostileCase("non-empty foreign DIR (--force)", disk("@/foreign", true), 1, null, "", List.of("foreign/" + DiskCommand.MARKER)));
    return c;
  }

  /**
   * The values a command writing into DIR refuses with or without {@code --force}: empty, '.' and
   * '..', root, home, the working directory and its ancestors, symbolic links and a file.
   */
  private static List<HostileCase> refusedInto(String option, java.util.function.BiFunction<String, Boolean, List<String>> args,
      boolean force) {
    List<HostileCase> c = new ArrayList<>();
    String f = force ? " (--force)" : "";
    c.add(new HostileCase("empty value" + f, args.apply("", force), 2, null, "option " + option + " has an empty value", List.of()));
    for (String dots : List.of(".", "..", "./", "../..", "sub/..", "@/empty/.")) {
      c.add(new HostileCase(". and .." + f, args.apply(dots, force), 1, dots, INTO + "the path ends in", List.of()));
    }
    c.add(new HostileCase("root" + f, args.apply("/", force), 1, "/", INTO + "it is the root directory", List.of()));
    c.add(new HostileCase("home" + f, args.apply("@/home", force), 1, "@/home", INTO + "it is the home directory", List.of()));
    c.add(new HostileCase("working directory and ancestors" + f, args.apply("@/wd/proj/sub", force), 1,
        "@/wd/proj/sub", INTO + "it is the protected directory", List.of()));
    for (String up : List.of("@/wd/proj", "@/wd", "@/")) {
      c.add(new HostileCase("working directory and ancestors" + f, args.apply(up, force), 1, up, INTO + "it is an ancestor of", List.of()));
    }
    for (String link : List.of("root", "home", "cwd", "cwd-parent", "foreign", "empty", "file", "dangling")) {
      String arg = "@/links/" + link;
      c.add(new HostileCase("symlink as DIR" + f, args.apply(arg, force), 1, arg, INTO + "a symbolic link", List.of()));
    }
    c.add(new HostileCase("file instead of DIR" + f, args.apply("@/file.txt", force), 1, "@/file.txt", INTO + "not a directory", List.of()));
    return c;
  }

  /** {@code fleet --hosts hosts.csv --out DIR}: host directories written into DIR, never DIR replaced. */
  private static List<String> fleet(String out, boolean force) {
    List<String> a = new ArrayList<>(List.of("fleet", "--hosts", "hosts.csv", "--out", out));
    if (force) {
      a.add("--force");
    }
    return a;
  }

  /** The seed fleet adds host directories to DIR: the dangerous values are refused, with or without --force. */
  private static List<HostileCase> fleetCases() {
    List<HostileCase> c = new ArrayList<>();
    for (boolean force : List.of(false, true)) {
      String f = force ? " (--force)" : "";
      c.addAll(refusedInto("--out", HostileOutputPathsTest::fleet, force));
      c.add(new HostileCase("file as parent" + f, fleet("@/file.txt/out", force), 1, "@/file.txt/out", "not a directory", List.of()));
      c.add(new HostileCase("fresh or empty DIR" + f, fleet("fresh/out", force), 0, null, null, List.of("wd/proj/sub/fresh")));
      c.add(new HostileCase("fresh or empty DIR" + f, fleet("@/empty", force), 0, null, null, List.of("empty")));
    }
    c.add(new HostileCase("non-empty foreign DIR", fleet("@/foreign", false), 1, "@/foreign",
        INTO + "a non-empty directory that tankos did not write (--force writes the host directories next to its content)",
        List.of()));
    // foreign/data is outside the allowed paths, so the case also checks that it is left as it was
    c.add(new HostileCase("non-empty foreign DIR (--force)", fleet("@/foreign", true), 0, null, null,
        List.of("foreign/tank-01", "foreign/.tankos-fleet", "foreign/.tankos-fleet.lock")));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> fleetOutput() {
    return fleetCases().stream().map(c -> test(c, false));
  }

  @TestFactory
  Stream<DynamicTest> diskOutput() {
    return diskCases().stream().map(c -> test(c, false));
  }

  @Test
  void diskAcceptsItsOwnOutputAgainAndMarksANewOne() throws Exception {
    try (Sandbox box = new Sandbox(tmp.resolve("case-" + next.incrementAndGet()))) {
      CliRunner first = CliRunner.run(box.cwd, disk("out", false).toArray(String[]::new));
      assertThat(first.err).as("refused?").doesNotContain("refusing");
      assertThat(box.cwd.resolve("out/" + DiskCommand.MARKER)).isRegularFile();
      Files.writeString(box.cwd.resolve("out/disk.qcow2"), "an earlier image\n");
      CliRunner again = CliRunner.run(box.cwd, disk("out", false).toArray(String[]::new));
      assertThat(again.err).as("its own output, non-empty").doesNotContain("refusing");
      assertThat(box.cwd.resolve("out/disk.qcow2")).hasContent("an earlier image");
      HostileCase.count("disk: own output reused");
    }
  }

  @AfterAll
  static void report() {
    System.out.println("Hostile paths, cases per class (output and input suites so far): " + HostileCase.COUNTS);
  }
}
