package io.tankos.bootc.fleet.internal;

import java.util.Iterator;

/** Hosts read one at a time from a host-list file; closing releases the file. */
public interface HostSource extends Iterator<RawHost>, AutoCloseable {
  /** Closes the underlying reader; unchecked. */
  @Override
  void close();
}
