package io.tankos.quadlet.generator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way systemd's {@code extract_first_word} does with {@code
 * EXTRACT_UNQUOTE | EXTRACT_CUNESCAPE} (which is how {@code ExecStart=} is read): whitespace
 * separates words, {@code "…"} and {@code '…'} quote (adjacent parts join), and C escapes ({@code \n
 * \t \\ \" \xHH \NNN \s}, Unicode escapes …) are decoded inside and outside quotes. An unknown escape or an
 * unterminated quote is an error, as systemd would refuse the line.
 *
 * <p>This is systemd's reading of the generated service, not Quadlet's reading of a unit: {@link
 * io.tankos.core.unit.ExecWords} ports Quadlet's variant, which differs (an empty quoted word ends
 * the split there, unknown escapes drop the value), so the two are kept apart on purpose.
 *
 * <pre>{@code
 * CommandLineWords.split("run --env \"A=a b\" img")   // [run, --env, A=a b, img]
 * }</pre>
 */
final class CommandLineWords {
  private static final String WHITESPACE = " \t\n\r";

  private CommandLineWords() {}

  /** The words, and whether the split hit an error (words then hold what came before it). */
  record Split(List<String> words, String error) {
    boolean ok() {
      return error == null;
    }
  }

  /**
   * Splits a line.
   *
   * @param line the text after {@code Key=}
   * @return the words
   */
  static Split split(String line) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && WHITESPACE.indexOf(line.charAt(i)) >= 0) {
        i++;
      }
      if (i >= n) {
        return new Split(words, null);
      }
      ByteArrayOutputStream word = new ByteArrayOutputStream();
      char quote = 0;
      while (i < n) {
        char c = line.charAt(i);
        if (quote == 0 && WHITESPACE.indexOf(c) >= 0) {
          break;
        }
        if (quote != 0 && c == quote) {
          quote = 0;
          i++;
        } else if (quote == 0 && (c == '"' || c == '\'')) {
          quote = c;
          i++;
        } else if (c == '\\') {
          if (i + 1 >= n) {
            return new Split(words, "trailing backslash");
          }
          int used = unescape(line, i + 1, word);
          if (used < 0) {
            return new Split(words, "unsupported escape \\" + line.charAt(i + 1));
          }
          i += 1 + used;
        } else {
          int cp = line.codePointAt(i);
          word.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
          i += Character.charCount(cp);
        }
      }
      if (quote != 0) {
        return new Split(words, "unterminated quote");
      }
      words.add(word.toString(StandardCharsets.UTF_8));
    }
  }

  /**
   * The words of a line as written (quotes and escapes kept), split where systemd splits them:
   * at whitespace outside quotes. Unterminated quotes end with the line.
   *
   * @param line the text after {@code Key=}
   * @return the raw words
   */
  static List<String> rawWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == 0 && WHITESPACE.indexOf(c) >= 0) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        continue;
      }
      if (word == null) {
        word = new StringBuilder();
      }
      word.append(c);
      if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(++i));
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /** Decodes the escape after a backslash at {@code at}; returns the characters used or -1. */
  private static int unescape(String s, int at, ByteArrayOutputStream out) {
    char c = s.charAt(at);
    switch (c) {
      case 'a' -> out.write(7);
      case 'b' -> out.write('\b');
      case 'f' -> out.write('\f');
      case 'n' -> out.write('\n');
      case 'r' -> out.write('\r');
      case 't' -> out.write('\t');
      case 'v' -> out.write(11);
      case '\\', '"', '\'' -> out.write(c);
      case 's' -> out.write(' ');
      case 'x' -> {
        int v = hex(s, at + 1, 2);
        if (v <= 0) {
          return -1;
        }
        out.write(v);
        return 3;
      }
      case 'u', 'U' -> {
        int len = c == 'u' ? 4 : 8;
        int v = hex(s, at + 1, len);
        if (v <= 0 || v > Character.MAX_CODE_POINT) {
          return -1;
        }
        out.writeBytes(new String(Character.toChars(v)).getBytes(StandardCharsets.UTF_8));
        return 1 + len;
      }
      default -> {
        if (c >= '0' && c <= '7') {
          if (at + 3 > s.length()) {
            return -1;
          }
          int v = 0;
          for (int k = 0; k < 3; k++) {
            char d = s.charAt(at + k);
            if (d < '0' || d > '7') {
              return -1;
            }
            v = v * 8 + (d - '0');
          }
          if (v == 0 || v > 255) {
            return -1;
          }
          out.write(v);
          return 3;
        }
        return -1;
      }
    }
    return 1;
  }

  private static int hex(String s, int from, int len) {
    if (from + len > s.length()) {
      return -1;
    }
    int v = 0;
    for (int k = 0; k < len; k++) {
      int d = Character.digit(s.charAt(from + k), 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }
}
