package io.tankos.bootc.kubevirt;

/**
 * Firmware basics ({@code domain.firmware}); null parts are left out.
 *
 * @param bootloader BIOS or EFI, or null
 * @param secureBoot EFI secure boot, or null (only with {@link Bootloader#EFI})
 * @param serial the system serial number, or null
 * @param uuid the system UUID, or null
 */
public record Firmware(Bootloader bootloader, Boolean secureBoot, String serial, String uuid) {

  /**
   * EFI boot.
   *
   * @param secureBoot whether secure boot is on
   * @return the firmware
   */
  public static Firmware efi(boolean secureBoot) {
    return new Firmware(Bootloader.EFI, secureBoot, null, null);
  }
}
