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
 * found by it in {@code /proc/PID/environ}, wherever it was reparented to. A process in the middle
 * of an exec shows an empty or cut-short environment for a moment; such a process, if younger than
 * the watched one, is looked at again a few times before it is judged.
 */
final class TreeWatch {
  static final long POLL_MILLIS = 200;
  static final int MAX_REMEMBERED = 4096;
  /** The environment variable that marks the processes of a watched tree. */
  static final String VARIABLE = "TANKOS_TREE";
  /** Looks at a process whose environment read incomplete (it may be in an exec), 2 ms apart. */
  private static final int UNSURE_LOOKS = 10;
  private static final long UNSURE_PAUSE_MILLIS = 2;
  private static final long PF_KTHREAD = 0x00200000;
  // indexes into the stat fields after the command name: field 3 (state) is index 0
  private static final int STAT_STATE = 0;
  private static final int STAT_FLAGS = 6;
  private static final int STAT_START = 19;
  private static final AtomicLong RUNS = new AtomicLong();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ThreadFactory threads;
  private final Map<Long, ProcessHandle> seen = new LinkedHashMap<>();
  private final Set<String> pipes = new LinkedHashSet<>();
  private final String token;
  private volatile boolean stopped;
  private boolean pipeHeld;
  private ProcessHandle root;
  /** The root's start time in clock ticks since boot (this JVM's if it was gone), -1 if unknown. */
  private long rootStart = -1;

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
      // a root gone already: every process of its tree is younger than this JVM at least
      rootStart =
          startTicks(Path.of("/proc", Long.toString(handle.pid())))
              .or(() -> startTicks(Path.of("/proc/self")))
              .orElse(-1L);
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
      List<Path> pending = processes();
      for (int look = 0; !pending.isEmpty() && look < UNSURE_LOOKS; look++) {
        if (look > 0) {
          pause();
        }
        List<Path> unsure = new ArrayList<>();
        for (Path proc : pending) {
          long pid = Long.parseLong(proc.getFileName().toString());
          if (pid == self || left.size() >= MAX_REMEMBERED) {
            continue;
          }
          Membership membership = membership(proc, marker);
          if (membership == Membership.UNSURE) {
            unsure.add(proc);
          } else if (membership != Membership.NONE) {
            ProcessHandle.of(pid)
                .filter(ProcessTree::isRunning)
                .ifPresent(p -> left.putIfAbsent(pid, p));
          }
        }
        pending = unsure;
      }
    }
    return new ArrayList<>(left.values());
  }

  /** How a process belongs to the watched tree, as far as {@code /proc} tells at one look. */
  private enum Membership {
    /** It holds an output pipe. */
    HOLDER,
    /** It carries the marker. */
    MARKED,
    /** Neither. */
    NONE,
    /**
     * Its environment read empty or cut short (not ending in {@code NUL}): a process in the middle
     * of an exec shows it so for a moment.
     */
    UNSURE
  }

  /** Looks at one process; records a held pipe. Caller holds the lock. */
  private Membership membership(Path proc, String marker) {
    if (!pipes.isEmpty() && holds(proc.resolve("fd"), pipes)) {
      pipeHeld = true;
      return Membership.HOLDER;
    }
    Optional<String> environ = environ(proc.resolve("environ"));
    if (environ.isEmpty()) {
      return Membership.NONE;
    }
    String env = environ.get();
    if (!env.endsWith("\0")) {
      // empty, or cut short: seen that way while the process is in an exec
      return mayBeInExec(proc) ? Membership.UNSURE : Membership.NONE;
    }
    if (!env.startsWith(marker + "\0") && !env.contains("\0" + marker + "\0")) {
      return Membership.NONE;
    }
    // the pipes are unknown when the process was gone before they were read: a marked
    // process with its output on a pipe may be holding them
    if (pipes.isEmpty() && outputOnPipe(proc.resolve("fd"))) {
      pipeHeld = true;
    }
    return Membership.MARKED;
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

  /** A process's environment ({@code NUL}-separated); empty optional if unreadable. */
  private static Optional<String> environ(Path environ) {
    try {
      return Optional.of(new String(Files.readAllBytes(environ), StandardCharsets.ISO_8859_1));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a process whose environment read incomplete may be in the middle of an exec (its new
   * memory gets its arguments, then its environment, so either can read empty or cut short for a
   * moment): not a kernel thread, not a zombie, and not started before the watched process (a
   * long-running process with no environment, from {@code env -i}, is then not looked at again).
   */
  private boolean mayBeInExec(Path proc) {
    Optional<String[]> stat = stat(proc);
    if (stat.isEmpty()) {
      return false; // gone, or unreadable: nothing to wait for
    }
    String[] fields = stat.get();
    boolean exited = fields[STAT_STATE].equals("Z") || fields[STAT_STATE].equals("X");
    boolean kernel = (Long.parseLong(fields[STAT_FLAGS]) & PF_KTHREAD) != 0;
    boolean older = rootStart >= 0 && Long.parseLong(fields[STAT_START]) < rootStart;
    return !exited && !kernel && !older;
  }

  private static Optional<Long> startTicks(Path proc) {
    return stat(proc).map(f -> Long.parseLong(f[STAT_START]));
  }

  /** The fields of {@code /proc/PID/stat} after the parenthesised command name. */
  private static Optional<String[]> stat(Path proc) {
    try {
      String stat = Files.readString(proc.resolve("stat"), StandardCharsets.ISO_8859_1);
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return fields.length > STAT_START ? Optional.of(fields) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(UNSURE_PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
