package io.tankos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.TestAbortedException;

@ExtendWith(EveryCase.class)
class SeededTest {
  private static final Gen<Integer> NUMBERS = Gen.ints(0, 1_000_000);
  @Test
  void theSameBaseSeedGivesTheSameCasesAndPropertiesDiffer() {
    List<Integer> a = Seeded.cases("a", NUMBERS).tries(50).values();
    assertThat(Seeded.cases("a", NUMBERS).tries(50).values()).isEqualTo(a);
    assertThat(Seeded.cases("a", NUMBERS).tries(80).values()).startsWith(a.toArray(Integer[]::new));
    assertThat(Seeded.cases("b", NUMBERS).tries(50).values()).isNotEqualTo(a);
    assertThat(new java.util.HashSet<>(a)).hasSizeGreaterThan(30);
  }

  @Test
  void theReportedCaseSeedDrawsTheCaseValue() {
    Seeded<Integer> cases = Seeded.cases("a", NUMBERS).tries(20);
    List<Integer> values = cases.values();
    for (int i = 0; i < values.size(); i++) {
      assertThat(NUMBERS.next(new SplittableRandom(cases.caseSeed(i)))).isEqualTo(values.get(i));
    }
  }

  @Test
  void aFailureNamesThePropertyTheCaseAndHowToRerunIt() {
    Seeded<Integer> cases = Seeded.cases("sevenIsFine", Gen.ints(0, 1_000_000)).tries(30);
    int seventh = cases.values().get(7);
    AtomicInteger runs = new AtomicInteger();

    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                cases.check(
                    v -> {
                      runs.incrementAndGet();
                      assertThat(v).isNotEqualTo(seventh);
                    }));

    assertThat(runs).hasValue(8); // stops at the first failure
    assertThat(e.getMessage())
        .startsWith("sevenIsFine failed at case 7 of 30 (case seed 0x" + Long.toHexString(cases.caseSeed(7)))
        .contains("-Dtankos.seed=" + Seeded.baseSeed() + " -Dtankos.case=7")
        .contains("value: " + seventh);
    assertThat(e.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void aThrowingGeneratorIsReportedWithItsCase() {
    Gen<String> broken = r -> {
      throw new IllegalStateException("no");
    };
    assertThatThrownBy(() -> Seeded.cases("p", broken).tries(3).check(v -> {}))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("p failed at case 0 of 3")
        .hasMessageContaining("the generator threw")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void valuesAreShownWithControlCharactersEscaped() {
    assertThatThrownBy(() -> Seeded.cases("p", Gen.constant("a\nb\u0000\u2028")).tries(1).check(v -> {
      throw new AssertionError("x");
    })).hasMessageEndingWith("value: a\\u000ab\\u0000\\u2028");
  }

  @Test
  void anAbortedAssumptionAbortsTheTestUnwrapped() {
    assertThatThrownBy(() -> Seeded.cases("p", NUMBERS).check(v -> Assumptions.abort("no tool")))
        .isExactlyInstanceOf(TestAbortedException.class)
        .hasMessage("no tool");
  }

  @Test
  void dynamicTestsAreOnePerCaseAndFailLikeTheLoop() {
    Seeded<Integer> cases = Seeded.cases("p", NUMBERS).tries(12);
    List<DynamicTest> tests = cases.dynamicTests(v -> assertThat(v).isNotEqualTo(cases.values().get(3))).toList();

    assertThat(tests).extracting(DynamicTest::getDisplayName).hasSize(12).startsWith("case 0", "case 1");
    assertThatThrownBy(() -> tests.get(3).getExecutable().execute())
        .hasMessageContaining("p failed at case 3 of 12");
    for (int i : new int[] {0, 2, 4, 11}) {
      passes(tests.get(i));
    }
  }

  @Test
  void theSeedAndCaseCanBeChosenWithSystemProperties() {
    long base = Seeded.baseSeed();
    List<Integer> fixed = Seeded.cases("p", NUMBERS).tries(10).values();
    withProperty("tankos.seed", "0x2a", () -> {
      assertThat(Seeded.baseSeed()).isEqualTo(42L);
      assertThat(Seeded.cases("p", NUMBERS).tries(10).values()).isNotEqualTo(fixed);
      return null;
    });
    withProperty("tankos.case", "4", () -> {
      AtomicInteger seen = new AtomicInteger(-1);
      Seeded.cases("p", NUMBERS).tries(10).check(seen::set);
      assertThat(seen).hasValue(fixed.get(4));
      assertThat(Seeded.cases("p", NUMBERS).tries(10).dynamicTests(v -> {})).hasSize(1);
      assertThat(Seeded.cases("p", NUMBERS).tries(3).dynamicTests(v -> {})).isEmpty();
      return null;
    });
    assertThat(Seeded.baseSeed()).isEqualTo(base);
  }

  private static void passes(DynamicTest test) {
    try {
      test.getExecutable().execute();
    } catch (Throwable t) {
      throw new AssertionError(test.getDisplayName() + " should pass", t);
    }
  }

  private static void withProperty(String key, String value, Supplier<Void> body) {
    String old = System.getProperty(key);
    System.setProperty(key, value);
    try {
      body.get();
    } finally {
      if (old == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, old);
      }
    }
  }
}
