package io.tankos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The generators stay within their bounds and reach their edges. */
class GenTest {
  private final SplittableRandom random = new SplittableRandom(7);

  private <T> List<T> draw(Gen<T> gen, int count) {
    return gen.list(count, count).next(random);
  }

  @Test
  void stringsReachEmptyFullLengthAndTheAlphabetsEnds() {
    List<String> drawn = draw(Gen.strings(Chars.of("xyz").plus(Chars.range(0x1000, 0x1fff)), 0, 12), 2000);

    assertThat(drawn).contains("").anyMatch(s -> s.codePointCount(0, s.length()) == 12);
    assertThat(drawn).allMatch(s -> s.codePointCount(0, s.length()) <= 12);
    Set<Integer> used = new HashSet<>();
    drawn.forEach(s -> s.codePoints().forEach(used::add));
    assertThat(used).contains((int) 'x', (int) 'y', (int) 'z', 0x1000, 0x1fff);
    assertThat(used).allMatch(c -> "xyz".indexOf(c) >= 0 || c >= 0x1000 && c <= 0x1fff);
    // every code point of the union is equally likely, but the ends of each part turn up often
    long xyz = drawn.stream().flatMapToInt(String::codePoints).filter(c -> c < 0x1000).count();
    long all = drawn.stream().flatMapToInt(String::codePoints).count();
    assertThat((double) xyz / all).isBetween(0.02, 0.05);
  }

  @Test
  void unicodeLeavesOutSurrogatesNoncharactersAndPrivateUse() {
    List<String> drawn = draw(Gen.strings(Chars.unicode(), 20, 20), 2000);
    assertThat(drawn)
        .allMatch(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)
            || c >= 0xE000 && c <= 0xF8FF || c >= 0xFDD0 && c <= 0xFDEF || c >= 0xFFFE));
    assertThat(String.join("", drawn)).contains("\u0000", "\uFFFD", "\uD7FF");
  }

  @Test
  void codePointsBeyondTheBmpAreWholeCharacters() {
    List<String> drawn = draw(Gen.strings(Chars.of("a😀"), 1, 4), 200);
    assertThat(drawn).allMatch(s -> s.replace("😀", "").replace("a", "").isEmpty());
  }

  @Test
  void intsStayInRangeAndReachTheEdgesAndZero() {
    List<Integer> drawn = draw(Gen.ints(-5, 100_000), 1000);
    assertThat(drawn).allMatch(i -> i >= -5 && i <= 100_000).contains(-5, -4, 0, 99_999, 100_000);
    assertThat(drawn).anyMatch(i -> i > 50_000);
    assertThat(draw(Gen.ints(3, 3), 5)).containsOnly(3);
    assertThatThrownBy(() -> Gen.ints(2, 1).next(random)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longsReachTheirEdges() {
    assertThat(draw(Gen.longs(), 1000)).contains(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L);
  }

  @Test
  void listsReachEmptyAndFullSize() {
    List<List<Integer>> drawn = draw(Gen.ints(0, 9).list(0, 6), 500);
    assertThat(drawn).contains(List.of()).anyMatch(l -> l.size() == 6).allMatch(l -> l.size() <= 6);
    assertThatThrownBy(() -> drawn.get(0).add(1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void frequencyFollowsTheWeights() {
    List<String> drawn =
        draw(Gen.frequency(Gen.weighted(3, Gen.constant("a")), Gen.weighted(1, Gen.constant("b"))), 4000);
    long a = drawn.stream().filter("a"::equals).count();
    assertThat(a).isBetween(2800L, 3200L);
    assertThatThrownBy(() -> Gen.weighted(0, Gen.constant("x"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneOfAndOfChooseEveryAlternative() {
    assertThat(draw(Gen.oneOf(Gen.constant(1), Gen.ints(5, 6)), 200)).containsOnly(1, 5, 6);
    assertThat(draw(Gen.of("a", "b", "c"), 200)).containsOnly("a", "b", "c");
    assertThat(draw(Gen.of("x", null), 200)).containsOnly("x", null);
  }

  @Test
  void filterRedrawsAndGivesUpOnAnImpossibleTest() {
    assertThat(draw(Gen.ints(0, 9).filter(i -> i % 2 == 0), 200)).allMatch(i -> i % 2 == 0);
    assertThatThrownBy(() -> Gen.ints(0, 9).filter(i -> i > 9).next(random))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("10000 values in a row");
  }

  @Test
  void uniqueListsAndMapsHaveDistinctKeysInDrawOrder() {
    List<List<String>> lists = draw(Gen.of("a", "b", "c", "d").uniqueList(0, 4, s -> s), 300);
    assertThat(lists).allMatch(l -> new HashSet<>(l).size() == l.size()).anyMatch(l -> l.size() == 4);

    Map<String, String> map =
        Gen.maps(Gen.strings(Chars.range('a', 'z'), 1, 3), Gen.of("v", null), 8, 8).next(random);
    assertThat(map).hasSize(8).containsValue(null);
    assertThat(Gen.bytes(64, 64).next(random)).hasSize(64);
  }
}
