package io.tankos.quadlet.generator;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.UnitType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs one corpus case through one generator in one mode, on the original files and on the
 * re-rendered files, and tells how the two runs compare and whether the original run met the
 * manifest's expectation.
 *
 * <pre>{@code
 * CorpusRun.Outcome o = new CorpusRun(generator, GeneratorMode.USER, Rerenderer.UNIT_FILE).run(c);
 * }</pre>
 */
final class CorpusRun {
  private final QuadletGenerator generator;
  private final GeneratorMode mode;
  private final Function<CorpusCase, Rerenderer> rerenderers;
  private final boolean systemdView;

  CorpusRun(QuadletGenerator generator, GeneratorMode mode, Rerenderer rerenderer) {
    this(generator, mode, c -> rerenderer, false);
  }

  /**
   * A runner choosing the re-rendering per case (e.g. lenient parsing for expected-error cases).
   *
   * @param generator the generator
   * @param mode system or user
   * @param rerenderers the re-rendering for a case
   * @param systemdView compare services as systemd reads them ({@link
   *     ServiceComparison#systemdDifferences}) rather than line by line
   */
  CorpusRun(
      QuadletGenerator generator,
      GeneratorMode mode,
      Function<CorpusCase, Rerenderer> rerenderers,
      boolean systemdView) {
    this.generator = generator;
    this.mode = mode;
    this.rerenderers = rerenderers;
    this.systemdView = systemdView;
  }

  /**
   * The result of a case.
   *
   * @param corpusCase the case
   * @param original the run on the original files
   * @param expectationProblems how the original run differs from the manifest (exit, stderr,
   *     service); empty when it met it
   * @param parserRejection the parse or render error of the re-rendering, if it refused a file
   * @param differences how the re-rendered run differs from the original; empty when identical
   *     modulo flag order
   * @param textChanged whether re-rendering changed the bytes of some file (when it did not, the
   *     generator necessarily reads the same and is not run a second time)
   * @param filesCompared whether file mode (with the {@code [Install]} symlinks) was compared too
   */
  record Outcome(
      CorpusCase corpusCase,
      GeneratorResult original,
      List<String> expectationProblems,
      String parserRejection,
      List<String> differences,
      boolean textChanged,
      boolean filesCompared) {
    /** Whether re-rendering preserved the generator's view of the case. */
    boolean equivalent() {
      if (parserRejection != null) {
        return original.exitCode() != 0;
      }
      return differences.isEmpty();
    }
  }

  Outcome run(CorpusCase c) {
    Path work = TempDirs.create("corpus");
    try {
      Path origDir = work.resolve("original/quadlet");
      Path newDir = work.resolve("rerendered/quadlet");
      Files.createDirectories(origDir);
      Files.createDirectories(newDir);
      String rejection = null;
      boolean textChanged = false;
      Rerenderer rerenderer = rerenderers.apply(c);
      for (String rel : c.files()) {
        Path src = c.corpus().resolve(rel);
        Path a = origDir.resolve(rel);
        Path b = newDir.resolve(rel);
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        if (Files.isSymbolicLink(src)) {
          Path target = Files.readSymbolicLink(src);
          Files.createSymbolicLink(a, target);
          Files.createSymbolicLink(b, target);
          continue;
        }
        byte[] bytes = Files.readAllBytes(src);
        Files.write(a, bytes);
        String name = a.getFileName().toString();
        if (UnitType.ofFileName(name).isEmpty() && !name.endsWith(".conf")) {
          Files.write(b, bytes);
          continue;
        }
        try {
          String text = new String(bytes, StandardCharsets.UTF_8);
          String rendered = rerenderer.rerender(rel, text);
          textChanged |= !rendered.equals(text);
          Files.writeString(b, rendered, StandardCharsets.UTF_8);
        } catch (ParseException | ValidationException e) {
          rejection = rel + ": " + e.getMessage();
        }
      }
      GeneratorResult original = generator.dryRun(origDir, mode);
      List<String> expectation = expectationProblems(c, original);
      if (rejection != null) {
        return new Outcome(c, original, expectation, rejection, List.of(), true, false);
      }
      if (!textChanged) {
        return new Outcome(c, original, expectation, null, List.of(), false, false);
      }
      GeneratorResult rerendered = generator.dryRun(newDir, mode);
      List<String> diff = compare(original, rerendered, systemdView);
      boolean filesCompared = diff.isEmpty() && installs(origDir);
      if (filesCompared) {
        diff =
            compare(
                generator.writeFiles(origDir, mode), generator.writeFiles(newDir, mode), systemdView);
      }
      return new Outcome(c, original, expectation, null, diff, true, filesCompared);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempDirs.delete(work);
    }
  }

  private static boolean installs(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        if (Files.readString(p, StandardCharsets.ISO_8859_1).contains("[Install]")) {
          return true;
        }
      }
    }
    return false;
  }

  static List<String> expectationProblems(CorpusCase c, GeneratorResult r) {
    List<String> out = new ArrayList<>();
    if (r.exitCode() != c.exit()) {
      out.add("exit " + r.exitCode() + " != expected " + c.exit());
    }
    c.stderr()
        .filter(s -> r.stderr().stream().noneMatch(l -> l.contains(s)))
        .ifPresent(s -> out.add("stderr lacks '" + s + "'"));
    if (c.exit() == 0 && r.service(c.serviceName()).isEmpty()) {
      out.add(c.serviceName() + " not generated");
    }
    return out;
  }

  /**
   * Differences between the run on the original files and the run on the re-rendered files.
   *
   * @param a original
   * @param b re-rendered
   * @return differences; empty when equivalent
   */
  static List<String> compare(GeneratorResult a, GeneratorResult b) {
    return compare(a, b, false);
  }

  /**
   * Differences between two runs.
   *
   * @param a original
   * @param b re-rendered
   * @param systemdView compare services as systemd reads them
   * @return differences; empty when equivalent
   */
  static List<String> compare(GeneratorResult a, GeneratorResult b, boolean systemdView) {
    List<String> out = new ArrayList<>();
    if (a.exitCode() != b.exitCode()) {
      out.add("exit " + b.exitCode() + " != original " + a.exitCode());
    }
    out.addAll(ServiceComparison.differences(a.services(), b.services(), systemdView));
    if (!a.symlinks().equals(b.symlinks())) {
      out.add("symlinks " + b.symlinks() + " != original " + a.symlinks());
    }
    if (!multiset(a.stderr()).equals(multiset(b.stderr()))) {
      List<String> extra = new ArrayList<>(b.stderr());
      a.stderr().forEach(extra::remove);
      List<String> missing = new ArrayList<>(a.stderr());
      b.stderr().forEach(missing::remove);
      out.add("stderr: extra " + extra + ", missing " + missing);
    }
    return out;
  }

  private static Map<String, Integer> multiset(List<String> lines) {
    Map<String, Integer> m = new HashMap<>();
    lines.forEach(l -> m.merge(l, 1, Integer::sum));
    return m;
  }
}
