package io.tankos.core.exec.internal;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.OutputLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Receives output from both pumps, already redacted by each pump's {@link StreamRedactor}: hands
 * lines to the command's listener (one call at a time), keeps the bounded standard error tail and
 * the bounded standard output capture ({@link BoundedBytes}). Once
 * {@link #detach() detached} (the runner stopped waiting), everything that still arrives is
 * dropped, so late output of a detached grandchild changes nothing the caller already holds.
 */
final class OutputDispatcher {
  private final Command command;
  private final Consumer<OutputLine> listener;
  private final ArrayDeque<String> stderrTail = new ArrayDeque<>();
  private final BoundedBytes stdout;
  private boolean detached;
  private RuntimeException listenerFailure;

  OutputDispatcher(Command command) {
    this.command = command;
    this.listener = command.outputListener();
    this.stdout = new BoundedBytes(command.maxStdoutBytes());
  }

  synchronized void captureStdout(byte[] buffer, int offset, int length) {
    if (!detached) {
      stdout.write(buffer, offset, length);
    }
  }

  synchronized void line(OutputLine.StandardStream stream, String text) {
    if (detached) {
      return;
    }
    if (stream == OutputLine.StandardStream.STDERR && command.stderrTailLines() > 0) {
      if (stderrTail.size() == command.stderrTailLines()) {
        stderrTail.removeFirst();
      }
      stderrTail.addLast(text);
    }
    if (listenerFailure == null) {
      try {
        listener.accept(new OutputLine(stream, text));
      } catch (RuntimeException e) {
        listenerFailure = e;
      }
    }
  }

  synchronized void detach() {
    detached = true;
  }

  synchronized byte[] stdoutBytes() {
    return stdout.toByteArray();
  }

  synchronized boolean stdoutTruncated() {
    return stdout.truncated();
  }

  synchronized List<String> stderrTail() {
    return new ArrayList<>(stderrTail);
  }

  synchronized RuntimeException listenerFailure() {
    return listenerFailure;
  }
}
