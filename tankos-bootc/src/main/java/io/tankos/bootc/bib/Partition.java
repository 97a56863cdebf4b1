package io.tankos.bootc.bib;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partition of a {@code customizations.disk} layout: {@code plain} (a filesystem), {@code lvm} (a
 * volume group with logical volumes) or {@code btrfs} (subvolumes).
 *
 * <pre>{@code
 * Partition boot = Partition.plain(DataSize.of("1 GiB")).mountpoint("/boot").fsType("xfs").build();
 * }</pre>
 *
 * <p>{@link Builder#build()} checks the partition with its volumes and reports at its TOML path
 * without an index ({@code customizations.disk.partitions.fs_type}).
 */
public final class Partition {
  private static final Location AT = Location.of("customizations").child("disk").child("partitions");

  private final String type;
  private final DataSize minsize;
  private final String mountpoint;
  private final String label;
  private final String fsType;
  private final String partType;
  private final String partLabel;
  private final String partUuid;
  private final String name;
  private final List<LogicalVolume> logicalVolumes;
  private final List<Subvolume> subvolumes;

  private Partition(Builder b) {
    this.type = b.type;
    this.minsize = b.minsize;
    this.mountpoint = b.mountpoint;
    this.label = b.label;
    this.fsType = b.fsType;
    this.partType = b.partType;
    this.partLabel = b.partLabel;
    this.partUuid = b.partUuid;
    this.name = b.name;
    this.logicalVolumes = List.copyOf(b.logicalVolumes);
    this.subvolumes = List.copyOf(b.subvolumes);
  }

  /**
   * A builder for a plain partition.
   *
   * @param minsize the minimum size
   * @return the builder
   */
  public static Builder plain(DataSize minsize) {
    return new Builder("plain", minsize);
  }

  /**
   * A builder for an LVM partition.
   *
   * @param minsize the minimum size
   * @return the builder
   */
  public static Builder lvm(DataSize minsize) {
    return new Builder("lvm", minsize);
  }

  /**
   * A builder for a btrfs partition.
   *
   * @param minsize the minimum size
   * @return the builder
   */
  public static Builder btrfs(DataSize minsize) {
    return new Builder("btrfs", minsize);
  }

  /**
   * A builder of any type (for parsers).
   *
   * @param type {@code plain}, {@code lvm} or {@code btrfs}
   * @param minsize the minimum size
   * @return the builder
   */
  public static Builder builder(String type, DataSize minsize) {
    return new Builder(type, minsize);
  }

  /**
   * The partition type.
   *
   * @return {@code plain}, {@code lvm} or {@code btrfs}
   */
  public String type() {
    return type;
  }

  /**
   * The minimum size.
   *
   * @return the size
   */
  public DataSize minsize() {
    return minsize;
  }

  /**
   * The mount point of a plain partition.
   *
   * @return the mount point
   */
  public Optional<String> mountpoint() {
    return Optional.ofNullable(mountpoint);
  }

  /**
   * The filesystem label of a plain partition.
   *
   * @return the label
   */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /**
   * The filesystem type of a plain partition.
   *
   * @return the type
   */
  public Optional<String> fsType() {
    return Optional.ofNullable(fsType);
  }

  /**
   * The GPT partition type GUID or DOS id.
   *
   * @return the partition type
   */
  public Optional<String> partType() {
    return Optional.ofNullable(partType);
  }

  /**
   * The GPT partition label.
   *
   * @return the label
   */
  public Optional<String> partLabel() {
    return Optional.ofNullable(partLabel);
  }

  /**
   * The GPT partition UUID.
   *
   * @return the UUID
   */
  public Optional<String> partUuid() {
    return Optional.ofNullable(partUuid);
  }

  /**
   * The volume group name of an LVM partition.
   *
   * @return the name
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The logical volumes of an LVM partition.
   *
   * @return the volumes in order
   */
  public List<LogicalVolume> logicalVolumes() {
    return logicalVolumes;
  }

  /**
   * The subvolumes of a btrfs partition.
   *
   * @return the subvolumes in order
   */
  public List<Subvolume> subvolumes() {
    return subvolumes;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Partition)) {
      return false;
    }
    Partition p = (Partition) o;
    return type.equals(p.type)
        && minsize.equals(p.minsize)
        && Objects.equals(mountpoint, p.mountpoint)
        && Objects.equals(label, p.label)
        && Objects.equals(fsType, p.fsType)
        && Objects.equals(partType, p.partType)
        && Objects.equals(partLabel, p.partLabel)
        && Objects.equals(partUuid, p.partUuid)
        && Objects.equals(name, p.name)
        && logicalVolumes.equals(p.logicalVolumes)
        && subvolumes.equals(p.subvolumes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, minsize, mountpoint, name);
  }

  @Override
  public String toString() {
    return "Partition[" + type + ", " + minsize + (mountpoint == null ? "" : ", " + mountpoint) + "]";
  }

  /** Builds a {@link Partition}; mutable, not thread-safe. */
  public static final class Builder {
    private final String type;
    private final DataSize minsize;
    private String mountpoint;
    private String label;
    private String fsType;
    private String partType;
    private String partLabel;
    private String partUuid;
    private String name;
    private final List<LogicalVolume> logicalVolumes = new ArrayList<>();
    private final List<Subvolume> subvolumes = new ArrayList<>();

    private Builder(String type, DataSize minsize) {
      this.type = Objects.requireNonNull(type, "type");
      this.minsize = Objects.requireNonNull(minsize, "minsize");
    }

    /**
     * Sets the mount point.
     *
     * @param mountpoint the mount point, or null
     * @return this builder
     */
    public Builder mountpoint(String mountpoint) {
      this.mountpoint = mountpoint;
      return this;
    }

    /**
     * Sets the filesystem label.
     *
     * @param label the label, or null
     * @return this builder
     */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /**
     * Sets the filesystem type.
     *
     * @param fsType {@code ext4}, {@code xfs}, {@code vfat}, {@code swap}, or null
     * @return this builder
     */
    public Builder fsType(String fsType) {
      this.fsType = fsType;
      return this;
    }

    /**
     * Sets the partition type.
     *
     * @param partType the type, or null
     * @return this builder
     */
    public Builder partType(String partType) {
      this.partType = partType;
      return this;
    }

    /**
     * Sets the GPT partition label.
     *
     * @param partLabel the label, or null
     * @return this builder
     */
    public Builder partLabel(String partLabel) {
      this.partLabel = partLabel;
      return this;
    }

    /**
     * Sets the GPT partition UUID.
     *
     * @param partUuid the UUID, or null
     * @return this builder
     */
    public Builder partUuid(String partUuid) {
      this.partUuid = partUuid;
      return this;
    }

    /**
     * Sets the LVM volume group name.
     *
     * @param name the name, or null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Adds a logical volume.
     *
     * @param volume the volume
     * @return this builder
     */
    public Builder addLogicalVolume(LogicalVolume volume) {
      logicalVolumes.add(Objects.requireNonNull(volume, "volume"));
      return this;
    }

    /**
     * Adds a btrfs subvolume.
     *
     * @param subvolume the subvolume
     * @return this builder
     */
    public Builder addSubvolume(Subvolume subvolume) {
      subvolumes.add(Objects.requireNonNull(subvolume, "subvolume"));
      return this;
    }

    /**
     * Builds and checks the partition.
     *
     * @return the partition
     * @throws io.tankos.core.validation.ValidationException listing every problem, e.g. {@code
     *     customizations.disk.partitions.fs_type: expected ext4, xfs, vfat or swap}
     */
    public Partition build() {
      Problems problems = new Problems();
      if (!List.of("plain", "lvm", "btrfs").contains(type)) {
        problems.add(AT.child("type"), "expected plain, lvm or btrfs, found '" + type + "'");
      }
      BibChecks.absolute(problems, AT.child("mountpoint"), mountpoint);
      BibChecks.fsType(problems, AT.child("fs_type"), fsType);
      for (int v = 0; v < logicalVolumes.size(); v++) {
        LogicalVolume lv = logicalVolumes.get(v);
        Location la = AT.child("logical_volumes").index(v);
        BibChecks.absolute(problems, la.child("mountpoint"), lv.mountpoint());
        BibChecks.fsType(problems, la.child("fs_type"), lv.fsType());
      }
      for (int v = 0; v < subvolumes.size(); v++) {
        BibChecks.absolute(problems, AT.child("subvolumes").index(v).child("mountpoint"),
            subvolumes.get(v).mountpoint());
      }
      if (!type.equals("lvm") && !logicalVolumes.isEmpty()) {
        problems.add(AT.child("logical_volumes"), "only lvm partitions have logical volumes");
      }
      if (!type.equals("btrfs") && !subvolumes.isEmpty()) {
        problems.add(AT.child("subvolumes"), "only btrfs partitions have subvolumes");
      }
      problems.throwIfAny();
      return new Partition(this);
    }
  }
}
