package io.tankos.quadlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Go durations as Podman reads them, long ones included. */
class DurationsTest {
  @Test
  void goDurationsAreReadWithoutOverflowingTheRegexStack() {
    assertThat(Durations.goProblem("1m30s")).isNull();
    assertThat(Durations.goProblem("0")).isNull();
    assertThat(Durations.goProblem("1ms")).isNull();
    assertThat(Durations.goProblem("-1s")).isEqualTo("duration must not be negative");
    assertThat(Durations.goProblem("5")).contains("is not a duration Podman reads");
    // Java's regex recursed once per part: 30,000 parts overflowed its stack
    assertThat(Durations.goProblem("1s".repeat(30_000))).isNull();
    assertThat(Durations.goProblem("1s".repeat(30_000) + "x")).isNotNull();
  }
}
