package io.tankos.bootc.containerfile;

import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.TargetPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gates and rewrites a document for a {@link BuilderTarget}. */
final class TargetAdapter {
  static final String CONTEXT_DIR = ".tankos-heredocs";

  private final BuilderTarget target;
  private final TargetPolicy policy;
  private final Problems problems = new Problems();
  private final FileTree.Builder files = FileTree.builder();
  private int fileCount;

  private TargetAdapter(BuilderTarget target, TargetPolicy policy) {
    this.target = target;
    this.policy = policy;
  }

  static ContainerfileRender adapt(Containerfile cf, BuilderTarget target, TargetPolicy policy) {
    if (target.isBuildkit()) {
      return new ContainerfileRender(cf.toString(), FileTree.empty());
    }
    TargetAdapter a = new TargetAdapter(target, policy);
    List<Element> out = new ArrayList<>();
    int stage = -1;
    Map<String, Integer> counts = new HashMap<>();
    for (Element e : cf.elements()) {
      if (e instanceof Instruction i) {
        if (i instanceof From) {
          stage++;
          counts.clear();
        }
        int n = counts.merge(i.keyword(), 1, Integer::sum) - 1;
        Location at = Location.of(stage < 0 ? "global" : "stage[" + stage + "]").child(i.keyword()).index(n);
        if (cf.escape() != '\\' && policy == TargetPolicy.REWRITE && isRaw(i)) {
          a.problems.add(at, "is kept as written for the escape ` and cannot be rewritten for " + target
              + ", which reads words with \\ (model the instruction, or write the file with \\)");
        }
        out.add(a.instruction(i, at));
      } else {
        out.add(e);
      }
    }
    List<Directive> directives = a.directives(cf);
    a.problems.throwIfAny();
    Containerfile adapted = Containerfile.of(directives, out);
    return new ContainerfileRender(adapted.toString(), a.files.build());
  }

  private static boolean isRaw(Instruction i) {
    return i instanceof RawInstruction || i instanceof Onbuild o && o.instruction() instanceof RawInstruction;
  }

  /**
   * Buildah's front end (openshift/imagebuilder, every version) continues lines with the escape
   * directive's character but reads every word (ENV, LABEL, ARG, COPY, ...) with {@code \}: a
   * document written with {@code # escape=`} is rewritten with the default escape.
   */
  private List<Directive> directives(Containerfile cf) {
    if (cf.escape() == '\\') {
      return cf.directives();
    }
    int at = 0;
    while (!cf.directives().get(at).name().equals("escape")) {
      at++;
    }
    if (unsupported(Location.of("directive").index(at), "the escape directive ` (imagebuilder reads words with \\"
        + " whatever the directive says; REWRITE writes the file with the default escape)")) {
      return cf.directives();
    }
    List<Directive> out = new ArrayList<>(cf.directives());
    out.remove(at);
    return out;
  }

  private boolean unsupported(Location at, String what) {
    if (policy == TargetPolicy.STRICT) {
      problems.add(at, what + " is not supported by " + target);
      return true;
    }
    return false;
  }

  private Instruction instruction(Instruction i, Location at) {
    if (i instanceof Run r) {
      return run(r, at);
    }
    if (i instanceof Copy c) {
      return copy(c, at);
    }
    if (i instanceof Onbuild o) {
      Instruction inner = instruction(o.instruction(), at);
      return inner == o.instruction() ? o : new Onbuild(inner);
    }
    if (i instanceof From f) {
      checkFlags(f.flags(), at, Map.of("after", new int[] {1, 44}));
    }
    if (i instanceof Healthcheck h) {
      checkFlags(h.flags(), at, Map.of("start-interval", new int[] {1, 41}));
    }
    return i;
  }

  private void checkFlags(List<Flag> flags, Location at, Map<String, int[]> minimum) {
    for (Flag f : flags) {
      int[] v = minimum.get(f.name());
      if (v != null && v[0] < 0) {
        problems.add(at.child(f.name()), "--" + f.name() + " is BuildKit only, not supported by " + target);
      } else if (v != null && !target.atLeast(v[0], v[1])) {
        problems.add(at.child(f.name()), "--" + f.name() + " needs Buildah " + v[0] + "." + v[1] + "+, not " + target);
      }
    }
  }

  private Instruction run(Run r, Location at) {
    checkFlags(r.flags(), at, Map.of("network", new int[] {1, 30}, "security", new int[] {-1, 0}, "device", new int[] {-1, 0}));
    List<Flag> flags = new ArrayList<>();
    boolean changed = false;
    int mi = 0;
    for (Flag f : r.flags()) {
      if (f.name().equals("mount") && f.value() != null) {
        Location ml = at.child("mount").index(mi++);
        RunMount m = RunMount.parse(f.value().text());
        if (m.type().equals("secret") && m.value("env").isPresent() && !target.atLeast(1, 44)) {
          problems.add(ml.child("env"), "secret mounts with env= need Buildah 1.44+, not " + target);
        }
        if (m.type().equals("tmpfs") && m.value("size").isPresent() && !unsupported(ml.child("size"), "tmpfs size=")) {
          f = Flag.of("mount", new Word(f.value().kind(), m.renamed("size", "tmpfs-size").toString()));
          changed = true;
        }
      }
      flags.add(f);
    }
    String rewritten = null;
    if (!r.heredocs().isEmpty() && !target.atLeast(1, 33)) {
      if (unsupported(at.child("heredoc"), "a heredoc")) {
        return r;
      }
      if (r.heredocs().size() != 1 || !r.command().script().matches("<<-?'?\"?[A-Za-z0-9_]+'?\"?")) {
        problems.add(at.child("heredoc"), "only a plain RUN <<EOF script can be rewritten for " + target);
        return r;
      }
      String path = contextFile(r.heredocs().get(0).effectiveContent(), 0755);
      String mountPoint = "/run/tankos-heredoc-" + fileCount;
      flags.add(Flag.of("mount", Word.literal(RunMount.bind(mountPoint).option("source", path).toString())));
      rewritten = "/bin/sh " + mountPoint;
      changed = true;
    }
    if (!changed) {
      return r;
    }
    Run.Builder nb = Run.builder();
    flags.forEach(nb::flag);
    if (rewritten != null) {
      nb.shell(rewritten);
    } else if (r.command().isExec()) {
      nb.exec(r.command().argv());
    } else {
      nb.heredocs(r.command().script(), r.heredocs());
    }
    return nb.build();
  }

  private String contextFile(String content, int mode) {
    fileCount++;
    String path = CONTEXT_DIR + "/" + fileCount;
    files.file(path, content, mode);
    return path;
  }

  private Instruction copy(Copy c, Location at) {
    checkFlags(
        c.flags(),
        at,
        Map.of(
            "unpack", new int[] {-1, 0},
            "link", new int[] {1, 41},
            "exclude", new int[] {1, 38},
            "parents", new int[] {1, 40},
            "checksum", new int[] {1, 41},
            "keep-git-dir", new int[] {1, 41}));
    if (c.heredocs().isEmpty() || target.atLeast(1, 33)) {
      return c;
    }
    if (unsupported(at.child("heredoc"), "a heredoc")) {
      return c;
    }
    Copy.Builder b = c.isAdd() ? Copy.addBuilder() : Copy.builder();
    c.flags().forEach(b::flag);
    int doc = 0;
    for (Word w : c.sources()) {
      if (w.kind() == Word.Kind.RAW && doc < c.heredocs().size() && isHeredoc(w.text())) {
        Heredoc h = c.heredocs().get(doc++);
        if (h.expand()) {
          problems.add(at.child("heredoc").index(doc - 1), "a heredoc body expanded by the builder cannot be moved to a context file");
        }
        b.source(Word.literal(contextFile(h.effectiveContent(), 0644)));
      } else {
        b.source(w);
      }
    }
    return b.destination(c.destination()).build();
  }

  private static boolean isHeredoc(String w) {
    try {
      return SyntaxParser.heredocFromWord(w) != null;
    } catch (ShellLexer.LexException e) {
      return false;
    }
  }
}
