package io.tankos.bootc.fleet.internal;

import java.util.NoSuchElementException;

/** A {@link HostSource} that reads one host ahead at most: subclasses say how to read the next. */
abstract class PullingHostSource implements HostSource {
  private RawHost next;

  /**
   * Reads the next host.
   *
   * @return the host, or null at the end of the list
   */
  abstract RawHost pull();

  @Override
  public final boolean hasNext() {
    if (next == null) {
      next = pull();
    }
    return next != null;
  }

  @Override
  public final RawHost next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawHost h = next;
    next = null;
    return h;
  }
}
