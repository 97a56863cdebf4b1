package io.tankos.quadlet.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The imports a generated source needs, found by the simple names its code uses. */
final class Imports {
  private static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("Duration", "java.time.Duration"), Map.entry("List", "java.util.List"),
      Map.entry("Map", "java.util.Map"), Map.entry("Optional", "java.util.Optional"),
      Map.entry("OptionalLong", "java.util.OptionalLong"),
      Map.entry("QuadletReading", "io.tankos.quadlet.internal.QuadletReading"),
      Map.entry("SecretMount", "io.tankos.quadlet.secret.SecretMount"),
      Map.entry("PullPolicy", "io.tankos.core.podman.PullPolicy"),
      Map.entry("PodmanVersion", "io.tankos.core.podman.PodmanVersion"),
      Map.entry("UnitFile", "io.tankos.core.unit.UnitFile"));

  private Imports() {}

  /**
   * The first lines of a generated source: the generator's mark, the package and the imports.
   *
   * @param code the code, without comments
   * @return the lines, to be added to
   */
  static List<String> preamble(String code) {
    List<String> out = new ArrayList<>();
    out.add(QuadletSources.header());
    out.add("package io.tankos.quadlet;");
    out.add("");
    out.addAll(of(code));
    out.add("");
    return out;
  }

  /**
   * The import lines for code.
   *
   * @param code the code, without comments
   * @return the sorted lines
   */
  static List<String> of(String code) {
    TreeSet<String> out = new TreeSet<>();
    KNOWN.forEach((simple, qualified) -> {
      if (Pattern.compile("\\b" + simple + "\\b").matcher(code).find()) {
        out.add("import " + qualified + ";");
      }
    });
    return List.copyOf(out);
  }
}
