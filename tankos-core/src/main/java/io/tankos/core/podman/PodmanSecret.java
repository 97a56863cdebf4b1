package io.tankos.core.podman;


import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Podman secret specification: name, driver, driver options and labels (the data itself is never
 * held here). Quadlet's {@code Secret=} mounts and the {@code podman secret create} wrapper both take it,
 * so a name is checked by one rule wherever it is used.
 *
 * <pre>{@code
 * PodmanSecret key = PodmanSecret.builder("openclaw-api-key").label("app", "openclaw").build();
 * SecretMount env = SecretMount.env(key, "OPENCLAW_API_KEY");  // in a Quadlet unit
 * podman.createSecret(key, SecretValue.of("api_key", value), true);  // in the user's store
 * }</pre>
 */
public final class PodmanSecret {
  private final String name;
  private final SecretDriver driver;
  private final Map<String, String> driverOptions;
  private final Map<String, String> labels;

  private PodmanSecret(Builder b) {
    this.name = b.name;
    this.driver = b.driver;
    this.driverOptions = Collections.unmodifiableMap(new LinkedHashMap<>(b.driverOptions));
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
  }

  /**
   * A builder.
   *
   * @param name the secret name: up to 253 of {@code [a-zA-Z0-9_.-]}, starting with a letter or
   *     digit, not ending with {@code -} or {@code .}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Whether a name is a valid Podman secret name.
   *
   * @param name a name
   * @return true when Podman accepts it
   */
  public static boolean isValidName(String name) {
    return SecretNames.problem(name) == null;
  }

  /**
   * Why a name is not a valid Podman secret name: up to 253 of {@code [a-zA-Z0-9_.-]}, starting with a
   * letter or digit (so never with {@code -}, which a tool would read as an option), not ending with
   * {@code -} or {@code .}.
   *
   * @param name a name
   * @return the reason, or empty when Podman accepts the name
   */
  public static Optional<String> nameProblem(String name) {
    return Optional.ofNullable(SecretNames.problem(Objects.requireNonNull(name, "name")));
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The driver.
   *
   * @return the driver
   */
  public SecretDriver driver() {
    return driver;
  }

  /**
   * Driver options in insertion order.
   *
   * @return unmodifiable map
   */
  public Map<String, String> driverOptions() {
    return driverOptions;
  }

  /**
   * Labels in insertion order.
   *
   * @return unmodifiable map
   */
  public Map<String, String> labels() {
    return labels;
  }




  @Override
  public boolean equals(Object o) {
    return o instanceof PodmanSecret s
        && s.name.equals(name)
        && s.driver == driver
        && s.driverOptions.equals(driverOptions)
        && s.labels.equals(labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, driver, driverOptions, labels);
  }

  @Override
  public String toString() {
    return "PodmanSecret[" + name + ", driver=" + driver.token() + "]";
  }

  /** Builder; not thread-safe. */
  public static final class Builder {
    private final String name;
    private SecretDriver driver = SecretDriver.FILE;
    private final Map<String, String> driverOptions = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * The driver (default {@code file}).
     *
     * @param d the driver
     * @return this builder
     */
    public Builder driver(SecretDriver d) {
      this.driver = Objects.requireNonNull(d, "driver");
      return this;
    }

    /**
     * A driver option ({@code --driver-opts KEY=VALUE}).
     *
     * @param key the option
     * @param value the value
     * @return this builder
     */
    public Builder driverOption(String key, String value) {
      driverOptions.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
      return this;
    }

    /**
     * A label.
     *
     * @param key the label key
     * @param value the value
     * @return this builder
     */
    public Builder label(String key, String value) {
      labels.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
      return this;
    }

    /**
     * Builds the specification.
     *
     * @return the secret
     * @throws io.tankos.core.validation.ValidationException for an invalid name, option or label
     */
    public PodmanSecret build() {
      Problems p = new Problems();
      Location at = Location.of("secret[" + name + "]");
      String problem = SecretNames.problem(name);
      if (problem != null) {
        p.add(at.child("name"), problem);
      }
      driverOptions.forEach((k, v) -> {
        if (k.isEmpty() || k.contains("=") || k.contains(",")) {
          p.add(at.child("driverOptions").child(k.isEmpty() ? "(empty)" : k),
              "option name must be non-empty without '=' or ','");
        }
        if (v.contains(",")) {
          p.add(at.child("driverOptions").child(k.isEmpty() ? "(empty)" : k),
              "option value must not contain ',' (podman splits --driver-opts at commas)");
        }
      });
      labels.forEach((k, v) -> {
        if (k.isEmpty() || k.contains("=")) {
          p.add(at.child("labels").child(k.isEmpty() ? "(empty)" : k),
              "label key must be non-empty without '='");
        }
      });
      if (driver == SecretDriver.SHELL) {
        for (String op : List.of("list", "lookup", "store", "delete")) {
          if (!driverOptions.containsKey(op)) {
            p.add(at.child("driverOptions"), "the shell driver needs the '" + op + "' option");
          }
        }
      }
      p.throwIfAny();
      return new PodmanSecret(this);
    }
  }
}
