package io.tankos.bootc.bib;

import io.tankos.bootc.internal.BuildConfigCodec;
import io.tankos.core.text.BoundedInput;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The build config bootc-image-builder reads from {@code /config.toml} or {@code /config.json}:
 * users with SSH keys and groups, kernel arguments, filesystem sizes or a disk layout, and
 * installer/ISO options. Renders as TOML ({@link #toString()}) or JSON and parses back; BIB rejects
 * unknown keys, and so does {@link #parseToml}/{@link #parseJson}. Passwords are crypt hashes only.
 *
 * <pre>{@code
 * BuildConfig config = BuildConfig.builder()
 *     .addUser(ImageUser.builder("openclaw").key(sshKey).addGroup("wheel").build())
 *     .kernelAppend("console=ttyS0")
 *     .addFilesystem(new FilesystemSize("/", DataSize.of("20 GiB")))
 *     .build();
 * Files.writeString(dir.resolve("config.toml"), config.toToml());
 * }</pre>
 */
public final class BuildConfig {
  /**
   * The largest config file {@link #read(Path)} and {@link #parse(String, byte[])} accept: 1 MiB.
   * A real config (users, keys, kernel arguments, a disk layout) is a few kilobytes; the limit keeps
   * a wrong or hostile file from being read whole.
   */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  private static final String MAX_FILE_BYTES_NAME = "BuildConfig.MAX_FILE_BYTES";

  private final String name;
  private final String description;
  private final String version;
  private final List<ImageUser> users;
  private final List<ImageGroup> groups;
  private final String kernelName;
  private final String kernelAppend;
  private final List<FilesystemSize> filesystems;
  private final DiskLayout disk;
  private final InstallerOptions installer;
  private final IsoLabels iso;
  private final Boolean fips;

  private BuildConfig(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.version = b.version;
    this.users = List.copyOf(b.users);
    this.groups = List.copyOf(b.groups);
    this.kernelName = b.kernelName;
    this.kernelAppend = b.kernelAppend;
    this.filesystems = List.copyOf(b.filesystems);
    this.disk = b.disk;
    this.installer = b.installer;
    this.iso = b.iso;
    this.fips = b.fips;
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
   * A builder filled with this config's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.description = description;
    b.version = version;
    b.users.addAll(users);
    b.groups.addAll(groups);
    b.kernelName = kernelName;
    b.kernelAppend = kernelAppend;
    b.filesystems.addAll(filesystems);
    b.disk = disk;
    b.installer = installer;
    b.iso = iso;
    b.fips = fips;
    return b;
  }

  /**
   * Parses a TOML config as BIB reads {@code /config.toml}.
   *
   * @param source name for messages
   * @param toml the text
   * @return the config
   * @throws ParseException on unknown keys, wrong types or plaintext passwords, naming the key path
   */
  public static BuildConfig parseToml(String source, String toml) {
    return BuildConfigCodec.parseToml(source, toml);
  }

  /**
   * Parses a JSON config (also the legacy {@code {"blueprint": {...}}} form).
   *
   * @param source name for messages
   * @param json the text
   * @return the config
   * @throws ParseException on unknown keys, wrong types or plaintext passwords, naming the key path
   */
  public static BuildConfig parseJson(String source, String json) {
    return BuildConfigCodec.parseJson(source, json);
  }

  /**
   * Reads a {@code .toml} or {@code .json} file, by extension as BIB does, never more than {@link
   * #MAX_FILE_BYTES}; the content must be strict UTF-8 (see {@link #parse(String, byte[])}).
   *
   * @param file the file
   * @return the config
   * @throws ParseException for another extension, malformed UTF-8 or invalid content
   * @throws LimitExceededException when the file is larger than {@link #MAX_FILE_BYTES}
   * @throws UncheckedIOException when the file cannot be read
   */
  public static BuildConfig read(Path file) {
    String source = file.toString();
    checkExtension(source);
    return parse(source, BoundedInput.readAll(source, file, MAX_FILE_BYTES, MAX_FILE_BYTES_NAME));
  }

  /**
   * Parses the bytes of a config file, TOML or JSON by the extension of {@code source} as BIB does.
   * The bytes must be UTF-8: malformed UTF-8 is an error naming its line and byte offset, never
   * replaced.
   *
   * @param source the file name for messages, ending in {@code .toml} or {@code .json}
   * @param bytes the content
   * @return the config
   * @throws ParseException for another extension, malformed UTF-8 or invalid content
   * @throws LimitExceededException when there are more than {@link #MAX_FILE_BYTES} bytes
   */
  public static BuildConfig parse(String source, byte[] bytes) {
    checkExtension(source);
    if (bytes.length > MAX_FILE_BYTES) {
      throw BoundedInput.tooLarge(source, MAX_FILE_BYTES, MAX_FILE_BYTES_NAME);
    }
    String text = Utf8.decode(source, bytes);
    return source.endsWith(".toml") ? parseToml(source, text) : parseJson(source, text);
  }

  private static void checkExtension(String source) {
    if (!source.endsWith(".toml") && !source.endsWith(".json")) {
      throw new ParseException(source, 0, "unsupported file extension (use .toml or .json)");
    }
  }

  /**
   * The config as TOML for {@code /config.toml}.
   *
   * @return the TOML text, ending with a newline
   */
  public String toToml() {
    return BuildConfigCodec.toToml(this);
  }

  /**
   * The config as JSON for {@code /config.json} or {@code --config -}.
   *
   * @return the JSON text, ending with a newline
   */
  public String toJson() {
    return BuildConfigCodec.toJson(this);
  }

  /**
   * The {@code customizations} keys this config sets that an image type does not support; BIB
   * warns about them ({@code blueprint validation failed for image type ...: not supported}) and
   * ignores them.
   *
   * @param type the image type
   * @return the unsupported keys, e.g. {@code [installer]} for {@code qcow2}
   */
  public List<String> unsupportedBy(ImageType type) {
    List<String> unsupported = new ArrayList<>();
    for (String key : customizationKeys()) {
      if (!type.supports(key)) {
        unsupported.add(key);
      }
    }
    return unsupported;
  }

  private List<String> customizationKeys() {
    List<String> keys = new ArrayList<>();
    if (!users.isEmpty()) {
      keys.add("user");
    }
    if (!groups.isEmpty()) {
      keys.add("group");
    }
    if (kernelName != null || kernelAppend != null) {
      keys.add("kernel");
    }
    if (!filesystems.isEmpty()) {
      keys.add("filesystem");
    }
    if (disk != null) {
      keys.add("disk");
    }
    if (installer != null) {
      keys.add("installer");
    }
    if (iso != null) {
      keys.add("iso");
    }
    if (fips != null) {
      keys.add("fips");
    }
    return keys;
  }

  /**
   * The top-level {@code name}.
   *
   * @return the name
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The top-level {@code description}.
   *
   * @return the description
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The top-level {@code version}.
   *
   * @return the version
   */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /**
   * The users.
   *
   * @return users in order
   */
  public List<ImageUser> users() {
    return users;
  }

  /**
   * The groups.
   *
   * @return groups in order
   */
  public List<ImageGroup> groups() {
    return groups;
  }

  /**
   * {@code customizations.kernel.name}.
   *
   * @return the kernel package name
   */
  public Optional<String> kernelName() {
    return Optional.ofNullable(kernelName);
  }

  /**
   * {@code customizations.kernel.append}: extra kernel arguments.
   *
   * @return the arguments
   */
  public Optional<String> kernelAppend() {
    return Optional.ofNullable(kernelAppend);
  }

  /**
   * The filesystem minimum sizes.
   *
   * @return filesystems in order
   */
  public List<FilesystemSize> filesystems() {
    return filesystems;
  }

  /**
   * The disk layout.
   *
   * @return the layout
   */
  public Optional<DiskLayout> disk() {
    return Optional.ofNullable(disk);
  }

  /**
   * The installer options.
   *
   * @return the options
   */
  public Optional<InstallerOptions> installer() {
    return Optional.ofNullable(installer);
  }

  /**
   * The ISO labels.
   *
   * @return the labels
   */
  public Optional<IsoLabels> iso() {
    return Optional.ofNullable(iso);
  }

  /**
   * {@code customizations.fips}.
   *
   * @return the flag, if set
   */
  public Optional<Boolean> fips() {
    return Optional.ofNullable(fips);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BuildConfig && ((BuildConfig) o).toJson().equals(toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  /** The TOML text, see {@link #toToml()}. */
  @Override
  public String toString() {
    return toToml();
  }

  /** Builds a {@link BuildConfig}; mutable, not thread-safe. {@link #build()} validates. */
  public static final class Builder {
    private String name;
    private String description;
    private String version;
    private final List<ImageUser> users = new ArrayList<>();
    private final List<ImageGroup> groups = new ArrayList<>();
    private String kernelName;
    private String kernelAppend;
    private final List<FilesystemSize> filesystems = new ArrayList<>();
    private DiskLayout disk;
    private InstallerOptions installer;
    private IsoLabels iso;
    private Boolean fips;

    private Builder() {}

    /**
     * Sets the top-level name.
     *
     * @param name the name, or null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the top-level description.
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the top-level version.
     *
     * @param version the version, or null
     * @return this builder
     */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /**
     * Adds a user.
     *
     * @param user the user
     * @return this builder
     */
    public Builder addUser(ImageUser user) {
      users.add(Objects.requireNonNull(user, "user"));
      return this;
    }

    /**
     * Adds a group.
     *
     * @param group the group
     * @return this builder
     */
    public Builder addGroup(ImageGroup group) {
      groups.add(Objects.requireNonNull(group, "group"));
      return this;
    }

    /**
     * Sets the kernel package name.
     *
     * @param kernelName the name, or null
     * @return this builder
     */
    public Builder kernelName(String kernelName) {
      this.kernelName = kernelName;
      return this;
    }

    /**
     * Sets the extra kernel arguments.
     *
     * @param kernelAppend the arguments, or null
     * @return this builder
     */
    public Builder kernelAppend(String kernelAppend) {
      this.kernelAppend = kernelAppend;
      return this;
    }

    /**
     * Adds a filesystem minimum size.
     *
     * @param filesystem the filesystem
     * @return this builder
     */
    public Builder addFilesystem(FilesystemSize filesystem) {
      filesystems.add(Objects.requireNonNull(filesystem, "filesystem"));
      return this;
    }

    /**
     * Sets the disk layout.
     *
     * @param disk the layout, or null
     * @return this builder
     */
    public Builder disk(DiskLayout disk) {
      this.disk = disk;
      return this;
    }

    /**
     * Sets the installer options.
     *
     * @param installer the options, or null
     * @return this builder
     */
    public Builder installer(InstallerOptions installer) {
      this.installer = installer;
      return this;
    }

    /**
     * Sets the ISO labels.
     *
     * @param iso the labels, or null
     * @return this builder
     */
    public Builder iso(IsoLabels iso) {
      this.iso = iso;
      return this;
    }

    /**
     * Sets FIPS mode.
     *
     * @param fips the flag, or null
     * @return this builder
     */
    public Builder fips(Boolean fips) {
      this.fips = fips;
      return this;
    }

    /**
     * Builds the config after checking it the way BIB does.
     *
     * @return the config
     * @throws ValidationException listing every problem, e.g. {@code customizations.user[1].name:
     *     duplicate user}
     */
    public BuildConfig build() {
      Problems problems = new Problems();
      Location c = Location.of("customizations");
      Set<String> userNames = new HashSet<>();
      for (int i = 0; i < users.size(); i++) {
        ImageUser u = users.get(i);
        if (!userNames.add(u.name())) {
          problems.add(c.child("user").index(i).child("name"), "duplicate user '" + u.name() + "'");
        }
      }
      Set<String> groupNames = new HashSet<>();
      Set<Integer> gids = new HashSet<>();
      for (int i = 0; i < groups.size(); i++) {
        ImageGroup g = groups.get(i);
        Location at = c.child("group").index(i);
        if (g.name().isBlank()) {
          problems.add(at.child("name"), "is empty");
        } else if (!groupNames.add(g.name())) {
          problems.add(at.child("name"), "duplicate group '" + g.name() + "'");
        }
        BibChecks.line(problems, at.child("name"), g.name());
        if (g.gid() != null && g.gid() < 0) {
          problems.add(at.child("gid"), "is negative: " + g.gid());
        } else if (g.gid() != null && !gids.add(g.gid())) {
          problems.add(at.child("gid"), "duplicate gid " + g.gid());
        }
      }
      for (int i = 0; i < filesystems.size(); i++) {
        String mp = filesystems.get(i).mountpoint();
        Location at = c.child("filesystem").index(i).child("mountpoint");
        BibChecks.absolute(problems, at, mp);
        if (mp.equals("/var") || mp.equals("/var/")) {
          problems.add(at, "/var itself cannot be sized; use a directory below it");
        }
      }
      if (!filesystems.isEmpty() && disk != null) {
        problems.add(c.child("disk"), "cannot combine disk and filesystem customizations");
      }
      if (disk != null) {
        checkDisk(problems, c.child("disk"), disk);
      }
      if (installer != null && installer.kickstart() != null && !users.isEmpty()) {
        problems.add(
            c.child("installer").child("kickstart"),
            "cannot be combined with customizations.user (create users in the kickstart)");
      }
      BibChecks.line(problems, c.child("kernel").child("append"), kernelAppend);
      problems.throwIfAny();
      return new BuildConfig(this);
    }

    private static void checkDisk(Problems problems, Location at, DiskLayout disk) {
      if (disk.type() != null && !disk.type().equals("gpt") && !disk.type().equals("dos")) {
        problems.add(at.child("type"), "expected gpt or dos, found '" + disk.type() + "'");
      }
    }
  }
}
