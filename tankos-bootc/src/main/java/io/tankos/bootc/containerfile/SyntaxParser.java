package io.tankos.bootc.containerfile;

import io.tankos.core.text.TextLimits;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's {@code parser.Parse}: physical lines, directives, comments, continuation, flag
 * extraction, the per-keyword line parsers and heredoc bodies. Comments and blank lines are kept as
 * elements so that a document can be rendered back with them.
 */
final class SyntaxParser {
  private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)([^<]*)$");

  /** A comment or blank line and its one-based line number. */
  record Line(Element element, int number) {}

  /** The parse result: {@link Line}s and {@link SyntaxNode}s of their own, in order. */
  record Document(List<Directive> directives, char escape, List<Object> items) {}

  /** What the syntax pass reads, handed over in order while it reads. */
  interface Sink {
    /**
     * A comment or blank line.
     *
     * @param element the comment or blank line
     * @param number its one-based line number
     */
    void line(Element element, int number);

    /**
     * An instruction. The node and its lists are reused for the next instruction: they are read
     * during this call, not kept ({@link SyntaxNode#detached()} is a node to keep).
     *
     * @param node the instruction
     */
    void node(SyntaxNode node);
  }

  private final String source;
  /** The text, read line by line by index: only what the parse keeps becomes a string. */
  private final String text;
  /** Where the next line starts. */
  private int next;
  /** Where the line last read starts. */
  private int lineStart;
  /** Where the line last read ends, before its line feed. */
  private int lineEnd;
  /** Where each logical line is joined from its physical lines, reused for each. */
  private final StringBuilder joined = new StringBuilder();
  /** The node handed to the sink for every instruction, and its lists. */
  private final SyntaxNode node = new SyntaxNode();
  private final List<String> flagWords = new ArrayList<>();
  private final List<String> argWords = new ArrayList<>();
  private char escape = '\\';
  private boolean directivesDone;
  private final Set<String> seen = new HashSet<>();
  private final List<Directive> directives = new ArrayList<>();

  private SyntaxParser(String source, String text) {
    this.source = source;
    TextLimits.checkLines(source, text, ContainerfileLimits.MAX_LINES,
        "ContainerfileLimits.MAX_LINES", ContainerfileLimits.MAX_LINE_BYTES,
        "ContainerfileLimits.MAX_LINE_BYTES");
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new ParseException(source, TextLimits.lineOf(text, nul), "NUL character at column "
          + TextLimits.columnOf(text, nul) + "; the builders cannot carry it (Buildah's lexer"
          + " reports \"invalid character NUL\", and no argument or file name can hold one)");
    }
    int lone = Utf8.firstLoneSurrogate(text);
    if (lone >= 0) {
      throw new ParseException(source, TextLimits.lineOf(text, lone), String.format(
          "a lone surrogate U+%04X at column %d: the text is not valid Unicode and has no UTF-8 form",
          (int) text.charAt(lone), TextLimits.columnOf(text, lone)));
    }
    this.text = text;
  }

  /**
   * Parses the whole text into a document of its own.
   *
   * @param source the file name for messages
   * @param text the text
   * @return the directives, lines and instructions
   */
  static Document parse(String source, String text) {
    List<Object> items = new ArrayList<>();
    SyntaxParser parser = new SyntaxParser(source, text);
    parser.run(new Sink() {
      @Override
      public void line(Element element, int number) {
        items.add(new Line(element, number));
      }

      @Override
      public void node(SyntaxNode node) {
        items.add(node.detached());
      }
    });
    return new Document(parser.directives, parser.escape, items);
  }

  /**
   * Parses the text, handing every comment, blank line and instruction to the sink as it is read;
   * a syntax error is thrown where it is found, after what came before it was handed over.
   *
   * @param source the file name for messages
   * @param text the text
   * @param sink what receives the lines and instructions
   * @return the parser directives
   */
  static List<Directive> read(String source, String text, Sink sink) {
    SyntaxParser parser = new SyntaxParser(source, text);
    parser.run(sink);
    return parser.directives;
  }

  /**
   * Where the escape that continues a line is, or -1 when the line ends its instruction: BuildKit's
   * pattern {@code ([^E])E[ \t]*$|^E[ \t]*$} for the escape {@code E}, read by hand. The escape is
   * the last character before any spaces and tabs at the end, not itself escaped; Go's {@code $}
   * is the end of the text (Java's would also match before a final NEL, LS or PS).
   *
   * @param line the line without its line feed
   * @param esc the escape character
   * @return the index of the continuing escape, or -1
   */
  static int continuation(String line, char esc) {
    return continuation(line, 0, line.length(), esc);
  }

  /** {@link #continuation(String, char)} of the line {@code s[from, to)}; the index is in {@code s}. */
  private static int continuation(String s, int from, int to, char esc) {
    int k = to;
    while (k > from && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '\t')) {
      k--;
    }
    if (k == from || s.charAt(k - 1) != esc) {
      return -1;
    }
    return k == from + 1 || s.charAt(k - 2) != esc ? k - 1 : -1;
  }

  /** Whether a line is left: a final line feed ends the last line, adds none. */
  private boolean moreLines() {
    return next < text.length();
  }

  /**
   * Reads the next line: sets {@link #lineStart} and {@link #lineEnd}.
   *
   * @return whether the line ends in a line feed
   */
  private boolean nextLine() {
    int nl = text.indexOf('\n', next);
    lineStart = next;
    lineEnd = nl < 0 ? text.length() : nl;
    next = lineEnd + 1;
    return nl >= 0;
  }

  static String trimNewline(String s) {
    return s.substring(0, trimNewline(s, 0, s.length()));
  }

  /** The end of {@code s[from, to)} without the line feeds and carriage returns at its end. */
  private static int trimNewline(String s, int from, int to) {
    int end = to;
    while (end > from && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  private ParseException error(int line, String message) {
    return new ParseException(source, line, message);
  }

  /** Returns true when the line {@code text[from, to)} was consumed as a directive. */
  private boolean possibleDirective(int from, int to, int lineNo) {
    if (directivesDone) {
      return false;
    }
    DirectiveLine line = DirectiveLine.read(text.substring(from, to));
    if (line == null || !line.known()) {
      directivesDone = true;
      return false;
    }
    String key = line.key();
    if (!seen.add(key)) {
      throw error(lineNo, "only one " + key + " parser directive can be used");
    }
    String v = line.value();
    if (key.equals("escape")) {
      if (!v.equals("`") && !v.equals("\\")) {
        throw error(lineNo, "invalid escape token '" + v + "' does not match ` or \\");
      }
      escape = v.charAt(0);
    }
    try {
      directives.add(new Directive(key, v));
    } catch (IllegalArgumentException e) {
      throw error(lineNo, e.getMessage() + "; BuildKit reads the value as " + GoText.quote(v));
    }
    return true;
  }

  private void run(Sink sink) {
    int current = 0;
    boolean any = false;
    while (moreLines()) {
      nextLine();
      int from = current == 0 && text.startsWith("\uFEFF", lineStart) ? lineStart + 1 : lineStart;
      int to = trimNewline(text, from, lineEnd);
      int token = GoText.skipSpace(text, from, to);
      boolean comment = token < to && text.charAt(token) == '#';
      boolean directive = possibleDirective(token, to, current + 1);
      current++;
      int startLine = current;
      int cut = comment ? -1 : continuation(text, token, to, escape);
      boolean end = cut < 0;
      if (end && (comment || token == to)) {
        if (directive) {
          continue;
        }
        if (comment) {
          sink.line(new Comment(text.substring(token + 1, to)), current);
        } else {
          sink.line(new BlankLine(), current);
        }
        continue;
      }
      List<String> interior = null;
      joined.setLength(0);
      joined.append(text, token, end ? to : cut);
      while (!end && moreLines()) {
        nextLine();
        int ntEnd = trimNewline(text, lineStart, lineEnd);
        possibleDirective(lineStart, ntEnd, current + 1);
        current++;
        int lead = GoText.skipSpace(text, lineStart, ntEnd);
        if (lead < ntEnd && text.charAt(lead) == '#') {
          if (interior == null) {
            interior = new ArrayList<>();
          }
          interior.add(text.substring(lead + 1, ntEnd));
          continue;
        }
        if (lead == ntEnd) {
          continue;
        }
        int at = continuation(text, lineStart, ntEnd, escape);
        end = at < 0;
        joined.append(text, lineStart, end ? ntEnd : at);
      }
      try {
        nodeFromLine(joined, 0, joined.length(), startLine, current, interior == null ? List.of() : interior, false,
            node);
      } catch (IllegalArgumentException e) {
        throw error(startLine, e.getMessage());
      }
      if (canContainHeredoc(node)) {
        List<Heredoc> docs = null;
        for (Heredoc h : heredocsFromLine(joined, startLine)) {
          StringBuilder content = new StringBuilder();
          boolean terminated = false;
          while (moreLines()) {
            boolean lineFeed = nextLine();
            current++;
            int possible = h.chomp() ? skipTabs(lineStart, lineEnd) : lineStart;
            int possibleEnd = trimNewline(text, possible, lineEnd);
            if (possibleEnd - possible == h.name().length() && text.startsWith(h.name(), possible)) {
              terminated = true;
              break;
            }
            content.append(text, lineStart, lineFeed ? lineEnd + 1 : lineEnd);
          }
          if (!terminated) {
            throw error(startLine, "unterminated heredoc");
          }
          if (docs == null) {
            docs = new ArrayList<>();
          }
          docs.add(new Heredoc(h.name(), content.toString(), h.expand(), h.chomp(), h.fileDescriptor()));
        }
        if (docs != null) {
          node.heredocs = unmodifiable(docs);
          node.endLine = current;
        }
      }
      sink.node(node);
      any = true;
    }
    if (!any) {
      throw error(current, "file with no instructions");
    }
  }

  /** Where the tabs at the start of {@code text[from, to)} end ({@code <<-} strips them). */
  private int skipTabs(int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) == '\t') {
      i++;
    }
    return i;
  }

  private static boolean canContainHeredoc(SyntaxNode node) {
    SyntaxNode n = node;
    if (n.lowerKeyword().equals("onbuild") && n.child != null) {
      n = n.child;
    }
    String k = n.lowerKeyword();
    return (k.equals("run") || k.equals("copy") || k.equals("add")) && !n.json;
  }

  private List<Heredoc> heredocsFromLine(CharSequence line, int lineNo) {
    if (!ShellLexer.mayHoldHeredoc(line) && !ShellLexer.mayNestTooDeep(line)) {
      return List.of(); // what lexing would find, without the lexer's words
    }
    List<String> words;
    try {
      words = ShellLexer.heredocFinder().process(line.toString()).words();
    } catch (ShellLexer.LexException e) {
      if (e.limit()) {
        throw tooDeep(lineNo);
      }
      words = List.of();
    }
    List<Heredoc> out = new ArrayList<>();
    for (String w : words) {
      Heredoc h;
      try {
        h = heredocFromWord(w);
      } catch (ShellLexer.LexException e) {
        throw e.limit() ? tooDeep(lineNo) : error(lineNo, e.getMessage());
      }
      if (h != null) {
        if (out.size() == ContainerfileLimits.MAX_HEREDOCS) {
          throw new LimitExceededException(source, lineNo, "more than "
              + ContainerfileLimits.MAX_HEREDOCS + " heredocs on one instruction",
              "ContainerfileLimits.MAX_HEREDOCS", ContainerfileLimits.MAX_HEREDOCS);
        }
        out.add(h);
      }
    }
    return out;
  }

  private LimitExceededException tooDeep(int lineNo) {
    return tooDeep(source, lineNo);
  }

  /** The error for {@link ContainerfileLimits#MAX_EXPANSION_DEPTH}. */
  static LimitExceededException tooDeep(String source, int lineNo) {
    return new LimitExceededException(source, lineNo, ShellLexer.DEPTH_MESSAGE,
        "ContainerfileLimits.MAX_EXPANSION_DEPTH", ContainerfileLimits.MAX_EXPANSION_DEPTH);
  }

  /** BuildKit's {@code ParseHeredoc}: the heredoc a shell word introduces, or null. */
  static Heredoc heredocFromWord(String word) throws ShellLexer.LexException {
    if (word.indexOf("<<") < 0) {
      return null; // the pattern needs "<<": most words are refused without a matcher
    }
    Matcher m = HEREDOC.matcher(word);
    if (!m.matches()) {
      return null;
    }
    int fd = m.group(1).isEmpty() ? 0 : parseFd(m.group(1));
    boolean chomp = m.group(2).equals("-");
    String rest = m.group(3);
    if (rest.isEmpty()) {
      return null;
    }
    List<String> plain = new ShellLexer('\\', false, false, true, java.util.Map.of()).process(rest).words();
    if (plain.size() != 1) {
      return null;
    }
    List<String> rawWords = new ShellLexer('\\', true, false, true, java.util.Map.of()).process(rest).words();
    String w = plain.get(0);
    String r = rawWords.get(0);
    boolean expand = quotes(w) == quotes(r);
    return new Heredoc(w, "", expand, chomp, fd);
  }

  private static int parseFd(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static long quotes(String s) {
    return s.chars().filter(c -> c == '\'' || c == '"').count();
  }

  // ---- one logical line -> node

  /**
   * One logical line, {@code line[lineFrom, lineTo)}, to a node: {@code into}, which takes this
   * parser's reused lists, or for a trigger a node with lists of its own. The trigger of an
   * ONBUILD is parsed too, but a trigger that is itself an ONBUILD (which BuildKit refuses) keeps
   * its own trigger unparsed, so that a long {@code ONBUILD ONBUILD ...} chain is not a deep
   * recursion.
   */
  private SyntaxNode nodeFromLine(CharSequence line, int lineFrom, int lineTo, int start, int end, List<String> interior,
      boolean trigger, SyntaxNode into) {
    int first = GoText.skipSpace(line, lineFrom, lineTo);
    int last = GoText.trimSpaceEnd(line, first, lineTo);
    int ws = first;
    while (ws < last && !GoText.isWordSeparator(line.charAt(ws))) {
      ws++;
    }
    String cmd = SyntaxNode.written(line, first, ws);
    // the rest of the line, after the keyword and its flags, is text[from, to): a string of its
    // own only where it is kept
    CharSequence text = line;
    int from = ws;
    int to = last;
    while (from < to && GoText.isWordSeparator(text.charAt(from))) {
      from++;
    }
    List<String> flags = trigger ? new ArrayList<>(2) : cleared(flagWords);
    List<String> args = trigger ? new ArrayList<>(2) : cleared(argWords);
    if (from < to && startsWithFlag(text, from, to)) {
      String rest = extractFlags(text, from, to, flags);
      text = rest;
      from = 0;
      to = GoText.trimSpaceEnd(rest, GoText.skipSpace(rest, 0, rest.length()), rest.length());
    }
    from = GoText.skipSpace(text, from, to);
    String lower = SyntaxNode.lower(cmd);
    boolean json = false;
    SyntaxNode child = null;
    switch (lower) {
      case "add":
      case "copy":
      case "volume":
        json = JsonArrays.parse(text, from, to, args);
        if (!json) {
          whitespaceDelimited(text, from, to, args);
        }
        break;
      case "cmd":
      case "entrypoint":
      case "run":
      case "shell":
        json = JsonArrays.parse(text, from, to, args);
        if (!json) {
          whole(text, from, to, args);
        }
        break;
      case "arg":
        LineWords.parseWords(text, from, to, escape, args);
        break;
      case "env":
      case "label":
        nameVal(text, from, to, lower, args);
        break;
      case "expose":
      case "from":
        whitespaceDelimited(text, from, to, args);
        break;
      case "healthcheck":
        json = healthConfig(text.subSequence(from, to).toString(), args) != null;
        break;
      case "maintainer":
      case "stopsignal":
      case "user":
      case "workdir":
        whole(text, from, to, args);
        break;
      case "onbuild":
        if (from < to && !trigger) {
          String triggerLine = text.subSequence(from, to).toString();
          child = nodeFromLine(triggerLine, 0, triggerLine.length(), start, end, List.of(), true, new SyntaxNode());
        } else {
          whole(text, from, to, args);
        }
        break;
      default:
        args.add("");
    }
    into.set(cmd, flags, args, json, List.of(), child, trigger ? line.toString() : line, start, end,
        unmodifiable(interior));
    return into;
  }

  /** A reused list, emptied. */
  private static List<String> cleared(List<String> list) {
    list.clear();
    return list;
  }

  /** A list as the node keeps it: one made by the parse is not changed after, so not copied. */
  private static <T> List<T> unmodifiable(List<T> list) {
    return list.isEmpty() ? List.of() : list instanceof ArrayList ? Collections.unmodifiableList(list) : list;
  }

  /** Adds the rest of the line as one argument, none when it is empty. */
  private static void whole(CharSequence text, int from, int to, List<String> args) {
    if (from < to) {
      args.add(text.subSequence(from, to).toString());
    }
  }

  /**
   * Adds the words of {@code text[from, to)} split at BuildKit's whitespace, as the pattern
   * {@code [\\t\\x0B\\f\\r ]+} splits them with no limit (an empty word before a leading blank and after a trailing one);
   * none when the text is empty.
   */
  private static void whitespaceDelimited(CharSequence text, int from, int to, List<String> args) {
    if (from == to) {
      return;
    }
    int word = from;
    int i = from;
    while (i < to) {
      if (GoText.isWordSeparator(text.charAt(i))) {
        args.add(text.subSequence(word, i).toString());
        while (i < to && GoText.isWordSeparator(text.charAt(i))) {
          i++;
        }
        word = i;
      } else {
        i++;
      }
    }
    args.add(text.subSequence(word, to).toString());
  }

  /** Adds the type and the command; returns the command's JSON array, or null for the shell form. */
  private static List<String> healthConfig(String rest, List<String> args) {
    byte[] b = rest.getBytes(StandardCharsets.UTF_8);
    int sep = 0;
    while (sep < b.length && !GoText.isSpace(b[sep] & 0xFF)) {
      sep++;
    }
    int next = sep;
    while (next < b.length && GoText.isSpace(b[next] & 0xFF)) {
      next++;
    }
    if (sep == 0) {
      return null;
    }
    args.add(new String(b, 0, sep, StandardCharsets.UTF_8));
    String command = new String(b, next, b.length - next, StandardCharsets.UTF_8);
    List<String> decoded = JsonArrays.parse(command);
    if (decoded != null) {
      args.addAll(decoded);
    } else {
      whole(command, 0, command.length(), args);
    }
    return decoded;
  }

  /**
   * BuildKit's {@code parseNameVal} of {@code text[from, to)}, added to {@code args}: the name and
   * value of each word are taken from the line, not from a copy of the word.
   */
  private void nameVal(CharSequence text, int from, int to, String keyword, List<String> args) {
    LineWords words = new LineWords(text, from, to, escape);
    if (!words.next()) {
      return;
    }
    if (equalsSign(text, words) < 0) {
      // the pattern's split(rest, 2): the text before the first run of blanks and the text after it
      int sep = from;
      while (sep < to && !GoText.isWordSeparator(text.charAt(sep))) {
        sep++;
      }
      if (sep == to) {
        throw new IllegalArgumentException(keyword.toUpperCase(Locale.ROOT) + " must have two arguments");
      }
      int value = sep;
      while (value < to && GoText.isWordSeparator(text.charAt(value))) {
        value++;
      }
      args.add(text.subSequence(from, sep).toString());
      args.add(text.subSequence(value, to).toString());
      args.add("");
      return;
    }
    do {
      int eq = equalsSign(text, words);
      if (eq < 0) {
        throw new IllegalArgumentException(
            "Syntax error - can't find = in " + GoText.quote(words.word()) + ". Must be of the form: name=value");
      }
      args.add(text.subSequence(words.start(), eq).toString());
      args.add(text.subSequence(eq + 1, words.end()).toString());
      args.add("=");
    } while (words.next());
  }

  /** Where the first '=' of the current word is in the line, or -1. */
  private static int equalsSign(CharSequence text, LineWords words) {
    for (int i = words.start(); i < words.end(); i++) {
      if (text.charAt(i) == '=') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the text from {@code from} may start with flags: BuildKit's {@code extractBuilderFlags}
   * returns any other line whole, and {@link #extractFlags} need not read it.
   */
  static boolean startsWithFlag(String text, int from) {
    return startsWithFlag(text, from, text.length());
  }

  /** {@link #startsWithFlag(String, int)} of {@code text[from, to)}. */
  private static boolean startsWithFlag(CharSequence text, int from, int to) {
    if (from == to) {
      return true;
    }
    char first = text.charAt(from);
    // the first byte decides when it starts no "--": a lead byte of UTF-8 is never a blank
    return first < 0x80 && (GoText.isSpace(first)
        || (first == '-' && from + 1 < to && text.charAt(from + 1) == '-'));
  }

  /**
   * BuildKit's {@code extractBuilderFlags} of the text from {@code from}, byte by byte as upstream
   * does: adds the flags to {@code words}, returns the rest.
   */
  static String extractFlags(String text, int from, List<String> words) {
    return extractFlags(text, from, text.length(), words);
  }

  /** {@link #extractFlags(String, int, List)} of {@code text[from, to)}. */
  private static String extractFlags(CharSequence text, int from, int to, List<String> words) {
    if (isAscii(text, from, to)) {
      int rest = flagWords(text, from, to, words);
      return rest < 0 ? "" : text.subSequence(rest, to).toString();
    }
    byte[] utf8 = text.subSequence(from, to).toString().getBytes(StandardCharsets.UTF_8);
    int rest = flagWords(new String(utf8, StandardCharsets.ISO_8859_1), 0, utf8.length, words);
    return rest < 0 ? "" : new String(utf8, rest, utf8.length - rest, StandardCharsets.UTF_8);
  }

  private static boolean isAscii(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The flag words of {@code bytes[from, length)} (one char for each byte of the line's UTF-8
   * form: ASCII text is its own), added to {@code words}; returns where the rest starts, or -1
   * when there is none.
   */
  private static int flagWords(CharSequence bytes, int from, int length, List<String> words) {
    final int inSpaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    int phase = inSpaces;
    // the word is bytes[start, end) while it keeps every char read, a builder once it drops one
    int start = 0;
    int end = 0;
    StringBuilder word = null;
    int quote = 0;
    boolean blankOk = false;
    int ch = 0;
    for (int pos = from; pos <= length; pos++) {
      if (pos != length) {
        ch = bytes.charAt(pos);
      }
      if (phase == inSpaces) {
        if (pos == length) {
          break;
        }
        if (GoText.isSpace(ch)) {
          continue;
        }
        if ((ch != '-' || pos + 1 == length || bytes.charAt(pos + 1) != '-')) {
          return pos;
        }
        phase = inWord;
        start = pos;
        end = pos;
        word = null;
      }
      if ((phase == inWord || phase == inQuote) && pos == length) {
        String text = word == null ? bytes.subSequence(start, end).toString() : word.toString();
        if (!text.equals("--") && (blankOk || !text.isEmpty())) {
          words.add(text);
        }
        break;
      }
      if (phase == inWord) {
        if (GoText.isSpace(ch)) {
          phase = inSpaces;
          String text = word == null ? bytes.subSequence(start, end).toString() : word.toString();
          if (text.equals("--")) {
            return pos;
          }
          if (blankOk || !text.isEmpty()) {
            words.add(text);
          }
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = inQuote;
          continue;
        }
        if (ch == '\\') {
          if (pos + 1 == length) {
            continue;
          }
          pos++;
          ch = bytes.charAt(pos);
        }
      } else {
        if (ch == quote) {
          phase = inWord;
          continue;
        }
        if (ch == '\\') {
          if (pos + 1 == length) {
            phase = inWord;
            continue;
          }
          pos++;
          ch = bytes.charAt(pos);
        }
      }
      if (word == null && pos == end) {
        end++;
      } else {
        if (word == null) {
          word = new StringBuilder(length - start).append(bytes, start, end);
        }
        word.append((char) ch);
      }
    }
    return -1;
  }
}
