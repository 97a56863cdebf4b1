package io.tankos.cloudinit;

/** Public keys made once with ssh-keygen for tests that need a valid authorized_keys line. */
final class TestKeys {
  /** {@code ssh-keygen -t ed25519 -C admin@laptop}. */
  static final String ADMIN =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop";
  /** {@code ssh-keygen -t ed25519 -C ops@tank}. */
  static final String OPS =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEnKPhF9QgAUjXcF2w2ONy1pruOaBuwqATjg/rUSSlkS ops@tank";

  private TestKeys() {}
}
