package io.tankos.core.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.RealTools;
import io.tankos.testkit.RequiresTools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units tankos renders, as systemd 252's {@code systemd-analyze verify} judges them. */
@RequiresTools({RealTools.SYSTEMD_ANALYZE})
class SystemdAnalyzeRealToolsTest {
  @TempDir Path tmp;

  static SystemdUnit healthService() {
    return SystemdUnit.service("openclaw-healthcheck")
        .description("Check the OpenClaw gateway and restart it when it is down (100% sure)")
        .documentation("https://github.com/openclaw/openclaw")
        .after("network-online.target")
        .wants("network-online.target")
        .type(ServiceType.ONESHOT)
        .execStartPre("/bin/true --probe")
        .execStart("/bin/true --port 18789")
        .execStart(List.of("/bin/true", "two words", "it's"))
        .environment("GREETING", "hello world \"quoted\" 50%")
        .timeoutStartSec("900")
        .build();
  }

  static SystemdUnit healthTimer() {
    return SystemdUnit.timer("openclaw-healthcheck")
        .description("Run the OpenClaw health check")
        .onBootSec("5min")
        .onUnitActiveSec("300")
        .unit("openclaw-healthcheck.service")
        .wantedBy("timers.target")
        .build();
  }

  @Test
  void userUnitsOfTheHealthCheckPass() {
    SystemdTools.Run r = SystemdTools.verify(tmp, UnitScope.USER,
        List.of(healthService(), healthTimer()));
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).isEmpty();
  }

  @Test
  void systemUnitsOfEveryTypePass() {
    SystemdUnit service = SystemdUnit.service("tank-sync")
        .description("Sync")
        .type(ServiceType.SIMPLE)
        .execStart("/bin/true")
        .execStop("/bin/true stop")
        .restart("on-failure")
        .restartSec("10s")
        .user("root")
        .partOf("tank.target")
        .wantedBy("multi-user.target")
        .build();
    SystemdUnit target = SystemdUnit.target("tank").description("Tank").wants("tank-sync.service")
        .wantedBy("multi-user.target").build();
    SystemdUnit path = SystemdUnit.path("tank-sync")
        .conditionPathExists("!/etc/tank-skip")
        .set("Path", "PathChanged", "/etc/tank-os-release")
        .unit("tank-sync.service")
        .wantedBy("paths.target")
        .build();
    SystemdUnit socket = SystemdUnit.socket("tank-sync")
        .set("Socket", "ListenStream", "/run/tank-sync.sock")
        .set("Socket", "SocketMode", "0600")
        .wantedBy("sockets.target")
        .build();
    SystemdUnit timer = SystemdUnit.timer("tank-sync")
        .onCalendar("*-*-* 04:00:00")
        .persistent(true)
        .set("Timer", "RandomizedDelaySec", "1h 30s")
        .wantedBy("timers.target")
        .build();
    SystemdTools.Run r = SystemdTools.verify(tmp, UnitScope.SYSTEM,
        List.of(service, target, path, socket, timer));
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).isEmpty();
  }

  @Test
  void specifiersReachSystemdUnescapedAndLiteralPercentEscaped() {
    SystemdUnit u = SystemdUnit.service("spec")
        .description("50% of %n")
        .setWithSpecifiers("Service", "ExecStart", "/bin/true %n %%")
        .build();
    assertThat(u.toString()).contains("Description=50%% of %%n").contains("ExecStart=/bin/true %n %%");
    SystemdTools.Run r = SystemdTools.verify(tmp, UnitScope.SYSTEM, List.of(u));
    assertThat(r.output()).isEmpty();
  }

  /** Every key of the table, set empty in a unit of each type: systemd knows every one of them. */
  @Test
  void everyKeyOfTheTableIsKnownToSystemd() {
    List<Map.Entry<String, String>> files = new ArrayList<>();
    int keys = 0;
    for (UnitType type : UnitType.values()) {
      SystemdUnit.Builder b = SystemdUnit.builder(type, "all-keys");
      List<String> sections = new ArrayList<>(List.of("Unit", "Install"));
      type.section().ifPresent(sections::add);
      for (String section : sections) {
        for (String key : UnitKeys.keys(section)) {
          b.add(section, key, "");
          keys++;
        }
      }
      // a value that makes the unit loadable, so that systemd reads every line
      UnitRules.NEEDS_ONE_OF.getOrDefault(type, List.of()).stream().findFirst().ifPresent(k ->
          b.add(type.section().orElseThrow(), k, k.startsWith("Exec") ? "/bin/true"
              : k.startsWith("Listen") ? "/run/all-keys.sock" : k.startsWith("On") ? "5min"
              : "/tmp"));
      SystemdUnit u = b.build();
      files.add(Map.entry(u.fileName(), u.toString()));
    }
    assertThat(keys).isGreaterThan(600);
    SystemdTools.Run r = SystemdTools.verifyFiles(tmp, UnitScope.SYSTEM, files);
    assertThat(r.output()).contains("all-keys.service").doesNotContain("Unknown key")
        .doesNotContain("Unknown section").doesNotContain("nknown lvalue");
  }

  @Test
  void aTypoIsRefusedByTankosAndReportedBySystemd() {
    assertThatThrownBy(() -> SystemdUnit.timer("openclaw-healthcheck").set("Timer", "OnBootSecs", "5min")
            .onUnitActiveSec("5min").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.location().path())
            .isEqualTo("openclaw-healthcheck.timer.Timer.OnBootSecs"));
    UnitFile raw = UnitFile.builder()
        .section(Section.builder("Timer").add("OnBootSecs", "5min").add("OnUnitActiveSec", "5min")
            .build())
        .build();
    SystemdTools.Run r = SystemdTools.verifyFiles(tmp, UnitScope.SYSTEM,
        List.of(Map.entry("typo.timer", raw.render()),
            Map.entry("typo.service", "[Service]\nExecStart=/bin/true\n")));
    assertThat(r.output()).contains("Unknown key 'OnBootSecs' in section [Timer]");
  }
}
