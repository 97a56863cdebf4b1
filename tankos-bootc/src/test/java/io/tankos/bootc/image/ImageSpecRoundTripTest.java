package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.systemd.SystemdUnit;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code read(write(m))} equals {@code m}, and the canonical text is a fixed point. */
class ImageSpecRoundTripTest {
  /** Values YAML 1.1 would read as something else when written plain. */
  private static final List<String> TRICKY = List.of("yes", "no", "on", "off", "true", "null", "~", "1.0", "0644",
      "0x1F", "1_000", "12:30:45", "2001-12-14", ".inf", "-", "- x", "a: b", "#c", "x #c", "'q'", "\"dq\"", " lead",
      "trail ", "", "@x", "%x", "*x", "&x", "!x", "{a}", "[a]", "a,b", "<<", "=", "?", "|", ">", "caf\u00e9",
      "\u2028x", "x\u0085y", "\ufeffbom", "emoji \ud83d\ude00", "back\\slash", "tab\tin", "=x", "a:b");

  @Test
  void defaultPresetRoundTrips() {
    String text = ImageSpec.write(TankOsImage.tankOs());
    assertThat(ImageSpec.read("tank-os.yaml", text)).isEqualTo(TankOsImage.tankOs());
    assertThat(ImageSpec.write(ImageSpec.read("tank-os.yaml", text))).isEqualTo(text);
    assertThat(text).startsWith("preset: none\nbase:\n  reference: quay.io/fedora/fedora-bootc:44\n")
        .contains("  - path: /etc/hostname\n    text: |\n      tank\n    mode: \"0644\"\n",
            "  sudo: passwordless\n", "    timeoutStartSec: \"900\"\n", "  containers.bootc: \"1\"\n");
  }

  @Test
  void multiInstanceRoundTrips() {
    TankOsImage image = ImageFixtures.multiInstance();
    String text = ImageSpec.write(image);
    assertThat(ImageSpec.read("multi.yaml", text)).isEqualTo(image);
    assertThat(text).contains("  sudo:\n    - \"ALL=(root) NOPASSWD: /usr/bin/bootc status\"\n",
        "      - name: research_ca_bundle\n        as: file\n      - name:");
  }

  @Test
  void unitsWithKeysApartAreWrittenAsLists() {
    SystemdUnit unit = SystemdUnit.service("tank-motd").description("100% motd: yes")
        .after("network-online.target").wants("network-online.target").after("sshd.service")
        .type(io.tankos.core.systemd.ServiceType.ONESHOT).execStart("/usr/bin/echo a").execStart("/usr/bin/echo b")
        .wantedBy("multi-user.target").build();
    TankOsImage image = TankOsImage.tankOs().toBuilder().systemUnit(unit).build();
    String text = ImageSpec.write(image);
    assertThat(text).contains("    Unit:\n      - Description: \"100%% motd: yes\"\n      - After: network-online.target\n",
        "    Service:\n      Type: oneshot\n      ExecStart:\n        - /usr/bin/echo a\n        - /usr/bin/echo b\n");
    assertThat(ImageSpec.read("units.yaml", text)).isEqualTo(image);
  }

  @TestFactory
  Stream<DynamicTest> randomImagesRoundTrip() {
    return Seeded.cases("randomImagesRoundTrip", images()).tries(60).dynamicTests(image -> {
      String text = ImageSpec.write(image);
      assertThat(ImageSpec.read("random.yaml", text)).as(text).isEqualTo(image);
      assertThat(ImageSpec.write(ImageSpec.read("random.yaml", text))).isEqualTo(text);
    });
  }

  /** Valid images with tricky text wherever the model allows it. */
  static Gen<TankOsImage> images() {
    return random -> {
      for (int attempt = 0; ; attempt++) {
        try {
          return image(random);
        } catch (ValidationException e) {
          if (attempt > 1000) {
            throw e;
          }
        }
      }
    };
  }

  private static String tricky(SplittableRandom r) {
    return r.nextInt(3) == 0 ? Gen.strings(Chars.unicode(), 0, 12).next(r) : TRICKY.get(r.nextInt(TRICKY.size()));
  }

  private static String line(SplittableRandom r) {
    String s = tricky(r).replaceAll("[\\x00-\\x1f\\x7f]", "x");
    return s.isBlank() ? "x" + s : s;
  }

  private static TankOsImage image(SplittableRandom r) {
    PackageManager pm = PackageManager.values()[r.nextInt(3)];
    TankOsImage.Builder b = TankOsImage.builder()
        .base(BaseImage.builder(r.nextBoolean() ? BaseImage.FEDORA_BOOTC : "localhost/debian-bootc:12")
            .packageManager(pm).accounts(AccountsForm.values()[r.nextInt(2)]).build())
        .release(Release.builder().version(line(r)).summary(line(r)).build())
        .enableCloudInitUnits(r.nextBoolean()).lint(r.nextBoolean());
    for (int i = r.nextInt(3); i > 0; i--) {
      b.label("org.example.l" + r.nextInt(5), line(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.buildArg(new BuildArg("ARG_" + i, line(r)));
    }
    if (pm != PackageManager.NONE) {
      b.packages(List.of("git", "jq", "tmux", "htop").subList(0, r.nextInt(5)).toArray(String[]::new));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      String text = r.nextBoolean() ? Gen.strings(Chars.any(), 0, 40).next(r) : tricky(r) + "\n" + tricky(r) + "\n";
      b.file(ImageFile.of("/etc/tankos-test/f" + i, text, r.nextInt(07777 + 1)));
    }
    if (r.nextBoolean()) {
      b.enableSystemUnit("u" + r.nextInt(9) + ".service", "multi-user.target");
      b.maskSystemUnit("m" + r.nextInt(9) + ".timer");
    }
    if (r.nextBoolean()) {
      b.systemUnit(SystemdUnit.service("s" + r.nextInt(9)).description(line(r)).after("a.target").wants("b.target")
          .after("c.target").execStart("/usr/bin/true " + line(r).replace("\\", "")).build());
    }
    if (r.nextBoolean()) {
      b.userUnit(SystemdUnit.timer("t" + r.nextInt(9)).onBootSec("5min").onUnitActiveSec("1h").build());
    }
    b.user(AgentUser.builder(List.of("openclaw", "agent", "claw_2").get(r.nextInt(3)))
        .uid(1000 + r.nextInt(500)).gid(1000 + r.nextInt(500)).gecos(line(r).replace(":", "").replace("\"", ""))
        .groups(r.nextBoolean() ? new String[] {"wheel"} : new String[] {})
        .subIds(new SubIdRange(100000 + r.nextInt(100000), 1 + r.nextInt(65536))).linger(r.nextBoolean())
        .sudo(List.of(SudoPolicy.none(), SudoPolicy.passwordless(), SudoPolicy.rules("ALL=(root) /usr/bin/ls " + r.nextInt(9)))
            .get(r.nextInt(3)))
        .build());
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.instance(instance(r, i));
    }
    List<String> keys = new ArrayList<>();
    if (r.nextBoolean()) {
      keys.add("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI " + line(r).replaceAll("\\s", ""));
    }
    Provisioning.Builder p = Provisioning.builder().hostname("tank-" + r.nextInt(99));
    keys.forEach(p::sshAuthorizedKey);
    if (r.nextBoolean()) {
      p.instanceId("tank-" + 7 + "-v" + r.nextInt(9)).hostname("tank-7");
    }
    return b.provisioning(p.build()).build();
  }

  private static AgentInstance instance(SplittableRandom r, int i) {
    AgentInstance.Builder b = AgentInstance.builder("agent" + i).gatewayPort(18000 + i * 10 + r.nextInt(10))
        .timeoutStartSec(List.of("900", "5min", "1h 30min").get(r.nextInt(3)));
    if (r.nextBoolean()) {
      b.description(line(r)).containerName("c" + i + "." + r.nextInt(9)).stateDirectory(".state/" + i)
          .envFile(".env-" + i);
    }
    if (r.nextBoolean()) {
      b.clearSecrets().secret(InstanceSecret.env("s" + i + "_key", "KEY_" + r.nextInt(9)))
          .secret(InstanceSecret.file("s" + i + "_file")).secret(InstanceSecret.file("s" + i + "_tok", "TOK_FILE"));
    }
    if (r.nextBoolean()) {
      b.serviceGator(ServiceGator.builder().name("gator" + i).port(9000 + i).build());
    }
    if (r.nextBoolean()) {
      b.healthCheck(r.nextBoolean() ? null : HealthCheck.builder().interval("10min").bootDelay("1s").build());
    }
    if (r.nextBoolean()) {
      b.after("network-online.target").wants("network-online.target");
    }
    return b.build();
  }
}
