package io.tankos.bootc.bib;

import io.tankos.core.exec.Operands;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One bootc-image-builder run: which local image to turn into which disk or ISO types, with which
 * config, root filesystem, target architecture and output directory.
 *
 * <pre>{@code
 * DiskImageRequest request = DiskImageRequest.builder("localhost/tank-os:1", Path.of("output"))
 *     .type(ImageType.QCOW2)
 *     .config(config)
 *     .rootfs("xfs")
 *     .build();
 * }</pre>
 */
public final class DiskImageRequest {
  private final String image;
  private final Path outputDir;
  private final List<ImageType> types;
  private final BuildConfig config;
  private final String rootfs;
  private final String targetArch;
  private final String chown;
  private final String progress;
  private final Boolean useLibrepo;
  private final boolean inVm;
  private final List<String> extraArgs;

  private DiskImageRequest(Builder b) {
    this.image = b.image;
    this.outputDir = b.outputDir;
    this.types = List.copyOf(b.types.isEmpty() ? List.of(ImageType.QCOW2) : b.types);
    this.config = b.config;
    this.rootfs = b.rootfs;
    this.targetArch = b.targetArch;
    this.chown = b.chown;
    this.progress = b.progress;
    this.useLibrepo = b.useLibrepo;
    this.inVm = b.inVm;
    this.extraArgs = List.copyOf(b.extraArgs);
  }

  /**
   * A builder.
   *
   * @param image the bootc image, already in the container storage BIB sees (BIB does not pull)
   * @param outputDir where the images are written (mounted at {@code /output})
   * @return the builder
   */
  public static Builder builder(String image, Path outputDir) {
    return new Builder(image, outputDir);
  }

  /**
   * The bootc image reference.
   *
   * @return the image
   */
  public String image() {
    return image;
  }

  /**
   * The output directory on the host.
   *
   * @return the directory
   */
  public Path outputDir() {
    return outputDir;
  }

  /**
   * The image types ({@code qcow2} when none was given).
   *
   * @return the types in order
   */
  public List<ImageType> types() {
    return types;
  }

  /**
   * The build config, mounted as {@code /config.toml}.
   *
   * @return the config
   */
  public Optional<BuildConfig> config() {
    return Optional.ofNullable(config);
  }

  /**
   * The root filesystem type ({@code --rootfs}).
   *
   * @return the type
   */
  public Optional<String> rootfs() {
    return Optional.ofNullable(rootfs);
  }

  /**
   * The target architecture ({@code --target-arch}).
   *
   * @return the architecture
   */
  public Optional<String> targetArch() {
    return Optional.ofNullable(targetArch);
  }

  /**
   * The owner given to the outputs ({@code --chown UID:GID}).
   *
   * @return the owner
   */
  public Optional<String> chown() {
    return Optional.ofNullable(chown);
  }

  /**
   * The progress mode ({@code --progress}); {@code verbose} gives line-oriented output.
   *
   * @return the mode
   */
  public String progress() {
    return progress;
  }

  /**
   * {@code --use-librepo}; empty for BIB's default.
   *
   * @return the setting
   */
  public Optional<Boolean> useLibrepo() {
    return Optional.ofNullable(useLibrepo);
  }

  /**
   * Whether BIB builds in a VM ({@code --in-vm}, for rootless podman).
   *
   * @return true for {@code --in-vm}
   */
  public boolean inVm() {
    return inVm;
  }

  /**
   * Further BIB arguments, before the image.
   *
   * @return the arguments
   */
  public List<String> extraArgs() {
    return extraArgs;
  }

  /** Builds a {@link DiskImageRequest}; mutable, not thread-safe. */
  public static final class Builder {
    private final String image;
    private final Path outputDir;
    private final List<ImageType> types = new ArrayList<>();
    private BuildConfig config;
    private String rootfs;
    private String targetArch;
    private String chown;
    private String progress = "verbose";
    private Boolean useLibrepo;
    private boolean inVm;
    private final List<String> extraArgs = new ArrayList<>();

    private Builder(String image, Path outputDir) {
      this.image = Operands.imageReference(Location.of("DiskImageRequest").child("image"), image);
      this.outputDir = Operands.path(Location.of("DiskImageRequest").child("outputDir"), outputDir);
    }

    /**
     * Adds an image type.
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(ImageType type) {
      if (!types.contains(Objects.requireNonNull(type, "type"))) {
        types.add(type);
      }
      return this;
    }

    /**
     * Sets the config.
     *
     * @param config the config, or null for none
     * @return this builder
     */
    public Builder config(BuildConfig config) {
      this.config = config;
      return this;
    }

    /**
     * Sets the root filesystem.
     *
     * @param rootfs {@code ext4}, {@code xfs} or {@code btrfs}, or null for the image's default
     * @return this builder
     */
    public Builder rootfs(String rootfs) {
      this.rootfs = rootfs;
      return this;
    }

    /**
     * Sets the target architecture (experimental in BIB; needs qemu-user).
     *
     * @param targetArch e.g. {@code arm64}, or null
     * @return this builder
     */
    public Builder targetArch(String targetArch) {
      this.targetArch =
          targetArch == null ? null : Operands.optionValue(Location.of("DiskImageRequest").child("targetArch"), targetArch);
      return this;
    }

    /**
     * Gives the outputs an owner.
     *
     * @param uid the user id
     * @param gid the group id
     * @return this builder
     */
    public Builder chown(int uid, int gid) {
      this.chown = uid + ":" + gid;
      return this;
    }

    /**
     * Sets the progress mode.
     *
     * @param progress {@code verbose} (default), {@code term}, {@code debug} or {@code auto}
     * @return this builder
     */
    public Builder progress(String progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * Sets {@code --use-librepo}.
     *
     * @param useLibrepo the setting, or null for the default
     * @return this builder
     */
    public Builder useLibrepo(Boolean useLibrepo) {
      this.useLibrepo = useLibrepo;
      return this;
    }

    /**
     * Builds in a VM ({@code --in-vm}), for rootless podman.
     *
     * @param inVm the flag
     * @return this builder
     */
    public Builder inVm(boolean inVm) {
      this.inVm = inVm;
      return this;
    }

    /**
     * Adds further BIB arguments.
     *
     * @param args the arguments
     * @return this builder
     */
    public Builder extraArgs(String... args) {
      extraArgs.addAll(List.of(args));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws io.tankos.core.validation.ValidationException at {@code type} when ISO and disk
     *     types are mixed (BIB refuses: {@code cannot mix ISO/disk images in request}), at {@code
     *     target-arch} for an ISO of another architecture, at {@code rootfs} or {@code progress}
     *     for a value BIB does not know
     */
    public DiskImageRequest build() {
      Problems problems = new Problems();
      boolean iso = types.stream().anyMatch(ImageType::isIso);
      boolean other = types.stream().anyMatch(t -> !t.isIso());
      if (iso && other) {
        problems.add(Location.of("type"), "cannot mix ISO/disk images in request: " + types);
      }
      if (iso && targetArch != null) {
        problems.add(Location.of("target-arch"), "cannot build iso for different target arches yet");
      }
      if (rootfs != null && !List.of("ext4", "xfs", "btrfs").contains(rootfs)) {
        problems.add(Location.of("rootfs"), "must be ext4, xfs or btrfs, found '" + rootfs + "'");
      }
      if (!List.of("auto", "verbose", "term", "debug").contains(progress)) {
        problems.add(Location.of("progress"), "must be auto, verbose, term or debug, found '" + progress + "'");
      }
      problems.throwIfAny();
      return new DiskImageRequest(this);
    }
  }
}
