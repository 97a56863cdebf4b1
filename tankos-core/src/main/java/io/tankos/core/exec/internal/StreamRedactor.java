package io.tankos.core.exec.internal;

import io.tankos.core.exec.Command;
import io.tankos.core.secret.SecretValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Replaces every occurrence of a command's redacted texts and secret values in a byte stream by
 * {@code <redacted>}, before the stream is split into lines or captured, so an occurrence is found
 * wherever the stream is cut: at a read boundary, at a line's {@link Command#MAX_LINE_CHARS} cut,
 * or across a newline inside a secret. It holds back the last {@code longest - 1} bytes (which may
 * be the start of an occurrence) until more bytes or the end of the stream arrive; when no pattern
 * contains a newline, everything up to the last newline is passed on at once, so complete lines are
 * never delayed. Matching is on bytes (texts as UTF-8), leftmost first, longest pattern at a
 * position first. Not thread-safe: one instance per stream.
 */
final class StreamRedactor {
  /** What an occurrence becomes. */
  static final byte[] MARK = "<redacted>".getBytes(StandardCharsets.UTF_8);

  /** Receives redacted bytes. */
  interface Sink {
    void write(byte[] bytes, int offset, int length);
  }

  private final byte[][] patterns;
  private final int longest;
  private final boolean patternWithNewline;
  private byte[] pending;
  private int length;

  StreamRedactor(List<byte[]> patterns) {
    List<byte[]> kept = new ArrayList<>();
    for (byte[] p : patterns) {
      if (p.length > 0 && kept.stream().noneMatch(k -> Arrays.equals(k, p))) {
        kept.add(p.clone());
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("no pattern to redact");
    }
    kept.sort((a, b) -> Integer.compare(b.length, a.length));
    this.patterns = kept.toArray(new byte[0][]);
    this.longest = this.patterns[0].length;
    boolean newline = false;
    for (byte[] p : this.patterns) {
      for (byte b : p) {
        newline |= b == '\n';
      }
    }
    this.patternWithNewline = newline;
    this.pending = new byte[Math.max(64, 2 * longest)];
  }

  /**
   * The redactor for a command's texts and live secrets, or null when it redacts nothing.
   *
   * @param command the command
   * @return the redactor or null
   */
  static StreamRedactor forCommand(Command command) {
    List<byte[]> patterns = new ArrayList<>();
    for (String text : command.redactedTexts()) {
      patterns.add(text.getBytes(StandardCharsets.UTF_8));
    }
    for (SecretValue secret : command.secrets()) {
      if (!secret.isDestroyed()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
          secret.writeTo(bytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        patterns.add(bytes.toByteArray());
      }
    }
    patterns.removeIf(p -> p.length == 0);
    return patterns.isEmpty() ? null : new StreamRedactor(patterns);
  }

  /**
   * Takes bytes of the stream and passes on what is known to be safe.
   *
   * @param bytes the bytes
   * @param offset where they start
   * @param count how many
   * @param sink receives redacted bytes
   */
  void write(byte[] bytes, int offset, int count, Sink sink) {
    if (length + count > pending.length) {
      pending = Arrays.copyOf(pending, Math.max(length + count, 2 * pending.length));
    }
    System.arraycopy(bytes, offset, pending, length, count);
    length += count;
    int safeEnd = length - (longest - 1);
    if (!patternWithNewline) {
      for (int i = length - 1; i >= Math.max(0, safeEnd); i--) {
        if (pending[i] == '\n') {
          safeEnd = i + 1;
          break;
        }
      }
    }
    pass(Math.max(0, safeEnd), sink);
  }

  /**
   * Passes on everything still held back (the stream ended).
   *
   * @param sink receives redacted bytes
   */
  void finish(Sink sink) {
    pass(length, sink);
  }

  /** Overwrites held-back bytes and the patterns. */
  void wipe() {
    Arrays.fill(pending, (byte) 0);
    for (byte[] p : patterns) {
      Arrays.fill(p, (byte) 0);
    }
    length = 0;
  }

  /** Redacts and passes on every byte before {@code safeEnd} (occurrences starting there too). */
  private void pass(int safeEnd, Sink sink) {
    int from = 0;
    int at = 0;
    while (at < safeEnd) {
      int match = matchAt(at);
      if (match > 0) {
        if (at > from) {
          sink.write(pending, from, at - from);
        }
        sink.write(MARK, 0, MARK.length);
        at += match;
        from = at;
      } else {
        at++;
      }
    }
    if (at > from) {
      sink.write(pending, from, at - from);
    }
    System.arraycopy(pending, at, pending, 0, length - at);
    Arrays.fill(pending, length - at, length, (byte) 0);
    length -= at;
  }

  /** Length of the longest pattern that occurs completely at a position, or 0. */
  private int matchAt(int at) {
    byte first = pending[at];
    for (byte[] p : patterns) {
      if (p[0] == first
          && at + p.length <= length
          && Arrays.equals(pending, at, at + p.length, p, 0, p.length)) {
        return p.length;
      }
    }
    return 0;
  }
}
