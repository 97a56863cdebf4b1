package io.tankos.core.exec.internal;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.OutputLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads one process stream to its end: redacts the bytes ({@link StreamRedactor}, when the command
 * redacts anything), captures standard output, decodes UTF-8 and splits lines at {@code \n} (a line
 * longer than {@link Command#MAX_LINE_CHARS} is handed on in pieces), with fixed-size buffers:
 * memory stays flat whatever the process writes. Redaction comes first, so a secret is replaced
 * even where a read or a line cut splits it.
 */
final class LinePump implements Runnable {
  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final OutputLine.StandardStream stream;
  private final OutputDispatcher dispatcher;
  private final CountDownLatch done = new CountDownLatch(1);
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final StringBuilder line = new StringBuilder();
  private final StreamRedactor redactor;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER + 8);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER + 8);
  private volatile boolean blockedInRead;
  private volatile long bytesRead;

  LinePump(
      InputStream in, OutputLine.StandardStream stream, OutputDispatcher dispatcher, Command command) {
    this.in = in;
    this.stream = stream;
    this.dispatcher = dispatcher;
    this.redactor = StreamRedactor.forCommand(command);
  }

  @Override
  public void run() {
    byte[] buffer = new byte[BUFFER];
    try {
      int n;
      while ((n = read(buffer)) >= 0) {
        bytesRead += n;
        if (redactor == null) {
          consume(buffer, 0, n);
        } else {
          redactor.write(buffer, 0, n, this::consume);
        }
      }
    } catch (IOException e) {
      // stream closed under us (the runner gave up waiting): what was read is delivered
    } finally {
      if (redactor != null) {
        redactor.finish(this::consume);
        redactor.wipe();
      }
      bytes.flip();
      decoder.decode(bytes, chars, true);
      decoder.flush(chars);
      split(chars);
      if (line.length() > 0) {
        emit();
      }
      done.countDown();
    }
  }

  /** Captures (standard output) and decodes redacted bytes, handing on complete lines. */
  private void consume(byte[] buffer, int offset, int count) {
    if (stream == OutputLine.StandardStream.STDOUT) {
      dispatcher.captureStdout(buffer, offset, count);
    }
    int at = offset;
    int end = offset + count;
    while (at < end) {
      int n = Math.min(end - at, bytes.remaining());
      bytes.put(buffer, at, n).flip();
      at += n;
      decoder.decode(bytes, chars, false);
      bytes.compact();
      split(chars);
    }
  }

  private int read(byte[] buffer) throws IOException {
    blockedInRead = true;
    try {
      return in.read(buffer);
    } finally {
      blockedInRead = false;
    }
  }

  private void split(CharBuffer chars) {
    char[] a = chars.array();
    int end = chars.position();
    int from = 0;
    while (from < end) {
      int nl = from;
      while (nl < end && a[nl] != '\n') {
        nl++;
      }
      int take = nl;
      while (line.length() + (take - from) > Command.MAX_LINE_CHARS) {
        int piece = Command.MAX_LINE_CHARS - line.length();
        line.append(a, from, piece);
        from += piece;
        emit();
      }
      line.append(a, from, take - from);
      from = take;
      if (nl < end) {
        int last = line.length() - 1;
        if (last >= 0 && line.charAt(last) == '\r') {
          line.setLength(last);
        }
        emit();
        from = nl + 1;
      }
    }
    chars.clear();
  }

  private void emit() {
    dispatcher.line(stream, line.toString());
    line.setLength(0);
  }

  boolean await(long nanos) throws InterruptedException {
    return done.await(Math.max(0, nanos), TimeUnit.NANOSECONDS);
  }

  /** Whether the pump waits for the pipe (rather than handling output it already read). */
  boolean isBlockedInRead() {
    return blockedInRead;
  }

  long bytesRead() {
    return bytesRead;
  }

  boolean isDone() {
    return done.getCount() == 0;
  }
}
