package io.tankos.bootc.fleet;

import java.util.Locale;

/**
 * The counts of a {@link FleetWriter} run.
 *
 * @param written host directories written (new or changed)
 * @param unchanged host directories left as they were
 * @param removed host directories removed (no longer listed)
 * @param failed listed hosts not written because of problems
 */
public record FleetReport(int written, int unchanged, int removed, int failed) {

  /**
   * Whether every listed host is in place.
   *
   * @return true when none failed
   */
  public boolean ok() {
    return failed == 0;
  }

  /**
   * The one-line summary.
   *
   * @return e.g. {@code 3 written, 97 unchanged, 1 removed, 0 failed}
   */
  public String summary() {
    return String.format(Locale.ROOT, "%d written, %d unchanged, %d removed, %d failed", written, unchanged, removed, failed);
  }
}
