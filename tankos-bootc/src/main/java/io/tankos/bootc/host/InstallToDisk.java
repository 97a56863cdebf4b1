package io.tankos.bootc.host;

import io.tankos.core.exec.Operands;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code bootc install to-disk} request: the target device (or a loopback file), filesystem,
 * kernel arguments and SSH keys for root.
 *
 * <pre>{@code
 * InstallToDisk install = InstallToDisk.builder("/output/disk.raw")
 *     .viaLoopback(true).genericImage(true).filesystem("xfs").karg("console=ttyS0").build();
 * }</pre>
 */
public final class InstallToDisk {
  private static final Location AT = Location.of("InstallToDisk");

  private final List<String> args;
  private final String device;

  private InstallToDisk(Builder b) {
    this.device = b.device;
    List<String> a = new ArrayList<>();
    if (b.wipe) {
      a.add("--wipe");
    }
    if (b.blockSetup != null) {
      a.add("--block-setup");
      a.add(b.blockSetup);
    }
    if (b.filesystem != null) {
      a.add("--filesystem");
      a.add(b.filesystem);
    }
    if (b.rootSize != null) {
      a.add("--root-size");
      a.add(b.rootSize);
    }
    if (b.sourceImgref != null) {
      a.add("--source-imgref");
      a.add(b.sourceImgref);
    }
    if (b.targetTransport != null) {
      a.add("--target-transport");
      a.add(b.targetTransport);
    }
    if (b.targetImgref != null) {
      a.add("--target-imgref");
      a.add(b.targetImgref);
    }
    if (b.enforceContainerSigpolicy) {
      a.add("--enforce-container-sigpolicy");
    }
    if (b.skipFetchCheck) {
      a.add("--skip-fetch-check");
    }
    if (b.disableSelinux) {
      a.add("--disable-selinux");
    }
    for (String k : b.kargs) {
      a.add("--karg");
      a.add(k);
    }
    if (b.rootSshAuthorizedKeys != null) {
      a.add("--root-ssh-authorized-keys");
      a.add(b.rootSshAuthorizedKeys.toString());
    }
    if (b.genericImage) {
      a.add("--generic-image");
    }
    if (b.viaLoopback) {
      a.add("--via-loopback");
    }
    if (b.bootloader != null) {
      a.add("--bootloader");
      a.add(b.bootloader);
    }
    if (b.stateroot != null) {
      a.add("--stateroot");
      a.add(b.stateroot);
    }
    a.add("--");
    a.add(device);
    this.args = List.copyOf(a);
  }

  /**
   * A builder for an installation onto a device or, with {@link Builder#viaLoopback(boolean)}, a
   * file.
   *
   * @param device e.g. {@code /dev/vda} or {@code /output/disk.raw}
   * @return the builder
   */
  public static Builder builder(String device) {
    return new Builder(device);
  }

  /**
   * The target device or file.
   *
   * @return the device
   */
  public String device() {
    return device;
  }

  /**
   * The arguments after {@code bootc install to-disk}: options, {@code --}, the device.
   *
   * @return the arguments
   */
  public List<String> args() {
    return args;
  }

  /** Builds an {@link InstallToDisk}; mutable, not thread-safe. */
  public static final class Builder {
    private final String device;
    private boolean wipe;
    private String blockSetup;
    private String filesystem;
    private String rootSize;
    private String sourceImgref;
    private String targetTransport;
    private String targetImgref;
    private boolean enforceContainerSigpolicy;
    private boolean skipFetchCheck;
    private boolean disableSelinux;
    private final List<String> kargs = new ArrayList<>();
    private Path rootSshAuthorizedKeys;
    private boolean genericImage;
    private boolean viaLoopback;
    private String bootloader;
    private String stateroot;

    private Builder(String device) {
      this.device = Operands.path(AT.child("device"), device);
    }

    /**
     * Wipes the device first ({@code --wipe}).
     *
     * @param wipe the flag
     * @return this builder
     */
    public Builder wipe(boolean wipe) {
      this.wipe = wipe;
      return this;
    }

    /**
     * Sets the block setup ({@code --block-setup direct|tpm2-luks}).
     *
     * @param blockSetup the setup, or null
     * @return this builder
     */
    public Builder blockSetup(String blockSetup) {
      this.blockSetup = blockSetup == null ? null : Operands.optionValue(AT.child("blockSetup"), blockSetup);
      return this;
    }

    /**
     * Sets the root filesystem ({@code --filesystem xfs|ext4|btrfs}).
     *
     * @param filesystem the type, or null
     * @return this builder
     */
    public Builder filesystem(String filesystem) {
      this.filesystem = filesystem;
      return this;
    }

    /**
     * Sets the root partition size ({@code --root-size}, e.g. {@code 20G}).
     *
     * @param rootSize the size, or null
     * @return this builder
     */
    public Builder rootSize(String rootSize) {
      this.rootSize = rootSize == null ? null : Operands.optionValue(AT.child("rootSize"), rootSize);
      return this;
    }

    /**
     * Installs from another image reference ({@code --source-imgref}).
     *
     * @param ref the reference, or null
     * @return this builder
     */
    public Builder sourceImgref(String ref) {
      this.sourceImgref = ref == null ? null : Operands.imageReference(AT.child("sourceImgref"), ref);
      return this;
    }

    /**
     * Sets the transport of the target reference ({@code --target-transport}).
     *
     * @param transport the transport, or null
     * @return this builder
     */
    public Builder targetTransport(String transport) {
      this.targetTransport = transport == null ? null : Operands.optionValue(AT.child("targetTransport"), transport);
      return this;
    }

    /**
     * Sets the image the installed system follows for updates ({@code --target-imgref}).
     *
     * @param ref the reference, or null
     * @return this builder
     */
    public Builder targetImgref(String ref) {
      this.targetImgref = ref == null ? null : Operands.imageReference(AT.child("targetImgref"), ref);
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
     * Skips the check that the target image can be fetched ({@code --skip-fetch-check}).
     *
     * @param skip the flag
     * @return this builder
     */
    public Builder skipFetchCheck(boolean skip) {
      this.skipFetchCheck = skip;
      return this;
    }

    /**
     * Disables SELinux in the installed system ({@code --disable-selinux}).
     *
     * @param disable the flag
     * @return this builder
     */
    public Builder disableSelinux(boolean disable) {
      this.disableSelinux = disable;
      return this;
    }

    /**
     * Adds a kernel argument ({@code --karg}).
     *
     * @param karg e.g. {@code console=ttyS0}
     * @return this builder
     */
    public Builder karg(String karg) {
      kargs.add(Operands.optionValue(AT.child("karg").index(kargs.size()), karg));
      return this;
    }

    /**
     * Installs root's authorized keys from a file ({@code --root-ssh-authorized-keys}).
     *
     * @param file the file (as the installing process sees it), or null
     * @return this builder
     */
    public Builder rootSshAuthorizedKeys(Path file) {
      this.rootSshAuthorizedKeys = file == null ? null : Operands.path(AT.child("rootSshAuthorizedKeys"), file);
      return this;
    }

    /**
     * Makes a machine-independent image ({@code --generic-image}).
     *
     * @param generic the flag
     * @return this builder
     */
    public Builder genericImage(boolean generic) {
      this.genericImage = generic;
      return this;
    }

    /**
     * Installs into a file through a loopback device ({@code --via-loopback}).
     *
     * @param loopback the flag
     * @return this builder
     */
    public Builder viaLoopback(boolean loopback) {
      this.viaLoopback = loopback;
      return this;
    }

    /**
     * Sets the bootloader ({@code --bootloader}).
     *
     * @param bootloader e.g. {@code grub} or {@code systemd}, or null
     * @return this builder
     */
    public Builder bootloader(String bootloader) {
      this.bootloader = bootloader == null ? null : Operands.optionValue(AT.child("bootloader"), bootloader);
      return this;
    }

    /**
     * Sets the stateroot name ({@code --stateroot}).
     *
     * @param stateroot the name, or null
     * @return this builder
     */
    public Builder stateroot(String stateroot) {
      this.stateroot = stateroot == null ? null : Operands.optionValue(AT.child("stateroot"), stateroot);
      return this;
    }

    /**
     * Builds and checks the request.
     *
     * @return the request
     * @throws io.tankos.core.validation.ValidationException at {@code filesystem} or {@code
     *     karg[N]} for a value bootc would refuse
     */
    public InstallToDisk build() {
      Problems problems = new Problems();
      if (filesystem != null && !List.of("xfs", "ext4", "btrfs").contains(filesystem)) {
        problems.add(Location.of("filesystem"), "must be xfs, ext4 or btrfs, found '" + filesystem + "'");
      }
      problems.throwIfAny();
      return new InstallToDisk(this);
    }
  }
}
