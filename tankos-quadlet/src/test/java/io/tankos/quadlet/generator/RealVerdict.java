package io.tankos.quadlet.generator;

import io.tankos.quadlet.QuadletVerdict.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The real generator's verdict per unit file, read from one dry run: a unit the generator did not
 * log as loaded was ignored; one named by a {@code converting "NAME"} or {@code error loading
 * "PATH"} line, or left without a service by a panic, was refused; any other was accepted.
 *
 * @param units relative path to status
 * @param reasons relative path to the generator's error lines for it (prefix removed)
 */
record RealVerdict(Map<String, Status> units, Map<String, List<String>> reasons) {
  /** The generation directory {@code FileTree} writes the units into, behind the unit directory. */
  private static final Pattern GENERATION =
      Pattern.compile("(\\$\\{UNIT_DIR\\}|/\\S*?/\\.units\\.tankos/gen-\\d+)");

  /** A generator line with the unit directory, however it was written, as {@code ${UNIT_DIR}}. */
  static String unitDir(String line) {
    return GENERATION.matcher(line).replaceAll(java.util.regex.Matcher.quoteReplacement(GeneratorResult.UNIT_DIR));
  }

  private static String relative(String path) {
    return GENERATION.matcher(path).replaceFirst(java.util.regex.Matcher.quoteReplacement(GeneratorResult.UNIT_DIR))
        .replace(GeneratorResult.UNIT_DIR + "/", "");
  }

  static RealVerdict of(GeneratorResult r, List<String> unitFiles) {
    Map<String, Status> units = new LinkedHashMap<>();
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    for (String text : r.services().values()) {
      for (String line : text.split("\n")) {
        if (line.startsWith("SourcePath=")) {
          sources.add(relative(line.substring("SourcePath=".length())));
        }
      }
    }
    for (String rel : unitFiles) {
      String base = rel.substring(rel.lastIndexOf('/') + 1);
      List<String> why = new ArrayList<>();
      for (String raw : r.diagnostics()) {
        String line = unitDir(raw);
        String conv = "converting \"" + base + "\": ";
        if (line.startsWith(conv)) {
          why.add(line.substring(conv.length()));
        } else if (line.startsWith("error loading \"" + GeneratorResult.UNIT_DIR + "/" + rel + "\"")) {
          why.add(line);
        }
      }
      boolean loaded = r.stderr().stream().anyMatch(l -> l.startsWith("Loading source unit file ")
          && relative(l.substring("Loading source unit file ".length())).equals(rel));
      Status s;
      if (!loaded) {
        s = Status.IGNORED;
      } else if (!why.isEmpty() || r.panicked() && !sources.contains(rel)) {
        s = Status.REFUSED;
        if (why.isEmpty()) {
          why.add("panic");
        }
      } else {
        s = Status.ACCEPTED;
      }
      units.put(rel, s);
      if (!why.isEmpty()) {
        reasons.put(rel, why);
      }
    }
    return new RealVerdict(units, reasons);
  }
}
