package io.tankos.core.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Word splitting and quoting of exec-style values ({@code Exec=}, {@code ExecStart=},
 * {@code PodmanArgs=}, {@code Environment=} in Quadlet): a port of systemd's
 * {@code extract_first_word} with {@code RELAX | UNQUOTE | CUNESCAPE}, as Podman's Quadlet applies it.
 *
 * <p>Rules of {@link #split(String)}: words are separated by space, tab, CR or LF; {@code "…"} and
 * {@code '…'} quote, and adjacent quoted parts join ({@code 'it''s'} is {@code its}); the C escapes
 * {@code \a \b \f \n \r \t \v \\ \" \' \s \xHH &#92;uHHHH &#92;UHHHHHHHH \NNN} are recognised and any other
 * escape is an error (Quadlet then drops the whole value); an unterminated quote or a trailing
 * backslash ends the word; an empty word (such as {@code ""}) ends the split, dropping it and every
 * later word; a NUL character ends the input.
 *
 * <p>{@link #quote(List)} writes words so that both Quadlet and systemd read them back unchanged.
 *
 * <pre>{@code
 * String line = ExecWords.quote(List.of("sh", "-c", "echo 'hi there'"));  // sh -c "echo 'hi there'"
 * ExecWords.split(line);                                                    // [sh, -c, echo 'hi there']
 * }</pre>
 */
public final class ExecWords {
  /** The separators of exec-style splitting. */
  public static final String SEPARATORS = " \t\n\r";

  private ExecWords() {}

  /** Thrown when a value cannot be split: an unsupported escape sequence. */
  public static final class SplitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The index in the value where splitting stopped. */
    private final int index;

    SplitException(String reason, int index) {
      super(reason + " (at index " + index + ")");
      this.index = index;
    }

    /**
     * Where in the input the problem starts.
     *
     * @return a char index
     */
    public int index() {
      return index;
    }
  }

  /**
   * Splits a value the way Quadlet splits exec-style keys.
   *
   * @param text the value as written after {@code Key=}
   * @return the words, unmodifiable
   * @throws SplitException on an escape sequence Quadlet does not support (Quadlet drops the value)
   */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    words(text, out);
    return Collections.unmodifiableList(out);
  }

  /** Splits {@code text}, adding the words to {@code out} (null: only checks that it splits). */
  private static void words(String text, List<String> out) {
    Objects.requireNonNull(text, "text");
    int[] pos = {0};
    int end = text.indexOf('\0');
    String in = end >= 0 ? text.substring(0, end) : text;
    StringBuilder word = new StringBuilder(); // one for every word
    while (next(in, pos, word)) {
      if (out != null) {
        out.add(word.toString());
      }
    }
  }

  /**
   * Whether the text splits without error.
   *
   * @param text a value
   * @return false when {@link #split(String)} would throw
   */
  public static boolean isSplittable(String text) {
    try {
      words(text, null);
      return true;
    } catch (SplitException e) {
      return false;
    }
  }

  /** Reads the next word from {@code in} at {@code pos[0]} into {@code s}; false when the split ends. */
  private static boolean next(String in, int[] pos, StringBuilder s) {
    int p = pos[0];
    int n = in.length();
    while (p < n && SEPARATORS.indexOf(in.charAt(p)) >= 0) {
      p++;
    }
    if (p >= n) {
      pos[0] = n;
      return false;
    }
    s.setLength(0);
    char quote = 0;
    while (p < n) {
      char c = in.charAt(p);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
          p++;
        } else if (c == '\\') {
          p = unescape(in, p + 1, s);
        } else {
          s.append(c);
          p++;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        p++;
      } else if (c == '\\') {
        p = unescape(in, p + 1, s);
      } else if (SEPARATORS.indexOf(c) >= 0) {
        while (p < n && SEPARATORS.indexOf(in.charAt(p)) >= 0) {
          p++;
        }
        pos[0] = p;
        return s.length() > 0;
      } else {
        s.append(c);
        p++;
      }
    }
    pos[0] = n;
    return s.length() > 0;
  }

  /**
   * Decodes one escape whose first character is at {@code p}; appends the result.
   *
   * @return the index after the escape
   */
  private static int unescape(String in, int p, StringBuilder s) {
    int n = in.length();
    if (p >= n) {
      return n; // trailing backslash: RELAX drops it and ends the word
    }
    char c = in.charAt(p);
    switch (c) {
      case 'a':
        s.append('\u0007');
        return p + 1;
      case 'b':
        s.append('\b');
        return p + 1;
      case 'f':
        s.append('\f');
        return p + 1;
      case 'n':
        s.append('\n');
        return p + 1;
      case 'r':
        s.append('\r');
        return p + 1;
      case 't':
        s.append('\t');
        return p + 1;
      case 'v':
        s.append('\u000b');
        return p + 1;
      case '\\':
      case '"':
      case '\'':
        s.append(c);
        return p + 1;
      case 's':
        s.append(' ');
        return p + 1;
      case 'x':
        return hex(in, p, 2, s);
      case 'u':
        return hex(in, p, 4, s);
      case 'U':
        return hex(in, p, 8, s);
      default:
        if (c >= '0' && c <= '7') {
          if (p + 3 > n) {
            throw new SplitException("unsupported escape char", p - 1);
          }
          int v = 0;
          for (int i = 0; i < 3; i++) {
            int d = in.charAt(p + i) - '0';
            if (d < 0 || d > 7) {
              throw new SplitException("unsupported escape char", p - 1);
            }
            v = v * 8 + d;
          }
          if (v == 0 || v > 255) {
            throw new SplitException("unsupported escape char", p - 1);
          }
          s.append((char) v);
          return p + 3;
        }
        throw new SplitException("unsupported escape char", p - 1);
    }
  }

  private static int hex(String in, int p, int digits, StringBuilder s) {
    if (p + 1 + digits > in.length()) {
      throw new SplitException("unsupported escape char", p - 1);
    }
    long v = 0;
    for (int i = 1; i <= digits; i++) {
      int d = Character.digit(in.charAt(p + i), 16);
      if (d < 0 || in.charAt(p + i) > 'f') {
        throw new SplitException("unsupported escape char", p - 1);
      }
      v = (v << 4) | d;
    }
    if (v == 0 || v > Character.MAX_CODE_POINT) {
      throw new SplitException("unsupported escape char", p - 1);
    }
    // Go writes a surrogate code point as U+FFFD
    s.appendCodePoint(v >= 0xD800 && v <= 0xDFFF ? 0xFFFD : (int) v);
    return p + 1 + digits;
  }

  /**
   * Why a word cannot be written so that {@link #split(String)} returns it, or null.
   *
   * @param word a word
   * @return the reason, or null when the word can be quoted
   */
  public static String wordProblem(String word) {
    if (word.isEmpty()) {
      return "an empty word cannot be written (an empty quoted word ends the split)";
    }
    int nul = word.indexOf('\0');
    if (nul >= 0) {
      return "a word cannot contain NUL (at index " + nul + ")";
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < word.length()
              && Character.isLowSurrogate(word.charAt(i + 1)))
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(word.charAt(i - 1)))) {
        return "a word cannot contain an unpaired surrogate (at index " + i + ")";
      }
    }
    return null;
  }

  /**
   * Whether a word must be quoted: it contains white space, a control character, a quote or a
   * backslash. Other characters ({@code $ % ;}) are not special to the splitter.
   *
   * @param word a word
   * @return true when {@link #quoteWord(String)} adds quotes
   */
  public static boolean needsQuoting(String word) {
    if (word.isEmpty()) {
      return true;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c <= ' ' || c == 0x7F || c == '"' || c == '\'' || c == '\\' || UnitSyntax.isSpace(c)
          || UnitSyntax.isControl(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes one word: as is when it needs no quoting, else in double quotes with {@code \\}, {@code \"}
   * and C escapes for control characters (no literal tab or newline is ever written).
   *
   * @param word a word
   * @return the text
   * @throws IllegalArgumentException when {@link #wordProblem(String)} reports a problem
   */
  public static String quoteWord(String word) {
    String problem = wordProblem(word);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return needsQuoting(word) ? quoted(word) : word;
  }

  /** A word {@link #wordProblem} has passed, in double quotes with its escapes. */
  private static String quoted(String word) {
    StringBuilder out = new StringBuilder(word.length() + 2).append('"');
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            out.append(String.format("\\x%02x", (int) c));
          } else if (UnitSyntax.isControl(c) || (UnitSyntax.isSpace(c) && c != ' ')) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Writes words so that {@link #split(String)} of the result equals them.
   *
   * @param words the words, none empty
   * @return the text, words separated by one space
   * @throws IllegalArgumentException naming the first word that cannot be written
   */
  public static String quote(List<String> words) {
    int length = words.size();
    boolean plain = true;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      length += w.length();
      String problem = wordProblem(w);
      if (problem != null) {
        throw new IllegalArgumentException("word " + i + ": " + problem);
      }
      plain = plain && !needsQuoting(w);
    }
    // each word has passed wordProblem above: it is written as it is or quoted(), unchecked again
    if (words.size() == 1) {
      return plain ? words.get(0) : quoted(words.get(0)); // one word: its own text, no builder
    }
    if (plain) {
      return String.join(" ", words); // every word as it is: joined into one exact string
    }
    StringBuilder out = new StringBuilder(length + 2); // the words, spaces, and quotes of one
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i > 0) {
        out.append(' ');
      }
      out.append(needsQuoting(w) ? quoted(w) : w);
    }
    return out.toString();
  }
}
