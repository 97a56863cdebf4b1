package io.tankos.core.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import io.tankos.core.fs.Symlink;
import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class UnitLinksTest {
  private static final SystemdUnit TIMER = SystemdUnit.timer("openclaw-healthcheck")
      .onBootSec("5min").wantedBy("timers.target", "default.target").requiredBy("tank.target")
      .set("Install", "Alias", "tank-health.timer").build();

  @Test
  void installPutsTheFileInTheVendorDirectory() {
    FileTree t = UnitLinks.install(UnitScope.USER, TIMER);
    assertThat(t.paths()).containsExactly("usr/lib/systemd/user/openclaw-healthcheck.timer");
    RegularFile f = (RegularFile) t.entries().get(0);
    assertThat(f.text()).isEqualTo(TIMER.toString());
    assertThat(f.mode()).isEqualTo(0644);
  }

  @Test
  void enableMakesWantsRequiresAndAliasLinks() {
    FileTree t = UnitLinks.enable(UnitScope.SYSTEM, TIMER);
    assertThat(t.entries()).containsExactly(
        new Symlink("etc/systemd/system/default.target.wants/openclaw-healthcheck.timer",
            "/usr/lib/systemd/system/openclaw-healthcheck.timer"),
        new Symlink("etc/systemd/system/tank-health.timer",
            "/usr/lib/systemd/system/openclaw-healthcheck.timer"),
        new Symlink("etc/systemd/system/tank.target.requires/openclaw-healthcheck.timer",
            "/usr/lib/systemd/system/openclaw-healthcheck.timer"),
        new Symlink("etc/systemd/system/timers.target.wants/openclaw-healthcheck.timer",
            "/usr/lib/systemd/system/openclaw-healthcheck.timer"));
    SystemdUnit plain = SystemdUnit.service("p").execStart("/bin/true").build();
    assertThat(UnitLinks.enable(UnitScope.USER, plain).isEmpty()).isTrue();
  }

  @Test
  void templatesAreEnabledThroughTheirDefaultInstance() {
    SystemdUnit tpl = SystemdUnit.service("agent@").execStart("/bin/true").wantedBy("default.target")
        .build();
    assertThat(UnitLinks.enable(UnitScope.USER, tpl).isEmpty()).isTrue();
    FileTree t = UnitLinks.enable(UnitScope.USER,
        tpl.toBuilder().set("Install", "DefaultInstance", "work").build());
    assertThat(t.entries()).containsExactly(new Symlink(
        "etc/systemd/user/default.target.wants/agent@work.service",
        "/usr/lib/systemd/user/agent@.service"));
  }

  @Test
  void enableRefusesWhatItCannotReproduce() {
    SystemdUnit also = SystemdUnit.service("a").execStart("/bin/true")
        .set("Install", "Also", "b.service").build();
    assertThatThrownBy(() -> UnitLinks.enable(UnitScope.SYSTEM, also))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.location().path()).isEqualTo("a.service.Install.Also"));
    SystemdUnit spec = SystemdUnit.service("a").execStart("/bin/true")
        .setWithSpecifiers("Install", "WantedBy", "%N.target").build();
    assertThatThrownBy(() -> UnitLinks.enable(UnitScope.SYSTEM, spec))
        .hasMessage("a.service.Install.WantedBy: uses specifiers, which enable() does not expand");
  }

  @Test
  void baseImageUnitsAreEnabledAndMaskedByName() {
    assertThat(UnitLinks.enable(UnitScope.SYSTEM, "sshd.service", "multi-user.target").entries())
        .containsExactly(new Symlink("etc/systemd/system/multi-user.target.wants/sshd.service",
            "/usr/lib/systemd/system/sshd.service"));
    assertThat(UnitLinks.mask(UnitScope.SYSTEM, "bootc-fetch-apply-updates.timer").entries())
        .containsExactly(new Symlink("etc/systemd/system/bootc-fetch-apply-updates.timer",
            "/dev/null"));
    assertThat(UnitLinks.mask(UnitScope.USER, "x.service").paths())
        .containsExactly("etc/systemd/user/x.service");
    assertThatThrownBy(() -> UnitLinks.mask(UnitScope.SYSTEM, "../../etc/passwd"))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.location().path()).isEqualTo("unitFileName"));
    assertThatThrownBy(() -> UnitLinks.enable(UnitScope.SYSTEM, "sshd.service", "multi user"))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.location().path()).isEqualTo("wantedByTarget"));
  }
}
