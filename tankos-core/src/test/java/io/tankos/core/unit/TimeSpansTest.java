package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.RealTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimeSpansTest {
  private static final List<String> GOOD = List.of("900", "0", "15min", "1h 30s", "1h30s", "2.5s",
      ".5s", "500ms", "1d", "2 weeks", "1y 2M", "10 usec", "3\u00b5s", "3\u03bcs", "infinity",
      "5 min ", " 5min", "1 2", "5s5", "+5s", "5s +5s", "5 min5s", "1 .5", "1h 2", "3 M", "1sec2");
  private static final List<String> BAD = List.of("", " ", "5 parsecs", "1h-2", "forever", "5ns",
      "1.2.3s", "infinity 5s", "5.", "-5s", "1..5s", "5e3", "5mx", "1.5.s", "5min.", "+.5s", "5 +");

  @Test
  void acceptsWhatSystemdParses() {
    for (String ok : GOOD) {
      assertThat(TimeSpans.problem(ok)).as(ok).isNull();
    }
  }

  @Test
  void refusesWhatSystemdDoesNot() {
    assertThat(TimeSpans.problem("-5s")).isEqualTo("duration must not be negative");
    for (String bad : BAD) {
      assertThat(TimeSpans.problem(bad)).as(bad).isNotNull();
    }
    assertThat(TimeSpans.problem("5 parsecs"))
        .isEqualTo("'5 parsecs' is not a systemd time span (900, 15min, 1h 30s, infinity)");
  }

  /** Every sample against {@code systemd-analyze timespan}, which parses as unit files do. */
  @Test
  void agreesWithSystemdAnalyzeTimespan() {
    String analyze = RealTools.get().requireExecutable("systemd.analyze.path").toString();
    for (String sample : GOOD) {
      assertThat(accepted(analyze, sample)).as(sample).isTrue();
    }
    for (String sample : BAD) {
      assertThat(accepted(analyze, sample)).as(sample).isFalse();
    }
  }

  private static boolean accepted(String analyze, String span) {
    try {
      Process p = new ProcessBuilder(analyze, "timespan", span)
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("systemd-analyze timed out");
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void aLongSpanIsReadWithoutOverflowingTheRegexStack() {
    // Java's regex recursed once per component: 20,000 components overflowed its stack
    assertThat(TimeSpans.problem("1s ".repeat(30_000).trim())).isNull();
    assertThat(TimeSpans.problem("1s ".repeat(30_000) + "1parsec")).isNotNull();
    assertThat(TimeSpans.problem("1months 2min 3m 4ms 5msec")).isNull();
  }

  @Test
  void bareSecondsAreReadWithoutTheMatcherAsTheyWereWithIt() {
    for (String ok : new String[] {"0", "7", "900", "0900", "18446744073709551616", "1".repeat(400)}) {
      assertThat(TimeSpans.problem(ok)).as(ok).isNull();
    }
    // digits of other scripts are no bare number for the pattern ([0-9] only)
    for (String bad : new String[] {"\u0661\u0662", "9\u0661", "\uff19"}) {
      assertThat(TimeSpans.problem(bad)).as(bad).isNotNull();
    }
  }
}
