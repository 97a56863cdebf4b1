package io.tankos.bootc.bib;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An image type bootc-image-builder makes ({@code --type}), with the file it writes under the
 * output directory and the config customizations it supports (osbuild/images v0.251.0
 * bootc-generic definitions; others only produce a warning).
 */
public enum ImageType {
  /** QEMU disk image. */
  QCOW2("qcow2", "qcow2/disk.qcow2", Kind.DISK),
  /** Raw disk image. */
  RAW("raw", "image/disk.raw", Kind.DISK),
  /** Raw disk image for Amazon EC2. */
  AMI("ami", "image/disk.raw", Kind.DISK),
  /** VMware disk. */
  VMDK("vmdk", "vmdk/disk.vmdk", Kind.DISK),
  /** Hyper-V / Azure disk. */
  VHD("vhd", "vpc/disk.vhd", Kind.DISK),
  /** Google Compute Engine tarball. */
  GCE("gce", "gce/image.tar.gz", Kind.DISK),
  /** OVA archive. */
  OVA("ova", "archive/image.ova", Kind.DISK),
  /** Anaconda installer ISO. */
  ANACONDA_ISO("anaconda-iso", "bootiso/*.iso", Kind.ISO),
  /** Alias of {@link #ANACONDA_ISO}. */
  ISO("iso", "bootiso/*.iso", Kind.ISO),
  /** bootc installer ISO. */
  BOOTC_INSTALLER("bootc-installer", "bootiso/*.iso", Kind.ISO),
  /** PXE tree tarball. */
  PXE_TAR_XZ("pxe-tar-xz", "pxe.tar.xz", Kind.PXE);

  private enum Kind {
    DISK,
    ISO,
    PXE
  }

  private static final List<String> DISK_OPTIONS =
      List.of("directories", "disk", "files", "group", "ignition", "kernel", "user", "sshd", "filesystem");
  private static final List<String> ISO_OPTIONS =
      List.of("fips", "group", "installer", "kernel", "user", "iso");
  private static final List<String> PXE_OPTIONS =
      List.of("directories", "files", "user", "group", "kernel");

  private final String cliName;
  private final String output;
  private final Kind kind;

  ImageType(String cliName, String output, Kind kind) {
    this.cliName = cliName;
    this.output = output;
    this.kind = kind;
  }

  /**
   * The {@code --type} value.
   *
   * @return e.g. {@code qcow2}, {@code anaconda-iso}
   */
  public String cliName() {
    return cliName;
  }

  /**
   * Where the image lands under the output directory; ISO names are a glob ({@code bootiso/*.iso})
   * because osbuild has renamed the file before.
   *
   * @return the relative path or glob
   */
  public String outputPattern() {
    return output;
  }

  /**
   * Whether this is an installer ISO type (ISO and disk types cannot be mixed in one run).
   *
   * @return true for ISO types
   */
  public boolean isIso() {
    return kind == Kind.ISO;
  }

  /**
   * Whether this type supports a {@code customizations} key ({@code kernel} means {@code
   * kernel.append}). {@code filesystem} (disk) and {@code iso} (ISO) are documented by BIB's README
   * though absent from the osbuild lists.
   *
   * @param customization e.g. {@code user}, {@code installer}
   * @return true when supported
   */
  public boolean supports(String customization) {
    switch (kind) {
      case DISK:
        return DISK_OPTIONS.contains(customization);
      case ISO:
        return ISO_OPTIONS.contains(customization);
      default:
        return PXE_OPTIONS.contains(customization);
    }
  }

  /**
   * The type for a {@code --type} value.
   *
   * @param cliName e.g. {@code qcow2}
   * @return the type, if known
   */
  public static Optional<ImageType> fromCliName(String cliName) {
    for (ImageType t : values()) {
      if (t.cliName.equals(cliName.toLowerCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
