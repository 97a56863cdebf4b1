package io.tankos.quadlet;

/** The rules for Quadlet unit names (systemd unit-name characters, one optional {@code @}). */
final class UnitNames {
  private static final UnitType[] TYPES = UnitType.values();

  private UnitNames() {}

  /**
   * Why a unit name (without extension) cannot be used, or null.
   *
   * @param name e.g. {@code web}, {@code worker@}, {@code worker@one}
   * @return the reason or null
   */
  static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "unit name is empty";
    }
    if (name.length() > 200) {
      return "unit name is longer than 200 characters";
    }
    if (name.charAt(0) == '@') {
      return "unit name cannot start with '@'";
    }
    int ats = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '@') {
        ats++;
      } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == ':' || c == '-' || c == '_' || c == '.' || c == '\\')) {
        return "unit name may only contain ASCII letters, digits and ':-_.\\@' (found '" + c
            + "' at index " + i + ")";
      }
    }
    if (ats > 1) {
      return "unit name contains more than one '@'";
    }
    return null;
  }

  /**
   * Why a name given to a builder cannot be used, or null: the unit-name rules, and no Quadlet
   * extension at its end (a builder adds the extension itself).
   *
   * @param name the name passed to {@code builder(name)}
   * @param type the builder's unit type
   * @return the reason or null
   */
  static String builderNameProblem(String name, UnitType type) {
    String p = nameProblem(name);
    if (p != null) {
      return p;
    }
    for (UnitType t : TYPES) {
      if (hasExtension(name, t.extension()) && name.length() > t.extension().length() + 1) {
        String ext = "." + t.extension();
        return "unit name '" + name + "' ends with the extension " + ext + "; give the name without it ('"
            + name.substring(0, name.length() - ext.length()) + "'): the builder adds ." + type.extension();
      }
    }
    return null;
  }

  /**
   * Whether a name ends in {@code .EXTENSION}, seen without making that suffix.
   *
   * @param name a file name
   * @param extension the extension without its dot
   * @return true when the name ends with a dot and the extension
   */
  static boolean hasExtension(String name, String extension) {
    int dot = name.length() - extension.length() - 1;
    return dot >= 0 && name.charAt(dot) == '.' && name.endsWith(extension);
  }
}
