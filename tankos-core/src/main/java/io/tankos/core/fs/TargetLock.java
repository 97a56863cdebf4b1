package io.tankos.core.fs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to one target: a lock inside this JVM (file locks are held per process, so two
 * threads cannot both use them), then an exclusive {@link FileChannel#lock()} on the target's lock
 * file, which serialises writers in other processes. Both wait until the holder is done; the lock
 * file stays (an empty file) and a holder that dies releases its lock with its process.
 *
 * <pre>{@code
 * try (TargetLock lock = TargetLock.acquire(out.resolve(".tankos-fleet.lock"))) {
 *   // read, change and write what lies under out; another writer waits here
 * }
 * }</pre>
 */
public final class TargetLock implements AutoCloseable {
  private static final Map<Path, Local> LOCAL = new HashMap<>();

  private final Path file;
  private final Local local;
  private final FileChannel channel;
  private final FileLock lock;

  private TargetLock(Path file, Local local, FileChannel channel, FileLock lock) {
    this.file = file;
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /** A local lock and the number of threads that hold or wait for it. */
  private static final class Local {
    final ReentrantLock lock = new ReentrantLock();
    int users;
  }

  /**
   * Waits for the lock of a target and takes it.
   *
   * @param file the lock file (created when missing)
   * @return the held lock, released by {@link #close()}
   * @throws IOException when the lock file cannot be opened, or the wait is interrupted
   */
  public static TargetLock acquire(Path file) throws IOException {
    Local local;
    synchronized (LOCAL) {
      local = LOCAL.computeIfAbsent(file, f -> new Local());
      local.users++;
    }
    boolean locked = false;
    FileChannel channel = null;
    try {
      local.lock.lockInterruptibly();
      locked = true;
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.lock();
      return new TargetLock(file, local, channel, lock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for another writer");
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      throw e;
    } finally {
      if (channel == null || !channel.isOpen()) {
        if (locked) {
          local.lock.unlock();
        }
        release(file, local);
      }
    }
  }

  /**
   * Releases the lock.
   *
   * @throws IOException when the lock file cannot be closed
   */
  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      try {
        channel.close();
      } finally {
        local.lock.unlock();
        release(file, local);
      }
    }
  }

  private static void release(Path file, Local local) {
    synchronized (LOCAL) {
      if (--local.users == 0) {
        LOCAL.remove(file, local);
      }
    }
  }
}
