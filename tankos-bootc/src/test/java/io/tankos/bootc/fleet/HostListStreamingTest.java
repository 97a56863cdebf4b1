package io.tankos.bootc.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host list is read as it is iterated: after the k-th host, the source has handed out only a
 * buffer's worth of lines beyond it, for a 100,000-host CSV and through the writer.
 */
class HostListStreamingTest {
  /** A 4096-character read buffer holds fewer than 40 of these lines. */
  static final int AHEAD = 40;

  @TempDir Path tmp;

  @Test
  void hundredThousandHostsAreReadOneAtATime() {
    CountingCsv csv = new CountingCsv(100_000);
    int n = 0;
    int maxAhead = 0;
    int failed = 0;
    try (HostList hosts = HostList.readCsv("big.csv", csv)) {
      while (hosts.hasNext()) {
        ListedHost h = hosts.next();
        n++;
        failed += h.problems().isEmpty() ? 0 : 1;
        maxAhead = Math.max(maxAhead, csv.produced() - n);
        if (n == 1) {
          assertThat(csv.produced()).as("after the first host").isLessThan(AHEAD);
        }
      }
    }
    assertThat(n).isEqualTo(100_000);
    assertThat(failed).isZero();
    assertThat(maxAhead).isBetween(0, AHEAD);
    assertThat(csv.produced()).isEqualTo(100_000);
  }

  @Test
  void theWriterPullsTheNextHostOnlyAfterWritingThePrevious() {
    CountingCsv csv = new CountingCsv(200);
    int[] seen = new int[2];
    try (HostList hosts = HostList.readCsv("big.csv", csv)) {
      FleetReport r = FleetWriter.builder(tmp.resolve("out"))
          .listener(h -> {
            seen[0]++;
            seen[1] = Math.max(seen[1], csv.produced() - seen[0]);
          })
          .build()
          .write(Fleet.builder(io.tankos.bootc.image.TankOsImage.tankOs()).build(), hosts);
      assertThat(r).isEqualTo(new FleetReport(200, 0, 0, 0));
    }
    assertThat(seen[1]).isBetween(0, AHEAD);
  }
}
