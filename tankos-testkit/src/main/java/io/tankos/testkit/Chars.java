package io.tankos.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An alphabet for generated strings: a union of parts, each a list of code points or a range. A
 * code point is drawn by choosing a part, every part equally likely, then a code point of it; one
 * time in sixteen that is the first or the last of the part.
 *
 * <pre>{@code
 * Chars hostile = Chars.of(" \t\n\"'\\$%;").plus(Chars.range('a', 'c'));
 * }</pre>
 */
public final class Chars {
  private final List<Part> parts;

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
    Part part = parts.get(random.nextInt(parts.size()));
    int pick = random.nextInt(32);
    if (pick == 0) {
      return part.get(0);
    }
    if (pick == 1) {
      return part.get(part.size() - 1);
    }
    return part.get(random.nextInt(part.size()));
  }
}
