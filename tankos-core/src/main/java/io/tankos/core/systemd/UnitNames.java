package io.tankos.core.systemd;

import java.util.Set;

/** systemd's rules for unit names ({@code unit_name_is_valid}), and its specifiers. */
final class UnitNames {
  /** Longest unit name systemd accepts ({@code UNIT_NAME_MAX}). */
  static final int MAX = 255;

  private static final Set<String> SUFFIXES = Set.of(".service", ".socket", ".target", ".timer",
      ".path", ".mount", ".automount", ".swap", ".slice", ".scope", ".device");

  /** The specifier letters systemd 252 expands after {@code %} (and {@code %%}). */
  private static final String SPECIFIERS = "aAbBCdEfgGhHiIjJlLmMnNopPsStTuUvVwWyY%";

  private UnitNames() {}

  /** Why a base name (no suffix) cannot name a unit of the type, or null. */
  static String baseNameProblem(String baseName, UnitType type) {
    if (baseName.isEmpty()) {
      return "unit name is empty";
    }
    return nameProblem(baseName + type.suffix());
  }

  /** Why text is not a unit name such as {@code network-online.target}, or null. */
  static String nameProblem(String name) {
    if (name.length() > MAX) {
      return "unit name is longer than " + MAX + " characters";
    }
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || !SUFFIXES.contains(name.substring(dot))) {
      return "'" + name + "' is not a unit name (a name and a suffix such as .service or .target)";
    }
    for (int i = 0; i < dot; i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || ":-_.\\@".indexOf(c) >= 0;
      if (!ok) {
        return "unit name '" + name + "' contains a character systemd refuses (at index " + i
            + "; allowed: letters, digits, ':', '-', '_', '.', '\\', '@')";
      }
    }
    int at = name.indexOf('@');
    if (at == 0 || (at > 0 && name.indexOf('@', at + 1) >= 0)) {
      return "unit name '" + name + "' has a misplaced '@'";
    }
    return null;
  }

  /** Whether the name is a template such as {@code getty@.service}. */
  static boolean isTemplate(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 && name.charAt(dot - 1) == '@';
  }

  /** Why text written with specifiers uses a {@code %} systemd cannot expand, or null. */
  static String specifierProblem(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != '%') {
        continue;
      }
      if (i + 1 >= value.length() || SPECIFIERS.indexOf(value.charAt(i + 1)) < 0) {
        return "'%' at index " + i + " is not followed by a specifier systemd knows (write %% for a"
            + " literal %)";
      }
      i++;
    }
    return null;
  }

  /** Escapes every {@code %} as {@code %%} so that systemd reads the text literally. */
  static String escape(String value) {
    return value.replace("%", "%%");
  }
}
