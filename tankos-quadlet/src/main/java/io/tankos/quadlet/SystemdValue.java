package io.tankos.quadlet;

import java.util.Objects;

/**
 * A value together with how systemd may expand it in the generated unit. Plain {@code String}
 * arguments of the builders are {@link #literal literal}: a {@code %} is written as {@code %%} and,
 * where the value reaches a command line, a {@code $} as {@code $$}. Use
 * {@link #withSpecifiers(String)} to let systemd expand {@code %h}, {@code %U}, {@code %t}, … and
 * {@link #expanded(String)} to let it also substitute {@code $VAR}.
 *
 * <pre>{@code
 * ContainerUnit.builder("openclaw")
 *     .addVolume(SystemdValue.withSpecifiers("%h/.openclaw:/home/node/.openclaw:Z"))
 *     .environment("PRICE", "100%")          // written as PRICE=100%%
 *     .build();
 * }</pre>
 */
public final class SystemdValue {
  /** How systemd may expand a value. */
  public enum Expansion {
    /** Nothing: {@code %} and {@code $} are escaped. */
    LITERAL,
    /** {@code %} specifiers are expanded; {@code $} is escaped. */
    SPECIFIERS,
    /** {@code %} specifiers and {@code $VAR}/{@code ${VAR}} are expanded by systemd. */
    SPECIFIERS_AND_VARIABLES
  }

  private final String text;
  private final Expansion expansion;

  private SystemdValue(String text, Expansion expansion) {
    this.text = Objects.requireNonNull(text, "text");
    this.expansion = expansion;
  }

  /**
   * A literal value: the program receives exactly this text.
   *
   * @param text the text
   * @return the value
   */
  public static SystemdValue literal(String text) {
    return new SystemdValue(text, Expansion.LITERAL);
  }

  /**
   * A value whose {@code %} specifiers systemd expands ({@code %h}, {@code %t}, {@code %U}, …; a literal
   * percent sign is {@code %%}).
   *
   * @param text the text with specifiers
   * @return the value
   */
  public static SystemdValue withSpecifiers(String text) {
    return new SystemdValue(text, Expansion.SPECIFIERS);
  }

  /**
   * A value whose {@code %} specifiers and {@code $VAR} references systemd expands (a literal dollar
   * is {@code $$}).
   *
   * @param text the text
   * @return the value
   */
  public static SystemdValue expanded(String text) {
    return new SystemdValue(text, Expansion.SPECIFIERS_AND_VARIABLES);
  }

  /**
   * The text as given.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * How systemd may expand it.
   *
   * @return the expansion
   */
  public Expansion expansion() {
    return expansion;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SystemdValue v && v.text.equals(text) && v.expansion == expansion;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, expansion);
  }

  @Override
  public String toString() {
    return expansion == Expansion.LITERAL ? text : expansion + ":" + text;
  }
}
