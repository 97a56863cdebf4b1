package io.tankos.bootc.containerfile;

import java.util.List;

/**
 * One instruction as BuildKit's {@code parser.Parse} sees it: keyword as written, flags after
 * {@code extractBuilderFlags}, arguments after the keyword's line parser, heredocs, and the nested
 * instruction of ONBUILD.
 *
 * <p>The syntax pass fills one node for every instruction of a text in turn, with lists it reuses
 * (see {@link SyntaxParser#read}): such a node and its lists are read during the call that hands
 * it over and not kept. {@link #detached()} is a node of its own, with lists of its own; an ONBUILD
 * trigger is always one.
 */
final class SyntaxNode {
  /** The keywords BuildKit's parser dispatches on, in lower case. */
  private static final String[] KEYWORDS = {"add", "arg", "cmd", "copy", "entrypoint", "env", "expose",
      "from", "healthcheck", "label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user",
      "volume", "workdir"};

  /** The known keywords in capitals, as most files write them. */
  private static final String[] CAPITALS =
      java.util.Arrays.stream(KEYWORDS).map(k -> k.toUpperCase(java.util.Locale.ROOT)).toArray(String[]::new);

  String keyword;
  private String lower;
  List<String> flags;
  List<String> args;
  boolean json;
  List<Heredoc> heredocs;
  SyntaxNode child;
  /** The logical line; its text is {@link #original()}, made only when asked for. */
  private CharSequence line;
  int startLine;
  int endLine;
  List<String> interiorComments;

  /** An empty node, filled by {@link #set}. */
  SyntaxNode() {}

  /**
   * Fills this node.
   *
   * @return this node
   */
  SyntaxNode set(
      String keyword,
      List<String> flags,
      List<String> args,
      boolean json,
      List<Heredoc> heredocs,
      SyntaxNode child,
      CharSequence line,
      int startLine,
      int endLine,
      List<String> interiorComments) {
    this.keyword = keyword;
    this.lower = lower(keyword);
    this.flags = flags;
    this.args = args;
    this.json = json;
    this.heredocs = heredocs;
    this.child = child;
    this.line = line;
    this.startLine = startLine;
    this.endLine = endLine;
    this.interiorComments = interiorComments;
    return this;
  }

  /** The logical line as read, after the continuations are joined. */
  String original() {
    return line.toString();
  }

  /** A copy that shares nothing the syntax pass reuses. */
  SyntaxNode detached() {
    return new SyntaxNode().set(keyword, List.copyOf(flags), List.copyOf(args), json, heredocs, child, original(),
        startLine, endLine, interiorComments);
  }

  String lowerKeyword() {
    return lower;
  }

  /**
   * The keyword in lower case as {@code toLowerCase(Locale.ROOT)} writes it; a known keyword
   * written in ASCII letters gives the shared constant instead of a new string.
   *
   * @param keyword the keyword as written
   * @return the keyword in lower case
   */
  static String lower(String keyword) {
    for (String k : KEYWORDS) {
      if (k.length() == keyword.length() && asciiEqualsIgnoreCase(k, keyword)) {
        return k;
      }
    }
    return keyword.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The keyword as written at the start of a line: a known keyword written in capitals gives the
   * shared constant instead of a new string.
   *
   * @param line the line
   * @param start where the keyword starts
   * @param end where the keyword ends
   * @return the keyword
   */
  static String written(CharSequence line, int start, int end) {
    for (String k : CAPITALS) {
      if (k.length() == end - start && startsWith(line, start, k)) {
        return k;
      }
    }
    return line.subSequence(start, end).toString();
  }

  private static boolean startsWith(CharSequence line, int start, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (line.charAt(start + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiEqualsIgnoreCase(String lowerAscii, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != lowerAscii.charAt(i) && c + ('a' - 'A') != lowerAscii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  SyntaxNode withHeredocs(List<Heredoc> docs, int end) {
    return new SyntaxNode().set(keyword, flags, args, json, docs, child, line, startLine, end, interiorComments);
  }

  /** BuildKit's {@code Node.Dump()} of this instruction. */
  String dump() {
    StringBuilder s = new StringBuilder(lowerKeyword());
    if (!flags.isEmpty()) {
      s.append(" [");
      for (int i = 0; i < flags.size(); i++) {
        s.append(i == 0 ? "" : " ").append(GoText.quote(flags.get(i)));
      }
      s.append(']');
    }
    if (child != null) {
      s.append(" (").append(child.dump()).append(')');
    }
    for (String a : args) {
      s.append(' ').append(GoText.quote(a));
    }
    return GoText.trimSpace(s.toString());
  }
}
