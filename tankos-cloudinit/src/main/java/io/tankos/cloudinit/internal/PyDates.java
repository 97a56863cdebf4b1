package io.tankos.cloudinit.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Dates, times and zones as Python's {@code datetime} takes them from PyYAML's {@code
 * construct_yaml_timestamp}: a field out of Python's range makes cloud-init fail to load the document
 * ({@link Unloadable}, Python's words), where {@code java.time} would throw its own exception or, for
 * year 0, accept it. Python allows zone offsets up to a minute short of 24 hours, {@code java.time}
 * 18 hours: a longer one is kept as the same instant in UTC.
 */
final class PyDates {
  private static final int MINUTES_A_DAY = 24 * 60;
  private static final int MAX_JAVA_OFFSET_MINUTES = 18 * 60;

  private PyDates() {}

  /** Python's {@code datetime.date(year, month, day)}. */
  static LocalDate date(int year, int month, int day) {
    check(year, month, day);
    return LocalDate.of(year, month, day);
  }

  /** Python's {@code datetime.datetime(year, month, day, hour, minute, second, micros)}. */
  static LocalDateTime dateTime(int year, int month, int day, int hour, int minute, int second, int nanos) {
    check(year, month, day);
    if (hour > 23) {
      throw new Unloadable("hour must be in 0..23 (Python's ValueError), so cloud-init cannot load it");
    }
    if (minute > 59) {
      throw new Unloadable("minute must be in 0..59 (Python's ValueError), so cloud-init cannot load it");
    }
    if (second > 59) {
      throw new Unloadable("second must be in 0..59 (Python's ValueError), so cloud-init cannot load it");
    }
    return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
  }

  /**
   * The signed minutes of a zone offset, as Python's {@code timezone(timedelta(hours=H,
   * minutes=M))} takes them (minutes over 59 carry into the hours).
   */
  static int offsetMinutes(boolean negative, int hours, int minutes) {
    int total = hours * 60 + minutes;
    if (total >= MINUTES_A_DAY) {
      throw new Unloadable("a zone offset of " + hours + " hours " + minutes + " minutes: Python's"
          + " timezone takes less than 24 hours (ValueError), so cloud-init cannot load it");
    }
    return negative ? -total : total;
  }

  /** The time at the offset; an offset {@code java.time} cannot hold is the same instant in UTC. */
  static OffsetDateTime at(LocalDateTime local, int offsetMinutes) {
    if (Math.abs(offsetMinutes) <= MAX_JAVA_OFFSET_MINUTES) {
      return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }
    return OffsetDateTime.of(local.minusMinutes(offsetMinutes), ZoneOffset.UTC);
  }

  private static void check(int year, int month, int day) {
    if (year < 1) {
      throw new Unloadable("year " + year + " is out of range (Python's ValueError), so cloud-init"
          + " cannot load it");
    }
    if (month < 1 || month > 12) {
      throw new Unloadable("month must be in 1..12 (Python's ValueError), so cloud-init cannot load it");
    }
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      throw new Unloadable("day is out of range for month (Python's ValueError), so cloud-init cannot"
          + " load it");
    }
  }
}
