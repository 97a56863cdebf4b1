package io.tankos.bootc.containerfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static checks of a bootc image Containerfile, for the patterns {@code bootc container lint}
 * predictably rejects at build time and for secrets in the image config:
 *
 * <ul>
 *   <li>{@code builder-lexer} (error): a word the builder's lexer rejects when it runs the
 *       instruction (an unterminated quote, a bad {@code ${...}});
 *   <li>{@code missing-lint} (warning): the last stage has no {@code bootc container lint} step;
 *   <li>{@code ephemeral-path}: COPY/ADD/WORKDIR/VOLUME or {@code mkdir}/{@code touch}/redirections
 *       in RUN to {@code /var} (content not updated after install; warning), {@code /usr/etc} (error:
 *       {@code etc-usretc}), {@code /boot} (warning: {@code nonempty-boot}), {@code /run} and
 *       {@code /tmp} (warning: {@code nonempty-run-tmp});
 *   <li>{@code sysusers} (warning): {@code useradd}/{@code groupadd} in RUN without a
 *       {@code sysusers.d} entry written by the file;
 *   <li>{@code secret-in-arg-env} (error): ARG/ENV names that look like tokens, keys or passwords
 *       (BuildKit's {@code SecretsUsedInArgOrEnv} rule).
 * </ul>
 *
 * <pre>{@code
 * for (LintFinding f : BootcLint.check(containerfile)) System.err.println(f);
 * }</pre>
 */
public final class BootcLint {
  private static final Pattern LINT_CALL = Pattern.compile("(?s).*\\bbootc\\s+container\\s+lint\\b.*");

  private static final Pattern SECRET =
      Pattern.compile("(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token|tok)(?:_|$)");
  private static final Pattern ALLOWED = Pattern.compile("(?i)(?:_|^)(?:public|file|version)(?:_|$)");
  /** A path a RUN writes; options are bounded (Java's regex recurses once per repetition). */
  private static final Pattern RUN_WRITE =
      Pattern.compile("(?:\\bmkdir\\s+(?:-\\S+\\s+){0,32}|\\btouch\\s+|>>?\\s*|\\bcp\\s+(?:-\\S+\\s+){0,32}\\S+\\s+)(/[^\\s;&|)]*)");
  private static final Pattern USERADD = Pattern.compile("\\b(useradd|adduser|groupadd|addgroup)\\b");
  /** A quote at either end, compiled once instead of per value. */
  private static final Pattern QUOTES = Pattern.compile("^[\"']|[\"']$");

  private BootcLint() {}

  /**
   * Checks a document.
   *
   * @param containerfile the document
   * @return the findings, in file order
   */
  public static List<LintFinding> check(Containerfile containerfile) {
    List<LintFinding> out = new ArrayList<>();
    int stage = -1;
    Map<String, Integer> counts = new HashMap<>();
    boolean lintInLastStage = false;
    boolean sysusers = false;
    List<LintFinding> useradds = new ArrayList<>();
    List<Element> elements = containerfile.elements();
    for (int ei = 0; ei < elements.size(); ei++) {
      if (!(elements.get(ei) instanceof Instruction i)) {
        continue;
      }
      int line = containerfile.lineOf(ei);
      if (i instanceof From) {
        stage++;
        counts.clear();
        lintInLastStage = false;
      }
      int n = counts.merge(i.keyword(), 1, Integer::sum) - 1;
      String at = (stage < 0 ? "global" : "stage[" + stage + "]") + "." + i.keyword() + "[" + n + "]";
      Instruction inner = i instanceof Onbuild o ? o.instruction() : i;
      String lex = InstructionReader.lexProblem(i, containerfile.escape());
      if (lex != null) {
        out.add(new LintFinding(at, line, LintFinding.Severity.ERROR, "builder-lexer", "the builder will fail: " + lex));
      }
      if (inner instanceof Run r) {
        String text = r.command().isExec() ? String.join(" ", r.command().argv()) : r.command().script();
        for (Heredoc h : r.heredocs()) {
          text += "\n" + h.content();
        }
        if (LINT_CALL.matcher(text).matches()) {
          lintInLastStage = true;
        }
        if (text.contains("sysusers.d")) {
          sysusers = true;
        }
        Matcher m = USERADD.matcher(text);
        if (m.find()) {
          useradds.add(new LintFinding(at, line, LintFinding.Severity.WARNING, "sysusers",
              "users or groups created with useradd/groupadd need a /usr/lib/sysusers.d entry (bootc lint 'sysusers')"));
        }
        Matcher w = RUN_WRITE.matcher(text);
        while (w.find()) {
          path(out, at, line, w.group(1));
        }
      } else if (inner instanceof Copy c) {
        String dest = c.destination().text();
        if (dest.contains("sysusers.d") || c.sources().stream().anyMatch(s -> s.text().contains("sysusers"))) {
          sysusers = true;
        }
        path(out, at, line, dest);
      } else if (inner instanceof Workdir w) {
        path(out, at, line, w.path().text());
      } else if (inner instanceof Arg a) {
        for (Arg.Declaration d : a.declarations()) {
          secret(out, at, line, d.name());
        }
      } else if (inner instanceof Env e) {
        for (KeyValue kv : e.pairs()) {
          secret(out, at, line, kv.name().text());
        }
      }
    }
    if (stage >= 0 && !lintInLastStage) {
      out.add(new LintFinding("stage[" + stage + "]", 0, LintFinding.Severity.WARNING, "missing-lint",
          "the final stage has no 'RUN bootc container lint' step"));
    }
    if (!sysusers) {
      out.addAll(useradds);
    }
    return out;
  }

  private static void secret(List<LintFinding> out, String at, int line, String name) {
    String bare = QUOTES.matcher(name).replaceAll("");
    if (SECRET.matcher(bare).find() && !ALLOWED.matcher(bare).find()) {
      out.add(new LintFinding(at, line, LintFinding.Severity.ERROR, "secret-in-arg-env",
          "'" + bare + "' looks like a secret; ARG/ENV values are stored in the image, use RUN --mount=type=secret"));
    }
  }

  private static void path(List<LintFinding> out, String at, int line, String path) {
    String p = QUOTES.matcher(path).replaceAll("");
    if (under(p, "/usr/etc")) {
      out.add(new LintFinding(at, line, LintFinding.Severity.ERROR, "ephemeral-path",
          p + ": /usr/etc must not exist next to /etc (bootc lint 'etc-usretc'); write to /etc"));
    } else if (under(p, "/boot")) {
      out.add(new LintFinding(at, line, LintFinding.Severity.WARNING, "ephemeral-path",
          p + ": /boot must stay empty in the image (bootc lint 'nonempty-boot'); kernels belong in /usr/lib/modules"));
    } else if (under(p, "/run") || under(p, "/tmp") || under(p, "/var/run")) {
      out.add(new LintFinding(at, line, LintFinding.Severity.WARNING, "ephemeral-path",
          p + ": /run and /tmp are not part of the booted system (bootc lint 'nonempty-run-tmp')"));
    } else if (under(p, "/var")) {
      out.add(new LintFinding(at, line, LintFinding.Severity.WARNING, "ephemeral-path",
          p + ": /var content is only unpacked at first install, never updated; use tmpfiles.d or /usr"));
    }
  }

  private static boolean under(String p, String dir) {
    return p.equals(dir) || p.startsWith(dir + "/");
  }
}
