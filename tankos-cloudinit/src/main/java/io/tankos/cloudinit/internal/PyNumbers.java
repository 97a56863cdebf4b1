package io.tankos.cloudinit.internal;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Numbers as PyYAML 6 makes them from {@code !!int} and {@code !!float} scalars ({@code
 * construct_yaml_int}, {@code construct_yaml_float}) on CPython 3.11 and later, which cloud-init
 * runs on: underscores dropped, a sign, then base 2, 8, 16, 10 or 60. Two things Python does that
 * Java's number parsing does not: a base-60 integer of any size is exact ({@code 1:00:00:00:00:00:00}
 * is 46,656,000,000, not an overflowed {@code int}), and some scalars cannot be loaded at all —
 * CPython refuses to convert a decimal string of more than {@value #MAX_STR_DIGITS} digits, and a
 * base-60 float of more than {@value #MAX_FLOAT_PLACES} places overflows Python's conversion of its
 * place value to a float. Those are refused here too ({@link Unloadable}), with the reason.
 */
final class PyNumbers {
  /** CPython's default {@code sys.get_int_max_str_digits()}: longer decimal strings are refused. */
  static final int MAX_STR_DIGITS = 4300;
  /** Places of a base-60 float whose place values (60⁰ … 60¹⁷³) convert to a float. */
  static final int MAX_FLOAT_PLACES = 174;

  private static final BigInteger SIXTY = BigInteger.valueOf(60);
  /** 10^4300, the least magnitude whose decimal form is longer than {@link #MAX_STR_DIGITS}. */
  private static final BigInteger FIRST_UNPRINTABLE = BigInteger.TEN.pow(MAX_STR_DIGITS);
  /** 60^2419 is over 10^4300: a base-60 integer of this many colons (and a first place ≥ 1) is. */
  private static final int MAX_BASE60_COLONS = 2419;

  private PyNumbers() {}

  /**
   * The integer of an {@code !!int} scalar.
   *
   * @param scalar the scalar's text
   * @return an {@link Integer}, {@link Long} or {@link BigInteger}, the smallest that holds it
   * @throws Unloadable when Python cannot convert it
   */
  static Number integer(String scalar) {
    if (shortDecimal(scalar)) {
      long n = Long.parseLong(scalar); // most integers: no BigInteger made
      return n == (int) n ? (Number) (int) n : (Number) n;
    }
    String value = scalar.replace("_", "");
    boolean negative = value.startsWith("-");
    if (negative || value.startsWith("+")) {
      value = value.substring(1);
    }
    BigInteger n;
    if (value.equals("0")) {
      n = BigInteger.ZERO;
    } else if (value.startsWith("0b")) {
      n = pyInt(printable(value.substring(2), 1), 2);
    } else if (value.startsWith("0x")) {
      n = pyInt(printable(value.substring(2), 4), 16);
    } else if (value.startsWith("0")) {
      n = pyInt(printable(value, 3), 8);
    } else if (value.indexOf(':') >= 0) {
      int colons = count(value, 0, value.length());
      if (colons >= MAX_BASE60_COLONS && value.charAt(0) >= '1' && value.charAt(0) <= '9') {
        throw tooLongToPrint();
      }
      n = base60(value, 0, value.length(), colons);
    } else {
      n = pyInt(value, 10);
    }
    if (n.abs().compareTo(FIRST_UNPRINTABLE) >= 0) {
      throw tooLongToPrint();
    }
    return narrow(negative ? n.negate() : n);
  }

  /**
   * Whether a scalar is a sign (or none) and at most 18 decimal digits without a leading zero (or
   * one zero): a number a {@code long} holds, written as {@link Long#parseLong} reads it.
   */
  private static boolean shortDecimal(String scalar) {
    int first = scalar.startsWith("-") || scalar.startsWith("+") ? 1 : 0;
    int digits = scalar.length() - first;
    if (digits < 1 || digits > 18 || digits > 1 && scalar.charAt(first) == '0') {
      return false;
    }
    for (int i = first; i < scalar.length(); i++) {
      if (scalar.charAt(i) < '0' || scalar.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The digits of a base-2, 8 or 16 integer, refused at once when so many that the number's decimal
   * form is longer than Python writes (its conversion would cost more than the document is worth).
   */
  private static String printable(String digits, int bitsPerDigit) {
    int first = 0;
    while (first < digits.length() && digits.charAt(first) == '0') {
      first++;
    }
    long minBits = (long) (digits.length() - first - 1) * bitsPerDigit + 1;
    if (minBits > FIRST_UNPRINTABLE.bitLength()) {
      throw tooLongToPrint();
    }
    return digits;
  }

  private static Unloadable tooLongToPrint() {
    return new Unloadable("an integer of more than " + MAX_STR_DIGITS + " decimal digits: Python"
        + " refuses to write it in decimal (ValueError), as cloud-init's validator does for a"
        + " message about it, so cloud-init cannot check the document");
  }

  /**
   * The float of a {@code !!float} scalar.
   *
   * @param scalar the scalar's text
   * @return the value
   * @throws Unloadable when Python cannot convert it
   */
  static double real(String scalar) {
    String value = scalar.replace("_", "").toLowerCase(Locale.ROOT);
    double sign = value.startsWith("-") ? -1 : 1;
    if (value.startsWith("-") || value.startsWith("+")) {
      value = value.substring(1);
    }
    if (value.equals(".inf")) {
      return sign * Double.POSITIVE_INFINITY;
    }
    if (value.equals(".nan")) {
      return Double.NaN;
    }
    if (value.indexOf(':') < 0) {
      return sign * pyFloat(value);
    }
    String[] places = value.split(":", -1);
    if (places.length > MAX_FLOAT_PLACES) {
      throw new Unloadable("a base-60 float of " + places.length + " places: Python cannot convert"
          + " 60^" + MAX_FLOAT_PLACES + " to a float (OverflowError), so cloud-init cannot load it");
    }
    // PyYAML's order: the last place first, its value times an int base that grows by 60
    double sum = 0.0;
    BigInteger base = BigInteger.ONE;
    for (int i = places.length - 1; i >= 0; i--) {
      sum += pyFloat(places[i]) * base.doubleValue();
      base = base.multiply(SIXTY);
    }
    return sign * sum;
  }

  /**
   * The base-60 value of the places in {@code value[from, to)}, which holds {@code colons} colons:
   * halves multiplied together, so a long one costs n log n, not n² as a place-by-place sum would.
   */
  private static BigInteger base60(String value, int from, int to, int colons) {
    if (colons == 0) {
      return pyInt(value.substring(from, to), 10);
    }
    int left = (colons + 1) / 2; // colons before the split, counting the one split at
    int split = from;
    for (int seen = 0; ; split++) {
      if (value.charAt(split) == ':' && ++seen == left) {
        break;
      }
    }
    int rightColons = colons - left;
    return base60(value, from, split, left - 1)
        .multiply(SIXTY.pow(rightColons + 1))
        .add(base60(value, split + 1, to, rightColons));
  }

  private static int count(String value, int from, int to) {
    int colons = 0;
    for (int i = from; i < to; i++) {
      if (value.charAt(i) == ':') {
        colons++;
      }
    }
    return colons;
  }

  /** Python's {@code int(text, radix)} after PyYAML dropped the underscores. */
  private static BigInteger pyInt(String text, int radix) {
    String digits = text.strip();
    boolean signed = digits.startsWith("-") || digits.startsWith("+");
    String unsigned = signed ? digits.substring(1) : digits;
    String prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : radix == 16 ? "0x" : null;
    if (prefix != null && unsigned.regionMatches(true, 0, prefix, 0, 2)) {
      unsigned = unsigned.substring(2); // int("0o17", 8) is 15 to Python
      digits = (signed ? digits.substring(0, 1) : "") + unsigned;
    }
    if (radix == 10 && unsigned.length() > MAX_STR_DIGITS) {
      throw new Unloadable("an integer of " + unsigned.length() + " decimal digits: Python refuses to"
          + " convert more than " + MAX_STR_DIGITS + " (ValueError), so cloud-init cannot load it");
    }
    if (unsigned.isEmpty() || unsigned.startsWith("-") || unsigned.startsWith("+")) {
      throw notA("integer", text);
    }
    try {
      return new BigInteger(digits, radix);
    } catch (NumberFormatException e) {
      throw notA("integer", text);
    }
  }

  /** Python's {@code float(text)} for the forms PyYAML passes it. */
  private static double pyFloat(String text) {
    String t = text.strip();
    String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    double sign = t.startsWith("-") ? -1 : 1;
    switch (unsigned) {
      case "inf", "infinity":
        return sign * Double.POSITIVE_INFINITY;
      case "nan":
        return Double.NaN;
      default:
        break;
    }
    boolean digit = false;
    for (int i = 0; i < unsigned.length(); i++) {
      char c = unsigned.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.' && c != 'e' && c != '+' && c != '-') {
        throw notA("float", text); // Java would take 0x1p3, 1d, 1f; Python does not
      }
    }
    try {
      if (!digit) {
        throw new NumberFormatException();
      }
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw notA("float", text);
    }
  }

  /** The scalar is not shown: an explicitly tagged value may be anything, a password included. */
  private static Unloadable notA(String what, String text) {
    return new Unloadable("a scalar of " + text.length() + " characters tagged " + what + " that"
        + " Python's " + (what.equals("integer") ? "int()" : "float()") + " refuses, so cloud-init"
        + " cannot load it");
  }

  private static Number narrow(BigInteger n) {
    if (n.bitLength() < Integer.SIZE) {
      return n.intValue();
    }
    if (n.bitLength() < Long.SIZE) {
      return n.longValue();
    }
    return n;
  }
}
