package io.tankos.bootc.containerfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@code RUN --mount=...} value: a type and its options in order. Option values must be plain
 * (no comma, quote, backslash, {@code $} or blank): BuildKit reads the value as a CSV record and
 * Buildah splits it at every comma, so anything else would be read differently by one of them.
 *
 * <pre>{@code
 * RunMount.cache("/var/cache/dnf").option("sharing", "locked");
 * RunMount.secret("regcreds").option("target", "/run/secrets/auth.json");
 * RunMount.bind("/mnt/etc").option("from", "builder").option("source", "/etc").flag("ro");
 * }</pre>
 */
public final class RunMount {
  /** One option: {@code key=value}, or a bare {@code key} when the value is null. */
  record Option(String key, String value) {}

  private final List<Option> options;

  private RunMount(List<Option> options) {
    this.options = Collections.unmodifiableList(new ArrayList<>(options));
  }

  private static RunMount typed(String type, String target) {
    List<Option> o = new ArrayList<>();
    o.add(new Option("type", type));
    if (target != null) {
      o.add(new Option("target", target));
    }
    return new RunMount(o);
  }

  /**
   * {@code type=cache,target=...}.
   *
   * @param target the mount point
   * @return the mount
   */
  public static RunMount cache(String target) {
    return typed("cache", target);
  }

  /**
   * {@code type=bind,target=...}.
   *
   * @param target the mount point
   * @return the mount
   */
  public static RunMount bind(String target) {
    return typed("bind", target);
  }

  /**
   * {@code type=tmpfs,target=...}.
   *
   * @param target the mount point
   * @return the mount
   */
  public static RunMount tmpfs(String target) {
    return typed("tmpfs", target);
  }

  /**
   * {@code type=secret,id=...} (mounted at {@code /run/secrets/<id>} unless a target is given).
   *
   * @param id the secret id
   * @return the mount
   */
  public static RunMount secret(String id) {
    return typed("secret", null).option("id", id);
  }

  /**
   * {@code type=ssh} with the default agent.
   *
   * @return the mount
   */
  public static RunMount ssh() {
    return typed("ssh", null);
  }

  /**
   * Parses a {@code --mount} value as written (after flag extraction).
   *
   * @param value e.g. {@code type=cache,target=/x}
   * @return the mount
   */
  public static RunMount parse(String value) {
    List<Option> o = new ArrayList<>();
    for (String field : value.split(",", -1)) {
      int eq = field.indexOf('=');
      o.add(eq < 0 ? new Option(field, null) : new Option(field.substring(0, eq), field.substring(eq + 1)));
    }
    return new RunMount(o);
  }

  /**
   * A copy with {@code key=value} added.
   *
   * @param key the option name, e.g. {@code sharing}
   * @param value the value
   * @return the new mount
   */
  public RunMount option(String key, String value) {
    List<Option> o = new ArrayList<>(options);
    o.add(new Option(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")));
    return new RunMount(o);
  }

  /**
   * A copy with a bare option ({@code ro}, {@code rw}, {@code required}) added.
   *
   * @param key the option
   * @return the new mount
   */
  public RunMount flag(String key) {
    List<Option> o = new ArrayList<>(options);
    o.add(new Option(Objects.requireNonNull(key, "key"), null));
    return new RunMount(o);
  }

  /**
   * The mount type ({@code bind} when not given).
   *
   * @return the type
   */
  public String type() {
    return value("type").orElse("bind").toLowerCase(Locale.ROOT);
  }

  /**
   * The mount point ({@code target}, {@code dst} or {@code destination}).
   *
   * @return the target, if given
   */
  public java.util.Optional<String> target() {
    for (Option op : options) {
      String k = op.key().toLowerCase(Locale.ROOT);
      if ((k.equals("target") || k.equals("dst") || k.equals("destination")) && op.value() != null) {
        return java.util.Optional.of(op.value());
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The value of an option.
   *
   * @param key the option name
   * @return the value, if the option is given with one
   */
  public java.util.Optional<String> value(String key) {
    for (Option op : options) {
      if (op.key().equalsIgnoreCase(key) && op.value() != null) {
        return java.util.Optional.of(op.value());
      }
    }
    return java.util.Optional.empty();
  }

  List<Option> options() {
    return options;
  }

  /** A copy with an option renamed (used to rewrite {@code size} for Buildah). */
  RunMount renamed(String from, String to) {
    List<Option> o = new ArrayList<>();
    for (Option op : options) {
      o.add(op.key().equals(from) ? new Option(to, op.value()) : op);
    }
    return new RunMount(o);
  }

  /**
   * The {@code --mount} value.
   *
   * @return e.g. {@code type=cache,target=/var/cache/dnf}
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Option op : options) {
      b.append(b.length() == 0 ? "" : ",").append(op.key());
      if (op.value() != null) {
        b.append('=').append(op.value());
      }
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RunMount m && m.options.equals(options);
  }

  @Override
  public int hashCode() {
    return options.hashCode();
  }
}
