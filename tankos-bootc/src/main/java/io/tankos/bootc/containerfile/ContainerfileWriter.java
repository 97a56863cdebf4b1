package io.tankos.bootc.containerfile;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes the model as Containerfile text; reports every value it cannot represent. */
final class ContainerfileWriter {
  private static final Pattern STAGE_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-_.]*");
  private static final Pattern OPTION_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

  private static final Pattern HEREDOC_WORD = Pattern.compile("^(\\d*)<<(-?)([^<]*)$");
  /**
   * Stands for the location of a value while an instruction is first written: most instructions
   * have no problem, so their locations are made only when one is found and the instruction is
   * written again (see {@link #render}).
   */
  private static final Location PENDING = Location.of("(pending)");

  private final char escape;
  private Problems problems;
  private final StringBuilder out;

  private ContainerfileWriter(char escape, Problems problems, int capacity) {
    this.escape = escape;
    this.problems = problems;
    this.out = new StringBuilder(capacity);
  }

  /**
   * The text of a document; its problems are added to {@code problems}.
   *
   * @param sizeHint the expected length of the text, or 0 to estimate it from the lines
   */
  static String render(List<Directive> directives, List<Element> elements, Problems problems, int sizeHint) {
    char escape = '\\';
    for (Directive d : directives) {
      if (d.name().equals("escape")) {
        escape = d.value().charAt(0);
      }
    }
    // about a line's worth each, or the hint and a little more: the text is then built without growing
    int capacity = sizeHint > 0 ? sizeHint + sizeHint / 16 + 16 : 64 * (directives.size() + elements.size());
    ContainerfileWriter w = new ContainerfileWriter(escape, problems, capacity);
    for (Directive d : directives) {
      w.out.append("# ").append(d.name()).append('=').append(d.value()).append('\n');
    }
    if (!elements.isEmpty() && elements.get(0) instanceof Comment c && readsAsDirective(c)) {
      problems.add(Location.of("element").index(0), "the comment #" + c.text() + " would be read as a parser"
          + " directive, not a comment (use the builder's syntax, escape or check, or put another line first)");
    }
    int stage = -1;
    Map<String, Integer> counts = new HashMap<>();
    // an instruction is written first without locations, its problems collected here; only when
    // there are any is it written again at its location, into the document's problems
    Problems found = new Problems();
    for (Element e : elements) {
      if (e instanceof Comment c) {
        w.out.append('#').append(c.text()).append('\n');
      } else if (e instanceof BlankLine) {
        w.out.append('\n');
      } else {
        Instruction i = (Instruction) e;
        if (i instanceof From) {
          stage++;
          counts.clear();
        }
        int n = counts.merge(i.keyword(), 1, Integer::sum) - 1;
        int start = w.out.length();
        w.problems = found;
        w.instruction(i, PENDING);
        if (!found.isEmpty()) {
          w.out.setLength(start);
          w.problems = problems;
          w.instruction(i, Location.of(stage < 0 ? "global" : "stage[" + stage + "]").child(i.keyword()).index(n));
          found = new Problems();
        }
      }
    }
    return w.out.toString();
  }

  /** The named child of a location, or {@link #PENDING} while locations are not made. */
  private static Location child(Location at, String name) {
    return at == PENDING ? PENDING : at.child(name);
  }

  /** The element of a location, or {@link #PENDING} while locations are not made. */
  private static Location index(Location at, int index) {
    return at == PENDING ? PENDING : at.index(index);
  }

  /** BuildKit reads a known key; podman 4.3.1 reads any line {@code #[ \t]*escape[ \t]*=.}. */
  private static boolean readsAsDirective(Comment c) {
    DirectiveLine line = DirectiveLine.read("#" + c.text());
    return line != null && line.known();
  }

  static String instructionText(Instruction i, char escape) {
    Problems p = new Problems();
    String s = instructionText(i, escape, Location.of(i.keyword()), p);
    p.throwIfAny();
    return s;
  }

  /**
   * The text of one instruction, its problems (at {@code at}) added to {@code problems} instead of
   * thrown: what {@code toString()} writes, and what a builder checks.
   */
  static String instructionText(Instruction i, char escape, Location at, Problems problems) {
    ContainerfileWriter w = new ContainerfileWriter(escape, problems, 64);
    w.instruction(i, at);
    String s = w.out.toString();
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  private void instruction(Instruction i, Location at) {
    if (i instanceof RawInstruction r) {
      out.append(r.line()).append('\n');
      bodies(r.heredocs(), at);
      return;
    }
    int start = out.length();
    line(out, i, at);
    Instruction inner = i instanceof Onbuild o ? o.instruction() : i;
    if (inner instanceof Copy c) {
      // the line is copied out to be lexed only when it may hold a heredoc
      int found = ShellLexer.mayHoldHeredoc(out, start) ? heredocWords(out.substring(start)) : 0;
      int docs = c.heredocs().size();
      if (found != docs) {
        problems.add(at, "the line would be read with " + found + " heredocs instead of " + docs
            + " (BuildKit finds heredocs with a backslash-escape lexer; avoid quote characters next to heredocs)");
      }
    }
    out.append('\n');
    if (i instanceof Run r) {
      bodies(r.heredocs(), at);
    } else if (i instanceof Copy c) {
      bodies(c.heredocs(), at);
    } else if (i instanceof Onbuild o) {
      if (o.instruction() instanceof Run r) {
        bodies(r.heredocs(), at);
      } else if (o.instruction() instanceof Copy c) {
        bodies(c.heredocs(), at);
      }
    }
  }

  /** Appends the instruction's line, without its line feed. */
  private void line(StringBuilder b, Instruction i, Location at) {
    b.append(i.keyword());
    if (i instanceof From f) {
      flags(b, f.flags(), at);
      b.append(' ').append(word(f.image(), child(at, "image")));
      f.stageName().ifPresent(n -> {
        if (!STAGE_NAME.matcher(n).matches()) {
          problems.add(child(at, "as"), "invalid stage name " + GoText.quote(n) + " (must match [a-z][a-z0-9-_.]*)");
        }
        b.append(" AS ").append(n);
      });
    } else if (i instanceof Run r) {
      boolean multiline = r.flags().size() >= 2;
      String next = multiline ? " " + escape + "\n    " : " ";
      flags(b, r.flags(), at, r.declaredMounts(), next);
      if (r.command().isExec() && r.command().argv().isEmpty()) {
        problems.add(at, "RUN needs at least one argument");
      }
      int cmd = b.length();
      command(b, r.command(), at, !r.heredocs().isEmpty(), r.heredocs().size());
      if (multiline && !startsWithComment(b, cmd)) {
        // the command's leading blank becomes the continuation to a line of its own
        b.replace(cmd, cmd + 1, next);
      }
    } else if (i instanceof Copy c) {
      copy(b, c, at);
    } else if (i instanceof Arg a) {
      if (a.declarations().isEmpty()) {
        problems.add(at, "ARG needs at least one name");
      }
      for (int k = 0; k < a.declarations().size(); k++) {
        Arg.Declaration d = a.declarations().get(k);
        Location l = index(at, k);
        name(d.name(), child(l, "name"));
        b.append(' ').append(d.name());
        if (d.defaultValue() != null) {
          b.append('=').append(WordSyntax.quotedIfNeeded(d.defaultValue(), escape, child(l, "default"), problems));
        }
      }
    } else if (i instanceof Env e) {
      pairs(b, e.pairs(), at);
    } else if (i instanceof Label l) {
      pairs(b, l.pairs(), at);
    } else if (i instanceof Expose e) {
      if (e.ports().isEmpty()) {
        problems.add(at, "EXPOSE needs at least one port");
      }
      for (int k = 0; k < e.ports().size(); k++) {
        b.append(' ').append(word(e.ports().get(k), index(child(at, "port"), k)));
      }
    } else if (i instanceof Volume v) {
      paths(b, v.paths(), null, v.json(), child(at, "path"), List.of(), at);
    } else if (i instanceof User u) {
      b.append(' ').append(WordSyntax.lineValue(u.user(), escape, at, problems));
    } else if (i instanceof Workdir w) {
      b.append(' ').append(WordSyntax.lineValue(w.path(), escape, at, problems));
    } else if (i instanceof StopSignal s) {
      b.append(' ').append(WordSyntax.lineValue(s.signal(), escape, at, problems));
    } else if (i instanceof Maintainer m) {
      String t = m.name();
      WordSyntax.checkLine(t, at, problems, false);
      if (t.isEmpty() || !t.equals(GoText.trimSpace(t)) || endsWithContinuation(t)) {
        problems.add(at, "must be non-empty, without blanks at either end and not end in the escape character");
      }
      b.append(' ').append(t);
    } else if (i instanceof Entrypoint e) {
      command(b, e.command(), at, false, 0);
    } else if (i instanceof Cmd c) {
      command(b, c.command(), at, false, 0);
    } else if (i instanceof Shell s) {
      if (s.argv().isEmpty()) {
        problems.add(at, "SHELL needs at least one argument");
      }
      JsonArrays.write(b.append(' '), s.argv());
    } else if (i instanceof Healthcheck h) {
      flags(b, h.flags(), at);
      if (h.command().isEmpty()) {
        if (!h.flags().isEmpty()) {
          problems.add(at, "HEALTHCHECK NONE takes no flags");
        }
        b.append(" NONE");
      } else {
        b.append(" CMD");
        command(b, h.command().get(), at, false, 0);
      }
    } else if (i instanceof Onbuild o) {
      Instruction inner = o.instruction();
      if (inner instanceof Onbuild || inner instanceof From || inner instanceof Maintainer) {
        problems.add(at, inner.keyword() + " isn't allowed as an ONBUILD trigger");
      } else if (inner instanceof RawInstruction r) {
        b.append(' ').append(r.line());
      } else {
        line(b.append(' '), inner, child(at, inner.keyword()));
      }
    }
  }

  /** Whether the text from {@code from} starts with {@code #} after what {@code String.trim} removes. */
  private static boolean startsWithComment(StringBuilder b, int from) {
    int k = from;
    while (k < b.length() && b.charAt(k) <= ' ') {
      k++;
    }
    return k < b.length() && b.charAt(k) == '#';
  }

  private boolean endsWithContinuation(String s) {
    return SyntaxParser.continuation(s, escape) >= 0;
  }

  private void name(String name, Location at) {
    if (name.isEmpty() || GoText.anyCodePoint(name, c -> !WordSyntax.isPlain(c) || c == '=') || name.startsWith("-")) {
      problems.add(at, "invalid name " + GoText.quote(name) + " (letters, digits and _./:@+,%^~-)");
    }
  }

  private String word(Word w, Location at) {
    String s = WordSyntax.unquoted(w, escape, at, problems, false);
    if (s.isEmpty() || GoText.anyCodePoint(s, GoText::isSpace)) {
      problems.add(at, "must be one non-empty word without blanks");
    } else if (s.startsWith("--")) {
      problems.add(at, "a word starting with -- would be read as a flag");
    } else if (endsWithContinuation(s)) {
      problems.add(at, "cannot end in the escape character (it would continue the line)");
    }
    return s;
  }

  private void flags(StringBuilder b, List<Flag> flags, Location at) {
    flags(b, flags, at, List.of(), " ");
  }

  private void flags(StringBuilder b, List<Flag> flags, Location at, List<RunMount> declared, String separator) {
    int mount = 0;
    boolean first = true;
    for (int k = 0; k < flags.size(); k++) {
      Flag f = flags.get(k);
      b.append(first ? " " : separator).append("--").append(f.name());
      first = false;
      if (f.value() == null) {
        continue;
      }
      int mi = f.name().equals("mount") ? mount++ : -1;
      Location l = mi >= 0 ? index(child(at, "mount"), mi) : child(at, f.name());
      if (mi >= 0 && mi < declared.size() && declared.get(mi) != null) {
        mountValue(declared.get(mi), Word.Kind.LITERAL, l);
        b.append('=').append(f.value().text());
      } else if (mi >= 0 && f.value().kind() != Word.Kind.RAW) {
        mountValue(RunMount.parse(f.value().text()), f.value().kind(), l);
        b.append('=').append(f.value().text());
      } else {
        b.append('=').append(WordSyntax.flagValue(f.value(), l, problems));
      }
    }
  }

  private void mountValue(RunMount m, Word.Kind kind, Location at) {
    for (RunMount.Option o : m.options()) {
      Location l = child(at, o.key());
      if (!OPTION_KEY.matcher(o.key()).matches()) {
        problems.add(l, "invalid mount option name " + GoText.quote(o.key()));
      }
      if (o.value() != null) {
        String v = o.value();
        List<WordSyntax.Segment> segs =
            kind == Word.Kind.EXPANDING ? WordSyntax.segments(v) : List.of(new WordSyntax.Segment(v, false));
        for (WordSyntax.Segment s : segs) {
          if (!s.reference() && !GoText.allCodePoints(s.text(), c -> WordSyntax.isFlagPlain(c) && c != ',')) {
            problems.add(l, "a mount option value can only contain ASCII letters, digits and _./:@+=%^~-*?! (got " + GoText.quote(v) + ")");
          }
        }
        if (v.isEmpty()) {
          problems.add(l, "must not be empty");
        }
      }
    }
  }

  private void command(StringBuilder b, CommandForm c, Location at, boolean heredocs, int heredocCount) {
    if (c.isExec()) {
      for (int k = 0; k < c.argv().size(); k++) {
        WordSyntax.checkLine(c.argv().get(k), index(child(at, "argv"), k), problems, true);
      }
      JsonArrays.write(b.append(' '), c.argv());
      return;
    }
    String s = c.script();
    Location l = child(at, "command");
    if (!WordSyntax.checkLine(s, l, problems, false)) {
      return;
    }
    if (s.isEmpty() || !s.equals(GoText.trimSpace(s))) {
      problems.add(l, "a shell-form command must be non-empty without blanks at either end");
    } else if (s.startsWith("--")) {
      problems.add(l, "a shell-form command starting with -- would be read as a flag");
    } else if (endsWithContinuation(s)) {
      problems.add(l, "a shell-form command cannot end in the escape character (it would continue the line)");
    } else {
      try {
        if (JsonArrays.parse(s) != null) {
          problems.add(l, "this shell-form command would be read as the JSON exec form");
        }
      } catch (IllegalArgumentException e) {
        problems.add(l, "this shell-form command would be read as an invalid JSON exec form");
      }
      // the keyword holds no '<': the line is made only when the command may hold a heredoc
      int found = ShellLexer.mayHoldHeredoc(s) ? heredocWords("RUN " + s) : 0;
      if (found != heredocCount) {
        problems.add(
            l,
            heredocs
                ? "the command has " + found + " heredoc words for " + heredocCount + " bodies"
                : "the command contains a word the builder reads as a heredoc (<<WORD); use Run.script or a heredoc");
      }
    }
    b.append(' ').append(s);
  }

  /**
   * The heredoc words BuildKit's lexer finds in a line. It lexes whatever it is given: the callers
   * make and pass a line only when {@link ShellLexer#mayHoldHeredoc} says it may hold one (a line
   * that may not has none).
   */
  static int heredocWords(String line) {
    int n = 0;
    try {
      for (String w : ShellLexer.heredocFinder().process(line).words()) {
        if (w.indexOf("<<") >= 0 && HEREDOC_WORD.matcher(w).matches() && SyntaxParser.heredocFromWord(w) != null) {
          n++;
        }
      }
    } catch (ShellLexer.LexException e) {
      return 0;
    }
    return n;
  }

  private void copy(StringBuilder b, Copy c, Location at) {
    flags(b, c.flags(), at);
    if (c.sources().isEmpty()) {
      problems.add(child(at, "source"), c.keyword() + " needs at least one source");
    }
    paths(b, c.sources(), c.destination(), c.json(), child(at, "source"), c.heredocs(), at);
  }

  /** Writes the paths, then {@code last} (a destination) unless it is null. */
  private void paths(StringBuilder b, List<Word> words, Word last, boolean json, Location at, List<Heredoc> docs,
      Location base) {
    int count = words.size() + (last == null ? 0 : 1);
    if (count == 0) {
      problems.add(at, "needs at least one path");
    }
    // in the JSON form each path is written as it is read; otherwise the form is known at the end
    String[] enc = json ? null : new String[count];
    boolean needJson = json;
    if (json) {
      b.append(" [");
    }
    for (int k = 0; k < count; k++) {
      Word w = k < words.size() ? words.get(k) : last;
      Location l = index(at, k);
      boolean heredocSource = w.kind() == Word.Kind.RAW && !docs.isEmpty() && HEREDOC_WORD.matcher(w.text()).matches();
      String s;
      if (json && w.kind() == Word.Kind.RAW) {
        WordSyntax.checkLine(w.text(), l, problems, true);
        s = w.text();
      } else {
        s = heredocSource ? w.text() : WordSyntax.unquoted(w, escape, l, problems, true);
        if (s.isEmpty() || GoText.anyCodePoint(s, c -> GoText.isSpace(c)) || (k == 0 && s.startsWith("["))) {
          needJson = true;
        }
      }
      if (json) {
        JsonArrays.string(k == 0 ? b : b.append(", "), s);
      } else {
        enc[k] = s;
      }
    }
    if (json) {
      b.append(']');
    }
    if (needJson && !docs.isEmpty()) {
      problems.add(base, "heredoc sources cannot be combined with paths that need the JSON form");
    }
    if (json) {
      return;
    }
    if (needJson) {
      JsonArrays.write(b.append(' '), Arrays.asList(enc));
    } else {
      for (String s : enc) {
        b.append(' ').append(s);
      }
    }
  }

  private void pairs(StringBuilder b, List<KeyValue> pairs, Location at) {
    if (pairs.isEmpty()) {
      problems.add(at, "needs at least one name=value pair");
    }
    for (int k = 0; k < pairs.size(); k++) {
      KeyValue kv = pairs.get(k);
      Location l = index(at, k);
      if (kv.legacy()) {
        if (pairs.size() != 1 || kv.name().kind() != Word.Kind.RAW || kv.value().kind() != Word.Kind.RAW) {
          problems.add(l, "the legacy 'name value' form holds one raw pair");
        }
        b.append(' ').append(kv.name().text()).append(' ').append(kv.value().text());
        continue;
      }
      String name;
      if (kv.name().kind() == Word.Kind.RAW) {
        name = kv.name().text();
      } else {
        if (kv.name().text().contains("=") || kv.name().text().isEmpty()) {
          problems.add(child(l, "name"), "a name cannot be empty or contain '='");
        }
        name = WordSyntax.quotedIfNeeded(kv.name(), escape, child(l, "name"), problems);
      }
      b.append(' ').append(name).append('=').append(WordSyntax.quotedIfNeeded(kv.value(), escape, child(l, "value"), problems));
    }
  }

  private void bodies(List<Heredoc> docs, Location at) {
    for (int k = 0; k < docs.size(); k++) {
      Heredoc h = docs.get(k);
      Location l = index(child(at, "heredoc"), k);
      String c = h.content();
      if (!c.isEmpty() && !c.endsWith("\n")) {
        problems.add(l, "a heredoc body must end with a line break");
      }
      WordSyntax.checkLine(c, l, problems, true);
      for (String line : c.split("\n", -1)) {
        String t = SyntaxParser.trimNewline(line);
        if (h.chomp()) {
          t = t.replaceFirst("^\t+", "");
        }
        if (t.equals(h.name())) {
          problems.add(l, "the body contains the delimiter line " + h.name());
          break;
        }
      }
      out.append(c).append(h.name()).append('\n');
    }
  }
}
