package io.tankos.core.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SystemdUnitTest {

  private static List<String> problems(Supplier<SystemdUnit> build) {
    try {
      build.get();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a ValidationException");
  }

  @Test
  void timerRendersTypedKeysInSectionOrder() {
    SystemdUnit t = SystemdUnit.timer("openclaw-healthcheck")
        .wantedBy("timers.target")
        .onBootSec("5min")
        .description("Run the OpenClaw health check")
        .onUnitActiveSec("300")
        .persistent(false)
        .unit("openclaw-healthcheck.service")
        .build();
    assertThat(t.toString()).isEqualTo("""
        [Unit]
        Description=Run the OpenClaw health check

        [Timer]
        OnBootSec=5min
        OnUnitActiveSec=300
        Persistent=false
        Unit=openclaw-healthcheck.service

        [Install]
        WantedBy=timers.target
        """);
    assertThat(t.fileName()).isEqualTo("openclaw-healthcheck.timer");
    assertThat(t.baseName()).isEqualTo("openclaw-healthcheck");
    assertThat(t.type()).isEqualTo(UnitType.TIMER);
    assertThat(t.wantedBy()).containsExactly("timers.target");
    assertThat(t.requiredBy()).isEmpty();
    assertThat(t.unitFile().lastValue("Timer", "OnBootSec")).contains("5min");
  }

  @Test
  void serviceKeepsSpansAsWrittenAndRepeatsOneshotExecStart() {
    SystemdUnit s = SystemdUnit.service("bootstrap")
        .after("network-online.target", "podman.socket")
        .before("default.target")
        .wants("network-online.target")
        .requires("podman.socket")
        .partOf("tank.target")
        .documentation("man:podman(1)")
        .conditionPathExists("!/var/lib/tank/done")
        .type(ServiceType.ONESHOT)
        .execStartPre("/usr/bin/mkdir -p /var/lib/tank")
        .execStart("/usr/libexec/tank-os/bootstrap-openclaw")
        .execStart(List.of("/usr/bin/echo", "two words", "it's"))
        .execStartPost("/usr/bin/true")
        .execStop("/usr/bin/true stop")
        .remainAfterExit(true)
        .timeoutStartSec("900")
        .restart("on-failure")
        .restartSec("10")
        .user("openclaw")
        .environment("HOME", "/var/home/openclaw")
        .environment("GREETING", "hi \"there\"")
        .requiredBy("tank.target")
        .build();
    assertThat(s.toString()).isEqualTo("""
        [Unit]
        After=network-online.target podman.socket
        Before=default.target
        Wants=network-online.target
        Requires=podman.socket
        PartOf=tank.target
        Documentation=man:podman(1)
        ConditionPathExists=!/var/lib/tank/done

        [Service]
        Type=oneshot
        ExecStartPre=/usr/bin/mkdir -p /var/lib/tank
        ExecStart=/usr/libexec/tank-os/bootstrap-openclaw
        ExecStart=/usr/bin/echo "two words" "it's"
        ExecStartPost=/usr/bin/true
        ExecStop=/usr/bin/true stop
        RemainAfterExit=yes
        TimeoutStartSec=900
        Restart=on-failure
        RestartSec=10
        User=openclaw
        Environment=HOME=/var/home/openclaw
        Environment="GREETING=hi \\"there\\""

        [Install]
        RequiredBy=tank.target
        """);
    assertThat(s.requiredBy()).containsExactly("tank.target");
  }

  @Test
  void setReplacesAndAddAppendsAndEmptyResetsInstallLists() {
    SystemdUnit s = SystemdUnit.service("x").execStart("/bin/true")
        .set("Service", "RuntimeMaxSec", "1h")
        .set("Service", "RuntimeMaxSec", "2h")
        .wantedBy("a.target").add("Install", "WantedBy", "")
        .add("Install", "WantedBy", "b.target c.target")
        .set("Install", "Alias", "y.service")
        .build();
    assertThat(s.unitFile().values("Service", "RuntimeMaxSec")).containsExactly("2h");
    assertThat(s.wantedBy()).containsExactly("b.target", "c.target");
    assertThat(s.aliases()).containsExactly("y.service");
  }

  @Test
  void percentIsEscapedUnlessGivenWithSpecifiers() {
    SystemdUnit s = SystemdUnit.service("pct")
        .description("100% done")
        .execStart("/bin/printf %s x")
        .environment("P", "50%")
        .addWithSpecifiers("Service", "ExecStartPost", "/bin/echo %n %i %%")
        .setWithSpecifiers("Unit", "Documentation", "file://%h/doc")
        .build();
    assertThat(s.unitFile().values("Unit", "Description")).containsExactly("100%% done");
    assertThat(s.unitFile().values("Service", "ExecStart")).containsExactly("/bin/printf %%s x");
    assertThat(s.unitFile().values("Service", "Environment")).containsExactly("P=50%%");
    assertThat(s.unitFile().values("Service", "ExecStartPost")).containsExactly("/bin/echo %n %i %%");
    assertThat(s.unitFile().values("Unit", "Documentation")).containsExactly("file://%h/doc");
    assertThat(problems(() -> SystemdUnit.service("pct").execStart("/bin/true")
        .setWithSpecifiers("Unit", "Description", "50%q").build()))
        .containsExactly("pct.service.Unit.Description: '%' at index 2 is not followed by a"
            + " specifier systemd knows (write %% for a literal %)");
  }

  @Test
  void unknownKeysAndSectionsAreRefusedWithTheirLocation() {
    assertThat(problems(() -> SystemdUnit.timer("openclaw-healthcheck")
        .set("Timer", "OnBootSecs", "5min")
        .onUnitActiveSec("5min")
        .set("Service", "ExecStart", "/bin/true")
        .add("Unit", "Descripton", "typo")
        .build()))
        .containsExactly(
            "openclaw-healthcheck.timer.Timer.OnBootSecs: unknown key: systemd 252 does not read"
                + " OnBootSecs= in [Timer] (it would warn and ignore it)",
            "openclaw-healthcheck.timer.Service.ExecStart: a .timer unit has no [Service] section"
                + " systemd reads",
            "openclaw-healthcheck.timer.Unit.Descripton[0]: unknown key: systemd 252 does not read"
                + " Descripton= in [Unit] (it would warn and ignore it)");
  }

  @Test
  void everyKeyOfTheTableAndVendorExtensionsAreAccepted() {
    int n = 0;
    for (String section : UnitKeys.sections()) {
      UnitType type = switch (section) {
        case "Timer" -> UnitType.TIMER;
        case "Path" -> UnitType.PATH;
        case "Socket" -> UnitType.SOCKET;
        default -> UnitType.SERVICE;
      };
      for (String key : UnitKeys.keys(section)) {
        SystemdUnit.Builder b = SystemdUnit.builder(type, "k").set(section, key, "");
        // the unit may be refused for other reasons (no ExecStart, an empty value), never the key
        try {
          b.build();
        } catch (ValidationException e) {
          assertThat(e.problems())
              .as(section + "." + key)
              .noneMatch(p -> p.message().contains("unknown key")
                  || p.message().contains("section systemd reads"));
        }
        n++;
      }
    }
    assertThat(n).isGreaterThan(600);
    assertThat(UnitKeys.sections())
        .containsExactlyInAnyOrder("Unit", "Service", "Socket", "Timer", "Path", "Install");
    assertThat(UnitKeys.known("Service", "ExecStart")).isTrue();
    assertThat(UnitKeys.known("Service", "KillMode")).isTrue();
    assertThat(UnitKeys.known("Service", "MemoryMax")).isTrue();
    assertThat(UnitKeys.known("Timer", "OnBootSecs")).isFalse();
    SystemdUnit x = SystemdUnit.service("x").execStart("/bin/true")
        .set("Service", "X-Tank-Note", "kept").set("X-Tank", "Anything", "kept").build();
    assertThat(x.unitFile().lastValue("X-Tank", "Anything")).contains("kept");
  }

  @Test
  void timeSpansAreCheckedAsSystemdReadsThem() {
    assertThat(problems(() -> SystemdUnit.service("s").execStart("/bin/true")
        .timeoutStartSec("15 parsecs").restartSec("-1").set("Service", "WatchdogSec", "abc")
        .build()))
        .containsExactly(
            "s.service.Service.TimeoutStartSec: '15 parsecs' is not a systemd time span (900,"
                + " 15min, 1h 30s, infinity)",
            "s.service.Service.RestartSec: duration must not be negative",
            "s.service.Service.WatchdogSec: 'abc' is not a systemd time span (900, 15min, 1h 30s,"
                + " infinity)");
  }

  @Test
  void newlinesAndNulsAreRefusedEverywhereWithLocations() {
    assertThat(problems(() -> SystemdUnit.service("s")
        .type(ServiceType.ONESHOT)
        .description("a\nb")
        .execStart("/bin/true\n--x")
        .execStart("/bin/true\0")
        .environment("V", "a\nb")
        .set("Service", "WorkingDirectory", "/x\0y")
        .build()))
        .containsExactly(
            "s.service.Service.Environment[0]: value of V cannot contain a newline (at index 1)",
            "s.service.Unit.Description[0]: value cannot contain a newline (at index 1)",
            "s.service.Service.ExecStart[0]: value cannot contain a newline (at index 9)",
            "s.service.Service.ExecStart[1]: value cannot contain a NUL character (at index 9;"
                + " Quadlet and systemd cannot carry it)",
            "s.service.Service.WorkingDirectory[0]: value cannot contain a NUL character (at index"
                + " 2; Quadlet and systemd cannot carry it)");
  }

  @Test
  void typedValuesAreChecked() {
    assertThat(problems(() -> SystemdUnit.service("bad name")
        .execStart("")
        .restart("sometimes")
        .user("no body")
        .environment("1X", "v")
        .after("not a unit")
        .wants("nosuffix")
        .conditionPathExists("relative")
        .build()))
        .containsExactly(
            "bad name.service: unit name 'bad name.service' contains a character systemd refuses"
                + " (at index 3; allowed: letters, digits, ':', '-', '_', '.', '\\', '@')",
            "bad name.service.Service.ExecStart[0]: command line is empty",
            "bad name.service.Service.Restart: 'sometimes' is not a restart policy (no,"
                + " on-success, on-failure, on-abnormal, on-watchdog, on-abort, always)",
            "bad name.service.Service.User: 'no body' is not a user name (letters, digits, '_',"
                + " '-', at most 31) or id",
            "bad name.service.Service.Environment[0]: '1X' is not an environment variable name"
                + " ([A-Za-z_][A-Za-z0-9_]*)",
            "bad name.service.Unit.After[0]: 'not a unit' is not a unit name",
            "bad name.service.Unit.Wants[0]: 'nosuffix' is not a unit name (a name and a suffix"
                + " such as .service or .target)",
            "bad name.service.Unit.ConditionPathExists: 'relative' is not an absolute path",
            "bad name.service.Service: systemd refuses a .service unit without one of ExecStart=,"
                + " ExecStop=, SuccessAction=");
  }

  @Test
  void argvWordsThatCannotBeWrittenAreRefusedAtTheirLine() {
    assertThat(problems(() -> SystemdUnit.service("s").execStart(List.of("/bin/echo", ""))
        .execStop("/bin/true").build()))
        .containsExactly("s.service.Service.ExecStart[0]: word 1: an empty word cannot be written"
            + " (an empty quoted word ends the split)");
    assertThat(problems(() -> SystemdUnit.service("s").execStart(List.of()).execStop("/bin/true")
        .build()))
        .containsExactly("s.service.Service.ExecStart[0]: command line is empty");
  }

  @Test
  void unitsSystemdWouldRefuseToLoadAreRefused() {
    assertThat(problems(() -> SystemdUnit.service("s").execStart("/a").execStart("/b").build()))
        .containsExactly("s.service.Service.ExecStart: several ExecStart= lines need"
            + " Type=oneshot (systemd refuses the unit otherwise)");
    assertThat(problems(() -> SystemdUnit.service("s").type(ServiceType.ONESHOT)
        .execStart("/a").restart("always").build()))
        .containsExactly("s.service.Service.Restart: Restart=always is not allowed for"
            + " Type=oneshot (systemd refuses the unit)");
    assertThat(problems(() -> SystemdUnit.service("s").type(ServiceType.DBUS).execStart("/a")
        .build()))
        .containsExactly("s.service.Service.BusName: Type=dbus needs BusName= (systemd refuses the"
            + " unit otherwise)");
    assertThat(problems(() -> SystemdUnit.timer("t").persistent(true).build()))
        .containsExactly("t.timer.Timer: systemd refuses a .timer unit without one of"
            + " OnActiveSec=, OnBootSec=, OnStartupSec=, OnUnitActiveSec=, OnUnitInactiveSec=,"
            + " OnCalendar=, OnClockChange=, OnTimezoneChange=");
    assertThat(problems(() -> SystemdUnit.path("p").build())).hasSize(1);
    assertThat(problems(() -> SystemdUnit.socket("k").build())).hasSize(1);
    assertThat(problems(() -> SystemdUnit.target("e").build()))
        .containsExactly("e.target: the unit has no settings (systemd reads an empty unit file"
            + " as masked)");
  }

  @Test
  void toBuilderEqualsAndHashCodeGoByText() {
    SystemdUnit a = SystemdUnit.service("x").description("50%").execStart("/bin/true").build();
    SystemdUnit b = a.toBuilder().build();
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(b.toString()).isEqualTo(a.toString()).contains("Description=50%%");
    assertThat(a.toBuilder().description("other").build()).isNotEqualTo(a);
    assertThat(SystemdUnit.socket("x").set("Socket", "ListenStream", "1").build())
        .isNotEqualTo(SystemdUnit.path("x").set("Path", "PathExists", "/1").build());
  }

  @Test
  void enumsNameTheirFilesAndDirectories() {
    assertThat(UnitType.of("openclaw-healthcheck.timer")).isEqualTo(UnitType.TIMER);
    assertThat(UnitType.of("a.service")).isEqualTo(UnitType.SERVICE);
    assertThat(UnitType.TARGET.suffix()).isEqualTo(".target");
    assertThat(UnitType.TARGET.section()).isEmpty();
    assertThatThrownBy(() -> UnitType.of("a.mount")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("a.mount");
    assertThatThrownBy(() -> UnitType.of(".service")).isInstanceOf(ValidationException.class);
    assertThat(UnitScope.SYSTEM.unitDirectory()).isEqualTo("usr/lib/systemd/system");
    assertThat(UnitScope.USER.unitDirectory()).isEqualTo("usr/lib/systemd/user");
    assertThat(UnitScope.SYSTEM.configDirectory()).isEqualTo("etc/systemd/system");
    assertThat(UnitScope.USER.configDirectory()).isEqualTo("etc/systemd/user");
    assertThat(ServiceType.ONESHOT.value()).isEqualTo("oneshot");
    assertThat(ServiceType.NOTIFY_RELOAD.value()).isEqualTo("notify-reload");
  }
}
