package io.tankos.quadlet;

/** The literal shape of a value systemd expands: what rules about podman's view can still check. */
final class Specifiers {
  private Specifiers() {}

  /**
   * The value with every systemd specifier ({@code %i}, …) and, where systemd substitutes them, every
   * variable ({@code $X}, {@code ${X}}) replaced by the letter {@code x}, and {@code %%}/{@code $$}
   * by one character: a name rule that the skeleton breaks is broken for every expansion.
   *
   * @param value the value
   * @return the skeleton; the text itself for a literal value
   */
  static String skeleton(SystemdValue value) {
    return skeleton(value.text(), value.expansion());
  }

  /** {@link #skeleton(SystemdValue)} of a value's text and expansion. */
  static String skeleton(String t, SystemdValue.Expansion expansion) {
    if (expansion == SystemdValue.Expansion.LITERAL) {
      return t;
    }
    boolean variables = expansion == SystemdValue.Expansion.SPECIFIERS_AND_VARIABLES;
    if (t.indexOf('%') < 0 && (!variables || t.indexOf('$') < 0)) {
      return t; // nothing expands: the text is its own skeleton
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
      if (c == '%' && next != 0) {
        out.append(next == '%' ? '%' : 'x');
        i++;
      } else if (c == '$' && variables && next == '$') {
        out.append('$');
        i++;
      } else if (c == '$' && variables && next == '{' && t.indexOf('}', i) > 0) {
        out.append('x');
        i = t.indexOf('}', i);
      } else if (c == '$' && variables && (Character.isLetter(next) || next == '_')) {
        out.append('x');
        while (i + 1 < t.length() && (Character.isLetterOrDigit(t.charAt(i + 1)) || t.charAt(i + 1) == '_')) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
