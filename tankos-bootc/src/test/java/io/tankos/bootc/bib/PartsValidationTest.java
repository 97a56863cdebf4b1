package io.tankos.bootc.bib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The parts of a BIB config check themselves in build() and refuse with a location. */
class PartsValidationTest {

  private static ValidationException refusal(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aUserBuiltOnItsOwnReportsAtItsPath() {
    ValidationException e = refusal(() -> ImageUser.builder(" ").home("relative").shell("/bin/sh\n")
        .groups(java.util.List.of("wheel", "")).uid(-1).build());
    assertThat(e.problems()).extracting(Object::toString).containsExactly(
        "customizations.user.name: is empty",
        "customizations.user.shell: contains a line break or NUL",
        "customizations.user.home: must be an absolute path, found 'relative'",
        "customizations.user.groups[1]: is empty",
        "customizations.user.uid: is negative: -1");
  }

  @Test
  void aPartitionChecksItsVolumes() {
    ValidationException e = refusal(() -> Partition.plain(DataSize.of("1 GiB")).mountpoint("boot").fsType("zfs")
        .addLogicalVolume(new LogicalVolume("root", DataSize.of("2 GiB"), "/", null, "ntfs"))
        .addSubvolume(new Subvolume("home", "home")).build());
    assertThat(e.problems()).extracting(Object::toString).containsExactly(
        "customizations.disk.partitions.mountpoint: must be an absolute path, found 'boot'",
        "customizations.disk.partitions.fs_type: expected ext4, xfs, vfat or swap, found 'zfs'",
        "customizations.disk.partitions.logical_volumes[0].fs_type: expected ext4, xfs, vfat or swap, found 'ntfs'",
        "customizations.disk.partitions.subvolumes[0].mountpoint: must be an absolute path, found 'home'",
        "customizations.disk.partitions.logical_volumes: only lvm partitions have logical volumes",
        "customizations.disk.partitions.subvolumes: only btrfs partitions have subvolumes");
    assertThat(refusal(() -> Partition.builder("zfs", DataSize.bytes(1)).build()).location().path())
        .isEqualTo("customizations.disk.partitions.type");
  }

  @Test
  void parsingNamesTheIndexedPath() {
    String toml = "[[customizations.user]]\nname = \"a\"\n[[customizations.user]]\nname = \"b\"\nhome = \"x\"\n";
    assertThatThrownBy(() -> BuildConfig.parseToml("c.toml", toml)).isInstanceOf(ParseException.class)
        .hasMessage("c.toml: customizations.user[1].home: must be an absolute path, found 'x'");
    String disk = "[customizations.disk]\n[[customizations.disk.partitions]]\nminsize = \"1 GiB\"\nfs_type = \"xfs\"\n"
        + "mountpoint = \"/boot\"\n[[customizations.disk.partitions]]\nminsize = \"1 GiB\"\nfs_type = \"zfs\"\n";
    assertThatThrownBy(() -> BuildConfig.parseToml("c.toml", disk)).isInstanceOf(ParseException.class)
        .hasMessage("c.toml: customizations.disk.partitions[1].fs_type: expected ext4, xfs, vfat or swap, found 'zfs'");
  }

  @Test
  void requestsCheckInBuild() {
    DiskImageRequest.Builder b = DiskImageRequest.builder("localhost/tank-os:1", Path.of("out")).rootfs("zfs");
    assertThat(refusal(b::build).toString()).contains("rootfs: must be ext4, xfs or btrfs, found 'zfs'");
    assertThat(refusal(() -> DiskImageRequest.builder("i", Path.of("o")).type(ImageType.ANACONDA_ISO)
        .targetArch("arm64").build()).location().path()).isEqualTo("target-arch");
  }
}
