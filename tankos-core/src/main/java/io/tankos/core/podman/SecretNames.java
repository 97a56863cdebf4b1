package io.tankos.core.podman;

/** Podman's secret name rule (containers/common {@code validateSecretName}). */
final class SecretNames {
  /** The longest name Podman accepts. */
  static final int MAX_LENGTH = 253;

  private SecretNames() {}

  /**
   * Why a name is not a valid Podman secret name, or null.
   *
   * @param name a name
   * @return the reason or null
   */
  static String problem(String name) {
    if (name.isEmpty()) {
      return "secret name is empty";
    }
    if (name.length() > MAX_LENGTH) {
      return "secret name is longer than " + MAX_LENGTH + " characters";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alnum && !(i > 0 && (c == '_' || c == '.' || c == '-'))) {
        return "secret name may only contain [a-zA-Z0-9_.-] and must start with a letter or digit "
            + "(found '" + c + "' at index " + i + ")";
      }
    }
    char last = name.charAt(name.length() - 1);
    if (last == '-' || last == '.') {
      return "secret name cannot end with '-' or '.'";
    }
    return null;
  }
}
