package io.tankos.quadlet.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A unit class ({@code ContainerUnit.java}, …): the read-back methods of the section's own keys, the
 * builder with their typed methods and the methods that reference other units; the keys the section
 * shares come from the group interfaces it implements.
 */
final class UnitSource {
  private UnitSource() {}

  static String generate(KeyFacts.Type t, KeyGroups groups) {
    List<KeyGroups.Group> shared = groups.groupsOf(t.section());
    List<String> getters = new ArrayList<>();
    List<String> setters = new ArrayList<>();
    StringBuilder code = new StringBuilder();
    for (KeyRow r : groups.own(t.section())) {
      String key = "QuadletKeys." + CatalogSource.constant(r);
      String since = "Podman " + KeyGroups.since(r) + "+";
      for (Method m : KeyMethods.getters(r)) {
        getters.addAll(m.render("  ", "public", "Builder", key));
        getters.add("");
        code.append(m.code()).append('\n');
      }
      for (Method m : KeyMethods.setters(r, since)) {
        setters.addAll(m.render("    ", "public", "Builder", key));
        setters.add("");
        code.append(m.code()).append('\n');
      }
    }
    for (KeyFacts.Ref ref : KeyFacts.REFS) {
      if (ref.section().equals(t.section())) {
        Method m = reference(ref, t.section());
        setters.addAll(m.render("    ", "public", "Builder", "QuadletKeys." + JavaNames.constant(ref.section())
            + "_" + JavaNames.constant(ref.key())));
        setters.add("");
        code.append(m.code()).append('\n');
      }
    }
    if (t.section().equals("Container")) {
      Method m = new Method(List.of("Adds a {@code Secret=} line: a Podman secret mounted as a file or exposed as a",
          "variable.", "", "@param mount the secret mount", "@return this builder"), null,
          "addSecret(SecretMount mount)", "return add($K, SystemdValue.literal(mount.spec()));");
      setters.addAll(m.render("    ", "public", "Builder", "QuadletKeys.CONTAINER_SECRET"));
      setters.add("");
      code.append(m.code()).append('\n');
    }
    String values = shared.stream().map(g -> "\n    " + g.name() + ".Getters").collect(Collectors.joining(","));
    String builderSetters = shared.stream().map(g -> "\n        " + g.name() + ".Setters<Builder>")
        .collect(Collectors.joining(","));
    code.append(" UnitFile ");
    List<String> out = Imports.preamble(code.toString());
    out.add("/**");
    out.add(" * A {@code ." + t.ext() + "} Quadlet unit ({@code [" + t.section() + "]} section; Quadlet runs {@code "
        + t.command() + "}).");
    out.add(" * Every key of the section has typed builder methods (a single-valued key is set, a repeatable one");
    out.add(" * is added to, removed from and cleared) and a read-back method returning what Quadlet reads; plain");
    out.add(" * {@code String} values are literal, {@link SystemdValue} lets systemd expand specifiers. Generated");
    out.add(" * from the Quadlet key catalog ({@link QuadletKeys}).");
    out.add(" *");
    out.add(" * <pre>{@code");
    out.add(" * " + t.example());
    out.add(" * }</pre>");
    out.add(" */");
    out.add("public final class " + t.className() + " extends QuadletUnit" + (values.isEmpty() ? "" : " implements" + values)
        + " {");
    out.add("  " + t.className() + "(String name, UnitFile file) {");
    out.add("    super(UnitType." + t.constant() + ", name, file);");
    out.add("  }");
    out.add("");
    doc(out, "  ", "A builder for {@code NAME." + t.ext() + "}.", "@param name the unit name without extension: {@code web},"
        + " a template {@code web@}", "@return a new builder");
    out.add("  public static Builder builder(String name) {");
    out.add("    return new Builder(name, null);");
    out.add("  }");
    out.add("");
    out.addAll(getters);
    doc(out, "  ", "Parses a {@code ." + t.ext() + "} file (strictly: unknown keys are errors).",
        "@param fileName the file name, ending in {@code ." + t.ext() + "}", "@param text the content",
        "@return the unit", "@throws io.tankos.core.validation.ParseException {@code FILE:LINE: reason}");
    out.add("  public static " + t.className() + " parse(String fileName, String text) {");
    out.add("    return parse(fileName, text, " + t.className() + ".class);");
    out.add("  }");
    out.add("");
    out.add("  /** Builder of {@link " + t.className() + "}; not thread-safe. */");
    out.add("  public static final class Builder extends UnitBuilder<" + t.className() + ", Builder>"
        + (builderSetters.isEmpty() ? "" : "\n      implements" + builderSetters) + " {");
    out.add("    Builder(String name, UnitFile base) {");
    out.add("      super(UnitType." + t.constant() + ", name, base, " + t.className() + "::new);");
    out.add("    }");
    out.add("");
    setters.remove(setters.size() - 1);
    out.addAll(setters);
    out.add("  }");
    out.add("");
    doc(out, "  ", "A builder holding this unit's content, kept as written.", "@return a pre-filled builder");
    out.add("  @Override");
    out.add("  public Builder toBuilder() {");
    out.add("    return new Builder(name(), toUnitFile());");
    out.add("  }");
    out.add("}");
    return JavaNames.lines(out);
  }

  private static Method reference(KeyFacts.Ref ref, String section) {
    boolean volume = ref.key().equals("Volume");
    boolean many = !ref.key().equals("Image") && !ref.key().equals("Pod");
    String name = (many ? "add" + ref.key() : JavaNames.camel(ref.key())) + "(" + ref.unitClass() + " unit"
        + (volume ? ", String target" : "") + ")";
    String value = volume ? "unit.fileName() + \":\" + target" : "unit.fileName()";
    List<String> doc = new ArrayList<>(List.of((many ? "Adds" : "Sets") + " {@code " + ref.key() + "=UNIT"
        + (volume ? ":PATH[:OPTIONS]" : "") + "}: " + ref.what() + "; the set must contain it.", ""));
    doc.add("@param unit the unit");
    if (volume) {
      doc.add("@param target the path in the container, optionally followed by {@code :OPTIONS}");
    }
    doc.add("@return this builder");
    return new Method(doc, null, name, "return " + (many ? "add" : "set") + "($K, SystemdValue.literal(" + value + "));");
  }

  private static void doc(List<String> out, String indent, String first, String... tags) {
    out.add(indent + "/**");
    out.add(indent + " * " + first);
    out.add(indent + " *");
    for (String t : tags) {
      out.add(indent + " * " + t);
    }
    out.add(indent + " */");
  }
}
