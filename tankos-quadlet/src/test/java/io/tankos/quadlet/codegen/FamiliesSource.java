package io.tankos.quadlet.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code KeyFamilies.java}: each shared key with its constant in every section that shares it. */
final class FamiliesSource {
  private FamiliesSource() {}

  static String generate(KeyGroups groups) {
    List<String> out = new ArrayList<>();
    out.add(QuadletSources.header());
    out.add("package io.tankos.quadlet;");
    out.add("");
    out.add("/** The keys several sections share, through which the shared typed methods find their key. */");
    out.add("final class KeyFamilies {");
    for (KeyGroups.Group g : groups.groups()) {
      for (KeyGroups.Family f : g.families()) {
        out.add("  static final KeyFamily " + f.constant() + " = KeyFamily.of(" + f.rows().stream()
            .map(r -> "QuadletKeys." + CatalogSource.constant(r)).collect(Collectors.joining(", ")) + ");");
      }
    }
    out.add("");
    out.add("  private KeyFamilies() {}");
    out.add("}");
    return JavaNames.lines(out);
  }
}
