package io.tankos.bootc.containerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The builder's shell-word lexer: quotes, escapes and {@code $} expansion as BuildKit (and
 * imagebuilder, which vendors it) apply them to ADD/COPY/VOLUME/ENV/LABEL/USER/WORKDIR values and to
 * heredoc detection. Written from the documented behaviour; only what tankos needs to decide how a
 * value is read back (no pattern substitutions beyond passing them through when unset).
 */
final class ShellLexer {
  private final int escape;
  private final boolean rawQuotes;
  private final boolean rawEscapes;
  private final boolean skipUnset;
  private final Map<String, String> env;

  private String text = "";
  private int pos;
  private int depth;

  ShellLexer(char escape, boolean rawQuotes, boolean rawEscapes, boolean skipUnset, Map<String, String> env) {
    this.escape = escape;
    this.rawQuotes = rawQuotes;
    this.rawEscapes = rawEscapes;
    this.skipUnset = skipUnset;
    this.env = env;
  }

  /** A lexer that processes one word with the given variables (unset ones expand to empty). */
  static ShellLexer expanding(char escape, Map<String, String> env) {
    return new ShellLexer(escape, false, false, false, env);
  }

  /** The lexer the parser uses to find heredoc words: raw quotes and escapes, unset kept. */
  static ShellLexer heredocFinder() {
    return new ShellLexer('\\', true, true, true, Map.of());
  }

  /**
   * Whether {@link #heredocFinder()} can find a heredoc word in the line: such a word holds
   * {@code <<}, and that lexer keeps quotes and escapes and has no variable set, so every character
   * of its words comes from the line (a default such as {@code ${X:-<}} once). With fewer than two
   * {@code <} there is none.
   *
   * @param line the line
   * @return false when the line cannot hold a heredoc word
   */
  static boolean mayHoldHeredoc(CharSequence line) {
    return count(line, '<') >= 2;
  }

  /**
   * {@link #mayHoldHeredoc(CharSequence)} of the text from {@code from}, without copying it out.
   *
   * @param text the text
   * @param from where the line starts
   * @return false when the line certainly holds no heredoc
   */
  static boolean mayHoldHeredoc(StringBuilder text, int from) {
    int first = text.indexOf("<", from);
    return first >= 0 && text.indexOf("<", first + 1) >= 0;
  }

  /**
   * Whether lexing the line may go deeper than {@link ContainerfileLimits#MAX_EXPANSION_DEPTH}:
   * each level starts with a dollar sign, so a line with no more of them than the limit cannot.
   *
   * @param line the line
   * @return false when the line is certainly within the limit
   */
  static boolean mayNestTooDeep(CharSequence line) {
    return count(line, '$') > ContainerfileLimits.MAX_EXPANSION_DEPTH;
  }

  private static int count(CharSequence s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** The result of one lexing run. */
  record Result(String word, List<String> words) {}

  /** Thrown on a syntax error in a word, or when the word nests expansions too deeply. */
  static final class LexException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whether {@link ContainerfileLimits#MAX_EXPANSION_DEPTH} was exceeded. */
    private final boolean limit;

    LexException(String message) {
      this(message, false);
    }

    private LexException(String message, boolean limit) {
      super(message);
      this.limit = limit;
    }

    /** The error for expansions nested deeper than the limit. */
    static LexException tooDeep() {
      return new LexException(DEPTH_MESSAGE, true);
    }

    /** Whether this is the nesting limit rather than a syntax error. */
    boolean limit() {
      return limit;
    }
  }

  /**
   * Thrown by the parsing path (which knows no line) when a word went over {@link
   * ContainerfileLimits#MAX_EXPANSION_DEPTH}; the reader turns it into a {@link
   * io.tankos.core.validation.LimitExceededException} at the instruction's line.
   */
  static final class DepthLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DepthLimit() {
      super(DEPTH_MESSAGE, null, false, false);
    }
  }

  /** What went over {@link ContainerfileLimits#MAX_EXPANSION_DEPTH}. */
  static final String DEPTH_MESSAGE = "variable expansions nested more than "
      + ContainerfileLimits.MAX_EXPANSION_DEPTH + " levels deep";

  Result process(String input) throws LexException {
    this.text = input;
    this.pos = 0;
    this.depth = 0;
    return stopOn(-1, rawEscapes);
  }

  private int peek() {
    return pos < text.length() ? text.codePointAt(pos) : -1;
  }

  private int next() {
    if (pos >= text.length()) {
      return -1;
    }
    int c = text.codePointAt(pos);
    pos += Character.charCount(c);
    return c;
  }

  private static final class Words {
    final StringBuilder word = new StringBuilder();
    final List<String> words = new ArrayList<>();
    boolean inWord;

    void addChar(int ch) {
      if (GoText.isSpace(ch)) {
        if (inWord && word.length() != 0) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        addRaw(ch);
      }
    }

    void addRaw(int ch) {
      word.appendCodePoint(ch);
      inWord = true;
    }

    void addString(String s) {
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        addChar(c);
        i += Character.charCount(c);
      }
    }

    void addRawString(String s) {
      word.append(s);
      inWord = true;
    }

    List<String> get() {
      if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
        inWord = false;
      }
      return words;
    }
  }

  private Result stopOn(int stop, boolean raw) throws LexException {
    StringBuilder result = new StringBuilder();
    Words words = new Words();
    while (peek() != -1) {
      int ch = peek();
      if (stop != -1 && ch == stop) {
        next();
        return new Result(result.toString(), words.get());
      }
      if (ch == '$' || ch == '\'' || ch == '"') {
        String tmp = ch == '$' ? dollar() : ch == '\'' ? singleQuote() : doubleQuote();
        result.append(tmp);
        if (ch == '$') {
          words.addString(tmp);
        } else {
          words.addRawString(tmp);
        }
        continue;
      }
      ch = next();
      if (ch == escape) {
        if (raw) {
          words.addRaw(ch);
          result.appendCodePoint(ch);
        }
        ch = next();
        if (ch == -1) {
          break;
        }
        words.addRaw(ch);
      } else {
        words.addChar(ch);
      }
      result.appendCodePoint(ch);
    }
    if (stop != -1) {
      throw new LexException(
          "unexpected end of statement while looking for matching " + new String(Character.toChars(stop)));
    }
    return new Result(result.toString(), words.get());
  }

  /** The word up to {@code stop} inside {@code ${...}}: one nesting level deeper. */
  private String nested(int stop, boolean raw) throws LexException {
    if (++depth > ContainerfileLimits.MAX_EXPANSION_DEPTH) {
      throw LexException.tooDeep();
    }
    try {
      return stopOn(stop, raw).word();
    } finally {
      depth--;
    }
  }

  private String singleQuote() throws LexException {
    StringBuilder r = new StringBuilder();
    int ch = next();
    if (rawQuotes) {
      r.appendCodePoint(ch);
    }
    while (true) {
      ch = next();
      if (ch == -1) {
        throw new LexException("unexpected end of statement while looking for matching single-quote");
      }
      if (ch == '\'') {
        if (rawQuotes) {
          r.appendCodePoint(ch);
        }
        return r.toString();
      }
      r.appendCodePoint(ch);
    }
  }

  private String doubleQuote() throws LexException {
    StringBuilder r = new StringBuilder();
    int ch = next();
    if (rawQuotes) {
      r.appendCodePoint(ch);
    }
    while (true) {
      int p = peek();
      if (p == -1) {
        throw new LexException("unexpected end of statement while looking for matching double-quote");
      }
      if (p == '"') {
        ch = next();
        if (rawQuotes) {
          r.appendCodePoint(ch);
        }
        return r.toString();
      }
      if (p == '$') {
        r.append(dollar());
        continue;
      }
      ch = next();
      if (ch == escape) {
        if (rawEscapes) {
          r.appendCodePoint(ch);
        }
        int q = peek();
        if (q == -1) {
          continue;
        }
        if (q == '"' || q == '$' || q == escape) {
          ch = next();
        }
      }
      r.appendCodePoint(ch);
    }
  }

  private String dollar() throws LexException {
    next();
    if (peek() != '{') {
      String name = name();
      if (name.isEmpty()) {
        return "$";
      }
      String value = env.get(name);
      if (value == null && skipUnset) {
        return "$" + name;
      }
      return value == null ? "" : value;
    }
    next();
    int p = peek();
    if (p == -1) {
      throw new LexException("syntax error: missing '}'");
    }
    if (p == '{' || p == '}' || p == ':') {
      throw new LexException("syntax error: bad substitution");
    }
    String name = name();
    int ch = next();
    if (ch == '}') {
      String value = env.get(name);
      if (value == null && skipUnset) {
        return "${" + name + "}";
      }
      return value == null ? "" : value;
    }
    String modifier = ch == -1 ? "" : new String(Character.toChars(ch));
    boolean nullIsUnset = false;
    if (ch == ':') {
      nullIsUnset = true;
      ch = next();
      modifier += ch == -1 ? "" : new String(Character.toChars(ch));
    }
    if (ch == '+' || ch == '-' || ch == '?' || ch == '#' || ch == '%') {
      String word;
      try {
        word = nested('}', ch == '#' || ch == '%');
      } catch (LexException e) {
        if (e.limit()) {
          throw e;
        }
        if (peek() == -1) {
          throw new LexException("syntax error: missing '}'");
        }
        throw e;
      }
      String value = env.get(name);
      boolean set = value != null;
      if (skipUnset && !set) {
        return "${" + name + modifier + word + "}";
      }
      boolean empty = !set || (nullIsUnset && value.isEmpty());
      switch (ch) {
        case '-':
          return empty ? word : value;
        case '+':
          return empty ? "" : word;
        case '?':
          if (!set || (nullIsUnset && value.isEmpty())) {
            throw new LexException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
          }
          return value;
        default:
          throw new LexException("pattern substitution ${" + name + modifier + "…} is not evaluated by tankos");
      }
    }
    if (ch == '/') {
      boolean all = peek() == '/';
      if (all) {
        next();
      }
      String pattern;
      String replacement;
      try {
        pattern = nested('/', true);
        replacement = nested('}', true);
      } catch (LexException e) {
        if (e.limit()) {
          throw e;
        }
        if (peek() == -1) {
          throw new LexException("syntax error: missing '}'");
        }
        throw e;
      }
      if (skipUnset && env.get(name) == null) {
        return "${" + name + "/" + (all ? "/" : "") + pattern + "/" + replacement + "}";
      }
      throw new LexException("pattern substitution ${" + name + "/…} is not evaluated by tankos");
    }
    throw new LexException("unsupported modifier (" + modifier + ") in substitution");
  }

  private String name() {
    StringBuilder n = new StringBuilder();
    while (peek() != -1) {
      int ch = peek();
      if (n.length() == 0 && Character.isDigit(ch)) {
        while (peek() != -1 && Character.isDigit(peek())) {
          n.appendCodePoint(next());
        }
        return n.toString();
      }
      if (n.length() == 0 && "@*#?-$!0".indexOf(ch) >= 0) {
        return new String(Character.toChars(next()));
      }
      if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
        break;
      }
      n.appendCodePoint(next());
    }
    return n.toString();
  }
}
