package io.tankos.quadlet.internal;

/** Numbers as Quadlet's {@code LookupUint32} reads them (Go's {@code strconv.ParseUint(v, 0, 32)}). */
public final class Numbers {
  private Numbers() {}

  /**
   * Reads an unsigned 32-bit number: decimal, {@code 0x}/{@code 0o}/{@code 0b} prefixed or
   * leading-zero octal, {@code _} between digits.
   *
   * @param v the text
   * @return the number, or null when the text is not one or out of range
   */
  public static Long uint32(String v) {
    String s = v;
    int radix = 10;
    if (s.length() > 2 && s.charAt(0) == '0' && "xXoObB".indexOf(s.charAt(1)) >= 0) {
      char p = Character.toLowerCase(s.charAt(1));
      radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
      s = s.substring(2);
    } else if (s.length() > 1 && s.charAt(0) == '0') {
      radix = 8;
      s = s.substring(1);
    }
    if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
      return null;
    }
    s = s.replace("_", "");
    long n;
    try {
      n = Long.parseLong(s, radix);
    } catch (NumberFormatException e) {
      return null;
    }
    return n < 0 || n > 0xFFFF_FFFFL ? null : n;
  }
}
