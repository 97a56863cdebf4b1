package io.tankos.bootc.fleet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * A buffered strict UTF-8 reader that hands out every character before a malformed byte and only
 * then fails ({@link MalformedInputException}), so a reader counting lines knows the line of the
 * bad byte. {@link java.io.InputStreamReader} fails as soon as its buffer reaches the byte. A byte
 * order mark at the start (spreadsheets save "CSV UTF-8" with one) is skipped: it is not text.
 */
public final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private CoderResult error;
  private boolean eof;
  private boolean started;

  /**
   * Reads this stream.
   *
   * @param in the bytes
   */
  public Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    while (!chars.hasRemaining()) {
      if (error != null) {
        error.throwException();
      }
      if (!fill()) {
        return -1;
      }
      if (!started) {
        started = true;
        if (chars.get(chars.position()) == '\uFEFF') {
          chars.get();
        }
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  /** Decodes more characters; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (!eof) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
      CoderResult r = decoder.decode(bytes, chars, eof);
      if (r.isError()) {
        error = r;
        break;
      }
      if (eof) {
        decoder.flush(chars);
        if (chars.position() == 0) {
          chars.flip();
          return false;
        }
        break;
      }
    }
    chars.flip();
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
