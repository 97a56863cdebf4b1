package io.tankos.quadlet.codegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which keys sections share: a key whose methods are the same in several sections is a family, and
 * the families of one set of sections form a group, written once as a shared interface. The other
 * keys are a section's own.
 */
final class KeyGroups {
  /** The sections in the order of the unit types. */
  static final List<String> SECTIONS = KeyFacts.TYPES.stream().map(KeyFacts.Type::section).toList();

  /**
   * One key shared by several sections.
   *
   * @param key the key name
   * @param rows the key in each section, in unit-type order
   */
  record Family(String key, List<KeyRow> rows) {
    String constant() {
      return JavaNames.constant(key);
    }

    List<String> sections() {
      return rows.stream().map(KeyRow::section).toList();
    }

    /** The versions that know the key, e.g. {@code Podman 4.4+} or {@code Podman 4.4+ ([Pod] 5.6+)}. */
    String since() {
      Map<String, List<String>> bySince = new LinkedHashMap<>();
      rows.forEach(r -> bySince.computeIfAbsent(KeyGroups.since(r), s -> new ArrayList<>()).add(r.section()));
      if (bySince.size() == 1) {
        return "Podman " + bySince.keySet().iterator().next() + "+";
      }
      return "Podman " + bySince.entrySet().stream()
          .map(e -> e.getKey() + "+ in " + e.getValue().stream().map(s -> "[" + s + "]").collect(Collectors.joining(", ")))
          .collect(Collectors.joining("; "));
    }
  }

  /**
   * The families a set of sections shares.
   *
   * @param sections the sections, in unit-type order
   * @param families the families, by key name
   */
  record Group(List<String> sections, List<Family> families) {
    String name() {
      return sections.equals(SECTIONS) ? "CommonKeys" : String.join("", sections) + "Keys";
    }
  }

  private final List<Group> groups = new ArrayList<>();
  private final Map<String, List<KeyRow>> own = new LinkedHashMap<>();

  private KeyGroups(List<KeyRow> rows) {
    SECTIONS.forEach(s -> own.put(s, new ArrayList<>()));
    Map<String, List<KeyRow>> byKey = new TreeMap<>();
    for (KeyRow r : rows) {
      if (own.containsKey(r.section())) {
        byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
      }
    }
    Map<List<String>, List<Family>> bySections = new TreeMap<>(Comparator.comparing(List::toString));
    for (List<KeyRow> sameName : byKey.values()) {
      Map<String, List<KeyRow>> byCode = new LinkedHashMap<>();
      for (KeyRow r : sameName) {
        byCode.computeIfAbsent(code(r), c -> new ArrayList<>()).add(r);
      }
      for (List<KeyRow> same : byCode.values()) {
        if (same.size() == 1) {
          own.get(same.get(0).section()).add(same.get(0));
        } else {
          same.sort(Comparator.comparingInt(r -> SECTIONS.indexOf(r.section())));
          Family f = new Family(same.get(0).key(), List.copyOf(same));
          bySections.computeIfAbsent(f.sections(), s -> new ArrayList<>()).add(f);
        }
      }
    }
    bySections.forEach((s, f) -> groups.add(new Group(s, List.copyOf(f))));
    groups.sort(Comparator.comparing(Group::name));
    own.values().forEach(l -> l.sort(Comparator.comparing(KeyRow::key)));
  }

  static KeyGroups of(List<KeyRow> rows) {
    return new KeyGroups(rows);
  }

  private static String code(KeyRow r) {
    StringBuilder c = new StringBuilder();
    KeyMethods.setters(r, "").forEach(m -> c.append(m.code()).append('\n'));
    KeyMethods.getters(r).forEach(m -> c.append(m.code()).append('\n'));
    return c.toString();
  }

  /** The table's version without notes: {@code 5.3(…)} to {@code 5.3}. */
  static String since(KeyRow r) {
    return r.since().split("\\(")[0].strip();
  }

  List<Group> groups() {
    return groups;
  }

  List<Group> groupsOf(String section) {
    return groups.stream().filter(g -> g.sections().contains(section)).toList();
  }

  List<KeyRow> own(String section) {
    return own.get(section);
  }
}
