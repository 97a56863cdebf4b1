package io.tankos.quadlet.internal;

import io.tankos.core.unit.ExecWords;
import io.tankos.core.unit.UnitSyntax;
import io.tankos.quadlet.ValueKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What Quadlet reads from the lines of one key, by the key's {@link ValueKind} (its parser's
 * {@code Lookup*} method). A model means what the newest Quadlet reads; where an older Quadlet reads
 * a line differently, {@link #single(String)} and {@link #singleBefore60(String)} tell the two
 * apart. Systemd's {@code %%}/{@code $$} escapes and specifiers are kept: systemd applies them
 * when it runs the service.
 */
public final class QuadletReading {
  private QuadletReading() {}

  /**
   * {@code Lookup} of Podman 6.0: a matched pair of surrounding {@code "} is removed.
   *
   * @param line the value as written
   * @return the value Quadlet reads
   */
  public static String single(String line) {
    if (line.length() >= 2 && line.charAt(0) == '"' && line.charAt(line.length() - 1) == '"') {
      return line.substring(1, line.length() - 1);
    }
    return line;
  }

  /**
   * {@code Lookup} of Podman 4.4 … 5.8: every leading and trailing {@code "} is removed.
   *
   * @param line the value as written
   * @return the value Quadlet reads
   */
  public static String singleBefore60(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && line.charAt(start) == '"') {
      start++;
    }
    while (end > start && line.charAt(end - 1) == '"') {
      end--;
    }
    return line.substring(start, end);
  }

  /**
   * The last line, as {@code Lookup} reads it.
   *
   * @param lines the key's lines in order
   * @return the value, empty when the key is absent
   */
  public static Optional<String> single(List<String> lines) {
    return lines.isEmpty() ? Optional.empty() : Optional.of(single(lines.get(lines.size() - 1)));
  }

  /**
   * The last line as written ({@code LookupLast}).
   *
   * @param lines the key's lines
   * @return the value, empty when absent
   */
  public static Optional<String> last(List<String> lines) {
    return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1));
  }

  /**
   * {@code LookupBoolean}: {@code 1}, {@code yes}, {@code true}, {@code on} (any case) are true,
   * anything else false.
   *
   * @param lines the key's lines
   * @return the flag, empty when absent
   */
  public static Optional<Boolean> flag(List<String> lines) {
    return single(lines).map(QuadletReading::isTrue);
  }

  static boolean isTrue(String v) {
    String s = v.toLowerCase(java.util.Locale.ROOT);
    return s.equals("1") || s.equals("yes") || s.equals("true") || s.equals("on");
  }

  /**
   * {@code LookupUint32}: decimal, {@code 0x} hexadecimal or leading-zero octal; an unreadable value
   * counts as absent (Quadlet falls back to the default).
   *
   * @param lines the key's lines
   * @return the number, empty when absent or unreadable
   */
  public static OptionalLong uint32(List<String> lines) {
    Optional<String> v = single(lines);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    Long n = Numbers.uint32(v.get());
    return n == null ? OptionalLong.empty() : OptionalLong.of(n);
  }

  /**
   * Whether {@link #verbatim} finds any value: the last line is not empty (an empty line resets
   * the list). No list is made.
   *
   * @param lines the key's lines
   * @return true when the key has a value
   */
  public static boolean present(List<String> lines) {
    return !lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty();
  }

  /**
   * {@code LookupAll}: one value a line, verbatim; an empty line resets the list.
   *
   * @param lines the key's lines
   * @return the values
   */
  public static List<String> verbatim(List<String> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (l.isEmpty()) {
        out.clear();
      } else {
        out.add(l);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * {@code LookupAllStrv}: every line split on white space, quotes removed, backslashes kept; an
   * empty line resets the list.
   *
   * @param lines the key's lines
   * @return the words
   */
  public static List<String> strv(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (l.isEmpty()) {
        out.clear();
      } else {
        out.addAll(strvWords(l));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The words of one {@code LookupAllStrv} line.
   *
   * @param line the line
   * @return the words
   */
  public static List<String> strvWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (UnitSyntax.isSpace(c)) {
        if (inWord) {
          words.add(w.toString());
          w.setLength(0);
          inWord = false;
        }
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(w.toString());
    }
    return words;
  }

  /**
   * {@code LookupAllArgs}: every line split like a command line; an empty line resets the list; a
   * line Quadlet cannot split (an unknown escape) is dropped, as Quadlet drops it.
   *
   * @param lines the key's lines
   * @return the words
   */
  public static List<String> args(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (l.isEmpty()) {
        out.clear();
      } else {
        argWords(l).ifPresent(out::addAll);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The words of one line split like a command line.
   *
   * @param line the line
   * @return the words, empty when Quadlet cannot split the line
   */
  public static Optional<List<String>> argWords(String line) {
    try {
      return Optional.of(ExecWords.split(line)); // one pass: split throws where isSplittable is false
    } catch (ExecWords.SplitException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code LookupAllKeyVal}: {@code NAME=VALUE} words, a later word for the same name wins; an empty
   * line resets. Words without {@code =} (a variable passed on from Podman's environment, 5.5+) are
   * not in the map, see {@link #namesWithoutValue(List)}.
   *
   * @param lines the key's lines
   * @return the names and values, in the order the names first appear
   */
  public static Map<String, String> keyValues(List<String> lines) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String word : args(lines)) {
      int eq = word.indexOf('=');
      if (eq > 0) {
        out.put(word.substring(0, eq), word.substring(eq + 1));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The words of a key/value list that have no {@code =}.
   *
   * @param lines the key's lines
   * @return the names
   */
  public static List<String> namesWithoutValue(List<String> lines) {
    List<String> out = null; // most lines have none: no list, no stream
    for (String w : args(lines)) {
      if (w.indexOf('=') < 0) {
        if (out == null) {
          out = new ArrayList<>();
        }
        out.add(w);
      }
    }
    return out == null ? List.of() : Collections.unmodifiableList(out);
  }

  /**
   * Whether one line of a key/value list has a word without {@code =}: {@link #namesWithoutValue} of
   * the line is not empty. A line without a quote, a backslash or NUL splits into its runs between
   * separators, so such a line is looked at in place; any other is split.
   *
   * @param line the line
   * @return true when a word has no {@code =}
   */
  public static boolean hasNameWithoutValue(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' || c == '\'' || c == '\\' || c == '\0') {
        return !namesWithoutValue(List.of(line)).isEmpty();
      }
    }
    boolean equals = false; // whether the word read so far has '='
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || ExecWords.SEPARATORS.indexOf(line.charAt(i)) >= 0) {
        if (i > 0 && ExecWords.SEPARATORS.indexOf(line.charAt(i - 1)) < 0 && !equals) {
          return true; // a word ended without '='
        }
        equals = false;
      } else {
        equals |= line.charAt(i) == '=';
      }
    }
    return false;
  }

  /**
   * {@code LookupLastArgs}: the last line split like a command line.
   *
   * @param lines the key's lines
   * @return the words, empty when absent or unsplittable
   */
  public static List<String> exec(List<String> lines) {
    return last(lines).flatMap(QuadletReading::argWords).orElse(List.of());
  }

  /**
   * The parts of one line as the builders write them: the value of a single or verbatim kind, the
   * words of a list kind.
   *
   * @param kind how Quadlet reads the key
   * @param line the line
   * @return the parts, empty when Quadlet cannot split the line
   */
  public static Optional<List<String>> parts(ValueKind kind, String line) {
    return switch (kind) {
      case SINGLE, BOOLEAN, UINT32 -> Optional.of(List.of(single(line)));
      case LAST, VERBATIM_LIST -> Optional.of(List.of(line));
      case WORD_LIST -> Optional.of(strvWords(line));
      case ARG_LIST, KEY_VALUE_LIST, EXEC -> argWords(line);
    };
  }
}
