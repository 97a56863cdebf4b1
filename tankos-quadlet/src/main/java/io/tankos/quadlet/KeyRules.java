package io.tankos.quadlet;

/**
 * Rules for keys whose value Quadlet uses outside the podman command line, where systemd does not
 * expand it the same way.
 */
final class KeyRules {
  private KeyRules() {}

  /**
   * Why a value cannot be given for a key, or null.
   *
   * @param key the key
   * @param value the caller's value
   * @return the reason or null
   */
  static String problem(QuadletKey key, SystemdValue value) {
    String t = value.text();
    switch (key.name()) {
      case "ServiceName" -> {
        // Quadlet names the generated file after it: no expansion happens
        if (t.indexOf('%') >= 0 || t.indexOf('$') >= 0) {
          return "ServiceName names the generated file; it cannot contain '%' or '$'";
        }
        return UnitNames.nameProblem(t);
      }
      case "Volume" -> {
        // an absolute host source also becomes RequiresMountsFor=, where '$' is not substituted
        int colon = t.indexOf(':');
        String source = colon < 0 ? "" : t.substring(0, colon);
        if (source.startsWith("/") && source.indexOf('$') >= 0) {
          return "a host path with '$' cannot be written: Quadlet also puts it in RequiresMountsFor=,"
              + " where systemd does not unescape '$$'";
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }
}
