package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** 1 GiB streamed through a listener: live heap stays flat (memory, not time, is asserted). */
@EnabledOnOs(OS.LINUX)
class LargeOutputTest {
  private static final long GIB = 1L << 30;
  private static final long BOUND = 64L << 20;

  /** The listener samples the live heap every this many lines (about 21 samples in all). */
  private static final long SAMPLE_EVERY = 500_000;

  @Test
  void oneGibibyteThroughAListenerKeepsTheHeapFlat() {
    long baseline = liveHeap();
    AtomicLong peak = new AtomicLong(baseline);
    AtomicLong samples = new AtomicLong();

    AtomicLong chars = new AtomicLong();
    AtomicLong lines = new AtomicLong();
    // the heap is sampled as the output progresses (every SAMPLE_EVERY lines), not on a clock
    Command command =
        Command.builder("sh", "-c", "yes \"$0\" | head -c " + GIB, "a".repeat(99))
            .maxStdoutBytes(1 << 20)
            .outputListener(
                line -> {
                  chars.addAndGet(line.text().length());
                  if (lines.incrementAndGet() % SAMPLE_EVERY == 0) {
                    peak.accumulateAndGet(liveHeap(), Math::max);
                    samples.incrementAndGet();
                  }
                })
            .build();
    CommandResult result = CommandRunner.local().runChecked(command);

    System.out.printf(
        "1 GiB through a listener: live heap baseline %d MiB, peak %d MiB, %d ms%n",
        baseline >> 20, peak.get() >> 20, result.duration().toMillis());
    // 100-byte lines ("a" x 99 + newline); the last line is cut short by head -c
    assertThat(chars.get()).isEqualTo(GIB / 100 * 99 + GIB % 100);
    assertThat(lines.get()).isEqualTo((GIB + 99) / 100);
    assertThat(samples.get()).isEqualTo(lines.get() / SAMPLE_EVERY);
    assertThat(result.stdoutBytes()).hasSize(1 << 20);
    assertThat(result.stdoutTruncated()).isTrue();
    assertThat(peak.get() - baseline)
        .as("live heap growth in bytes (baseline %d)", baseline)
        .isLessThan(BOUND);
  }

  /** Heap in use right after a full collection: live data, not garbage awaiting collection. */
  private static long liveHeap() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
