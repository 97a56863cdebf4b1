package io.tankos.bootc.containerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@link SyntaxNode} into a typed instruction, applying the checks of BuildKit's
 * {@code instructions.Parse} (arguments, known flags). Values are kept as {@link Word#raw(String)} so
 * that rendering keeps their meaning.
 */
final class InstructionReader {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private static final Pattern STAGE = Pattern.compile("[a-z][a-z0-9-_.]*");
  /** Go's durations; possessive, so a long one ("1s" 30,000 times) does not overflow the regex stack. */
  private static final Pattern DURATION =
      Pattern.compile("(?:[0-9]+(?:\\.[0-9]*)?(?:ns|us|µs|ms|s|m|h))++|0");
  private static final Map<String, Set<String>> FLAGS =
      Map.ofEntries(
          Map.entry("from", Set.of("platform", "after")),
          Map.entry("run", Set.of("mount", "network", "security", "device")),
          Map.entry("copy", Set.of("from", "chown", "chmod", "link", "parents", "exclude")),
          Map.entry("add", Set.of("chown", "chmod", "link", "keep-git-dir", "checksum", "unpack", "exclude")),
          Map.entry("healthcheck", Set.of("interval", "timeout", "start-period", "start-interval", "retries")));
  /** Every flag name of {@link #FLAGS}. */
  private static final String[] NAMES =
      FLAGS.values().stream().flatMap(Set::stream).distinct().sorted().toArray(String[]::new);
  private static final Set<String> MULTI = Set.of("mount", "exclude", "device");
  private static final Set<String> BOOLEAN = Set.of("link", "parents", "keep-git-dir", "unpack");

  private InstructionReader() {}

  /**
   * The builder lexes these words when it runs the instruction; returns what it would reject, or
   * null.
   */
  static String lexProblem(Instruction i, char escape) {
    List<String> words = new ArrayList<>();
    if (i instanceof Copy c) {
      c.sources().stream()
          .filter(w -> c.heredocs().isEmpty() || !isHeredocWord(w.text()))
          .forEach(w -> raw(words, w));
      raw(words, c.destination());
    } else if (i instanceof Volume v) {
      v.paths().forEach(w -> raw(words, w));
    } else if (i instanceof Env e) {
      e.pairs().forEach(kv -> { raw(words, kv.name()); raw(words, kv.value()); });
    } else if (i instanceof Label l) {
      l.pairs().forEach(kv -> { raw(words, kv.name()); raw(words, kv.value()); });
    } else if (i instanceof User u) {
      raw(words, u.user());
    } else if (i instanceof Workdir w) {
      raw(words, w.path());
    } else if (i instanceof Onbuild o) {
      return lexProblem(o.instruction(), escape);
    }
    for (String w : words) {
      try {
        new ShellLexer(escape, false, false, true, Map.of()).process(w);
      } catch (ShellLexer.LexException e) {
        if (e.limit()) {
          throw new ShellLexer.DepthLimit();
        }
        return e.getMessage() + " in " + GoText.quote(w);
      }
    }
    return null;
  }

  private static void raw(List<String> words, Word w) {
    if (w.kind() == Word.Kind.RAW) {
      words.add(w.text());
    }
  }

  static Instruction read(SyntaxNode n) {
    String k = n.lowerKeyword();
    List<Flag> flags = flags(k, n.flags);
    List<String> a = n.args;
    switch (k) {
      case "from":
        {
          if (a.size() != 1 && !(a.size() == 3 && a.get(1).equalsIgnoreCase("as"))) {
            throw new IllegalArgumentException("FROM requires either one or three arguments");
          }
          From.Builder b = From.builder(Word.raw(a.get(0)));
          flags.forEach(b::flag);
          if (a.size() == 3) {
            if (!STAGE.matcher(a.get(2).toLowerCase(Locale.ROOT)).matches()) {
              throw new IllegalArgumentException("invalid name for build stage: " + GoText.quote(a.get(2)) + ", name can't start with a number or contain symbols");
            }
            b.as(a.get(2));
          }
          return b.parsed();
        }
      case "run":
        {
          atLeast(a, 1, "RUN");
          return n.json
              ? Run.parsed(flags, CommandForm.exec(a), List.of())
              : Run.parsed(flags, CommandForm.shell(a.get(0)), n.heredocs);
        }
      case "copy":
      case "add":
        {
          boolean add = k.equals("add");
          atLeast(a, 2, add ? "ADD" : "COPY");
          // the heredoc bodies belong, in order, to the first sources read as heredoc words
          int count = a.size() - 1;
          Word[] sources = count == 1 ? null : new Word[count]; // one source needs no array
          Word source = null;
          int doc = 0;
          for (int i = 0; i < count; i++) {
            String w = a.get(i);
            if (!n.json && doc < n.heredocs.size() && isHeredocWord(w)) {
              doc++;
            }
            source = Word.raw(w);
            if (sources != null) {
              sources[i] = source;
            }
          }
          String dest = a.get(a.size() - 1);
          if (!n.json && doc < n.heredocs.size() && isHeredocWord(dest)) {
            throw new IllegalArgumentException(k.toUpperCase(Locale.ROOT) + " cannot accept a heredoc as a destination");
          }
          if (doc != n.heredocs.size()) {
            throw new IllegalArgumentException("heredoc words do not match the heredoc bodies");
          }
          return Copy.parsed(add, flags, sources == null ? List.of(source) : List.of(sources), Word.raw(dest), n.json,
              n.heredocs);
        }
      case "arg":
        {
          atLeast(a, 1, "ARG");
          List<Arg.Declaration> d = new ArrayList<>();
          for (String w : a) {
            int eq = w.indexOf('=');
            d.add(eq < 0 ? new Arg.Declaration(w, null) : new Arg.Declaration(w.substring(0, eq), Word.raw(w.substring(eq + 1))));
          }
          return new Arg(d);
        }
      case "env":
      case "label":
        {
          if (a.isEmpty()) {
            throw new IllegalArgumentException(k.toUpperCase(Locale.ROOT) + " requires at least one argument");
          }
          List<KeyValue> pairs;
          if (a.size() / 3 == 1) {
            pairs = List.of(pair(a, 0)); // most have one pair: no array
          } else {
            KeyValue[] all = new KeyValue[a.size() / 3];
            for (int i = 0; i < all.length; i++) {
              all[i] = pair(a, i);
            }
            pairs = List.of(all);
          }
          return k.equals("env") ? new Env(pairs) : new Label(pairs);
        }
      case "expose":
        atLeast(a, 1, "EXPOSE");
        return new Expose(a.stream().map(Word::raw).toList());
      case "volume":
        atLeast(a, 1, "VOLUME");
        for (String v : a) {
          if (v.isEmpty()) {
            throw new IllegalArgumentException("VOLUME specified can not be an empty string");
          }
        }
        return new Volume(a.stream().map(Word::raw).toList(), n.json);
      case "user":
        exactly(a, 1, "USER");
        return new User(Word.raw(a.get(0)));
      case "workdir":
        exactly(a, 1, "WORKDIR");
        return new Workdir(Word.raw(a.get(0)));
      case "stopsignal":
        exactly(a, 1, "STOPSIGNAL");
        return new StopSignal(Word.raw(a.get(0)));
      case "maintainer":
        exactly(a, 1, "MAINTAINER");
        return new Maintainer(a.get(0));
      case "cmd":
        return new Cmd(command(n, a));
      case "entrypoint":
        return new Entrypoint(command(n, a));
      case "shell":
        atLeast(a, 1, "SHELL");
        if (!n.json) {
          throw new IllegalArgumentException("SHELL requires the arguments to be in JSON form");
        }
        return new Shell(a);
      case "healthcheck":
        {
          atLeast(a, 1, "HEALTHCHECK");
          String type = a.get(0).toUpperCase(Locale.ROOT);
          if (type.equals("NONE")) {
            if (a.size() != 1) {
              throw new IllegalArgumentException("HEALTHCHECK NONE takes no arguments");
            }
            if (!flags.isEmpty()) {
              throw new IllegalArgumentException("HEALTHCHECK NONE takes no flags");
            }
            return Healthcheck.none();
          }
          if (!type.equals("CMD")) {
            throw new IllegalArgumentException("Unknown type " + GoText.quote(type) + " in HEALTHCHECK (try CMD)");
          }
          if (a.size() < 2) {
            throw new IllegalArgumentException("Missing command after HEALTHCHECK CMD");
          }
          for (Flag f : flags) {
            String v = f.value() == null ? "" : f.value().text();
            if (f.name().equals("retries") ? !DIGITS.matcher(v).matches() : !DURATION.matcher(v).matches()) {
              throw new IllegalArgumentException("invalid value for --" + f.name() + ": " + GoText.quote(v));
            }
          }
          List<String> rest = a.subList(1, a.size());
          return Healthcheck.Builder.parsed(flags, n.json ? CommandForm.exec(rest) : CommandForm.shell(rest.get(0)));
        }
      case "onbuild":
        {
          if (n.child == null) {
            throw new IllegalArgumentException("ONBUILD requires at least one argument");
          }
          String ck = n.child.lowerKeyword();
          if (ck.equals("onbuild") || ck.equals("from") || ck.equals("maintainer")) {
            throw new IllegalArgumentException(ck.toUpperCase(Locale.ROOT) + " isn't allowed as an ONBUILD trigger");
          }
          SyntaxNode child = n.child.withHeredocs(n.heredocs, n.endLine);
          return new Onbuild(read(child));
        }
      default:
        throw new IllegalArgumentException("unknown instruction: " + n.keyword);
    }
  }

  private static boolean isHeredocWord(String w) {
    try {
      return SyntaxParser.heredocFromWord(w) != null;
    } catch (ShellLexer.LexException e) {
      if (e.limit()) {
        throw new ShellLexer.DepthLimit();
      }
      return false;
    }
  }

  private static CommandForm command(SyntaxNode n, List<String> a) {
    if (n.json || a.isEmpty()) {
      return CommandForm.exec(a);
    }
    return CommandForm.shell(a.get(0));
  }

  private static void atLeast(List<String> a, int min, String k) {
    if (a.size() < min) {
      throw new IllegalArgumentException(k + " requires at least " + (min == 1 ? "one argument" : "two arguments"));
    }
  }

  private static void exactly(List<String> a, int count, String k) {
    if (a.size() != count) {
      throw new IllegalArgumentException(k + " requires exactly one argument");
    }
  }

  /** The ENV or LABEL pair {@code i} of the parser's arguments (name, value, separator). */
  private static KeyValue pair(List<String> a, int i) {
    return new KeyValue(Word.raw(a.get(3 * i)), Word.raw(a.get(3 * i + 1)), a.get(3 * i + 2).isEmpty());
  }

  private static List<Flag> flags(String keyword, List<String> raw) {
    if (raw.isEmpty()) {
      return List.of();
    }
    Set<String> known = FLAGS.getOrDefault(keyword, Set.of());
    if (raw.size() == 1) {
      return List.of(flag(raw.get(0), known, null, 0)); // most have one flag: no array
    }
    Flag[] out = new Flag[raw.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = flag(raw.get(i), known, out, i);
    }
    return List.of(out);
  }

  /** The flag word {@code f}, checked against the known flags and the {@code count} flags before it. */
  private static Flag flag(String f, Set<String> known, Flag[] before, int count) {
    if (!f.startsWith("--")) {
      throw new IllegalArgumentException("invalid flag: " + f);
    }
    int eq = f.indexOf('=', 2);
    String name = flagName(f, eq < 0 ? f.length() : eq);
    if (!known.contains(name)) {
      throw new IllegalArgumentException("unknown flag: " + name);
    }
    if (!MULTI.contains(name) && given(before, count, name)) {
      throw new IllegalArgumentException("Duplicate flag specified: " + name);
    }
    if (eq < 0) {
      if (!BOOLEAN.contains(name)) {
        throw new IllegalArgumentException("Missing a value on flag: " + name);
      }
      return Flag.bare(name);
    }
    String v = f.substring(eq + 1);
    if (BOOLEAN.contains(name) && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException("expecting boolean value for flag " + name + ", not: " + v);
    }
    return Flag.of(name, Word.raw(v));
  }

  /**
   * The name of the flag {@code f} ending at {@code end}, in lower case: the shared constant when
   * it is written as a known flag.
   */
  private static String flagName(String f, int end) {
    for (String k : NAMES) {
      if (k.length() == end - 2 && f.startsWith(k, 2)) {
        return k;
      }
    }
    return f.substring(2, end).toLowerCase(Locale.ROOT);
  }

  /** Whether one of the first {@code count} flags has the name. */
  private static boolean given(Flag[] flags, int count, String name) {
    for (int i = 0; i < count; i++) {
      if (flags[i].name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
