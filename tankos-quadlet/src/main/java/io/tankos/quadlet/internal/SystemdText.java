package io.tankos.quadlet.internal;

import io.tankos.core.text.Utf8;
import io.tankos.quadlet.SystemdValue;

/**
 * Turns a {@link SystemdValue} into unit-file text for a place where systemd expands specifiers and,
 * on command lines, environment variables. Returns the reason when it cannot.
 */
public final class SystemdText {
  /** Where a value ends up. */
  public enum Place {
    /** A command line systemd runs (every Quadlet-section value, {@code ExecStart…=}): % and $ expand. */
    COMMAND_LINE,
    /** A systemd setting with specifier expansion but no {@code $} substitution. */
    SETTING,
    /** An {@code [Install]} key that Quadlet applies itself: no expansion at all. */
    INSTALL
  }

  /** Specifier letters systemd knows (systemd.unit(5) "Specifiers"). */
  private static final String SPECIFIERS = "aAbBCdEfgGhHiIjJlLmMnNoPpqsStTuUvVwWyY%";

  private SystemdText() {}

  /** The encoded text, or the reason it cannot be written. */
  public record Result(String text, String problem) {
    static Result ok(String text) {
      return new Result(text, null);
    }

    static Result fail(String problem) {
      return new Result(null, problem);
    }

    /**
     * Whether encoding failed.
     *
     * @return true when {@link #problem()} is set
     */
    public boolean failed() {
      return problem != null;
    }
  }

  /**
   * Escapes a value for a place.
   *
   * @param value the value
   * @param place where it goes
   * @return the text, or the problem
   */
  public static Result escape(SystemdValue value, Place place) {
    String[] problem = new String[1];
    String t = escape(value.text(), value.expansion(), place, problem);
    return t != null ? Result.ok(t) : Result.fail(problem[0]);
  }

  /**
   * The text {@link #escape} writes for a value, without a result: null where it fails ({@link
   * #escape} then tells why).
   *
   * @param text the value's text
   * @param expansion the value's expansion
   * @param place where it goes
   * @return the text, or null
   */
  public static String escaped(String text, SystemdValue.Expansion expansion, Place place) {
    return escape(text, expansion, place, null);
  }

  /**
   * {@link #escaped(String, SystemdValue.Expansion, Place)} of a value.
   *
   * @param value the value
   * @param place where it goes
   * @return the text, or null
   */
  public static String escaped(SystemdValue value, Place place) {
    return escape(value.text(), value.expansion(), place, null);
  }

  /** The text, or null with the reason in {@code problem[0]} when {@code problem} is given. */
  private static String escape(String t, SystemdValue.Expansion expansion, Place place, String[] problem) {
    boolean special = false;
    boolean surrogate = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      special |= c == '%' || c == '$';
      surrogate |= Character.isSurrogate(c);
      if (c >= 0x80 && c <= 0x9F) {
        return fail(problem, "value cannot contain the C1 control character U+"
            + String.format("%04X", (int) c) + " (at index " + i + ")");
      }
      if (c == 0) {
        return fail(problem, "value cannot contain NUL (at index " + i + ")");
      }
    }
    int lone = surrogate ? Utf8.firstLoneSurrogate(t) : -1;
    if (lone >= 0) { // the unit file is UTF-8: it would hold '?' in its place
      return fail(problem, "value cannot contain an unpaired surrogate (at index " + lone + ")");
    }
    if (!special) {
      return t; // nothing to escape or to check: the text as it is
    }
    StringBuilder out = null; // made at the first character written otherwise: most texts stay as they are
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '%') {
        if (place == Place.INSTALL) {
          return fail(problem, "'%' cannot be used here: Quadlet applies [Install] itself and does not "
              + "expand specifiers (at index " + i + ")");
        }
        if (expansion == SystemdValue.Expansion.LITERAL) {
          out = grown(out, t, i).append("%%");
        } else {
          if (i + 1 >= t.length() || SPECIFIERS.indexOf(t.charAt(i + 1)) < 0) {
            return fail(problem, "unknown systemd specifier '%"
                + (i + 1 < t.length() ? String.valueOf(t.charAt(i + 1)) : "")
                + "' (at index " + i + "; write %% for a literal percent sign)");
          }
          if (out != null) {
            out.append(c).append(t.charAt(i + 1));
          }
          i++;
        }
      } else if (c == '$' && place == Place.COMMAND_LINE
          && expansion != SystemdValue.Expansion.SPECIFIERS_AND_VARIABLES) {
        out = grown(out, t, i).append("$$");
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? t : out.toString();
  }

  /** The builder, made at index i of t with the text before it when there is none yet. */
  private static StringBuilder grown(StringBuilder out, String t, int i) {
    return out != null ? out : new StringBuilder(t.length() + 4).append(t, 0, i);
  }

  /** Null, with {@code message} in {@code problem[0]} when {@code problem} is given. */
  static String fail(String[] problem, String message) {
    if (problem != null) {
      problem[0] = message;
    }
    return null;
  }
}
