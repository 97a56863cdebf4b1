package io.tankos.cloudinit;

/**
 * CloudUser-data size limits of cloud platforms, and which size they count.
 *
 * <pre>{@code
 * userData.checkFits(PlatformLimit.EC2);  // 16 KiB of raw bytes, before base64
 * }</pre>
 */
public enum PlatformLimit {
  /** AWS EC2: 16 KiB of raw user-data, before base64 encoding. */
  EC2("AWS EC2", 16 * 1024, false),
  /** Azure customData: 65,535 bytes. */
  AZURE("Azure customData", 65_535, false),
  /** OpenStack Nova: 65,535 bytes of base64-encoded user-data. */
  OPENSTACK("OpenStack Nova", 65_535, true),
  /** VMware CloudinitPrep: 512 KiB of user-data. */
  VMWARE("VMware CloudinitPrep", 512 * 1024, false);

  private final String platform;
  private final int maxBytes;
  private final boolean countsBase64;

  PlatformLimit(String platform, int maxBytes, boolean countsBase64) {
    this.platform = platform;
    this.maxBytes = maxBytes;
    this.countsBase64 = countsBase64;
  }

  /**
   * The platform's name.
   *
   * @return e.g. {@code AWS EC2}
   */
  public String platform() {
    return platform;
  }

  /**
   * The limit in bytes.
   *
   * @return the limit
   */
  public int maxBytes() {
    return maxBytes;
  }

  /**
   * Whether the limit applies to the base64 text rather than the raw bytes.
   *
   * @return true when base64 is counted
   */
  public boolean countsBase64() {
    return countsBase64;
  }

  /**
   * The size this platform counts for the given user-data bytes (already gzipped if they are).
   *
   * @param raw the bytes uploaded (before any base64 step)
   * @return the counted size
   */
  public long countedSize(long raw) {
    return countsBase64 ? (raw + 2) / 3 * 4 : raw;
  }
}
