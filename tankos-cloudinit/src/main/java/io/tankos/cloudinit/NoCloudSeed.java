package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.SshPublicKeys;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import io.tankos.core.iso.IsoImage;
import io.tankos.core.text.BoundedInput;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problems;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cloud-init NoCloud seed: {@code meta-data} and {@code user-data} (both required by cloud-init
 * 22.4), optional {@code vendor-data} and {@code network-config}. Written as a directory ({@link
 * #toFileTree()}) or as an ISO 9660 image labelled {@code cidata} with Joliet and Rock Ridge names
 * ({@link #toIso()}); the same seed always gives the same bytes.
 *
 * <pre>{@code
 * NoCloudSeed seed = NoCloudSeed.builder()
 *     .metaData(MetaData.builder("tank-01-v1").localHostname("tank-01").build())
 *     .userData(config)
 *     .build();
 * seed.toFileTree().writeTo(Path.of("out/seed"));
 * Files.write(Path.of("out/seed.iso"), seed.toIso());
 * }</pre>
 */
public final class NoCloudSeed {
  /** The volume label cloud-init looks for. */
  public static final String VOLUME_ID = "cidata";

  /** The meta-data key NoCloud reads SSH public keys from. */
  private static final String PUBLIC_KEYS = "public-keys";

  /** Where the seed's files are, made once: every seed is checked. */
  private static final Location META_DATA = Location.of("meta-data");
  private static final Location USER_DATA = Location.of("user-data");
  private static final Location VENDOR_DATA = Location.of("vendor-data");
  private static final Location META_DATA_KEYS = META_DATA.child(PUBLIC_KEYS);

  private final MetaData metaData;
  private final UserData userData;
  private final UserData vendorData;
  private final NetworkConfig networkConfig;

  private NoCloudSeed(Builder b) {
    this.metaData = b.metaData;
    this.userData = b.userData;
    this.vendorData = b.vendorData;
    this.networkConfig = b.networkConfig;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this seed.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.metaData = metaData;
    b.userData = userData;
    b.vendorData = vendorData;
    b.networkConfig = networkConfig;
    return b;
  }

  /**
   * Reads a seed from a file tree with {@code meta-data}, {@code user-data} and optionally {@code
   * vendor-data} and {@code network-config} at its root. Every file must be UTF-8 (nothing is
   * replaced) and within {@link CloudInitLimits}.
   *
   * @param tree the files
   * @return the seed
   * @throws ParseException when a required file is missing or a file does not parse
   */
  public static NoCloudSeed parse(FileTree tree) {
    Builder b = builder();
    b.metaData(MetaData.parse("meta-data", text(tree, "meta-data").orElseThrow(
        () -> new ParseException("meta-data", 0, "the seed has no meta-data file"))));
    b.userData(UserData.parse("user-data", bytes(tree, "user-data").orElseThrow(
        () -> new ParseException("user-data", 0, "the seed has no user-data file"))));
    bytes(tree, "vendor-data").ifPresent(v -> b.vendorData(UserData.parse("vendor-data", v)));
    text(tree, "network-config").ifPresent(
        n -> b.networkConfig(NetworkConfig.parse("network-config", n)));
    return b.build();
  }

  /**
   * Reads a seed directory; no file is read beyond {@link CloudInitLimits#MAX_BYTES}.
   *
   * @param dir the directory
   * @return the seed
   * @throws ParseException when a required file is missing or a file does not parse
   * @throws UncheckedIOException when reading fails
   */
  public static NoCloudSeed read(Path dir) {
    FileTree.Builder t = FileTree.builder();
    for (String name : new String[] {"meta-data", "user-data", "vendor-data", "network-config"}) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        t.file(name, BoundedInput.readAll(name, p, CloudInitLimits.MAX_BYTES,
            "CloudInitLimits.MAX_BYTES"));
      }
    }
    return parse(t.build());
  }

  private static Optional<byte[]> bytes(FileTree tree, String path) {
    return tree.get(path).filter(RegularFile.class::isInstance)
        .map(e -> ((RegularFile) e).content());
  }

  private static Optional<String> text(FileTree tree, String path) {
    return bytes(tree, path).map(b -> {
      if (b.length > CloudInitLimits.MAX_BYTES) {
        throw BoundedInput.tooLarge(path, CloudInitLimits.MAX_BYTES, "CloudInitLimits.MAX_BYTES");
      }
      return Utf8.decode(path, b);
    });
  }

  /**
   * The meta-data.
   *
   * @return the meta-data
   */
  public MetaData metaData() {
    return metaData;
  }

  /**
   * The user-data.
   *
   * @return the user-data
   */
  public UserData userData() {
    return userData;
  }

  /**
   * The vendor-data.
   *
   * @return the vendor-data, if any
   */
  public Optional<UserData> vendorData() {
    return Optional.ofNullable(vendorData);
  }

  /**
   * The network configuration.
   *
   * @return the network-config, if any
   */
  public Optional<NetworkConfig> networkConfig() {
    return Optional.ofNullable(networkConfig);
  }

  /**
   * The seed's files, at the root of the tree, mode 0644.
   *
   * @return the tree
   */
  public FileTree toFileTree() {
    FileTree.Builder t = FileTree.builder();
    // each text's UTF-8 bytes, encoded once as it is written: no string of it is made; the
    // user-data's file is made once and shared by the seeds that share the user-data
    metaData.render(text -> t.file("meta-data", text));
    t.add(userData.seedFile());
    if (vendorData != null) {
      vendorData.render(text -> t.file("vendor-data", text));
    }
    if (networkConfig != null) {
      networkConfig.render(text -> t.file("network-config", text));
    }
    return t.build();
  }

  /**
   * The seed as an ISO 9660 image with volume id {@code cidata}, Joliet and Rock Ridge names, and
   * fixed timestamps.
   *
   * @return the image bytes
   */
  public byte[] toIso() {
    return IsoImage.builder().volumeId(VOLUME_ID).joliet(true).rockRidge(true).build()
        .write(toFileTree());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoCloudSeed s && s.toFileTree().equals(toFileTree());
  }

  @Override
  public int hashCode() {
    return toFileTree().hashCode();
  }

  @Override
  public String toString() {
    return "NoCloudSeed[instance-id=" + metaData.instanceId() + "]";
  }

  /** Mutable builder. */
  public static final class Builder {
    private MetaData metaData;
    private UserData userData;
    private UserData vendorData;
    private NetworkConfig networkConfig;

    private Builder() {}

    /**
     * The meta-data (required).
     *
     * @param value meta-data
     * @return this builder
     */
    public Builder metaData(MetaData value) {
      this.metaData = Objects.requireNonNull(value, "metaData");
      return this;
    }

    /**
     * The user-data (required).
     *
     * @param value user-data
     * @return this builder
     */
    public Builder userData(UserData value) {
      this.userData = Objects.requireNonNull(value, "userData");
      return this;
    }

    /**
     * The user-data as one cloud-config document.
     *
     * @param config the document
     * @return this builder
     */
    public Builder userData(CloudConfig config) {
      return userData(UserData.of(config));
    }

    /**
     * The vendor-data.
     *
     * @param value vendor-data
     * @return this builder
     */
    public Builder vendorData(UserData value) {
      this.vendorData = value;
      return this;
    }

    /**
     * The network configuration.
     *
     * @param value network-config
     * @return this builder
     */
    public Builder networkConfig(NetworkConfig value) {
      this.networkConfig = value;
      return this;
    }

    /**
     * Builds and checks the seed: meta-data and user-data are present, and every SSH key it
     * authorizes (the meta-data's {@code public-keys}, each cloud-config part's {@code
     * ssh_authorized_keys} and {@code users[].ssh_authorized_keys}) is an OpenSSH public key line;
     * a private key is refused as one, and never shown.
     *
     * @return the seed
     * @throws io.tankos.core.validation.ValidationException listing every problem, e.g. {@code
     *     user-data.users[0].ssh_authorized_keys[0]: is a PRIVATE key ...}
     */
    public NoCloudSeed build() {
      Problems problems = new Problems();
      if (metaData == null) {
        problems.add(META_DATA, "is required: a NoCloud seed needs meta-data");
      } else {
        publicKeys(metaData.values().get(PUBLIC_KEYS), META_DATA_KEYS, problems);
      }
      if (userData == null) {
        problems.add(USER_DATA, "is required: a NoCloud seed needs user-data");
      } else {
        authorizedKeys(userData, USER_DATA, problems);
      }
      if (vendorData != null) {
        authorizedKeys(vendorData, VENDOR_DATA, problems);
      }
      problems.throwIfAny();
      return new NoCloudSeed(this);
    }

    private static void authorizedKeys(UserData data, Location at, Problems problems) {
      List<Part> parts = data.parts();
      for (int i = 0; i < parts.size(); i++) {
        Location pa = parts.size() == 1 ? at : at.child("part").index(i);
        Optional<CloudConfig> config = parts.get(i).cloudConfig(); // no lambda per part
        if (config.isPresent()) {
          SshModule.authorizedKeysIn(config.get().values(), pa, Checks.of(null, problems));
        }
      }
    }

    /** The meta-data's public keys as cloud-init reads them: a string of lines, a list, or a mapping of those. */
    private static void publicKeys(Object keys, Location at, Problems problems) {
      Checks c = Checks.of(null, problems);
      if (keys instanceof String s) {
        List<String> entries = SshPublicKeys.entries(s);
        for (int i = 0; i < entries.size(); i++) {
          c.publicKey(entries.get(i), entries.size() == 1 ? at : at.index(i));
        }
      } else if (keys instanceof List<?> l) {
        for (int i = 0; i < l.size(); i++) {
          if (!"".equals(l.get(i))) {
            c.publicKey(l.get(i), at.index(i));
          }
        }
      } else if (keys instanceof Map<?, ?> m) {
        m.forEach((k, v) -> publicKeys(v, at.child(String.valueOf(k)), problems));
      } else if (keys != null) {
        c.publicKey(keys, at);
      }
    }
  }
}
