package io.tankos.quadlet.codegen;

import static io.tankos.quadlet.codegen.JavaNames.doc;
import static io.tankos.quadlet.codegen.JavaNames.literal;
import static io.tankos.quadlet.codegen.JavaNames.version;

import java.util.ArrayList;
import java.util.List;

/** {@code QuadletKeys.java}: one constant per key of the table, and the catalog's lookups. */
final class CatalogSource {
  private CatalogSource() {}

  /** The constant's name: {@code CONTAINER_PUBLISH_PORT}. */
  static String constant(KeyRow r) {
    return JavaNames.constant(r.section()) + "_" + JavaNames.constant(r.key());
  }

  static String generate(List<KeyRow> rows) {
    List<String> out = new ArrayList<>();
    out.add(QuadletSources.header());
    out.add("package io.tankos.quadlet;");
    out.add("");
    out.add("import io.tankos.core.podman.PodmanVersion;");
    out.add("import java.util.List;");
    out.add("import java.util.Optional;");
    out.add("");
    out.add("/**");
    out.add(" * The catalog of every key Quadlet reads in its own sections, across Podman 4.4 … 6.0: one constant");
    out.add(" * per key, with the metadata that drives validation, rendering and parsing. Generated from the");
    out.add(" * Quadlet key table ({@code src/main/codegen/quadlet-keys.tsv}: podman-systemd.unit(5) and the key");
    out.add(" * maps of Podman's {@code quadlet.go} per release).");
    out.add(" *");
    out.add(" * <pre>{@code");
    out.add(" * QuadletKeys.CONTAINER_APP_ARMOR.since();               // 5.8");
    out.add(" * QuadletKeys.forSection(\"Volume\").size();               // 16");
    out.add(" * QuadletKeys.find(\"Container\", \"PublishPort\").get();  // CONTAINER_PUBLISH_PORT");
    out.add(" * }</pre>");
    out.add(" */");
    out.add("public final class QuadletKeys {");
    for (KeyRow r : rows) {
      String repeatable = !r.repeatable() ? "null"
          : "PodmanVersion." + KeyFacts.REPEATABLE_SINCE.getOrDefault(r.qualified(), version(r.since()));
      out.add("  /** {@code [" + r.section() + "] " + r.key() + "=}: " + doc(r.shape()) + ". */");
      out.add("  public static final QuadletKey " + constant(r) + " = new QuadletKey(" + literal(r.section()) + ", "
          + literal(r.key()) + ",");
      out.add("      ValueKind." + KeyFacts.kind(r.readAs()) + ", PodmanVersion." + version(r.since()) + ", " + repeatable
          + ", " + literal(r.shape()) + ", " + literal(r.flag()) + ");");
      out.add("");
    }
    out.add("  private static final List<QuadletKey> ALL = List.of(");
    for (int i = 0; i < rows.size(); i++) {
      out.add("      " + constant(rows.get(i)) + (i == rows.size() - 1 ? ");" : ","));
    }
    out.add("");
    out.add("  private static final KeyIndex INDEX = new KeyIndex(ALL);");
    out.add("");
    out.add("  private QuadletKeys() {}");
    out.add("");
    method(out, "Every key, in catalog order (by section, then name).", "@return unmodifiable list",
        "List<QuadletKey> all()", "return ALL;");
    method(out, "The keys of one section.", "@param section e.g. {@code Container} or {@code Quadlet}\n"
        + "@return the keys, possibly empty", "List<QuadletKey> forSection(String section)",
        "return INDEX.forSection(section);");
    method(out, "A key by section and name (case-sensitive, as Quadlet reads keys).", "@param section the section\n"
        + "@param name the key\n@return the key, if Quadlet knows it in some version",
        "Optional<QuadletKey> find(String section, String name)", "return INDEX.find(section, name);");
    method(out, "A key by section and name, or null: what a check of every entry asks (no {@link Optional}).",
        "@param section the section\n@param name the key\n@return the key, or null when Quadlet does not know it"
        + " in any version", "QuadletKey lookup(String section, String name)", "return INDEX.get(section, name);",
        "");
    method(out, "A key that must exist.", "@param section the section\n@param name the key\n@return the key\n"
        + "@throws IllegalArgumentException when unknown", "QuadletKey require(String section, String name)",
        "return INDEX.require(section, name);");
    out.remove(out.size() - 1);
    out.add("}");
    return JavaNames.lines(out);
  }

  private static void method(List<String> out, String first, String tags, String signature, String body) {
    method(out, first, tags, signature, body, "public ");
  }

  private static void method(List<String> out, String first, String tags, String signature, String body,
      String visibility) {
    out.add("  /**");
    out.add("   * " + first);
    out.add("   *");
    for (String t : tags.split("\n")) {
      out.add("   * " + t);
    }
    out.add("   */");
    out.add("  " + visibility + "static " + signature + " {");
    out.add("    " + body);
    out.add("  }");
    out.add("");
  }
}
