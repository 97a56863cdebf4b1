package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;

/**
 * The agent user's subordinate UID and GID range ({@code /etc/subuid}, {@code /etc/subgid}): what
 * rootless Podman maps a container's users onto. Tank-OS uses 100000/65536.
 *
 * <pre>{@code
 * SubIdRange range = new SubIdRange(100000, 65536);
 * range.contains(1000); // false
 * }</pre>
 *
 * @param start the first subordinate ID, at least 1
 * @param count how many, at least 1; {@code start + count} stays within 32-bit IDs
 */
public record SubIdRange(long start, long count) {
  /** The highest valid ID plus one ({@code (uid_t) -1} is not an ID). */
  static final long LIMIT = 4294967295L;

  /**
   * Checks the range.
   *
   * @param start the first ID
   * @param count the size
   * @throws io.tankos.core.validation.ValidationException at {@code SubIdRange.start} or {@code
   *     SubIdRange.count}
   */
  public SubIdRange {
    Problems problems = new Problems();
    Location at = Location.of("SubIdRange");
    if (start < 1 || start >= LIMIT) {
      problems.add(at.child("start"), "start " + start + " is not within 1.." + (LIMIT - 1));
    }
    if (count < 1 || start + count > LIMIT) {
      problems.add(at.child("count"), "count " + count + " must be at least 1 and end the range at or below "
          + LIMIT);
    }
    problems.throwIfAny();
  }

  /**
   * Whether an ID falls in the range.
   *
   * @param id a UID or GID
   * @return true when {@code start <= id < start + count}
   */
  public boolean contains(long id) {
    return id >= start && id < start + count;
  }

  /**
   * The {@code /etc/subuid} and {@code /etc/subgid} line of a user.
   *
   * @param user the user name
   * @return e.g. {@code openclaw:100000:65536}
   */
  public String line(String user) {
    return user + ":" + start + ":" + count;
  }
}
