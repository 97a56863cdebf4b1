package io.tankos.core.exec.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers a process's tree while it runs, so what is left of it can be ended after the process
 * itself exited (its children are then reparented and no longer its descendants). Two sources: the
 * descendants, sampled every {@value #POLL_MILLIS} ms (a child living shorter than that between two
 * samples is missed), and, on Linux, every process that still holds the process's standard output
 * or error pipe (found through {@code /proc/PID/fd}; a process of another user, e.g. one started
 * through {@code sudo}, cannot be read and is missed). At most {@value #MAX_REMEMBERED} processes are
 * remembered. {@link ProcessHandle} compares start times, so a reused pid is never signalled.
 *
 * <p>Both need the process alive when it is looked at, and a process can be gone at once (a shell
 * that starts a background job and returns). So the process also gets a marker in its environment,
 * {@value #VARIABLE}{@code =}<i>token</i>, a value unique to this run and of no secret; every process
 * of the tree inherits it unless its environment is cleared ({@code env -i}, {@code sudo}), and is
 * found by it in {@code /proc/PID/environ}, wherever it was reparented to.
 */
final class TreeWatch {
  static final long POLL_MILLIS = 200;
  static final int MAX_REMEMBERED = 4096;
  /** The environment variable that marks the processes of a watched tree. */
  static final String VARIABLE = "TANKOS_TREE";
  private static final AtomicLong RUNS = new AtomicLong();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ThreadFactory threads;
  private final Map<Long, ProcessHandle> seen = new LinkedHashMap<>();
  private final Set<String> pipes = new LinkedHashSet<>();
  private final String token;
  private volatile boolean stopped;
  private boolean pipeHeld;
  private ProcessHandle root;

  TreeWatch(ThreadFactory threads) {
    this.threads = threads;
    this.token =
        ProcessHandle.current().pid()
            + "-"
            + RUNS.incrementAndGet()
            + "-"
            + Long.toHexString(RANDOM.nextLong());
  }

  /**
   * The marker's value, to put into the process's environment as {@link #VARIABLE}.
   *
   * @return the value
   */
  String token() {
    return token;
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
   * Whether a process was seen among the descendants (for tests that wait on a condition).
   *
   * @param pid the pid
   * @return true once a sample saw it
   */
  synchronized boolean remembers(long pid) {
    return seen.containsKey(pid);
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
      String marker = VARIABLE + "=" + token;
      for (Path proc : processes()) {
        long pid = Long.parseLong(proc.getFileName().toString());
        if (pid == self || left.size() >= MAX_REMEMBERED) {
          continue;
        }
        boolean holder = !pipes.isEmpty() && holds(proc.resolve("fd"), pipes);
        // the pipes are unknown when the process was gone before they were read: a marked
        // process with its output on a pipe may be holding them
        boolean marked = !holder && marked(proc.resolve("environ"), marker);
        if (holder || marked && pipes.isEmpty() && outputOnPipe(proc.resolve("fd"))) {
          pipeHeld = true;
        }
        if (holder || marked) {
          ProcessHandle.of(pid).filter(ProcessTree::isRunning).ifPresent(p -> left.putIfAbsent(pid, p));
        }
      }
    }
    return new ArrayList<>(left.values());
  }

  /**
   * Whether {@link #stopAndCollect} found a process that holds, or may hold, the output pipes: the
   * output may be cut, even where the JDK already ended the stream.
   *
   * @return true when such a process was found
   */
  synchronized boolean pipeHeld() {
    return pipeHeld;
  }

  /** The {@code /proc/PID} directories, none where there is no {@code /proc}. */
  private static List<Path> processes() {
    List<Path> all = new ArrayList<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      procs.forEach(all::add);
    } catch (IOException | RuntimeException e) {
      // no /proc (not Linux) or it changed under us: nothing more to find
    }
    return all;
  }

  /** Whether an environment ({@code NUL}-separated) holds the entry; false if unreadable. */
  private static boolean marked(Path environ, String entry) {
    String env;
    try {
      env = new String(Files.readAllBytes(environ), StandardCharsets.ISO_8859_1);
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return env.startsWith(entry + "\0") || env.contains("\0" + entry + "\0");
  }

  /** Whether a process's standard output or error is a pipe. */
  private static boolean outputOnPipe(Path fds) {
    for (String fd : List.of("1", "2")) {
      if (link(fds.resolve(fd)).map(l -> l.startsWith("pipe:")).orElse(false)) {
        return true;
      }
    }
    return false;
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
