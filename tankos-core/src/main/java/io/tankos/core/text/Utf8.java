package io.tankos.core.text;

import io.tankos.core.validation.ParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Strict UTF-8: the one decoder every tankos parser uses for bytes. Malformed input (a stray
 * continuation byte, a truncated or overlong sequence, an encoded surrogate, a code point above
 * U+10FFFF) is an error naming the line and byte offset; no byte is ever replaced by U+FFFD.
 *
 * <pre>{@code
 * String text = Utf8.decode("web.container", bytes);
 * // web.container:3: not valid UTF-8: byte 0xff at byte offset 41 (byte 8 of line 3)
 * }</pre>
 */
public final class Utf8 {
  private static final char REPLACEMENT = '\uFFFD';

  private Utf8() {}

  /**
   * Decodes UTF-8 strictly.
   *
   * @param source the name used in error messages, e.g. a file name
   * @param bytes the bytes
   * @return the text
   * @throws ParseException {@code SOURCE:LINE: not valid UTF-8: ...} at the first malformed
   *     sequence
   */
  public static String decode(String source, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf(REPLACEMENT) >= 0) {
      long error = firstError(bytes);
      if (error >= 0) {
        throw malformed(source, bytes, (int) (error >>> 32), (int) error);
      }
    }
    return text;
  }

  /**
   * Decodes UTF-8 strictly, for callers that report invalid text in their own words.
   *
   * @param bytes the bytes
   * @return the text, or empty when the bytes are not valid UTF-8
   */
  public static Optional<String> decodeIfValid(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.indexOf(REPLACEMENT) >= 0 && firstError(bytes) >= 0 ? Optional.empty()
        : Optional.of(text);
  }

  /**
   * Where the first malformed sequence starts (high 32 bits) and its length (low 32 bits), or -1.
   * String's own decoding, which the callers try first, replaces each malformed sequence by U+FFFD
   * and is far cheaper than a {@code CharsetDecoder}, above all before the JIT compiles it: only a
   * text holding U+FFFD (written or replaced) comes here, to be checked with a small window (no
   * text-sized buffer).
   */
  private static long firstError(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer window = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      window.clear();
      result = decoder.decode(in, window, true);
    } while (result.isOverflow());
    if (!result.isError()) {
      window.clear();
      result = decoder.flush(window);
    }
    return result.isError() ? (long) in.position() << 32 | result.length() : -1;
  }

  private static ParseException malformed(String source, byte[] bytes, int offset, int length) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int shown = Math.max(1, Math.min(length, 4));
    String hex = HexFormat.ofDelimiter(" 0x").formatHex(bytes, offset, Math.min(bytes.length, offset
        + shown));
    return new ParseException(source, line, "not valid UTF-8: " + (shown == 1 ? "byte" : "bytes")
        + " 0x" + hex + " at byte offset " + offset + " (byte " + (offset - lineStart + 1)
        + " of line " + line + ")");
  }

  /**
   * Where the first surrogate without its pair is: text that holds one is not valid Unicode and has
   * no UTF-8 form ({@code String.getBytes} would write {@code ?} for it).
   *
   * @param text the text
   * @return the index of the lone surrogate, or -1
   */
  public static int firstLoneSurrogate(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else {
        return i;
      }
    }
    return -1;
  }

  /**
   * The number of bytes the text takes in UTF-8 (a lone surrogate counts as the three bytes of its
   * code unit).
   *
   * @param text the text
   * @param from first index
   * @param to index after the last
   * @return the encoded length
   */
  public static long encodedLength(CharSequence text, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < to
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * The number of bytes the whole text takes in UTF-8.
   *
   * @param text the text
   * @return the encoded length
   */
  public static long encodedLength(CharSequence text) {
    return encodedLength(text, 0, text.length());
  }

  /**
   * Compares two texts by code point, which is the order of their UTF-8 bytes and of Python's and
   * Go's strings ({@link String#compareTo} orders UTF-16 units, which puts a character above U+FFFF
   * before U+E000 to U+FFFF). A lone surrogate counts as its own code point.
   *
   * @param a a text
   * @param b another text
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  public static int compareCodePoints(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(i);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
    }
    return Integer.compare(a.length(), b.length());
  }
}
