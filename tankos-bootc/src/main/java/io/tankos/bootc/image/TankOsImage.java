package io.tankos.bootc.image;

import io.tankos.bootc.bib.BuildConfig;
import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.bootc.containerfile.ContainerfileRender;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.core.fs.FileTree;
import io.tankos.core.systemd.SystemdUnit;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.QuadletSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A Tank-OS machine image in one typed model: the bootc base, labels, release file, build
 * arguments, extra packages and files, system units to enable or mask, the agent user, one or more
 * OpenClaw instances with their secrets, companions and health checks, and the first-boot
 * provisioning. From it come the {@link #containerfile() Containerfile}, the rootless {@link
 * #quadlets() Quadlets}, the NoCloud {@link #seed() seed}, the bootc-image-builder {@link
 * #diskImage() configuration}, and the whole {@link #buildContext() build context} as one
 * deterministic {@link FileTree} (the same model gives the same bytes).
 *
 * <p>{@link #tankOs()} reproduces Tank-OS as it shipped its agent as a Quadlet (tree {@code
 * 184f798^}). {@link Builder#build()} refuses every collision with its location, e.g. {@code
 * TankOsImage.instances[1].gatewayPort: port 18789 already used by instances[0]}. Secret values
 * never enter the model: instances declare secret names, and the image's sync script hands the
 * secrets present in the agent user's Podman store to the containers.
 *
 * <pre>{@code
 * TankOsImage image = TankOsImage.tankOs().toBuilder()
 *     .clearInstances()
 *     .instance(AgentInstance.builder("work").serviceGator(ServiceGator.builder().name("work-gator").build()).build())
 *     .instance(AgentInstance.builder("research").gatewayPort(18790).build())
 *     .provisioning(Provisioning.builder().sshAuthorizedKey(key).hostname("tank-01").build())
 *     .build();
 * image.buildContext().writeTo(Path.of("out/tank-os"));   // Containerfile, rootfs/, seed/, bib/
 * }</pre>
 */
public final class TankOsImage {
  /** The build argument that selects the base image. */
  public static final String BASE_ARG = "BOOTC_BASE";

  private static final Location AT = Location.of("TankOsImage");
  private static final Pattern PACKAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+:~=-]{0,127}");
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,127}");

  private final BaseImage base;
  private final Map<String, String> labels;
  private final Release release;
  private final List<BuildArg> buildArgs;
  private final List<String> packages;
  private final List<ImageFile> files;
  private final Map<String, String> enabledSystemUnits;
  private final List<String> maskedSystemUnits;
  private final List<SystemdUnit> systemUnits;
  private final List<SystemdUnit> userUnits;
  private final boolean enableCloudInitUnits;
  private final boolean lint;
  private final AgentUser user;
  private final List<AgentInstance> instances;
  private final Provisioning provisioning;

  private TankOsImage(Builder b) {
    this.base = b.base;
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
    this.release = b.release;
    this.buildArgs = List.copyOf(b.buildArgs);
    this.packages = List.copyOf(b.packages);
    this.files = List.copyOf(b.files);
    this.enabledSystemUnits = Collections.unmodifiableMap(new LinkedHashMap<>(b.enabledSystemUnits));
    this.maskedSystemUnits = List.copyOf(b.maskedSystemUnits);
    this.systemUnits = List.copyOf(b.systemUnits);
    this.userUnits = List.copyOf(b.userUnits);
    this.enableCloudInitUnits = b.enableCloudInitUnits;
    this.lint = b.lint;
    this.user = b.user;
    this.instances = List.copyOf(b.instances);
    this.provisioning = b.provisioning;
  }

  /**
   * Tank-OS as it shipped its agent as a Quadlet ({@code 184f798^}): Fedora bootc 44 with its
   * packages, the OCI labels, the release and host name files, {@code sshd} enabled and {@code
   * bootc-fetch-apply-updates.timer} masked, the cloud-init units enabled, user {@code openclaw}
   * (UID 1000, sub IDs 100000/65536, linger, passwordless sudo in {@code /etc/sudoers.d/openclaw}
   * 0440), one instance {@code openclaw} with service-gator and a health check, and the example
   * provisioning (add SSH keys with {@link Builder#provisioning(Provisioning)}).
   *
   * @return the image
   */
  public static TankOsImage tankOs() {
    return builder()
        .label("org.opencontainers.image.title", "tank-os")
        .label("org.opencontainers.image.description", "Fedora bootc image for OpenClaw on rootless Podman")
        .label("org.opencontainers.image.source", "https://github.com/LobsterTrap/tank-os")
        .packages("cloud-init", "curl", "openssh-server", "podman", "python3", "qemu-guest-agent", "shadow-utils",
            "sudo", "vim-enhanced")
        .file(ImageFile.of("/etc/hostname", "tank\n", 0644))
        .enableSystemUnit("sshd.service", "multi-user.target")
        .maskSystemUnit("bootc-fetch-apply-updates.timer")
        .user(AgentUser.tankOs())
        .instance(AgentInstance.tankOs())
        .build();
  }

  /**
   * A builder: the Fedora bootc base, label {@code containers.bootc=1}, Tank-OS's release, cloud-init
   * units enabled, lint on, user {@code openclaw} without sudo rights, the example provisioning, no
   * instance yet.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this image's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.base = base;
    b.labels.clear();
    b.labels.putAll(labels);
    b.release = release;
    b.buildArgs.addAll(buildArgs);
    b.packages.addAll(packages);
    b.files.addAll(files);
    b.enabledSystemUnits.putAll(enabledSystemUnits);
    b.maskedSystemUnits.addAll(maskedSystemUnits);
    b.systemUnits.addAll(systemUnits);
    b.userUnits.addAll(userUnits);
    b.enableCloudInitUnits = enableCloudInitUnits;
    b.lint = lint;
    b.user = user;
    b.instances.addAll(instances);
    b.provisioning = provisioning;
    return b;
  }

  /**
   * The base image.
   *
   * @return the base
   */
  public BaseImage base() {
    return base;
  }

  /**
   * The image labels, {@code containers.bootc=1} first.
   *
   * @return unmodifiable map in insertion order
   */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * The release file's content.
   *
   * @return the release
   */
  public Release release() {
    return release;
  }

  /**
   * The declared build arguments.
   *
   * @return unmodifiable list
   */
  public List<BuildArg> buildArgs() {
    return buildArgs;
  }

  /**
   * The packages installed on top of the base.
   *
   * @return unmodifiable list
   */
  public List<String> packages() {
    return packages;
  }

  /**
   * The extra files.
   *
   * @return unmodifiable list
   */
  public List<ImageFile> files() {
    return files;
  }

  /**
   * System units of the base enabled in the image, each with the target that wants it.
   *
   * @return unmodifiable map in insertion order, e.g. {@code sshd.service → multi-user.target}
   */
  public Map<String, String> enabledSystemUnits() {
    return enabledSystemUnits;
  }

  /**
   * System units masked in the image.
   *
   * @return unmodifiable list, e.g. {@code bootc-fetch-apply-updates.timer}
   */
  public List<String> maskedSystemUnits() {
    return maskedSystemUnits;
  }

  /**
   * Extra system units the image installs (and enables per their {@code [Install]} section).
   *
   * @return unmodifiable list
   */
  public List<SystemdUnit> systemUnits() {
    return systemUnits;
  }

  /**
   * Extra user units the image installs for every user (and enables per their {@code [Install]}
   * section).
   *
   * @return unmodifiable list
   */
  public List<SystemdUnit> userUnits() {
    return userUnits;
  }

  /**
   * Whether the image enables the cloud-init units the base has.
   *
   * @return the flag
   */
  public boolean enableCloudInitUnits() {
    return enableCloudInitUnits;
  }

  /**
   * Whether {@code bootc container lint} is the build's last step.
   *
   * @return the flag
   */
  public boolean lint() {
    return lint;
  }

  /**
   * The agent user.
   *
   * @return the user
   */
  public AgentUser user() {
    return user;
  }

  /**
   * The agent instances.
   *
   * @return unmodifiable list, at least one
   */
  public List<AgentInstance> instances() {
    return instances;
  }

  /**
   * The first-boot provisioning.
   *
   * @return the provisioning
   */
  public Provisioning provisioning() {
    return provisioning;
  }

  /**
   * The Containerfile: {@code ARG BOOTC_BASE} and {@code FROM}, labels, build arguments, one package
   * step behind the base's package manager, the user step, {@code COPY rootfs/ /}, a final step
   * (cloud-init units, home ownership) and {@code bootc container lint}.
   *
   * @return the Containerfile model
   */
  public Containerfile containerfile() {
    return ImageContainerfile.of(this);
  }

  /**
   * The rootless Quadlet units of every instance (agent and service-gator), installed under {@code
   * /etc/containers/systemd/users/UID/}.
   *
   * @return the set
   */
  public QuadletSet quadlets() {
    QuadletSet.Builder b = QuadletSet.builder();
    for (AgentInstance i : instances) {
      b.unit(InstanceUnits.agent(i));
      i.serviceGator().ifPresent(g -> b.unit(InstanceUnits.gator(i, g)));
    }
    return b.build();
  }

  /**
   * The NoCloud seed: the agent user with the provisioning's SSH keys, groups, shell, locked
   * password, sudo rules and linger; meta-data with instance id and host name. It passes {@code
   * cloud-init schema} of 22.4 and 25.1 and the bootc profile.
   *
   * @return the seed
   */
  public NoCloudSeed seed() {
    return ImageProvisioning.seed(user, provisioning);
  }

  /**
   * The bootc-image-builder configuration that bakes the agent user with the provisioning's SSH keys
   * and groups into a disk image.
   *
   * @return the configuration
   */
  public BuildConfig diskImage() {
    return ImageProvisioning.diskImage(user, provisioning);
  }

  /**
   * The image's root file system: what {@code COPY rootfs/ /} adds, for the given options.
   *
   * @param options the render options
   * @return the tree, paths relative to {@code /}
   */
  public FileTree rootfs(RenderOptions options) {
    return ImageRootfs.of(this, options.podman());
  }

  /**
   * The build context with the default {@link RenderOptions}.
   *
   * @return the tree
   */
  public FileTree buildContext() {
    return buildContext(RenderOptions.defaults());
  }

  /**
   * The build context: {@code Containerfile} (rendered for the options' builder), {@code rootfs/},
   * {@code seed/user-data}, {@code seed/meta-data} (and {@code seed/seed.iso} on request) and {@code
   * bib/config.toml}. The same model and options give the same bytes.
   *
   * @param options the render options
   * @return the tree
   * @throws ValidationException when the Containerfile or a Quadlet cannot be written for the
   *     options' builder or Podman version
   */
  public FileTree buildContext(RenderOptions options) {
    Objects.requireNonNull(options, "options");
    ContainerfileRender containerfile = containerfile().render(options.builderTarget(), TargetPolicy.STRICT);
    NoCloudSeed seed = seed();
    FileTree.Builder b = FileTree.builder()
        .file("Containerfile", containerfile.text())
        .add(containerfile.contextFiles())
        .add("rootfs", rootfs(options))
        .add("seed", seed.toFileTree())
        .file("bib/config.toml", diskImage().toToml());
    if (options.seedIso()) {
      b.file("seed/seed.iso", seed.toIso());
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TankOsImage i && i.base.equals(base) && i.labels.equals(labels) && i.release.equals(release)
        && i.buildArgs.equals(buildArgs) && i.packages.equals(packages) && i.files.equals(files)
        && i.enabledSystemUnits.equals(enabledSystemUnits) && i.maskedSystemUnits.equals(maskedSystemUnits)
        && i.systemUnits.equals(systemUnits) && i.userUnits.equals(userUnits)
        && i.enableCloudInitUnits == enableCloudInitUnits && i.lint == lint && i.user.equals(user)
        && i.instances.equals(instances) && i.provisioning.equals(provisioning);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, labels, release, buildArgs, packages, files, enabledSystemUnits, maskedSystemUnits,
        systemUnits, userUnits, enableCloudInitUnits, lint, user, instances, provisioning);
  }

  @Override
  public String toString() {
    return "TankOsImage[" + base.reference() + ", user " + user.name() + ", instances "
        + instances.stream().map(AgentInstance::name).toList() + "]";
  }

  /** Mutable builder; not thread-safe. {@link #build()} checks every value and collision. */
  public static final class Builder {
    private BaseImage base = BaseImage.fedoraBootc();
    private final Map<String, String> labels = new LinkedHashMap<>(Map.of("containers.bootc", "1"));
    private Release release = Release.tankOs();
    private final List<BuildArg> buildArgs = new ArrayList<>();
    private final List<String> packages = new ArrayList<>();
    private final List<ImageFile> files = new ArrayList<>();
    private final Map<String, String> enabledSystemUnits = new LinkedHashMap<>();
    private final List<String> maskedSystemUnits = new ArrayList<>();
    private final List<SystemdUnit> systemUnits = new ArrayList<>();
    private final List<SystemdUnit> userUnits = new ArrayList<>();
    private boolean enableCloudInitUnits = true;
    private boolean lint = true;
    private AgentUser user = AgentUser.builder("openclaw").build();
    private final List<AgentInstance> instances = new ArrayList<>();
    private Provisioning provisioning = Provisioning.tankOs();

    private Builder() {}

    /**
     * The base image.
     *
     * @param value the base
     * @return this builder
     */
    public Builder base(BaseImage value) {
      this.base = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets a label (a later value for the same name replaces the earlier one).
     *
     * @param name the label name
     * @param value the value
     * @return this builder
     */
    public Builder label(String name, String value) {
      labels.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The release file's content.
     *
     * @param value the release
     * @return this builder
     */
    public Builder release(Release value) {
      this.release = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Declares a build argument.
     *
     * @param value the argument
     * @return this builder
     */
    public Builder buildArg(BuildArg value) {
      buildArgs.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds packages installed on top of the base, in one step with the cache cleaned.
     *
     * @param names package names
     * @return this builder
     */
    public Builder packages(String... names) {
      for (String n : names) {
        packages.add(Objects.requireNonNull(n, "name"));
      }
      return this;
    }

    /**
     * Removes every extra package.
     *
     * @return this builder
     */
    public Builder clearPackages() {
      packages.clear();
      return this;
    }

    /**
     * Adds a file.
     *
     * @param value the file
     * @return this builder
     */
    public Builder file(ImageFile value) {
      files.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Removes every extra file.
     *
     * @return this builder
     */
    public Builder clearFiles() {
      files.clear();
      return this;
    }

    /**
     * Enables a system unit the base provides, as {@code systemctl enable} does.
     *
     * @param unit the unit file name, e.g. {@code sshd.service}
     * @param target the unit that wants it, e.g. {@code multi-user.target}
     * @return this builder
     */
    public Builder enableSystemUnit(String unit, String target) {
      enabledSystemUnits.put(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Masks a system unit, as {@code systemctl mask} does.
     *
     * @param unit the unit file name, e.g. {@code bootc-fetch-apply-updates.timer}
     * @return this builder
     */
    public Builder maskSystemUnit(String unit) {
      maskedSystemUnits.add(Objects.requireNonNull(unit, "unit"));
      return this;
    }

    /**
     * Adds a system unit, installed under {@code /usr/lib/systemd/system/} and enabled per its
     * {@code [Install]} section.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder systemUnit(SystemdUnit unit) {
      systemUnits.add(Objects.requireNonNull(unit, "unit"));
      return this;
    }

    /**
     * Adds a user unit, installed under {@code /usr/lib/systemd/user/} and enabled per its {@code
     * [Install]} section.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder userUnit(SystemdUnit unit) {
      userUnits.add(Objects.requireNonNull(unit, "unit"));
      return this;
    }

    /**
     * Removes every enabled, masked and extra unit.
     *
     * @return this builder
     */
    public Builder clearUnits() {
      enabledSystemUnits.clear();
      maskedSystemUnits.clear();
      systemUnits.clear();
      userUnits.clear();
      return this;
    }

    /**
     * Whether to enable the cloud-init units the base has (default true).
     *
     * @param value the flag
     * @return this builder
     */
    public Builder enableCloudInitUnits(boolean value) {
      this.enableCloudInitUnits = value;
      return this;
    }

    /**
     * Whether {@code bootc container lint} ends the build (default true).
     *
     * @param value the flag
     * @return this builder
     */
    public Builder lint(boolean value) {
      this.lint = value;
      return this;
    }

    /**
     * The agent user.
     *
     * @param value the user
     * @return this builder
     */
    public Builder user(AgentUser value) {
      this.user = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Adds an agent instance.
     *
     * @param value the instance
     * @return this builder
     */
    public Builder instance(AgentInstance value) {
      instances.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Removes every instance.
     *
     * @return this builder
     */
    public Builder clearInstances() {
      instances.clear();
      return this;
    }

    /**
     * The first-boot provisioning.
     *
     * @param value the provisioning
     * @return this builder
     */
    public Builder provisioning(Provisioning value) {
      this.provisioning = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the image, checking every value and collision and rendering every part once.
     *
     * @return the image
     * @throws ValidationException listing every problem with its location, e.g. {@code
     *     TankOsImage.instances[1].gatewayPort: port 18789 already used by instances[0]}
     */
    public TankOsImage build() {
      Problems problems = new Problems();
      values(problems);
      units(problems);
      ImageCollisions.check(AT, instances, userUnits, problems);
      problems.throwIfAny();
      TankOsImage image = new TankOsImage(this);
      image.containerfile();
      image.seed();
      image.diskImage();
      FileTree generated = ImageRootfs.generated(image, RenderOptions.defaults().podman());
      for (int i = 0; i < files.size(); i++) {
        ImageRootfs.collision(generated, files.get(i).rootfsPath()).ifPresent(problem(problems, i));
        for (int j = 0; j < i; j++) {
          if (files.get(j).path().equals(files.get(i).path())) {
            problems.add(AT.child("files").index(i).child("path"), files.get(i).path() + " is already files[" + j + "]");
          }
        }
      }
      problems.throwIfAny();
      return image;
    }

    private static Consumer<String> problem(Problems problems, int i) {
      return p -> problems.add(AT.child("files").index(i).child("path"), p);
    }

    private void values(Problems problems) {
      if (instances.isEmpty()) {
        problems.add(AT.child("instances"), "an image needs at least one agent instance");
      }
      int n = 0;
      for (Map.Entry<String, String> e : labels.entrySet()) {
        Location at = AT.child("labels").index(n++);
        if (!LABEL.matcher(e.getKey()).matches()) {
          problems.add(at, "'" + ImageChecks.printable(e.getKey()) + "' is not a label name ([A-Za-z0-9._/-])");
        }
        if (e.getValue().codePoints().anyMatch(c -> c < 0x20 || c == 0x7f)) {
          problems.add(at, "label " + e.getKey() + " must be one line without control characters");
        }
      }
      for (int i = 0; i < buildArgs.size(); i++) {
        String name = buildArgs.get(i).name();
        Location at = AT.child("buildArgs").index(i).child("name");
        if (name.equals(BASE_ARG)) {
          problems.add(at, BASE_ARG + " is the image's own argument for the base (set it with base())");
        }
        for (int j = 0; j < i; j++) {
          if (buildArgs.get(j).name().equals(name)) {
            problems.add(at, "build argument " + name + " is already buildArgs[" + j + "]");
          }
        }
      }
      if (!packages.isEmpty() && base.packageManager() == PackageManager.NONE) {
        problems.add(AT.child("packages"), "base " + base.reference() + " has no package manager;"
            + " it cannot install " + packages);
      }
      for (int i = 0; i < packages.size(); i++) {
        String p = packages.get(i);
        Location at = AT.child("packages").index(i);
        if (!PACKAGE.matcher(p).matches()) {
          problems.add(at, "'" + ImageChecks.printable(p) + "' is not a package name");
        } else if (packages.indexOf(p) < i) {
          problems.add(at, "package " + p + " is listed twice");
        }
      }
    }

    private void units(Problems problems) {
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < systemUnits.size(); i++) {
        String name = systemUnits.get(i).fileName();
        if (seen.contains(name)) {
          problems.add(AT.child("systemUnits").index(i), "unit " + name + " is already installed");
        }
        seen.add(name);
      }
      for (int i = 0; i < maskedSystemUnits.size(); i++) {
        String name = maskedSystemUnits.get(i);
        Location at = AT.child("maskedSystemUnits").index(i);
        if (enabledSystemUnits.containsKey(name) || seen.contains(name)) {
          problems.add(at, "unit " + name + " is masked and also enabled or installed");
        } else if (maskedSystemUnits.indexOf(name) < i) {
          problems.add(at, "unit " + name + " is masked twice");
        }
      }
    }
  }
}
