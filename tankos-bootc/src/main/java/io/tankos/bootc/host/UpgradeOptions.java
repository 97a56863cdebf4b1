package io.tankos.bootc.host;

import io.tankos.core.exec.Operands;
import io.tankos.core.validation.Location;
import io.tankos.bootc.internal.ToolMessages;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Options of {@code bootc upgrade}.
 *
 * <pre>{@code
 * bootc.upgrade(UpgradeOptions.builder().apply(true).build(), line -> {});
 * }</pre>
 */
public final class UpgradeOptions {
  private final List<String> args;

  private UpgradeOptions(List<String> args) {
    this.args = List.copyOf(args);
  }

  /**
   * Stage the update for the next boot, nothing else.
   *
   * @return the default options
   */
  public static UpgradeOptions defaults() {
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
   * The {@code bootc upgrade} flags.
   *
   * @return the flags in order
   */
  public List<String> args() {
    return args;
  }

  /** Builds {@link UpgradeOptions}; mutable, not thread-safe. */
  public static final class Builder {
    private boolean apply;
    private boolean quiet;
    private boolean downloadOnly;
    private boolean fromDownloaded;
    private String softReboot;
    private String tag;

    private Builder() {}

    /**
     * Reboots into the update once staged ({@code --apply}).
     *
     * @param apply the flag
     * @return this builder
     */
    public Builder apply(boolean apply) {
      this.apply = apply;
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
     * Stages without finalizing on shutdown ({@code --download-only}).
     *
     * @param downloadOnly the flag
     * @return this builder
     */
    public Builder downloadOnly(boolean downloadOnly) {
      this.downloadOnly = downloadOnly;
      return this;
    }

    /**
     * Applies a previously downloaded update ({@code --from-downloaded}).
     *
     * @param fromDownloaded the flag
     * @return this builder
     */
    public Builder fromDownloaded(boolean fromDownloaded) {
      this.fromDownloaded = fromDownloaded;
      return this;
    }

    /**
     * Soft-reboots when possible ({@code --soft-reboot=required|auto}); needs {@code apply}.
     *
     * @param mode {@code required} or {@code auto}, or null
     * @return this builder
     */
    public Builder softReboot(String mode) {
      this.softReboot = mode;
      return this;
    }

    /**
     * Upgrades to another tag of the same image ({@code --tag}).
     *
     * @param tag the tag, or null
     * @return this builder
     * @throws io.tankos.core.validation.ValidationException when it is not an OCI tag ({@link
     *     Operands#tag})
     */
    public Builder tag(String tag) {
      this.tag = tag == null ? null : Operands.tag(Location.of("UpgradeOptions").child("tag"), tag);
      return this;
    }

    /**
     * Builds and checks the options.
     *
     * @return the options
     * @throws io.tankos.core.validation.ValidationException at {@code download-only} when combined
     *     with apply or from-downloaded, at {@code soft-reboot} for an unknown mode
     */
    public UpgradeOptions build() {
      Problems problems = new Problems();
      if (downloadOnly && (apply || fromDownloaded)) {
        problems.add(Location.of("download-only"), "cannot be combined with --apply or --from-downloaded");
      }
      ToolMessages.softReboot(softReboot, problems);
      problems.throwIfAny();
      List<String> a = new ArrayList<>();
      if (quiet) {
        a.add("--quiet");
      }
      if (apply) {
        a.add("--apply");
      }
      if (softReboot != null) {
        a.add("--soft-reboot=" + softReboot);
      }
      if (downloadOnly) {
        a.add("--download-only");
      }
      if (fromDownloaded) {
        a.add("--from-downloaded");
      }
      if (tag != null) {
        a.add("--tag");
        a.add(Objects.requireNonNull(tag));
      }
      return new UpgradeOptions(a);
    }
  }
}
