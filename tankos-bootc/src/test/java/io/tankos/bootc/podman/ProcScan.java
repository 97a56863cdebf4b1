package io.tankos.bootc.podman;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scans {@code /proc/PID/cmdline} and {@code /proc/PID/environ} of every process, over and over
 * while a test runs, for a canary; also notes which marker processes (by a word of their command
 * line) it saw with a readable environment, so a test can show that the child and its descendants
 * were really looked at while they ran.
 */
final class ProcScan implements AutoCloseable {
  private final String canary;
  private final List<String> markers;
  private final Set<String> hits = ConcurrentHashMap.newKeySet();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile int scans;

  private ProcScan(String canary, List<String> markers) {
    this.canary = canary;
    this.markers = List.copyOf(markers);
    this.thread = new Thread(this::loop, "proc-scan");
    thread.setDaemon(true);
    thread.start();
  }

  static ProcScan start(String canary, String... markers) {
    return new ProcScan(canary, List.of(markers));
  }

  private void loop() {
    while (running) {
      scanOnce();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void scanOnce() {
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path proc : procs) {
        String cmdline = read(proc.resolve("cmdline"));
        String environ = read(proc.resolve("environ"));
        String pid = proc.getFileName().toString();
        if (cmdline != null && cmdline.contains(canary)) {
          hits.add(pid + " cmdline: " + cmdline.replace(canary, "<CANARY>"));
        }
        if (environ != null && environ.contains(canary)) {
          hits.add(pid + " environ of: " + cmdline);
        }
        if (cmdline != null && environ != null) {
          for (String marker : markers) {
            if (cmdline.contains(marker)) {
              seen.add(marker);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    scans++;
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).replace('\0', ' ');
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Where the canary was found: pid and file. */
  Set<String> hits() {
    return new TreeSet<>(hits);
  }

  /** The markers whose processes were read (command line and environment) at least once. */
  Set<String> markersSeen() {
    return new TreeSet<>(seen);
  }

  int scans() {
    return scans;
  }

  /** Stops the background scans, after one last scan. */
  void stop() {
    running = false;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    scanOnce();
  }

  @Override
  public void close() {
    stop();
  }
}
