package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The documented memory bound holds with the defaults: 1 GiB of standard output and 64 MiB of
 * standard error (one line) pass through a run in a JVM started with {@code -Xmx48m}, and the result
 * keeps {@link Command#DEFAULT_MAX_STDOUT_BYTES} of stdout and at most {@link
 * Command#DEFAULT_STDERR_TAIL_LINES} pieces of at most {@link Command#MAX_LINE_CHARS} characters of
 * stderr. Completion and sizes are asserted, never the time it takes.
 */
@EnabledOnOs(OS.LINUX)
class BoundedMemoryTest {

  @Test
  void oneGibibyteThroughARunFitsIn48MiBOfHeap() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> classpath = new ArrayList<>();
    for (String key : List.of("java.class.path", "jdk.module.path")) {
      String value = System.getProperty(key);
      if (value != null && !value.isEmpty()) {
        classpath.add(value);
      }
    }
    List<String> stderr = new ArrayList<>();
    Command child =
        Command.builder(
                java, "-Xmx48m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", String.join(File.pathSeparator, classpath),
                BoundedOutputMain.class.getName())
            .timeout(Duration.ofMinutes(20)) // a guard against a hang, not a measurement
            .outputListener(line -> {
              if (line.stream() == OutputLine.StandardStream.STDERR) {
                stderr.add(line.text());
              }
            })
            .build();

    CommandResult result = CommandRunner.local().run(child);

    assertThat(result.exitCode()).as("child JVM exit; stderr: %s", stderr).isZero();
    String report = result.stdout().trim();
    System.out.println("bounded run: " + report);
    assertThat(report)
        .contains("exit=0")
        .contains("stdout=" + Command.DEFAULT_MAX_STDOUT_BYTES)
        .contains("truncated=true");
    long maxHeap = Long.parseLong(report.replaceAll(".*maxHeap=(\\d+).*", "$1"));
    assertThat(maxHeap).isLessThanOrEqualTo(48L << 20);
    long stderrChars = Long.parseLong(report.replaceAll(".*stderrChars=(\\d+).*", "$1"));
    assertThat(stderrChars)
        .isEqualTo((long) Command.DEFAULT_STDERR_TAIL_LINES * (Command.MAX_LINE_CHARS + 1) - 1);
    assertThat(String.join("\n", stderr)).doesNotContain("OutOfMemoryError");
  }
}
