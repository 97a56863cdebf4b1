package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Objects;

/**
 * The periodic health check of an instance: a user timer ({@code NAME-healthcheck.timer}) that
 * starts {@code NAME-healthcheck.service}, which asks the gateway and restarts the instance's unit
 * when it does not answer.
 *
 * <pre>{@code
 * HealthCheck check = HealthCheck.builder().interval("5min").bootDelay("2min").build();
 * }</pre>
 */
public final class HealthCheck {
  private final String interval;
  private final String bootDelay;

  private HealthCheck(Builder b) {
    this.interval = b.interval;
    this.bootDelay = b.bootDelay;
  }

  /**
   * The defaults: every 5 minutes, first 2 minutes after boot.
   *
   * @return the check
   */
  public static HealthCheck defaults() {
    return builder().build();
  }

  /**
   * A builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().interval(interval).bootDelay(bootDelay);
  }

  /**
   * How long after each check the next runs ({@code OnUnitActiveSec=}).
   *
   * @return a systemd time span
   */
  public String interval() {
    return interval;
  }

  /**
   * How long after boot the first check runs ({@code OnBootSec=}).
   *
   * @return a systemd time span
   */
  public String bootDelay() {
    return bootDelay;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HealthCheck h && h.interval.equals(interval) && h.bootDelay.equals(bootDelay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(interval, bootDelay);
  }

  @Override
  public String toString() {
    return "HealthCheck[every " + interval + ", first after " + bootDelay + "]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String interval = "5min";
    private String bootDelay = "2min";

    private Builder() {}

    /**
     * The interval (default {@code 5min}).
     *
     * @param span a systemd time span
     * @return this builder
     */
    public Builder interval(String span) {
      this.interval = Objects.requireNonNull(span, "span");
      return this;
    }

    /**
     * The delay after boot (default {@code 2min}).
     *
     * @param span a systemd time span
     * @return this builder
     */
    public Builder bootDelay(String span) {
      this.bootDelay = Objects.requireNonNull(span, "span");
      return this;
    }

    /**
     * Builds the check.
     *
     * @return the check
     * @throws io.tankos.core.validation.ValidationException at {@code HealthCheck.interval} or
     *     {@code HealthCheck.bootDelay} for a value that is not a systemd time span
     */
    public HealthCheck build() {
      Problems problems = new Problems();
      ImageChecks.timeSpan(interval, Location.of("HealthCheck").child("interval"), problems);
      ImageChecks.timeSpan(bootDelay, Location.of("HealthCheck").child("bootDelay"), problems);
      problems.throwIfAny();
      return new HealthCheck(this);
    }
  }
}
