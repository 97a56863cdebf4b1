package io.tankos.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An alphabet for generated strings: a union of parts, each a list of code points or a range.
 * Every code point of the union is equally likely, except that one time in sixteen the first or
 * the last code point of a part (each part equally likely) is drawn, so that small parts and the
 * ends of ranges turn up.
 *
 * <pre>{@code
 * Chars hostile = Chars.of(" \t\n\"'\\$%;").plus(Chars.range('a', 'c'));
 * }</pre>
 */
public final class Chars {
  private final List<Part> parts;
  private final int size;

  /** A list of code points, or the range {@code lo..hi} when {@code points} is null. */
  private record Part(int lo, int hi, int[] points) {
    int size() {
      return points == null ? hi - lo + 1 : points.length;
    }

    int get(int i) {
      return points == null ? lo + i : points[i];
    }
  }

  private Chars(List<Part> parts) {
    this.parts = List.copyOf(parts);
    this.size = parts.stream().mapToInt(Part::size).sum();
  }

  /**
   * The code points of a string, as one part.
   *
   * @param chars the characters, at least one
   * @return the alphabet
   */
  public static Chars of(String chars) {
    int[] points = chars.codePoints().toArray();
    if (points.length == 0) {
      throw new IllegalArgumentException("empty alphabet");
    }
    return new Chars(List.of(new Part(0, 0, points)));
  }

  /**
   * The code points {@code lo} to {@code hi}, both included, as one part.
   *
   * @param lo the first code point
   * @param hi the last code point
   * @return the alphabet
   */
  public static Chars range(int lo, int hi) {
    if (lo < 0 || lo > hi || hi > Character.MAX_CODE_POINT) {
      throw new IllegalArgumentException("bad range " + lo + ".." + hi);
    }
    return new Chars(List.of(new Part(lo, hi, null)));
  }

  /**
   * Every UTF-16 code unit, {@code U+0000} to {@code U+FFFF}, lone surrogates included.
   *
   * @return the alphabet
   */
  public static Chars any() {
    return range(Character.MIN_VALUE, Character.MAX_VALUE);
  }

  /**
   * The characters of the Basic Multilingual Plane that are not surrogates, noncharacters ({@code
   * U+FDD0..U+FDEF}, {@code U+FFFE}, {@code U+FFFF}) or for private use ({@code U+E000..U+F8FF}).
   *
   * @return the alphabet
   */
  public static Chars unicode() {
    return range(0x0000, 0xD7FF).plus(range(0xF900, 0xFDCF)).plus(range(0xFDF0, 0xFFFD));
  }

  /**
   * {@code a-z}, {@code A-Z} and {@code 0-9}, as three parts.
   *
   * @return the alphabet
   */
  public static Chars alphaNumeric() {
    return range('a', 'z').plus(range('A', 'Z')).plus(range('0', '9'));
  }

  /**
   * This alphabet with another one's parts added.
   *
   * @param other the other alphabet
   * @return the union
   */
  public Chars plus(Chars other) {
    List<Part> all = new ArrayList<>(parts);
    all.addAll(other.parts);
    return new Chars(all);
  }

  /**
   * Draws one code point.
   *
   * @param random the case's randomness
   * @return the code point
   */
  public int next(SplittableRandom random) {
    int pick = random.nextInt(32);
    if (pick < 2) {
      Part part = parts.get(random.nextInt(parts.size()));
      return pick == 0 ? part.get(0) : part.get(part.size() - 1);
    }
    int k = random.nextInt(size);
    for (Part part : parts) {
      if (k < part.size()) {
        return part.get(k);
      }
      k -= part.size();
    }
    throw new AssertionError("unreachable");
  }
}
