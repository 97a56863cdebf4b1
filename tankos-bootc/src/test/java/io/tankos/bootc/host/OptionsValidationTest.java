package io.tankos.bootc.host;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** bootc options and host values refuse with a location, in build(). */
class OptionsValidationTest {

  @Test
  void switchUpgradeAndInstallOptions() {
    assertThatThrownBy(() -> SwitchOptions.builder().transport("ftp").softReboot("now").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("2 problems:\n  transport: unknown bootc transport 'ftp'\n"
            + "  soft-reboot: must be required or auto, found 'now'");
    assertThatThrownBy(() -> UpgradeOptions.builder().downloadOnly(true).apply(true).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("download-only: cannot be combined with --apply or --from-downloaded");
    assertThatThrownBy(() -> InstallToDisk.builder("/dev/vda").filesystem("zfs").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("filesystem: must be xfs, ext4 or btrfs, found 'zfs'");
  }

  @Test
  void hostRecords() {
    assertThatThrownBy(() -> new OstreeDeployment("abc", -1, "default"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("ostree.deploySerial: is negative: -1");
  }
}
