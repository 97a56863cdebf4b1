package io.tankos.core.exec.internal;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.OutputLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import org.apache.commons.exec.ExecuteStreamHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Commons Exec stream handler: a thread writing standard input then closing it, and one {@link
 * LinePump} per output stream. Unlike Commons Exec's {@code PumpStreamHandler} (whose stop timeout
 * defaults to waiting forever), {@link #stop()} waits for the pumps only for the command's drain
 * timeout and then detaches them, recording that output may be truncated.
 *
 * <p>The JDK itself, when the direct child exits while no pump is inside {@code read()}, drains
 * what is in the pipe and ends the stream ({@code ProcessPipeInputStream.processExited}): output a
 * detached grandchild writes later is then lost without any wait, and not flagged unless the
 * command watches its tree ({@link Command#endTreeOnExit()}: a process found holding the pipe
 * flags it). A pump blocked in {@code read()} at that moment keeps the pipe, which is the case the
 * bounded wait handles.
 */
final class PumpStreamHandler implements ExecuteStreamHandler {
  private static final Logger LOG = LoggerFactory.getLogger(PumpStreamHandler.class);

  /** At most this many drain timeouts are waited while output keeps arriving. */
  static final int MAX_DRAIN_ROUNDS = 10;

  private final Command command;
  private final OutputDispatcher dispatcher;
  private final ThreadFactory threads;
  private final TreeWatch watch;
  private OutputStream stdin;
  private LinePump stdout;
  private LinePump stderr;
  private volatile boolean possiblyTruncated;

  PumpStreamHandler(
      Command command, OutputDispatcher dispatcher, ThreadFactory threads, TreeWatch watch) {
    this.command = command;
    this.dispatcher = dispatcher;
    this.threads = threads;
    this.watch = watch;
  }

  @Override
  public void setProcessInputStream(OutputStream os) {
    this.stdin = os;
  }

  @Override
  public void setProcessOutputStream(InputStream is) {
    this.stdout = new LinePump(is, OutputLine.StandardStream.STDOUT, dispatcher, command);
  }

  @Override
  public void setProcessErrorStream(InputStream is) {
    this.stderr = new LinePump(is, OutputLine.StandardStream.STDERR, dispatcher, command);
  }

  @Override
  public void start() {
    threads.newThread(this::feedStdin).start();
    threads.newThread(stdout).start();
    threads.newThread(stderr).start();
  }

  private void feedStdin() {
    try (OutputStream out = stdin) {
      command.stdin().writeTo(out);
    } catch (IOException e) {
      // the process exited or closed its stdin before reading everything: not an error of ours
      LOG.debug("stdin of {} not fully written: {}", command.displayText(), e.getClass().getName());
    }
  }

  /**
   * Waits for both pumps to reach end of file. A pump still busy with output it has read (a slow
   * listener, a starved thread) or still receiving bytes gets another drain timeout, up to {@link
   * #MAX_DRAIN_ROUNDS} in all; a pump blocked on a silent pipe is detached after one drain timeout.
   * When the command asks for it ({@link Command#endTreeOnExit()}), what is left of the process
   * tree is then ended, and the pumps get one more drain timeout to read what the pipes still hold.
   */
  @Override
  public void stop() {
    boolean interrupted = Thread.interrupted();
    drain();
    boolean held = !stdout.isDone() || !stderr.isDone();
    if (watch != null) {
      List<ProcessHandle> left = watch.stopAndCollect();
      held |= watch.pipeHeld();
      if (!left.isEmpty()) {
        LOG.debug("{}: ending {} processes left after exit", command.displayText(), left.size());
        ProcessTree.endAll(left, command.killGracePeriod());
        awaitBoth(System.nanoTime() + command.drainTimeout().toNanos());
      }
    }
    if (held) {
      possiblyTruncated = true;
      LOG.debug(
          "{}: output pipe still open {} after exit (detached child?); not waiting",
          command.displayText(),
          command.drainTimeout());
    }
    dispatcher.detach();
    if (interrupted || Thread.interrupted()) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain() {
    long drain = command.drainTimeout().toNanos();
    long seen = stdout.bytesRead() + stderr.bytesRead();
    for (int round = 0; round < MAX_DRAIN_ROUNDS; round++) {
      awaitBoth(System.nanoTime() + drain);
      if (stdout.isDone() && stderr.isDone()) {
        return;
      }
      long now = stdout.bytesRead() + stderr.bytesRead();
      boolean busy =
          (!stdout.isDone() && !stdout.isBlockedInRead())
              || (!stderr.isDone() && !stderr.isBlockedInRead());
      if (now == seen && !busy) {
        return;
      }
      seen = now;
    }
  }

  /** Waits for both pumps until the deadline; an interrupt is remembered, not obeyed. */
  private void awaitBoth(long deadline) {
    boolean interrupted = false;
    for (LinePump pump : new LinePump[] {stdout, stderr}) {
      while (true) {
        try {
          pump.await(deadline - System.nanoTime());
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  boolean possiblyTruncated() {
    return possiblyTruncated;
  }
}
