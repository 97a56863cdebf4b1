package io.tankos.cloudinit.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Python's {@code repr} of the dates and times PyYAML makes of YAML timestamps, as cloud-init's
 * schema messages show them: {@code datetime.date(2030, 1, 1)}, {@code datetime.datetime(2001, 12,
 * 14, 21, 59, 43, 100000, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))}. A zero
 * microsecond is left out, and then a zero second; a zero offset is {@code datetime.timezone.utc};
 * a negative one is a day less and the seconds after it ({@code datetime.timedelta(days=-1,
 * seconds=68400)} for -05:00). {@link #str} is Python's {@code str}, the ISO form with a space.
 */
final class PyDateRepr {
  private PyDateRepr() {}

  /**
   * The repr of a date or time.
   *
   * @param value a {@link LocalDate}, {@link LocalDateTime} or {@link OffsetDateTime}
   * @return the repr, or null for another value
   */
  static String of(Object value) {
    if (value instanceof LocalDate d) {
      return "datetime.date(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
    }
    if (value instanceof LocalDateTime t) {
      return dateTime(t, null);
    }
    if (value instanceof OffsetDateTime t) {
      return dateTime(t.toLocalDateTime(), timezone(t.getOffset().getTotalSeconds()));
    }
    return null;
  }

  /**
   * Python's {@code str} of a date or time, as a key in an error's path shows it: {@code
   * 2030-01-01}, {@code 2001-12-14 21:59:43.100000+02:00}.
   *
   * @param value a {@link LocalDate}, {@link LocalDateTime} or {@link OffsetDateTime}
   * @return the text, or null for another value
   */
  static String str(Object value) {
    if (value instanceof LocalDate d) {
      return isoDate(d);
    }
    if (value instanceof LocalDateTime t) {
      return isoDateTime(t);
    }
    if (value instanceof OffsetDateTime t) {
      int offset = t.getOffset().getTotalSeconds();
      int minutes = Math.abs(offset) / 60;
      return isoDateTime(t.toLocalDateTime()) + (offset < 0 ? '-' : '+')
          + String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
    return null;
  }

  private static String isoDate(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private static String isoDateTime(LocalDateTime t) {
    int micros = t.getNano() / 1000;
    return isoDate(t.toLocalDate()) + String.format(Locale.ROOT, " %02d:%02d:%02d", t.getHour(),
        t.getMinute(), t.getSecond()) + (micros != 0 ? String.format(Locale.ROOT, ".%06d", micros) : "");
  }

  private static String dateTime(LocalDateTime t, String tzinfo) {
    StringBuilder out = new StringBuilder("datetime.datetime(").append(t.getYear()).append(", ")
        .append(t.getMonthValue()).append(", ").append(t.getDayOfMonth()).append(", ")
        .append(t.getHour()).append(", ").append(t.getMinute());
    int micros = t.getNano() / 1000;
    if (micros != 0) {
      out.append(", ").append(t.getSecond()).append(", ").append(micros);
    } else if (t.getSecond() != 0) {
      out.append(", ").append(t.getSecond());
    }
    if (tzinfo != null) {
      out.append(", tzinfo=").append(tzinfo);
    }
    return out.append(')').toString();
  }

  private static String timezone(int offsetSeconds) {
    if (offsetSeconds == 0) {
      return "datetime.timezone.utc";
    }
    // timedelta keeps days and 0 <= seconds < 86400
    int days = Math.floorDiv(offsetSeconds, 86_400);
    int seconds = Math.floorMod(offsetSeconds, 86_400);
    return "datetime.timezone(datetime.timedelta(" + (days != 0 ? "days=" + days + ", " : "")
        + "seconds=" + seconds + "))";
  }
}
