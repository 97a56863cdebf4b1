package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Python's repr and str of dates and times (the expected texts are CPython 3.11's), and sorted keys. */
class PyDateReprTest {
  @Test
  void reprAsPythonWritesIt() {
    assertThat(PyRepr.repr(LocalDate.of(2030, 1, 1))).isEqualTo("datetime.date(2030, 1, 1)");
    assertThat(PyRepr.repr(OffsetDateTime.of(2001, 12, 14, 21, 59, 43, 100_000_000, ZoneOffset.ofHours(-5))))
        .isEqualTo("datetime.datetime(2001, 12, 14, 21, 59, 43, 100000, tzinfo=datetime.timezone("
            + "datetime.timedelta(days=-1, seconds=68400)))");
    assertThat(PyRepr.repr(OffsetDateTime.of(2001, 12, 14, 0, 0, 0, 0, ZoneOffset.UTC)))
        .isEqualTo("datetime.datetime(2001, 12, 14, 0, 0, tzinfo=datetime.timezone.utc)");
    assertThat(PyRepr.repr(LocalDateTime.of(2001, 12, 14, 0, 0, 5))).isEqualTo("datetime.datetime(2001, 12, 14, 0, 0, 5)");
    assertThat(PyRepr.repr(LocalDateTime.of(2001, 12, 14, 0, 0, 0, 7_999)))
        .isEqualTo("datetime.datetime(2001, 12, 14, 0, 0, 0, 7)");
    assertThat(PyRepr.repr(OffsetDateTime.of(2001, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHoursMinutes(5, 30))))
        .endsWith("tzinfo=datetime.timezone(datetime.timedelta(seconds=19800)))");
  }

  @Test
  void strAsPythonWritesIt() {
    assertThat(PyRepr.str(LocalDate.of(33, 1, 2))).isEqualTo("0033-01-02");
    assertThat(PyRepr.str(LocalDateTime.of(2001, 12, 14, 21, 59, 43, 100_000_000)))
        .isEqualTo("2001-12-14 21:59:43.100000");
    assertThat(PyRepr.str(OffsetDateTime.of(2001, 12, 14, 21, 59, 0, 0, ZoneOffset.ofHoursMinutes(-5, -30))))
        .isEqualTo("2001-12-14 21:59:00-05:30");
    assertThat(PyRepr.str(OffsetDateTime.of(2001, 12, 14, 21, 59, 0, 0, ZoneOffset.UTC)))
        .isEqualTo("2001-12-14 21:59:00+00:00");
  }

  @Test
  void keysSortAsPythonSortsThemOrStayWherePythonCannot() {
    assertThat(PySorted.keys(List.of("zz", "\u00e9", "Zz", "ab"))).containsExactly("Zz", "ab", "zz", "\u00e9");
    assertThat(PySorted.keys(List.of(10, 9L, BigInteger.valueOf(-3), true))).containsExactly(BigInteger.valueOf(-3), true, 9L, 10);
    assertThat(PySorted.keys(List.of(LocalDate.of(2001, 1, 12), LocalDate.of(2001, 1, 2))))
        .containsExactly(LocalDate.of(2001, 1, 2), LocalDate.of(2001, 1, 12));
    OffsetDateTime early = OffsetDateTime.of(2001, 1, 2, 10, 0, 0, 0, ZoneOffset.ofHours(1));
    OffsetDateTime late = OffsetDateTime.of(2001, 1, 2, 9, 30, 0, 0, ZoneOffset.UTC);
    assertThat(PySorted.keys(List.of(late, early))).containsExactly(early, late);
    List<Object> mixed = List.of("zz", 1, "aa");
    assertThat(PySorted.keys(mixed)).isSameAs(mixed);
    List<Object> dateAndTime = List.of(LocalDateTime.of(2001, 1, 1, 0, 0), LocalDate.of(2000, 1, 1));
    assertThat(PySorted.keys(dateAndTime)).isSameAs(dateAndTime);
  }
}
