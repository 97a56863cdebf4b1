package io.tankos.bootc.fleet;

import java.util.List;
import java.util.Objects;

/**
 * What {@link FleetWriter} did with one host.
 *
 * @param location where the host is listed ({@code FILE:LINE}, {@code Fleet.hosts[i]}); for a
 *     removed host the output directory's manifest
 * @param hostname the host name, empty when the entry has none
 * @param status what happened
 * @param problems why it failed, one {@code FILE:LINE: message} each; empty otherwise
 */
public record HostResult(String location, String hostname, Status status, List<String> problems) {

  /**
   * Checks and copies.
   *
   * @param location where the host is listed
   * @param hostname the host name
   * @param status what happened
   * @param problems why it failed
   */
  public HostResult {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(status, "status");
    problems = List.copyOf(problems);
  }

  /** What happened to a host. */
  public enum Status {
    /** Its directory was written (new or changed). */
    WRITTEN,
    /** Its directory already held the same files. */
    UNCHANGED,
    /** Its directory was removed: tankos wrote it and the host is no longer listed. */
    REMOVED,
    /** It was not written: its entry has problems; a directory from an earlier run is kept. */
    FAILED
  }
}
