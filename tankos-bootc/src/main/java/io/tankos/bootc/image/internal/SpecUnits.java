package io.tankos.bootc.image.internal;

import io.tankos.core.systemd.SystemdUnit;
import io.tankos.core.systemd.UnitType;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain systemd unit in a spec: {@code name} (the file name, whose suffix gives the type) and
 * one key per section ({@code Unit}, the type's own such as {@code Service}, {@code Install},
 * {@code X-...}). A section is a mapping of systemd keys to a value or a list of values, or, when
 * keys repeat apart, a list of one-key mappings. Values are written as in the unit file: {@code %h}
 * is a specifier, {@code %%} a percent sign; numbers and booleans count as their text.
 */
final class SpecUnits {
  private SpecUnits() {}

  static Optional<SystemdUnit> unit(SpecNode node, String path, SpecProblems problems) {
    if (!(node instanceof SpecNode.Mapping map)) {
      problems.add(node.line(), path, "expected a mapping, found " + node.describe());
      return Optional.empty();
    }
    Optional<String> fileName = map.entry("name").flatMap(e -> name(e, path, problems));
    if (map.entry("name").isEmpty()) {
      problems.add(map.line(), path, "missing required key 'name' (the unit file name, e.g. tank-motd.service)");
    }
    if (fileName.isEmpty()) {
      return Optional.empty();
    }
    UnitType type;
    try {
      type = UnitType.of(fileName.get());
    } catch (ValidationException e) {
      problems.add(map.entry("name").get().line(), path + ".name", e.problems().get(0).message());
      return Optional.empty();
    }
    String baseName = fileName.get().substring(0, fileName.get().length() - type.suffix().length());
    List<String> sections = new ArrayList<>(List.of("name", "Unit"));
    type.section().ifPresent(sections::add);
    sections.add("Install");
    SystemdUnit.Builder b = SystemdUnit.builder(type, baseName);
    boolean ok = true;
    for (SpecNode.Entry e : map.entries().values()) {
      if (e.key().equals("name")) {
        continue;
      }
      if (!sections.contains(e.key()) && !e.key().startsWith("X-")) {
        String hint = KeySuggestion.closest(e.key(), sections).map(k -> "did you mean '" + k + "'?")
            .orElse("a " + type.suffix() + " unit has " + String.join(", ", sections) + " and X-... sections");
        problems.add(e.line(), path, "unknown key '" + SpecText.shown(e.key()) + "' (" + hint + ")");
        ok = false;
        continue;
      }
      ok &= section(b, e, path + "." + e.key(), problems);
    }
    if (!ok) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        if (p.location().path().equals(fileName.get())) {
          problems.add(map.entry("name").get().line(), path + ".name", p.message());
        } else {
          problems.model(p, fileName.get(), map, path);
        }
      }
      return Optional.empty();
    }
  }

  private static Optional<String> name(SpecNode.Entry e, String path, SpecProblems problems) {
    if (e.value() instanceof SpecNode.Scalar s && s.kind() == SpecNode.Kind.STRING) {
      return Optional.of(s.text());
    }
    problems.add(e.line(), path + ".name", "expected a string, found " + e.value().describe());
    return Optional.empty();
  }

  private static boolean section(SystemdUnit.Builder b, SpecNode.Entry section, String path, SpecProblems problems) {
    if (section.value() instanceof SpecNode.Mapping keys) {
      boolean ok = true;
      for (SpecNode.Entry k : keys.entries().values()) {
        ok &= values(b, section.key(), k, path + "." + k.key(), problems);
      }
      return ok;
    }
    if (section.value() instanceof SpecNode.Sequence seq) {
      boolean ok = true;
      for (int i = 0; i < seq.items().size(); i++) {
        SpecNode item = seq.items().get(i);
        if (item instanceof SpecNode.Mapping one && one.entries().size() == 1) {
          SpecNode.Entry k = one.entry(0).orElseThrow();
          ok &= values(b, section.key(), k, path + "[" + i + "]." + k.key(), problems);
        } else {
          problems.add(item.line(), path + "[" + i + "]", "expected a mapping of one key, found " + item.describe());
          ok = false;
        }
      }
      return ok;
    }
    problems.add(section.line(), path, "expected a mapping of systemd keys, found " + section.value().describe());
    return false;
  }

  private static boolean values(SystemdUnit.Builder b, String section, SpecNode.Entry key, String path,
      SpecProblems problems) {
    List<SpecNode> nodes = key.value() instanceof SpecNode.Sequence seq ? seq.items() : List.of(key.value());
    boolean ok = true;
    for (int i = 0; i < nodes.size(); i++) {
      SpecNode n = nodes.get(i);
      if (n instanceof SpecNode.Scalar s && s.kind() != SpecNode.Kind.NULL) {
        b.addWithSpecifiers(section, key.key(), s.text());
      } else {
        String at = key.value() instanceof SpecNode.Sequence ? path + "[" + i + "]" : path;
        problems.add(n.line(), at, "expected a value, found " + n.describe());
        ok = false;
      }
    }
    return ok;
  }
}
