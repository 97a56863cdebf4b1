package io.tankos.bootc.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.exec.RecordingRunner.Reply;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Systemctl}: the exact argv of each form and verb, answers, refusals and failures. */
class SystemctlTest {

  private static RecordingRunner ok() {
    return new RecordingRunner().onAnyCommand().reply(Reply.success());
  }

  @Test
  void systemVerbsPutTheUnitAfterDoubleDash() {
    RecordingRunner r = ok();
    Systemctl s = Systemctl.system(r);
    s.daemonReload();
    s.start("sshd.service");
    s.stop("sshd.service");
    s.restart("worker@one.service");
    s.enable("openclaw-healthcheck.timer");
    s.disable("bootc-fetch-apply-updates.timer");
    assertThat(r.argvs()).containsExactly(
        List.of("systemctl", "daemon-reload"),
        List.of("systemctl", "start", "--", "sshd.service"),
        List.of("systemctl", "stop", "--", "sshd.service"),
        List.of("systemctl", "restart", "--", "worker@one.service"),
        List.of("systemctl", "enable", "--", "openclaw-healthcheck.timer"),
        List.of("systemctl", "disable", "--", "bootc-fetch-apply-updates.timer"));
    assertThat(r.invocations()).allSatisfy(i -> {
      assertThat(i.environment()).isEmpty();
      assertThat(i.stdinBytes()).isEmpty();
    });
  }

  @Test
  void userFormsRunTheUsersManager() {
    RecordingRunner r = ok();
    Systemctl.user(r).daemonReload();
    Systemctl.userOf(r, "openclaw", 1000).restart("openclaw.service");
    assertThat(r.argvs()).containsExactly(
        List.of("systemctl", "--user", "daemon-reload"),
        List.of("runuser", "-u", "openclaw", "--", "env", "XDG_RUNTIME_DIR=/run/user/1000",
            "systemctl", "--user", "restart", "--", "openclaw.service"));
  }

  @Test
  void isActiveAndIsEnabledReadTheExitCodeAndState() {
    RecordingRunner r = new RecordingRunner()
        .onPrefix("systemctl", "is-active", "--", "up.service").reply(Reply.success().stdout("active\n"))
        .onPrefix("systemctl", "is-active", "--", "down.service")
        .reply(Reply.exitCode(3).stdout("inactive\n"))
        .onPrefix("systemctl", "is-active", "--", "nobus.service")
        .reply(Reply.exitCode(1).stderr("Failed to connect to bus: No medium found"))
        .onPrefix("systemctl", "is-enabled", "--", "on.timer").reply(Reply.success().stdout("enabled\n"))
        .onPrefix("systemctl", "is-enabled", "--", "off.timer")
        .reply(Reply.exitCode(1).stdout("disabled\n"));
    Systemctl s = Systemctl.system(r);
    assertThat(s.isActive("up.service")).isTrue();
    assertThat(s.isActive("down.service")).isFalse();
    assertThat(s.isEnabled("on.timer")).isTrue();
    assertThat(s.isEnabled("off.timer")).isFalse();
    assertThatThrownBy(() -> s.isActive("nobus.service"))
        .isInstanceOfSatisfying(SystemctlException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(1);
          assertThat(e.argv()).containsExactly("systemctl", "is-active", "--", "nobus.service");
          assertThat(e.stderrTail()).contains("Failed to connect to bus");
        });
  }

  @Test
  void aFailedVerbIsATypedExceptionWithCommandExitCodeAndStderr() {
    RecordingRunner r = new RecordingRunner().onAnyCommand()
        .reply(Reply.exitCode(5).stderr("Failed to start nope.service: Unit nope.service not found."));
    assertThatThrownBy(() -> Systemctl.user(r).start("nope.service"))
        .isInstanceOfSatisfying(SystemctlException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(5);
          assertThat(e.argv()).containsExactly("systemctl", "--user", "start", "--", "nope.service");
          assertThat(e.getMessage()).startsWith("command systemctl --user start -- nope.service: ")
              .contains("exited with code 5").contains("Unit nope.service not found.");
        });
  }

  @Test
  void badUnitNamesNeverReachArgv() {
    RecordingRunner r = ok();
    Systemctl s = Systemctl.system(r);
    for (String bad : List.of("--now", "-.mount", "sshd", "a b.service", "x.service\n--force",
        "../x.service", "")) {
      assertThatThrownBy(() -> s.restart(bad)).as(bad)
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.location().path()).isEqualTo("Systemctl.restart.unit"));
    }
    assertThatThrownBy(() -> s.isEnabled("-x.service"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.location().path()).isEqualTo("Systemctl.isEnabled.unit"));
    assertThatThrownBy(() -> Systemctl.userOf(r, "--help", 1000))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.location().path()).isEqualTo("Systemctl.userOf.userName"));
    assertThatThrownBy(() -> Systemctl.userOf(r, "openclaw", -1))
        .isInstanceOf(ValidationException.class);
    assertThat(r.invocations()).isEmpty();
  }
}
