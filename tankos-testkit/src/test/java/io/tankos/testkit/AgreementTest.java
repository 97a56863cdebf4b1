package io.tankos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EveryCase.class)
class AgreementTest {
  private static final Gen<String> DIGITS_OR_NOT = Gen.strings(Chars.of("0123456789x"), 0, 4);
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  @Test
  void checksThatAgreeOnEveryCasePass() {
    AtomicInteger asked = new AtomicInteger();
    Agreement.of("digits", DIGITS_OR_NOT).tries(2000).check(s -> DIGITS.matcher(s).matches(), s -> {
      asked.incrementAndGet();
      return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    });
    assertThat(asked).hasValue(2000);
  }

  @Test
  void aDisagreementNamesTheCaseAndBothAnswers() {
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> Agreement.of("digits", DIGITS_OR_NOT).tries(2000)
            .check(s -> DIGITS.matcher(s).matches(), s -> s.chars().allMatch(Character::isDigit)));

    assertThat(e.getMessage())
        .startsWith("digits failed at case ")
        .contains("-Dtankos.case=")
        .endsWith("value: "); // the empty text is where the two differ
    assertThat(e.getCause()).hasMessage("expected refused but was accepted");
  }

  @Test
  void aGeneratorThatRarelyGivesOneAnswerIsUnfair() {
    assertThatThrownBy(() -> Agreement.of("digits", DIGITS_OR_NOT).tries(2000).eachAnswerAtLeast(0.5)
            .check(s -> DIGITS.matcher(s).matches(), s -> DIGITS.matcher(s).matches()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("digits: the generator is unfair")
        .hasMessageContaining("each should be at least 1000");
    assertThatThrownBy(() -> Agreement.of("always", Gen.constant("1")).tries(50)
            .check(s -> true, s -> true))
        .hasMessageContaining("50 of 50 cases accepted and 0 refused");
  }

  @Test
  void oneChosenCaseIsCheckedWithoutCountingAnswers() {
    System.setProperty("tankos.case", "3");
    AtomicInteger asked = new AtomicInteger();
    Agreement.of("always", Gen.constant("1")).tries(50).check(s -> true, s -> asked.incrementAndGet() > 0);
    assertThat(asked).hasValue(1);
  }

  @Test
  void refusesSharesAndCountsThatMeanNothing() {
    assertThatThrownBy(() -> Agreement.of("x", DIGITS_OR_NOT).tries(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Agreement.of("x", DIGITS_OR_NOT).eachAnswerAtLeast(0.6))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Agreement.of("x", DIGITS_OR_NOT).eachAnswerAtLeast(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
