package io.tankos.core.exec.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a process and all its descendants: SIGTERM to every process of the tree, a grace period,
 * then SIGKILL to whatever still runs. {@link ProcessHandle#descendants()} only sees live processes
 * still attached to the tree, so the tree is snapshotted before the root is signalled (its orphans
 * are reparented and would vanish from the tree), and again before SIGKILL (to catch late forks). A
 * process that double-forked away before the snapshot escapes; so does one started between the last
 * snapshot and SIGKILL.
 */
public final class ProcessTree {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessTree.class);
  private static final long POLL_MILLIS = 20;

  private ProcessTree() {}

  /**
   * Ends the tree rooted at a process; returns once every process is gone or after the grace period
   * plus one second more for SIGKILL to take effect. Not interruptible (the interrupt flag is
   * kept).
   *
   * @param root the root process
   * @param grace time between SIGTERM and SIGKILL
   */
  public static void end(ProcessHandle root, Duration grace) {
    endAll(List.of(root), grace);
  }

  /**
   * Ends several trees at once (one grace period for all): each root and its descendants.
   *
   * @param roots the roots
   * @param grace time between SIGTERM and SIGKILL
   */
  public static void endAll(Collection<ProcessHandle> roots, Duration grace) {
    Map<Long, ProcessHandle> tree = new LinkedHashMap<>();
    for (ProcessHandle root : roots) {
      tree.putAll(snapshot(root));
    }
    if (tree.isEmpty()) {
      return;
    }
    LOG.debug("ending {} process trees: {} processes, SIGTERM", roots.size(), tree.size());
    List<ProcessHandle> deepestFirst = new ArrayList<>(tree.values());
    java.util.Collections.reverse(deepestFirst);
    for (ProcessHandle p : deepestFirst) {
      p.destroy();
    }
    if (!awaitGone(tree, grace)) {
      for (ProcessHandle p : new ArrayList<>(tree.values())) {
        if (isRunning(p)) {
          tree.putAll(snapshot(p));
        }
      }
      int killed = 0;
      for (ProcessHandle p : tree.values()) {
        if (isRunning(p)) {
          p.destroyForcibly();
          killed++;
        }
      }
      LOG.debug("{} process trees: SIGKILL to {} processes", roots.size(), killed);
      awaitGone(tree, Duration.ofSeconds(1));
    }
  }

  /**
   * The root and its live descendants, root first, parents before children.
   *
   * @param root the root
   * @return the processes by pid
   */
  static Map<Long, ProcessHandle> snapshot(ProcessHandle root) {
    Map<Long, ProcessHandle> tree = new LinkedHashMap<>();
    tree.put(root.pid(), root);
    root.descendants().forEach(p -> tree.put(p.pid(), p));
    return tree;
  }

  private static boolean awaitGone(Map<Long, ProcessHandle> tree, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    boolean interrupted = false;
    try {
      while (true) {
        boolean any = false;
        for (ProcessHandle p : tree.values()) {
          if (isRunning(p)) {
            any = true;
            break;
          }
        }
        if (!any) {
          return true;
        }
        if (System.nanoTime() - deadline >= 0) {
          return false;
        }
        try {
          Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Whether a process still runs: alive and, on Linux, not a zombie ({@code <defunct>}; a zombie
   * whose parent does not reap it counts as ended).
   *
   * @param p the process
   * @return true while it runs
   */
  public static boolean isRunning(ProcessHandle p) {
    if (!p.isAlive()) {
      return false;
    }
    return isRunning(p.pid());
  }

  /**
   * Whether the process with this pid runs, judged by {@code /proc/PID/stat} (state {@code Z} or
   * {@code X} counts as ended); where there is no {@code /proc}, by {@link ProcessHandle}.
   *
   * @param pid the pid
   * @return true while it runs
   */
  public static boolean isRunning(long pid) {
    Path proc = Path.of("/proc");
    if (!Files.isDirectory(proc)) {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
    try {
      String stat =
          Files.readString(
              proc.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.UTF_8);
      int close = stat.lastIndexOf(')');
      if (close < 0 || close + 2 >= stat.length()) {
        return false;
      }
      char state = stat.charAt(close + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException e) {
      return false;
    }
  }
}
