package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One hostile command line run in a fresh {@link Sandbox}: the exit status, the one-line message
 * {@code tankos CMD: ARG: reason} (no stack trace) and that nothing outside the allowed paths
 * changed. Arguments starting with {@code @/} name sandbox paths absolutely.
 *
 * @param caseClass the class the report counts the case in
 * @param args the command line
 * @param exit the expected status
 * @param file the argument the message must name, or null when no message is expected
 * @param reason what the message must say after {@code ARG: }; for status 2 the message after
 *     {@code tankos CMD: }
 * @param allowed sandbox-relative paths that may change
 */
record HostileCase(String caseClass, List<String> args, int exit, String file, String reason, List<String> allowed) {

  static final Map<String, Integer> COUNTS = new TreeMap<>();

  static synchronized void count(String caseClass) {
    COUNTS.merge(caseClass, 1, Integer::sum);
  }

  String title() {
    return caseClass + ": tankos " + String.join(" ", args.stream().map(a -> a.isEmpty() ? "''" : a).toList());
  }

  void run(Sandbox box) {
    run(box, List.of());
  }

  /**
   * Runs the case; with a prefix, in a new JVM started through it (e.g. {@code setpriv}), else in
   * this one.
   */
  void run(Sandbox box, List<String> childPrefix) {
    List<String> argv = new ArrayList<>();
    for (String a : args) {
      argv.add(a.startsWith("@/") ? box.abs(a.substring(2)) : a);
    }
    SortedMap<String, String> before = box.snapshot();
    CliRunner r = childPrefix.isEmpty()
        ? CliRunner.run(box.cwd, argv.toArray(String[]::new))
        : CliRunner.runInChild(childPrefix, box.cwd, argv.toArray(String[]::new));
    SortedMap<String, String> after = box.snapshot();
    String what = title();
    assertThat(r.status).as(what + "\n" + r.err).isEqualTo(exit);
    assertThat(r.err).as(what).doesNotContain("Exception", "\tat ");
    if (exit != 0) {
      String command = "tankos " + commandName(argv) + ": ";
      assertThat(r.err).as(what).endsWith("\n");
      assertThat(r.err.lines().toList()).as(what + ": one line").hasSize(1);
      String line = r.err.strip();
      if (file != null) {
        String shown = file.startsWith("@/") ? box.abs(file.substring(2)) : file;
        assertThat(line).as(what).startsWith(command + shown + ": ");
        assertThat(line.substring(command.length() + shown.length() + 2)).as(what).contains(reason);
      } else {
        assertThat(line).as(what).startsWith(command).contains(reason);
      }
    }
    Sandbox.assertUnchangedOutside(before, after, allowed, what);
    count(caseClass);
  }

  private static String commandName(List<String> argv) {
    String first = argv.get(0);
    return first.equals("render") || first.equals("seed") || first.equals("build") || first.equals("disk")
        || first.equals("spec") || first.equals("fleet")
        ? first
        : first + " " + argv.get(1);
  }
}
