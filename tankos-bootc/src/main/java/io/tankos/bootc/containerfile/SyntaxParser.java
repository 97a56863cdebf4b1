package io.tankos.bootc.containerfile;

import io.tankos.core.text.TextLimits;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
  /** Go's blanks as BuildKit splits words at them, compiled once instead of per line. */
  private static final Pattern BLANKS = Pattern.compile("[\\t\\x0B\\f\\r ]+");

  /** A comment or blank line and its one-based line number. */
  record Line(Element element, int number) {}

  /** The parse result. */
  record Document(List<Directive> directives, char escape, List<Object> items) {}

  private final String source;
  /** The lines without their line feeds. */
  private final List<String> lines;
  private final boolean endsWithLineFeed;
  private int index;
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
    this.lines = splitLines(text);
    this.endsWithLineFeed = text.endsWith("\n");
  }

  static Document parse(String source, String text) {
    return new SyntaxParser(source, text).run();
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
    int k = line.length();
    while (k > 0 && (line.charAt(k - 1) == ' ' || line.charAt(k - 1) == '\t')) {
      k--;
    }
    if (k == 0 || line.charAt(k - 1) != esc) {
      return -1;
    }
    return k == 1 || line.charAt(k - 2) != esc ? k - 1 : -1;
  }

  /** The lines without their line feeds (a final line feed ends the last line, adds none). */
  private static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      out.add(text.substring(start, end));
      start = end + 1;
    }
    return out;
  }

  private boolean hasLineFeed(int line) {
    return line < lines.size() - 1 || endsWithLineFeed;
  }

  static String trimNewline(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  private ParseException error(int line, String message) {
    return new ParseException(source, line, message);
  }

  /** Returns true when the line was consumed as a directive. */
  private boolean possibleDirective(String token, int lineNo) {
    if (directivesDone) {
      return false;
    }
    DirectiveLine line = DirectiveLine.read(token);
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

  private Document run() {
    List<Object> items = new ArrayList<>();
    int current = 0;
    boolean any = false;
    while (index < lines.size()) {
      String raw = lines.get(index++);
      if (current == 0 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1);
      }
      String token = GoText.trimLeftSpace(trimNewline(raw));
      String written = token;
      boolean comment = token.startsWith("#");
      boolean directive = possibleDirective(token, current + 1);
      if (comment) {
        token = "";
      }
      current++;
      int startLine = current;
      int at = continuation(token, escape);
      String line = at < 0 ? token : token.substring(0, at);
      boolean end = at < 0;
      if (end && line.isEmpty()) {
        if (directive) {
          continue;
        }
        if (comment) {
          items.add(new Line(new Comment(written.substring(1)), current));
        } else {
          items.add(new Line(new BlankLine(), current));
        }
        continue;
      }
      List<String> interior = null;
      StringBuilder joined = null;
      while (!end && index < lines.size()) {
        String nt = trimNewline(lines.get(index++));
        possibleDirective(nt, current + 1);
        current++;
        String lead = GoText.trimLeftSpace(nt);
        if (lead.startsWith("#")) {
          if (interior == null) {
            interior = new ArrayList<>();
          }
          interior.add(lead.substring(1));
          continue;
        }
        if (lead.isEmpty()) {
          continue;
        }
        at = continuation(nt, escape);
        end = at < 0;
        if (joined == null) {
          joined = new StringBuilder(line.length() + nt.length() + 16).append(line);
        }
        joined.append(nt, 0, at < 0 ? nt.length() : at);
      }
      if (joined != null) {
        line = joined.toString();
      }
      if (interior == null) {
        interior = List.of();
      }
      SyntaxNode node;
      try {
        node = nodeFromLine(line, startLine, current);
      } catch (IllegalArgumentException e) {
        throw error(startLine, e.getMessage());
      }
      if (canContainHeredoc(node)) {
        List<Heredoc> docs = new ArrayList<>();
        for (Heredoc h : heredocsFromLine(line, startLine)) {
          StringBuilder content = new StringBuilder();
          boolean terminated = false;
          while (index < lines.size()) {
            String b = lines.get(index++);
            current++;
            String possible = trimNewline(b);
            if (h.chomp()) {
              possible = possible.replaceFirst("^\t+", "");
            }
            if (possible.equals(h.name())) {
              terminated = true;
              break;
            }
            content.append(b);
            if (hasLineFeed(index - 1)) {
              content.append('\n');
            }
          }
          if (!terminated) {
            throw error(startLine, "unterminated heredoc");
          }
          docs.add(new Heredoc(h.name(), content.toString(), h.expand(), h.chomp(), h.fileDescriptor()));
        }
        node = node.withBody(docs, current, interior);
      } else {
        node = node.withBody(List.of(), current, interior);
      }
      items.add(node);
      any = true;
    }
    if (!any) {
      throw error(current, "file with no instructions");
    }
    return new Document(directives, escape, items);
  }

  private static boolean canContainHeredoc(SyntaxNode node) {
    SyntaxNode n = node;
    if (n.lowerKeyword().equals("onbuild") && n.child != null) {
      n = n.child;
    }
    String k = n.lowerKeyword();
    return (k.equals("run") || k.equals("copy") || k.equals("add")) && !n.json;
  }

  private List<Heredoc> heredocsFromLine(String line, int lineNo) {
    if (!ShellLexer.mayHoldHeredoc(line) && !ShellLexer.mayNestTooDeep(line)) {
      return List.of(); // what lexing would find, without the lexer's words
    }
    List<String> words;
    try {
      words = ShellLexer.heredocFinder().process(line).words();
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

  SyntaxNode nodeFromLine(String line, int start, int end) {
    return nodeFromLine(line, start, end, false);
  }

  /**
   * One logical line to a node. The trigger of an ONBUILD is parsed too, but a trigger that is
   * itself an ONBUILD (which BuildKit refuses) keeps its own trigger unparsed, so that a long
   * {@code ONBUILD ONBUILD ...} chain is not a deep recursion.
   */
  private SyntaxNode nodeFromLine(String line, int start, int end, boolean trigger) {
    String trimmed = GoText.trimSpace(line);
    int ws = 0;
    while (ws < trimmed.length() && !GoText.isWordSeparator(trimmed.charAt(ws))) {
      ws++;
    }
    String cmd = trimmed.substring(0, ws);
    String rest = "";
    List<String> flags = new ArrayList<>();
    if (ws < trimmed.length()) {
      int r = ws;
      while (r < trimmed.length() && GoText.isWordSeparator(trimmed.charAt(r))) {
        r++;
      }
      rest = extractFlags(trimmed.substring(r), flags);
    }
    rest = GoText.trimSpace(rest);
    String lower = SyntaxNode.lower(cmd);
    List<String> args = new ArrayList<>();
    boolean json = false;
    SyntaxNode child = null;
    switch (lower) {
      case "add":
      case "copy":
      case "volume":
        json = maybeJsonToList(rest, args);
        break;
      case "cmd":
      case "entrypoint":
      case "run":
      case "shell":
        json = maybeJson(rest, args);
        break;
      case "arg":
        args.addAll(LineWords.parseWords(rest, escape));
        break;
      case "env":
      case "label":
        nameVal(rest, lower.toUpperCase(Locale.ROOT), args);
        break;
      case "expose":
      case "from":
        whitespaceDelimited(rest, args);
        break;
      case "healthcheck":
        json = healthConfig(rest, args);
        break;
      case "maintainer":
      case "stopsignal":
      case "user":
      case "workdir":
        if (!rest.isEmpty()) {
          args.add(rest);
        }
        break;
      case "onbuild":
        if (!rest.isEmpty() && !trigger) {
          child = nodeFromLine(rest, start, end, true);
        } else if (!rest.isEmpty()) {
          args.add(rest);
        }
        break;
      default:
        args.add("");
    }
    return new SyntaxNode(cmd, flags, args, json, List.of(), child, line, start, end, List.of());
  }

  private static void whitespaceDelimited(String rest, List<String> args) {
    if (rest.isEmpty()) {
      return;
    }
    args.addAll(List.of(BLANKS.split(rest, -1)));
  }

  private static boolean maybeJson(String rest, List<String> args) {
    if (rest.isEmpty()) {
      return false;
    }
    List<String> decoded = JsonArrays.parse(rest);
    if (decoded != null) {
      args.addAll(decoded);
      return true;
    }
    args.add(rest);
    return false;
  }

  private static boolean maybeJsonToList(String rest, List<String> args) {
    List<String> decoded = JsonArrays.parse(rest);
    if (decoded != null) {
      args.addAll(decoded);
      return true;
    }
    whitespaceDelimited(rest, args);
    return false;
  }

  private static boolean healthConfig(String rest, List<String> args) {
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
      return false;
    }
    args.add(new String(b, 0, sep, StandardCharsets.UTF_8));
    return maybeJson(new String(b, next, b.length - next, StandardCharsets.UTF_8), args);
  }

  private void nameVal(String rest, String key, List<String> args) {
    List<String> words = LineWords.parseWords(rest, escape);
    if (words.isEmpty()) {
      return;
    }
    if (!words.get(0).contains("=")) {
      String[] parts = BLANKS.split(rest, 2);
      if (parts.length < 2) {
        throw new IllegalArgumentException(key + " must have two arguments");
      }
      args.add(parts[0]);
      args.add(parts[1]);
      args.add("");
      return;
    }
    for (String w : words) {
      int eq = w.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "Syntax error - can't find = in " + GoText.quote(w) + ". Must be of the form: name=value");
      }
      args.add(w.substring(0, eq));
      args.add(w.substring(eq + 1));
      args.add("=");
    }
  }

  /** BuildKit's {@code extractBuilderFlags}, byte by byte as upstream does. Returns the rest. */
  static String extractFlags(String lineText, List<String> words) {
    if (!lineText.isEmpty()) {
      char first = lineText.charAt(0);
      // the first byte decides when it starts no "--": a lead byte of UTF-8 is never a blank
      if (first >= 0x80 || (!GoText.isSpace(first)
          && (first != '-' || lineText.length() == 1 || lineText.charAt(1) != '-'))) {
        return lineText;
      }
    }
    return extractFlagsByByte(lineText, words);
  }

  private static boolean isDashDash(StringBuilder word) {
    return word.length() == 2 && word.charAt(0) == '-' && word.charAt(1) == '-';
  }

  /** {@link #extractFlags} without its shortcut for a line that starts with no flag. */
  static String extractFlagsByByte(String lineText, List<String> words) {
    byte[] line = lineText.getBytes(StandardCharsets.UTF_8);
    final int inSpaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    int phase = inSpaces;
    StringBuilder word = new StringBuilder();
    int quote = 0;
    boolean blankOk = false;
    int ch = 0;
    for (int pos = 0; pos <= line.length; pos++) {
      if (pos != line.length) {
        ch = line[pos] & 0xFF;
      }
      if (phase == inSpaces) {
        if (pos == line.length) {
          break;
        }
        if (GoText.isSpace(ch)) {
          continue;
        }
        if ((ch != '-' || pos + 1 == line.length || line[pos + 1] != '-')) {
          return new String(line, pos, line.length - pos, StandardCharsets.UTF_8);
        }
        phase = inWord;
      }
      if ((phase == inWord || phase == inQuote) && pos == line.length) {
        if (!isDashDash(word) && (blankOk || word.length() > 0)) {
          words.add(word.toString());
        }
        break;
      }
      if (phase == inWord) {
        if (GoText.isSpace(ch)) {
          phase = inSpaces;
          if (isDashDash(word)) {
            return new String(line, pos, line.length - pos, StandardCharsets.UTF_8);
          }
          if (blankOk || word.length() > 0) {
            words.add(word.toString());
          }
          word.setLength(0);
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
          if (pos + 1 == line.length) {
            continue;
          }
          pos++;
          ch = line[pos] & 0xFF;
        }
        word.appendCodePoint(ch);
        continue;
      }
      if (phase == inQuote) {
        if (ch == quote) {
          phase = inWord;
          continue;
        }
        if (ch == '\\') {
          if (pos + 1 == line.length) {
            phase = inWord;
            continue;
          }
          pos++;
          ch = line[pos] & 0xFF;
        }
        word.appendCodePoint(ch);
      }
    }
    return "";
  }
}
