package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.podman.PullPolicy;
import io.tankos.core.unit.ExecWords;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each value kind is written so that Quadlet reads back the caller's value, or is rejected. */
class ValueRenderingTest {

  private static ContainerUnit.Builder web() {
    return ContainerUnit.builder("web").image("quay.io/example/web:1.0");
  }

  private static List<String> locations(ValidationException e) {
    return e.problems().stream().map(p -> p.location().path()).toList();
  }

  @Test
  void rendersATypicalContainer() {
    ContainerUnit unit = web()
        .description("Web server")
        .after("network-online.target")
        .addPublishPort("127.0.0.1:8080:80")
        .environment("GREETING", "hello world")
        .environment("TZ", "UTC")
        .addVolume(SystemdValue.withSpecifiers("%h/web:/data:Z"))
        .userNs(UserNs.keepId(1000, 1000))
        .pull(PullPolicy.NEWER)
        .healthInterval(Duration.ofSeconds(30))
        .readOnly(true)
        .exec("--listen", "0.0.0.0:9000")
        .restart(Restart.ALWAYS)
        .timeoutStartSec(Duration.ofMinutes(15))
        .wantedBy("default.target")
        .build();
    assertThat(unit.render()).isEqualTo("""
        [Unit]
        Description=Web server
        After=network-online.target

        [Container]
        Image=quay.io/example/web:1.0
        PublishPort=127.0.0.1:8080:80
        Environment="GREETING=hello world"
        Environment=TZ=UTC
        Volume=%h/web:/data:Z
        UserNS=keep-id:uid=1000,gid=1000
        Pull=newer
        HealthInterval=30s
        ReadOnly=true
        Exec=--listen 0.0.0.0:9000

        [Service]
        Restart=always
        TimeoutStartSec=15m

        [Install]
        WantedBy=default.target
        """);
    assertThat(unit.fileName()).isEqualTo("web.container");
    assertThat(unit.serviceName()).isEqualTo("web.service");
    assertThat(unit.toString()).isEqualTo(unit.render());
  }

  @Test
  void literalPercentAndDollarAreEscapedForSystemd() {
    ContainerUnit unit = web()
        .environment("PRICE", "100% $5")
        .label("a", "$HOME")
        .exec("echo", "%h")
        .hostName("h%n")
        .build();
    assertThat(unit.values("Environment")).containsExactly("\"PRICE=100%% $$5\"");
    assertThat(unit.values("Label")).containsExactly("a=$$HOME");
    assertThat(unit.lastValue("Exec")).contains("echo %%h");
    assertThat(unit.lastValue("HostName")).contains("h%%n");
  }

  @Test
  void specifierValuesPassThroughButUnknownSpecifiersAreRejected() {
    ContainerUnit unit = web().addVolume(SystemdValue.withSpecifiers("%h/a%%b:/x")).build();
    assertThat(unit.values("Volume")).containsExactly("%h/a%%b:/x");
    assertThat(web().environment("P", SystemdValue.expanded("${HOME}/x")).build().values("Environment"))
        .containsExactly("P=${HOME}/x");
    ValidationException e = catchValidation(() ->
        web().addVolume(SystemdValue.withSpecifiers("%Q/x:/y")).build());
    assertThat(e.problems().get(0).message()).contains("unknown systemd specifier '%Q'");
    assertThat(locations(e)).containsExactly("Container.Volume[0]");
  }

  @Test
  void hostileValuesAreRejectedWithTheirLocation() {
    ValidationException e = catchValidation(() -> web()
        .addPublishPort("8080:80")
        .addPublishPort("9090:90")
        .addPublishPort("1:2\n3")
        .addCapability("CAP A")
        .exec("a", "", "b")
        .addPodmanArgs(";")
        .hostName(" leading")
        .build());
    assertThat(locations(e)).containsExactlyInAnyOrder(
        "Container.PublishPort[2]", "Container.AddCapability[0]", "Container.Exec",
        "Container.PodmanArgs[0]", "Container.HostName");
    assertThat(e.problems()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("newline"))
        .anySatisfy(m -> assertThat(m).contains("empty quoted word").contains("word 1"))
        .anySatisfy(m -> assertThat(m).contains("';'"));
  }

  @Test
  void singleValueQuotesDependOnTheVersion() {
    ContainerUnit unit = web().healthCmd("/bin/sh -c \"echo hi\"").build();
    assertThat(unit.healthCmd()).contains("/bin/sh -c \"echo hi\"");
    assertThat(unit.render(PodmanVersion.V6_0, TargetPolicy.STRICT)).contains("HealthCmd=/bin/sh -c \"echo hi\"\n");
    assertThat(catchValidation(() -> unit.render(PodmanVersion.V5_8, TargetPolicy.STRICT)).getMessage())
        .contains("Container.HealthCmd").contains("strips every leading and trailing");
    assertThat(catchValidation(() -> web().healthCmd("\"quoted\"").build()).getMessage())
        .contains("Container.HealthCmd").contains("loses those quotes");
    assertThat(web().healthCmd("echo \"mid\" x").build().render(PodmanVersion.V5_4, TargetPolicy.STRICT))
        .contains("HealthCmd=echo \"mid\" x\n");
  }

  @Test
  void verbatimListsKeepQuotes() {
    assertThat(web().addPublishPort("\"x\"").build().publishPorts()).containsExactly("\"x\"");
  }

  @Test
  void argumentListsAreQuotedSoQuadletSplitsThemBack() {
    List<String> words = List.of("--opt=a b", "it's", "back\\slash", "tab\there", "new\nline");
    ContainerUnit unit = web().addPodmanArgs(words.toArray(String[]::new)).exec(words.toArray(String[]::new)).build();
    assertThat(ExecWords.split(unit.values("PodmanArgs").get(0))).isEqualTo(words);
    assertThat(ExecWords.split(unit.lastValue("Exec").orElseThrow())).isEqualTo(words);
  }

  @Test
  void keyValueListsAreOneWordPerAssignment() {
    ContainerUnit unit = web().environment("A", "x y").environment("B", "--a --b").build();
    for (String line : unit.values("Environment")) {
      assertThat(ExecWords.split(line)).hasSize(1);
    }
    assertThat(ExecWords.split(unit.values("Environment").get(1))).containsExactly("B=--a --b");
    assertThat(catchValidation(() -> web().environment("A=B", "x").build()).getMessage())
        .contains("Container.Environment[0]");
  }

  @Test
  void wordListsRejectWhitespaceAndQuotes() {
    assertThat(web().addCapability("CAP_NET_ADMIN", "CAP_SYS_TIME").build().values("AddCapability"))
        .containsExactly("CAP_NET_ADMIN CAP_SYS_TIME");
    assertThat(catchValidation(() -> web().addSysctl("a='b'").build()).getMessage()).contains("quote");
    assertThat(catchValidation(() -> web().addCapability(";").build()).getMessage()).contains("';'");
  }

  @Test
  void numbersBooleansDurationsEnums() {
    ContainerUnit unit = web()
        .pidsLimit(-1)
        .healthRetries(3)
        .healthStartPeriod(Duration.ofMillis(1500))
        .healthIntervalDisabled()
        .notify(NotifyMode.HEALTHY)
        .autoUpdate(AutoUpdatePolicy.REGISTRY)
        .cgroupsMode(CgroupsMode.NO_CONMON)
        .noNewPrivileges(true)
        .build();
    assertThat(unit.lastValue("PidsLimit")).contains("-1");
    assertThat(unit.lastValue("HealthStartPeriod")).contains("1s500ms");
    assertThat(unit.lastValue("HealthInterval")).contains("disable");
    assertThat(unit.lastValue("Notify")).contains("healthy");
    assertThat(unit.lastValue("CgroupsMode")).contains("no-conmon");
    assertThat(catchValidation(() -> web().healthRetries(-1).build()).getMessage())
        .contains("Container.HealthRetries");
    assertThat(catchValidation(() -> VolumeUnit.builder("v").user(5_000_000_000L).build()).getMessage())
        .contains("Volume.User");
    assertThat(catchValidation(() -> web().healthTimeout(Duration.ofSeconds(-1)).build()).getMessage())
        .contains("negative");
  }

  @Test
  void secretMounts() {
    ContainerUnit unit = web()
        .addSecret(io.tankos.quadlet.secret.SecretMount.env("db-password", "DB_PASSWORD"))
        .addSecret(io.tankos.quadlet.secret.SecretMount.file("tls").target("/run/secrets/c.pem")
            .mode(0400).build())
        .build();
    assertThat(unit.values("Secret")).containsExactly(
        "db-password,type=env,target=DB_PASSWORD", "tls,type=mount,target=/run/secrets/c.pem,mode=0400");
  }

  @Test
  void systemdSections() {
    ContainerUnit unit = web()
        .addExecStartPre("/usr/bin/mkdir", "-p", "%h/a b")
        .serviceEnvironment("X", "a b")
        .serviceType(ServiceType.NOTIFY)
        .requiresMountsFor("/srv")
        .defaultDependencies(false)
        .alias("www.service")
        .build();
    String text = unit.render();
    assertThat(text).contains("ExecStartPre=/usr/bin/mkdir -p \"%%h/a b\"\n")
        .contains("Environment=\"X=a b\"\n")
        .contains("[Quadlet]\nDefaultDependencies=false\n")
        .contains("Alias=www.service\n");
    assertThat(catchValidation(() -> web().addExecStartPre("-/bin/x").build()).getMessage())
        .contains("command prefix");
    assertThat(catchValidation(() -> web().wantedBy("a%n.target").build()).getMessage())
        .contains("Install.WantedBy");
  }

  @Test
  void rawEntriesAreWrittenAsGivenButChecked() {
    ContainerUnit unit = web().rawEntry("X-Custom", "Owner", "ops team").rawEntry("Service", "Slice",
        "apps.slice").build();
    assertThat(unit.render()).contains("[X-Custom]\nOwner=ops team\n").contains("Slice=apps.slice");
    assertThat(catchValidation(() -> web().rawEntry("Container", "Bogus", "1").build()).getMessage())
        .contains("unsupported key 'Bogus' in group 'Container'");
    assertThat(catchValidation(() -> web().rawEntry("Service", "A", "x\ny").build()).getMessage())
        .contains("newline");
  }

  @Test
  void genericSetDispatchesOnTheKind() {
    ContainerUnit unit = web().add("PublishPort", "1:1").add("Environment", "A=b c").set("ReadOnly", "true")
        .build();
    assertThat(unit.values("PublishPort")).containsExactly("1:1");
    assertThat(unit.values("Environment")).containsExactly("\"A=b c\"");
    assertThat(catchValidation(() -> web().set("Nope", "1").build()).getMessage())
        .contains("unsupported key 'Nope'");
  }

  static ValidationException catchValidation(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("expected a ValidationException");
  }

  @Test
  void valuesQuadletUsesOutsideTheCommandLine() {
    assertThat(catchValidation(() -> web().serviceName("web%i").build()).getMessage())
        .contains("Container.ServiceName");
    assertThat(web().serviceName("www").build().serviceName()).isEqualTo("www.service");
    assertThat(catchValidation(() -> web().addVolume("/srv/$x:/d").build()).getMessage())
        .contains("RequiresMountsFor");
    assertThat(web().addVolume("data:/d/$x").build().values("Volume")).containsExactly("data:/d/$$x");
  }

  @Test
  void unitNamesAreChecked() {
    assertThatThrownBy(() -> ContainerUnit.builder("a b").image("x:1").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("unit name");
  }
}
