package io.tankos.core.exec.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadFactory;

/**
 * Remembers a process's tree while it runs, so what is left of it can be ended after the process
 * itself exited (its children are then reparented and no longer its descendants). Two sources: the
 * descendants, sampled every {@value #POLL_MILLIS} ms (a child living shorter than that between two
 * samples is missed), and, on Linux, every process that still holds the process's standard output
 * or error pipe (found through {@code /proc/PID/fd}; a process of another user, e.g. one started
 * through {@code sudo}, cannot be read and is missed). At most {@value #MAX_REMEMBERED} processes are
 * remembered. {@link ProcessHandle} compares start times, so a reused pid is never signalled.
 */
final class TreeWatch {
  static final long POLL_MILLIS = 200;
  static final int MAX_REMEMBERED = 4096;

  private final ThreadFactory threads;
  private final Map<Long, ProcessHandle> seen = new LinkedHashMap<>();
  private final Set<String> pipes = new LinkedHashSet<>();
  private volatile boolean stopped;
  private ProcessHandle root;

  TreeWatch(ThreadFactory threads) {
    this.threads = threads;
  }

  /** Starts watching a process that was just launched. */
  void start(Process process) {
    ProcessHandle handle = process.toHandle();
    synchronized (this) {
      root = handle;
      for (String fd : List.of("1", "2")) {
        link(Path.of("/proc", Long.toString(handle.pid()), "fd", fd))
            .filter(l -> l.startsWith("pipe:"))
            .ifPresent(pipes::add);
      }
    }
    sample();
    threads.newThread(this::poll).start();
  }

  /** Samples until stopped or until the root has exited (its tree is then out of reach). */
  private void poll() {
    while (!stopped) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      if (!sample()) {
        return;
      }
    }
  }

  /** Remembers the root's live descendants; false once the root is gone. */
  private boolean sample() {
    ProcessHandle r;
    synchronized (this) {
      r = root;
    }
    if (r == null || !r.isAlive()) {
      return false;
    }
    List<ProcessHandle> now = new ArrayList<>();
    r.descendants().forEach(now::add);
    synchronized (this) {
      for (ProcessHandle p : now) {
        if (seen.size() < MAX_REMEMBERED) {
          seen.putIfAbsent(p.pid(), p);
        }
      }
    }
    return true;
  }

  /**
   * Stops sampling and returns what still runs: remembered descendants and the processes holding
   * the output pipes (this JVM excluded).
   *
   * @return the processes, in the order found
   */
  List<ProcessHandle> stopAndCollect() {
    stopped = true;
    Map<Long, ProcessHandle> left = new LinkedHashMap<>();
    synchronized (this) {
      for (ProcessHandle p : seen.values()) {
        if (ProcessTree.isRunning(p)) {
          left.put(p.pid(), p);
        }
      }
      long self = ProcessHandle.current().pid();
      for (long pid : pipeHolders(pipes)) {
        if (pid != self && !left.containsKey(pid) && left.size() < MAX_REMEMBERED) {
          ProcessHandle.of(pid).filter(ProcessTree::isRunning).ifPresent(p -> left.put(pid, p));
        }
      }
    }
    return new ArrayList<>(left.values());
  }

  /** Pids of the processes with a descriptor open on one of the pipes. */
  private static List<Long> pipeHolders(Set<String> pipes) {
    List<Long> holders = new ArrayList<>();
    if (pipes.isEmpty()) {
      return holders;
    }
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path proc : procs) {
        if (holds(proc.resolve("fd"), pipes)) {
          holders.add(Long.parseLong(proc.getFileName().toString()));
        }
      }
    } catch (IOException | RuntimeException e) {
      // no /proc (not Linux) or it changed under us: nothing more to find
    }
    return holders;
  }

  private static boolean holds(Path fds, Set<String> pipes) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(fds)) {
      for (Path fd : entries) {
        if (link(fd).map(pipes::contains).orElse(false)) {
          return true;
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone, or not ours to read
    }
    return false;
  }

  private static Optional<String> link(Path path) {
    try {
      return Optional.of(Files.readSymbolicLink(path).toString());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
