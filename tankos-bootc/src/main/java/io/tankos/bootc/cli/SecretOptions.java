package io.tankos.bootc.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@code podman secret create}: driver and its options, labels, and whether an existing
 * secret of the same name is replaced.
 *
 * <pre>{@code
 * SecretOptions.builder().label("app", "openclaw").replace(true).build();
 * }</pre>
 *
 * <p>The default {@code file} driver stores the value base64-encoded, not encrypted; {@code pass}
 * encrypts with GPG.
 */
public final class SecretOptions {
  private final String driver;
  private final Map<String, String> driverOptions;
  private final Map<String, String> labels;
  private final boolean replace;

  private SecretOptions(Builder b) {
    this.driver = b.driver;
    this.driverOptions = Collections.unmodifiableMap(new LinkedHashMap<>(b.driverOptions));
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
    this.replace = b.replace;
  }

  /**
   * Default options: podman's default driver, no labels, no replace.
   *
   * @return the options
   */
  public static SecretOptions defaults() {
    return builder().build();
  }

  /**
   * An empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The driver ({@code --driver}).
   *
   * @return the driver
   */
  public Optional<String> driver() {
    return Optional.ofNullable(driver);
  }

  /**
   * The driver options ({@code --driver-opts k=v,…}).
   *
   * @return the options in order
   */
  public Map<String, String> driverOptions() {
    return driverOptions;
  }

  /**
   * The labels ({@code --label}).
   *
   * @return the labels in order
   */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * Whether an existing secret is replaced: {@code --replace} on podman 4.7+, otherwise {@code
   * secret rm} then {@code secret create} (not atomic: the secret is briefly absent).
   *
   * @return true to replace
   */
  public boolean replace() {
    return replace;
  }

  /** Builds {@link SecretOptions}; mutable, not thread-safe. */
  public static final class Builder {
    private String driver;
    private final Map<String, String> driverOptions = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private boolean replace;

    private Builder() {}

    /**
     * Sets the driver.
     *
     * @param driver {@code file}, {@code pass} or {@code shell}
     * @return this builder
     */
    public Builder driver(String driver) {
      this.driver = driver;
      return this;
    }

    /**
     * Adds a driver option (no {@code ,} in keys or values: podman splits on it).
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder driverOption(String key, String value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (key.contains(",") || key.contains("=") || value.contains(",")) {
        throw new IllegalArgumentException("driver option " + key + " must not contain ',' (and its key no '=')");
      }
      driverOptions.put(key, value);
      return this;
    }

    /**
     * Adds a label.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder label(String name, String value) {
      labels.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets whether an existing secret is replaced.
     *
     * @param replace true to replace
     * @return this builder
     */
    public Builder replace(boolean replace) {
      this.replace = replace;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public SecretOptions build() {
      return new SecretOptions(this);
    }
  }
}
