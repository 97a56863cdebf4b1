package io.tankos.quadlet.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A shared interface ({@code ContainerPodKeys.java}, …): the typed methods of the keys a set of
 * sections shares, written once; the builders implement its {@code Setters}, the units its
 * {@code Getters}.
 */
final class GroupSource {
  private GroupSource() {}

  static String generate(KeyGroups.Group g) {
    List<String> setters = new ArrayList<>();
    List<String> getters = new ArrayList<>();
    StringBuilder code = new StringBuilder();
    for (KeyGroups.Family f : g.families()) {
      String key = "KeyFamilies." + f.constant() + ".in(unitType())";
      KeyRow first = f.rows().get(0);
      for (Method m : KeyMethods.setters(first, f.since())) {
        setters.addAll(m.render("    ", "default", "B", key));
        setters.add("");
        code.append(m.code()).append('\n');
      }
      for (Method m : KeyMethods.getters(first)) {
        getters.addAll(m.render("    ", "default", "B", key));
        getters.add("");
        code.append(m.code()).append('\n');
      }
    }
    String sections = g.sections().stream().map(s -> "{@code [" + s + "]}").collect(Collectors.joining(", "));
    String keys = g.families().stream().map(f -> "{@code " + f.key() + "}").collect(Collectors.joining(", "));
    List<String> out = Imports.preamble(code.toString());
    out.add("/**");
    out.add(" * The keys " + sections + " share:");
    out.add(" * " + keys + ".");
    out.add(" * Their builders implement {@link Setters}, their units {@link Getters}.");
    out.add(" */");
    out.add("public interface " + g.name() + " {");
    out.add("  /**");
    out.add("   * The builder methods of the shared keys.");
    out.add("   *");
    out.add("   * @param <B> the builder type");
    out.add("   */");
    out.add("  interface Setters<B> extends KeyWriter<B> {");
    setters.remove(setters.size() - 1);
    out.addAll(setters);
    out.add("  }");
    out.add("");
    out.add("  /** The read-back methods of the shared keys. */");
    out.add("  interface Getters extends KeyReader {");
    if (!getters.isEmpty()) {
      getters.remove(getters.size() - 1);
    }
    out.addAll(getters);
    out.add("  }");
    out.add("}");
    return JavaNames.lines(out);
  }
}
