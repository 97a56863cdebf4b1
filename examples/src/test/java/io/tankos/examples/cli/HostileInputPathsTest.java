package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input files for every command that reads one: each is named with the operating system's
 * reason, in one line, exit status 1 (2 for an empty argument), and nothing changes on disk.
 */
class HostileInputPathsTest {
  @TempDir Path tmp;
  private final AtomicInteger next = new AtomicInteger();

  /** A command line with the input file in its place. */
  private record Command(String name, Function<String, List<String>> args) {}

  private static final List<Command> COMMANDS = List.of(
      new Command("quadlet fmt", f -> List.of("quadlet", "fmt", f)),
      new Command("quadlet check", f -> List.of("quadlet", "check", f)),
      new Command("cloud-init fmt", f -> List.of("cloud-init", "fmt", f)),
      new Command("cloud-init check", f -> List.of("cloud-init", "check", f)),
      new Command("containerfile fmt", f -> List.of("containerfile", "fmt", f)),
      new Command("containerfile check", f -> List.of("containerfile", "check", f)),
      new Command("seed --ssh-key", f -> List.of("seed", "--out", "seed-out", "--ssh-key", f)),
      new Command("render --spec", f -> List.of("render", "--out", "render-out", "--spec", f)),
      new Command("fleet --spec", f -> List.of("fleet", "--hosts", "hosts.csv", "--out", "fleet-out", "--spec", f)),
      new Command("fleet --kubevirt --spec", f -> List.of("fleet", "--hosts", "hosts.csv", "--kubevirt", "--out", "k-out",
          "--spec", f)),
      new Command("build --file", f -> List.of("build", "--file", f, ".")),
      new Command("disk --config", f -> List.of("disk", "--type", "qcow2", "--bib-image", "localhost/bib:1",
          "--config", f, "localhost/tank-os:1")));

  /** An input and the reason it is refused with. */
  private record Input(String caseClass, String file, String reason) {}

  private static final List<Input> INPUTS = List.of(
      new Input("nonexistent input", "nope.txt", "no such file or directory"),
      new Input("nonexistent input", "@/nowhere/x", "no such file or directory"),
      new Input("dangling symlink as input", "dangling", "no such file or directory"),
      new Input("directory as input", "adir", "is a directory"),
      new Input("directory as input", ".", "is a directory"),
      new Input("directory as input", "@/links/cwd", "is a directory"),
      new Input("file as parent of input", "plain.txt/x", "not a directory"),
      new Input("special file as input", "fifo", "not a regular file"),
      new Input("special file as input", "/dev/null", "not a regular file"),
      new Input("unreadable input", "unreadable", "permission denied"));

  /**
   * Root reads any file: to meet an unreadable one, the command runs in a child JVM that lost the
   * capabilities to bypass file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH).
   */
  static final List<String> WITHOUT_DAC_CAPABILITIES =
      List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-all");

  private DynamicTest test(HostileCase c, boolean needsUnreadable) {
    return DynamicTest.dynamicTest(c.title(), () -> {
      try (Sandbox box = new Sandbox(tmp.resolve("case-" + next.incrementAndGet()))) {
        if (needsUnreadable && !box.canDenyReading()) {
          assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "root without setpriv: no unreadable file");
          c.run(box, WITHOUT_DAC_CAPABILITIES);
        } else {
          c.run(box);
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> everyCommandNamesTheInputAndTheReason() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Command cmd : COMMANDS) {
      for (Input in : INPUTS) {
        if (cmd.name().equals("quadlet check") && in.caseClass().equals("directory as input")) {
          continue; // a unit directory: quadletCheckReadsADirectoryOperandWithoutChangingIt
        }
        tests.add(test(new HostileCase(in.caseClass(), cmd.args().apply(in.file()), 1, in.file(), in.reason(), List.of()),
            in.caseClass().equals("unreadable input")));
      }
      tests.add(test(new HostileCase("empty argument", cmd.args().apply(""), 2, null, "empty", List.of()), false));
    }
    return tests.stream();
  }

  /**
   * {@code quadlet check} reads one directory operand as a unit directory, however it is named:
   * the working directory, one reached through a link back to it (read once) or a plain one.
   */
  @TestFactory
  Stream<DynamicTest> quadletCheckReadsADirectoryOperandWithoutChangingIt() {
    return Stream.of("adir", ".", "@/links/cwd").map(operand -> DynamicTest.dynamicTest(operand, () -> {
      try (Sandbox box = new Sandbox(tmp.resolve("case-" + next.incrementAndGet()))) {
        String arg = operand.startsWith("@/") ? box.abs(operand.substring(2)) : operand;
        var before = box.snapshot();
        CliRunner r = CliRunner.run(box.cwd, "quadlet", "check", arg);
        assertThat(r.status).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        Sandbox.assertUnchangedOutside(before, box.snapshot(), List.of(), "quadlet check " + operand);
        HostileCase.count("directory as input");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> aBuildContextMustBeADirectory() {
    return Stream.of(
        new HostileCase("build context", List.of("build", "nope"), 1, "nope", "no such file or directory", List.of()),
        new HostileCase("build context", List.of("build", "plain.txt"), 1, "plain.txt", "not a directory", List.of()),
        new HostileCase("build context", List.of("build", "@/links/dangling"), 1, "@/links/dangling",
            "no such file or directory", List.of()))
        .map(c -> test(c, false));
  }

  @TestFactory
  Stream<DynamicTest> checkCommandsReportEveryFile() {
    List<List<String>> checks = List.of(
        List.of("quadlet", "check"), List.of("cloud-init", "check"), List.of("containerfile", "check"),
        List.of("quadlet", "fmt", "--out", "o"), List.of("cloud-init", "fmt", "--out", "o"),
        List.of("containerfile", "fmt", "--out", "o"));
    return checks.stream().map(check -> DynamicTest.dynamicTest(String.join(" ", check), () -> {
      try (Sandbox box = new Sandbox(tmp.resolve("case-" + next.incrementAndGet()))) {
        List<String> args = new ArrayList<>(check);
        args.addAll(List.of("nope.txt", "adir", "fifo"));
        var before = box.snapshot();
        CliRunner r = CliRunner.run(box.cwd, args.toArray(String[]::new));
        String name = "tankos " + check.get(0) + " " + check.get(1) + ": ";
        assertThat(r.status).isEqualTo(1);
        assertThat(r.err.lines().toList()).containsExactly(
            name + "nope.txt: no such file or directory", name + "adir: is a directory",
            name + "fifo: not a regular file");
        Sandbox.assertUnchangedOutside(before, box.snapshot(), List.of(), String.join(" ", check));
        HostileCase.count("every file reported");
      }
    }));
  }

  /**
   * {@code fleet --hosts} takes the format from the extension, so its hostile inputs carry one: a
   * directory, a FIFO (which would block), a link to a device (which never ends), a dangling link.
   */
  @TestFactory
  Stream<DynamicTest> fleetHostListsMustBeRegularFiles() {
    List<Input> inputs = List.of(
        new Input("directory as input", "dir.csv", "is a directory"),
        new Input("special file as input", "fifo.yaml", "not a regular file"),
        new Input("special file as input", "zero.json", "not a regular file"),
        new Input("dangling symlink as input", "dangling.csv", "no such file or directory"),
        new Input("nonexistent input", "nope.csv", "no such file or directory"));
    List<DynamicTest> tests = new ArrayList<>();
    for (Input in : inputs) {
      for (boolean kubevirt : List.of(false, true)) {
        List<String> args = new ArrayList<>(List.of("fleet", "--hosts", in.file(), "--out", "fleet-out"));
        if (kubevirt) {
          args.add("--kubevirt");
        }
        HostileCase c = new HostileCase(in.caseClass(), args, 1, in.file(), in.reason(), List.of());
        tests.add(DynamicTest.dynamicTest(c.title(), () -> {
          try (Sandbox box = new Sandbox(tmp.resolve("case-" + next.incrementAndGet()))) {
            Files.createDirectories(box.cwd.resolve("dir.csv"));
            Sandbox.run("mkfifo", box.cwd.resolve("fifo.yaml").toString());
            Files.createSymbolicLink(box.cwd.resolve("zero.json"), Path.of("/dev/zero"));
            Files.createSymbolicLink(box.cwd.resolve("dangling.csv"), box.cwd.resolve("nowhere"));
            try {
              c.run(box);
            } finally {
              Files.delete(box.cwd.resolve("zero.json")); // JUnit warns about links out of its directory
            }
          }
        }));
      }
    }
    return tests.stream();
  }

  @AfterAll
  static void report() {
    System.out.println("Hostile paths, cases per class (output and input suites so far): " + HostileCase.COUNTS);
  }
}
