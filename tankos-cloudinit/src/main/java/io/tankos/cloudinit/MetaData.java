package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Raw;
import io.tankos.cloudinit.internal.Yaml11;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problems;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The NoCloud {@code meta-data} file: YAML with the required {@code instance-id} (changing it makes
 * cloud-init treat the next boot as a first boot) and usually {@code local-hostname}.
 *
 * <pre>{@code
 * MetaData md = MetaData.builder("tank-01-2026-11-26").localHostname("tank-01").build();
 * }</pre>
 */
public final class MetaData {

  /** A host name: ASCII letters and digits, dots and hyphens inside; at most 253 characters. */
  static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
  private final Map<String, Object> values;

  /**
   * Whether a text is a host name as {@link #HOSTNAME} says, read by hand (no matcher for every
   * meta-data built).
   */
  static boolean isHostname(String s) {
    int n = s.length();
    if (n == 0 || n > 253 || !isAsciiAlnum(s.charAt(0)) || !isAsciiAlnum(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (!isAsciiAlnum(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private MetaData(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * A builder.
   *
   * @param instanceId the instance id
   * @return a new builder
   */
  public static Builder builder(String instanceId) {
    return new Builder().set("instance-id", Objects.requireNonNull(instanceId, "instanceId"));
  }

  /**
   * Parses a meta-data file. Characters PyYAML refuses are refused with
   * line and column; the YAML limits of {@link CloudInitLimits} apply.
   *
   * @param source name for messages
   * @param text the YAML
   * @return the meta-data
   * @throws ParseException when it is not a YAML mapping with a string instance-id
   */
  public static MetaData parse(String source, String text) {
    Map<String, Object> values = Yaml11.loadMapping(source, text, "meta-data");
    if (!(values.get("instance-id") instanceof String)) {
      throw new ParseException(source, 0, "meta-data has no instance-id string");
    }
    return new MetaData(values);
  }

  /**
   * The instance id.
   *
   * @return the id
   */
  public String instanceId() {
    return (String) values.get("instance-id");
  }

  /**
   * The local host name.
   *
   * @return the name, if set
   */
  public Optional<String> localHostname() {
    return values.get("local-hostname") instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * Every key, in order.
   *
   * @return unmodifiable map
   */
  public Map<String, Object> values() {
    return values;
  }

  /**
   * The YAML text.
   *
   * @return the text
   */
  public String render() {
    return Yaml11.dump(values);
  }

  /** The text of {@link #render()}, as the writer made it (for encoding without a string). */
  CharSequence text() {
    return Yaml11.dumpText(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetaData m && m.render().equals(render());
  }

  @Override
  public int hashCode() {
    return render().hashCode();
  }

  @Override
  public String toString() {
    return render();
  }

  /** Mutable builder. */
  public static final class Builder {
    /** The values; handed to the meta-data a build made of strings only, then copied at the next change. */
    private Map<String, Object> values = new LinkedHashMap<>(4);
    /** Whether a built meta-data holds {@link #values}. */
    private boolean built;

    private Builder() {}

    /**
     * The local host name.
     *
     * @param name host name
     * @return this builder
     */
    public Builder localHostname(String name) {
      return set("local-hostname", name);
    }

    /**
     * Any other key.
     *
     * @param key key
     * @param value raw value
     * @return this builder
     */
    public Builder set(String key, Object value) {
      Objects.requireNonNull(key, "key");
      if (built) {
        values = new LinkedHashMap<>(values);
        built = false;
      }
      values.put(key, value);
      return this;
    }

    /**
     * Builds the meta-data.
     *
     * @return the meta-data
     * @throws io.tankos.core.validation.ValidationException for values YAML cannot carry or an
     *     empty instance id
     */
    public MetaData build() {
      Problems problems = new Problems();
      Object id = values.get("instance-id");
      if (!(id instanceof String s) || s.isBlank() || s.contains("\n")) {
        problems.add(Location.of("instance-id"), "must be a non-empty single-line string");
      }
      Object host = values.get("local-hostname");
      if (host != null && !(host instanceof String h && isHostname(h))) {
        problems.add(Location.of("local-hostname"), "'" + host + "' is not a host name");
      }
      if (onlyStrings(values)) {
        // strings are their own copies: the copy made in place reports the same and changes nothing
        Map<String, Object> sealed = Raw.copyInPlace(values, Location.ROOT, problems);
        problems.throwIfAny();
        built = true;
        return new MetaData(sealed);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> copy = (Map<String, Object>) Raw.copy(values, Location.ROOT, problems);
      problems.throwIfAny();
      return new MetaData(copy);
    }

    private static boolean onlyStrings(Map<String, Object> values) {
      for (Object v : values.values()) {
        if (!(v instanceof String)) {
          return false;
        }
      }
      return true;
    }
  }
}
