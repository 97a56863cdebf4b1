package io.tankos.core.exec.internal;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.OutputLine;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Receives output from both pumps: redacts lines and hands them to the command's listener (one call
 * at a time), keeps the bounded standard error tail and the bounded standard output capture. Once
 * {@link #detach() detached} (the runner stopped waiting), everything that still arrives is
 * dropped, so late output of a detached grandchild changes nothing the caller already holds.
 */
final class OutputDispatcher {
  private final Command command;
  private final Consumer<OutputLine> listener;
  private final boolean redacting;
  private final ArrayDeque<String> stderrTail = new ArrayDeque<>();
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private boolean stdoutTruncated;
  private boolean detached;
  private RuntimeException listenerFailure;

  OutputDispatcher(Command command) {
    this.command = command;
    this.listener = command.outputListener();
    this.redacting = !command.redactedTexts().isEmpty() || !command.secrets().isEmpty();
  }

  synchronized void captureStdout(byte[] buffer, int length) {
    if (detached || stdoutTruncated) {
      return;
    }
    long room = command.maxStdoutBytes() - stdout.size();
    if (length > room) {
      stdout.write(buffer, 0, (int) Math.max(0, room));
      stdoutTruncated = true;
    } else {
      stdout.write(buffer, 0, length);
    }
  }

  synchronized void line(OutputLine.StandardStream stream, String rawText) {
    if (detached) {
      return;
    }
    String text = redacting ? command.redact(rawText) : rawText;
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
    return stdoutTruncated;
  }

  synchronized List<String> stderrTail() {
    return new ArrayList<>(stderrTail);
  }

  synchronized RuntimeException listenerFailure() {
    return listenerFailure;
  }
}
