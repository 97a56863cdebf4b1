package io.tankos.bootc.kubevirt;

import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.bootc.containerfile.Copy;
import io.tankos.bootc.containerfile.Word;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Containerfile that wraps a disk image (e.g. the bootc qcow2) as a KubeVirt containerDisk: an
 * otherwise empty image with the disk under {@value #DISK_DIRECTORY}, owned by the qemu user
 * (107:107) that reads it. KubeVirt extracts the disk from the image layers; it never runs the
 * image.
 *
 * <pre>{@code
 * Containerfile cf = ContainerDisk.containerfile("disk.qcow2");
 * // FROM scratch
 * // ADD --chown=107:107 disk.qcow2 /disk/
 * }</pre>
 */
public final class ContainerDisk {
  private static final Pattern DISK_FILE = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  /** Where KubeVirt looks for the disk in the image. */
  public static final String DISK_DIRECTORY = "/disk/";

  /** The user and group KubeVirt's qemu runs as. */
  public static final String QEMU_OWNER = "107:107";

  private ContainerDisk() {}

  /**
   * The containerDisk Containerfile for a disk file in the build context.
   *
   * @param diskFile the disk's path relative to the build context, e.g. {@code disk.qcow2}
   * @return {@code FROM scratch} and {@code ADD --chown=107:107 FILE /disk/}
   * @throws ValidationException when the path is empty, absolute, climbs out of the context or has
   *     a character outside {@code [A-Za-z0-9._/-]}
   */
  public static Containerfile containerfile(String diskFile) {
    Objects.requireNonNull(diskFile, "diskFile");
    if (!DISK_FILE.matcher(diskFile).matches()
        || diskFile.equals("..")
        || diskFile.startsWith("../")
        || diskFile.contains("/../")
        || diskFile.endsWith("/..")) {
      throw new ValidationException(
          Location.of("ContainerDisk.diskFile"),
          "'"
              + diskFile
              + "' is not a relative path of letters, digits, '.', '_', '-' and '/'"
              + " inside the build context");
    }
    return Containerfile.builder()
        .from("scratch")
        .copy(
            Copy.addBuilder()
                .chown(Word.literal(QEMU_OWNER))
                .source(diskFile)
                .destination(DISK_DIRECTORY)
                .build())
        .build();
  }
}
