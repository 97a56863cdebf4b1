package io.tankos.bootc.containerfile;

import java.util.List;

/**
 * One instruction as BuildKit's {@code parser.Parse} sees it: keyword as written, flags after
 * {@code extractBuilderFlags}, arguments after the keyword's line parser, heredocs, and the nested
 * instruction of ONBUILD.
 */
final class SyntaxNode {
  final String keyword;
  final List<String> flags;
  final List<String> args;
  final boolean json;
  final List<Heredoc> heredocs;
  final SyntaxNode child;
  final String original;
  final int startLine;
  final int endLine;
  final List<String> interiorComments;

  SyntaxNode(
      String keyword,
      List<String> flags,
      List<String> args,
      boolean json,
      List<Heredoc> heredocs,
      SyntaxNode child,
      String original,
      int startLine,
      int endLine,
      List<String> interiorComments) {
    this.keyword = keyword;
    this.flags = List.copyOf(flags);
    this.args = List.copyOf(args);
    this.json = json;
    this.heredocs = List.copyOf(heredocs);
    this.child = child;
    this.original = original;
    this.startLine = startLine;
    this.endLine = endLine;
    this.interiorComments = List.copyOf(interiorComments);
  }

  String lowerKeyword() {
    return keyword.toLowerCase(java.util.Locale.ROOT);
  }

  SyntaxNode withBody(List<Heredoc> docs, int end, List<String> comments) {
    return new SyntaxNode(keyword, flags, args, json, docs, child, original, startLine, end, comments);
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
