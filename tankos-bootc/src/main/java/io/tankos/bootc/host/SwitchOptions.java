package io.tankos.bootc.host;

import io.tankos.bootc.internal.ToolMessages;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code bootc switch}.
 *
 * <pre>{@code
 * bootc.switchTo("registry.example/tank-os:stable", SwitchOptions.builder().apply(true).build(), line -> {});
 * }</pre>
 */
public final class SwitchOptions {
  private final List<String> args;

  private SwitchOptions(List<String> args) {
    this.args = List.copyOf(args);
  }

  /**
   * Switch from a registry and stage for the next boot.
   *
   * @return the default options
   */
  public static SwitchOptions defaults() {
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
   * The {@code bootc switch} flags.
   *
   * @return the flags in order
   */
  public List<String> args() {
    return args;
  }

  /** Builds {@link SwitchOptions}; mutable, not thread-safe. */
  public static final class Builder {
    private String transport;
    private boolean apply;
    private String softReboot;
    private boolean retain;
    private boolean enforceContainerSigpolicy;
    private boolean quiet;

    private Builder() {}

    /**
     * Sets the transport.
     *
     * @param transport {@code registry} (default), {@code oci}, {@code oci-archive}, {@code
     *     docker-daemon} or {@code containers-storage}
     * @return this builder
     */
    public Builder transport(String transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Reboots once staged ({@code --apply}).
     *
     * @param apply the flag
     * @return this builder
     */
    public Builder apply(boolean apply) {
      this.apply = apply;
      return this;
    }

    /**
     * Soft-reboots when possible ({@code --soft-reboot=required|auto}).
     *
     * @param mode {@code required} or {@code auto}, or null
     * @return this builder
     */
    public Builder softReboot(String mode) {
      this.softReboot = mode;
      return this;
    }

    /**
     * Keeps the current image reference as well ({@code --retain}).
     *
     * @param retain the flag
     * @return this builder
     */
    public Builder retain(boolean retain) {
      this.retain = retain;
      return this;
    }

    /**
     * Enforces the container signature policy ({@code --enforce-container-sigpolicy}).
     *
     * @param enforce the flag
     * @return this builder
     */
    public Builder enforceContainerSigpolicy(boolean enforce) {
      this.enforceContainerSigpolicy = enforce;
      return this;
    }

    /**
     * Suppresses progress output ({@code --quiet}).
     *
     * @param quiet the flag
     * @return this builder
     */
    public Builder quiet(boolean quiet) {
      this.quiet = quiet;
      return this;
    }

    /**
     * Builds and checks the options.
     *
     * @return the options
     * @throws io.tankos.core.validation.ValidationException at {@code transport} or {@code
     *     soft-reboot} for a value bootc does not know
     */
    public SwitchOptions build() {
      Problems problems = new Problems();
      if (transport != null
          && !List.of("registry", "oci", "oci-archive", "docker-daemon", "containers-storage").contains(transport)) {
        problems.add(Location.of("transport"), "unknown bootc transport '" + transport + "'");
      }
      ToolMessages.softReboot(softReboot, problems);
      problems.throwIfAny();
      List<String> a = new ArrayList<>();
      if (quiet) {
        a.add("--quiet");
      }
      if (transport != null) {
        a.add("--transport");
        a.add(transport);
      }
      if (apply) {
        a.add("--apply");
      }
      if (softReboot != null) {
        a.add("--soft-reboot=" + softReboot);
      }
      if (retain) {
        a.add("--retain");
      }
      if (enforceContainerSigpolicy) {
        a.add("--enforce-container-sigpolicy");
      }
      return new SwitchOptions(a);
    }
  }
}
