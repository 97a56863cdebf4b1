package io.tankos.bootc.containerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the builder sees: every instruction reduced to its evaluated values (words through the
 * builder's lexer with the given variables), independent of how the text was written.
 */
final class Semantics {
  private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}|\\$([A-Za-z_][A-Za-z0-9_]*)");

  private Semantics() {}

  static List<String> of(Containerfile cf, Map<String, String> env) {
    List<String> out = new ArrayList<>();
    for (Instruction i : cf.instructions()) {
      out.add(of(i, cf.escape(), env));
    }
    return out;
  }

  static String eval(Word w, char escape, Map<String, String> env) {
    switch (w.kind()) {
      case LITERAL:
        return w.text();
      case EXPANDING:
        {
          Matcher m = REF.matcher(w.text());
          StringBuilder b = new StringBuilder();
          while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(b, Matcher.quoteReplacement(env.getOrDefault(name, "")));
          }
          m.appendTail(b);
          return b.toString();
        }
      default:
        try {
          return ShellLexer.expanding(escape, env).process(w.text()).word();
        } catch (ShellLexer.LexException e) {
          return "<lex error: " + e.getMessage() + ">";
        }
    }
  }

  private static String flags(List<Flag> flags, char escape, Map<String, String> env) {
    StringBuilder b = new StringBuilder();
    for (Flag f : flags) {
      b.append(" --").append(f.name());
      if (f.value() != null) {
        b.append('=').append(f.name().equals("mount") ? f.value().text() : eval(f.value(), escape, env));
      }
    }
    return b.toString();
  }

  private static String command(CommandForm c) {
    return c.isExec() ? "exec" + c.argv() : "shell[" + c.script() + "]";
  }

  private static String docs(List<Heredoc> docs) {
    StringBuilder b = new StringBuilder();
    for (Heredoc h : docs) {
      b.append(" heredoc(expand=").append(h.expand()).append(")[").append(h.effectiveContent()).append(']');
    }
    return b.toString();
  }

  static String of(Instruction i, char e, Map<String, String> env) {
    StringBuilder b = new StringBuilder(i.keyword());
    if (i instanceof From f) {
      b.append(flags(f.flags(), e, env)).append(' ').append(eval(f.image(), e, env)).append(" as ").append(f.stageName().orElse(""));
    } else if (i instanceof Run r) {
      b.append(flags(r.flags(), e, env)).append(' ');
      if (r.heredocs().isEmpty()) {
        b.append(command(r.command()));
      } else {
        b.append(docs(r.heredocs()));
      }
    } else if (i instanceof Copy c) {
      b.append(flags(c.flags(), e, env));
      int d = 0;
      for (Word w : c.sources()) {
        if (!c.heredocs().isEmpty() && w.kind() == Word.Kind.RAW && w.text().startsWith("<<") && d < c.heredocs().size()) {
          b.append(docs(List.of(c.heredocs().get(d++))));
        } else {
          b.append(" [").append(eval(w, e, env)).append(']');
        }
      }
      b.append(" -> [").append(eval(c.destination(), e, env)).append(']');
    } else if (i instanceof Arg a) {
      for (Arg.Declaration d : a.declarations()) {
        b.append(" [").append(d.name()).append(']');
        d.optionalDefault().ifPresent(v -> b.append("=[").append(eval(v, e, env)).append(']'));
      }
    } else if (i instanceof Env en) {
      en.pairs().forEach(kv -> b.append(" [").append(eval(kv.name(), e, env)).append("]=[").append(eval(kv.value(), e, env)).append(']'));
    } else if (i instanceof Label l) {
      l.pairs().forEach(kv -> b.append(" [").append(eval(kv.name(), e, env)).append("]=[").append(eval(kv.value(), e, env)).append(']'));
    } else if (i instanceof Expose x) {
      x.ports().forEach(w -> b.append(" [").append(eval(w, e, env)).append(']'));
    } else if (i instanceof Volume v) {
      v.paths().forEach(w -> b.append(" [").append(eval(w, e, env)).append(']'));
    } else if (i instanceof User u) {
      b.append(" [").append(eval(u.user(), e, env)).append(']');
    } else if (i instanceof Workdir w) {
      b.append(" [").append(eval(w.path(), e, env)).append(']');
    } else if (i instanceof StopSignal s) {
      b.append(" [").append(eval(s.signal(), e, env)).append(']');
    } else if (i instanceof Maintainer m) {
      b.append(" [").append(m.name()).append(']');
    } else if (i instanceof Cmd c) {
      b.append(' ').append(command(c.command()));
    } else if (i instanceof Entrypoint c) {
      b.append(' ').append(command(c.command()));
    } else if (i instanceof Shell s) {
      b.append(' ').append(s.argv());
    } else if (i instanceof Healthcheck h) {
      b.append(flags(h.flags(), e, env)).append(' ').append(h.command().map(Semantics::command).orElse("NONE"));
    } else if (i instanceof Onbuild o) {
      b.append(' ').append(of(o.instruction(), e, env));
    } else if (i instanceof RawInstruction r) {
      b.append(' ').append(r.line()).append(docs(r.heredocs()));
    }
    return b.toString();
  }
}
