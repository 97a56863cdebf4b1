package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each value of the model is checked where it is built, at its own location. */
class ImageValuesTest {

  @Test
  void instanceValues() {
    assertThat(ImageFixtures.problems(() -> AgentInstance.builder("Work").gatewayPort(0).stateDirectory("../x")
        .envFile("/etc/passwd").containerName("a b").image("quay.io/x y").timeoutStartSec("15 mins")
        .after("network").build()))
        .containsExactly(
            "AgentInstance.name: 'Work' is not a name of lower-case letters, digits and '-' starting with a letter"
                + " (at most 48 characters)",
            "AgentInstance.containerName: 'a b' is not a lower-case Podman name ([a-z0-9][a-z0-9_.-]*)",
            "AgentInstance.image: 'quay.io/x y' is not an image reference such as quay.io/org/name:tag",
            "AgentInstance.gatewayPort: port 0 is not within 1..65535",
            "AgentInstance.stateDirectory: '../x' is not a relative path of plain segments ([A-Za-z0-9._+@-],"
                + " no '.' or '..', no leading '/')",
            "AgentInstance.envFile: '/etc/passwd' is not a relative path of plain segments ([A-Za-z0-9._+@-],"
                + " no '.' or '..', no leading '/')",
            "AgentInstance.timeoutStartSec: '15 mins' is not a systemd time span (900, 15min, 1h 30s, infinity)",
            "AgentInstance.after[0]: 'network' is not a unit name such as network-online.target");
  }

  @Test
  void secretValuesNeverShowAValue() {
    assertThat(ImageFixtures.problems(() -> InstanceSecret.env("Bad Name", "lower")))
        .containsExactly(
            "InstanceSecret.name: secret name may only contain [a-zA-Z0-9_.-] and must start with a letter or digit"
                + " (found ' ' at index 3)",
            "InstanceSecret.variable: 'lower' is not an upper-case variable name ([A-Z_][A-Z0-9_]*)");
    assertThat(InstanceSecret.file("gh_token", "GH_TOKEN_FILE").filePath()).isEqualTo("/run/secrets/gh_token");
    assertThat(InstanceSecret.env("k", "K")).hasToString("InstanceSecret[k -> $K]");
    assertThat(ImageFixtures.problems(() -> ServiceGator.builder().token(InstanceSecret.env("x", "X")).port(70000).build()))
        .containsExactly("ServiceGator.port: port 70000 is not within 1..65535",
            "ServiceGator.tokens[4]: service-gator reads its tokens as files: use InstanceSecret.file");
  }

  @Test
  void userValues() {
    assertThat(ImageFixtures.problems(() -> AgentUser.builder("Open Claw").uid(0).home("/home/x").shell("bash")
        .gecos("a:b").groups("wheel", "wheel").build()))
        .containsExactly(
            "AgentUser.name: 'Open Claw' is not a user name ([a-z_][a-z0-9_-]*, at most 32 characters)",
            "AgentUser.uid: UID 0 is not a regular user's (1..60000)",
            "AgentUser.gecos: must be one line without ':' or '\"'",
            "AgentUser.home: '/home/x' is not under /var/home (a bootc image's /home is a link to /var/home)",
            "AgentUser.shell: 'bash' is not an absolute path of plain segments ([A-Za-z0-9._+@-], no '.' or '..')",
            "AgentUser.groups[1]: group wheel is listed twice");
    assertThat(AgentUser.builder("agent").build().home()).isEqualTo("/var/home/agent");
    assertThat(ImageFixtures.problems(() -> new SubIdRange(0, 0))).containsExactly(
        "SubIdRange.start: start 0 is not within 1..4294967294",
        "SubIdRange.count: count 0 must be at least 1 and end the range at or below 4294967295");
    assertThat(ImageFixtures.problems(() -> new SubIdRange(4294967290L, 10))).containsExactly(
        "SubIdRange.count: count 10 must be at least 1 and end the range at or below 4294967295");
    assertThat(ImageFixtures.problems(() -> SudoPolicy.rules("ALL", "ok=(root) x\nALL=ALL")))
        .containsExactly(
            "SudoPolicy.rules[0]: a rule is 'HOSTS=(RUNAS) COMMANDS', e.g. ALL=(root) NOPASSWD: /usr/bin/bootc status",
            "SudoPolicy.rules[1]: must be one line of text, not blank, without control characters");
  }

  @Test
  void imageValues() {
    assertThat(ImageFixtures.problems(() -> BaseImage.builder("quay.io/$BASE").build()))
        .containsExactly("BaseImage.reference: 'quay.io/$BASE' is not an image reference such as quay.io/org/name:tag");
    assertThat(ImageFixtures.problems(() -> ImageFile.of("/var/lib/x", "x", 010000)))
        .containsExactly("ImageFile.path: '/var/lib/x' is not under /etc, /usr or /opt (bootc images keep /var for"
                + " state: create it with tmpfiles.d)",
            "ImageFile.mode: mode 10000 is not within 0..07777");
    assertThat(ImageFixtures.problems(() -> new BuildArg("1X", "a\nb")))
        .containsExactly("BuildArg.name: '1X' is not a variable name ([A-Za-z_][A-Za-z0-9_]*)",
            "BuildArg.defaultValue: must not contain control characters");
    assertThat(ImageFixtures.problems(() -> Release.builder().name("tank os").version("").build()))
        .containsExactly("Release.name: must be one word (it starts the first line, before the version)",
            "Release.version: must be one line of text, not blank, without control characters");
    assertThat(ImageFixtures.problems(() -> HealthCheck.builder().interval("often").build())).singleElement().asString()
        .startsWith("HealthCheck.interval: 'often' is not a systemd time span");
    assertThat(ImageFixtures.problems(() -> TankOsImage.tankOs().toBuilder().label("bad label", "x\ny").build()))
        .containsExactly("TankOsImage.labels[4]: 'bad label' is not a label name ([A-Za-z0-9._/-])",
            "TankOsImage.labels[4]: label bad label must be one line without control characters");
  }

  @Test
  void provisioningBelongsToItsHostAndRefusesPrivateKeys() {
    Provisioning.Builder b = Provisioning.builder().sshAuthorizedKey(ImageFixtures.KEY);
    Provisioning first = b.hostname("tank-01").build();
    Provisioning second = b.hostname("tank-02").build();
    assertThat(first.instanceId()).isEqualTo("tank-01-local");
    assertThat(second.instanceId()).isEqualTo("tank-02-local");
    b.instanceId("tank-02-v2");
    assertThat(b.build().instanceId()).isEqualTo("tank-02-v2");
    assertThatThrownBy(() -> b.hostname("tank-03").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("Provisioning.instanceId: 'tank-02-v2' is not an instance id of host tank-03 (it must be tank-03"
            + " or start with tank-03-): set the instance id for this host");
    assertThat(ImageFixtures.problems(() -> Provisioning.builder().hostname("bad host").build())).singleElement().asString()
        .startsWith("Provisioning.hostname: ");
    String privateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
        + "-----END OPENSSH PRIVATE KEY-----\n";
    List<String> refused = ImageFixtures.problems(() -> Provisioning.builder().sshAuthorizedKey(ImageFixtures.KEY)
        .sshAuthorizedKeys(privateKey).build());
    assertThat(refused).singleElement().asString()
        .startsWith("Provisioning.sshAuthorizedKeys[1]: is a PRIVATE key").doesNotContain("b3BlbnNz");
    assertThat(Provisioning.builder().sshAuthorizedKeys("# admins\n" + ImageFixtures.KEY + "\n\n").build()
        .sshAuthorizedKeys()).containsExactly(ImageFixtures.KEY);
  }
}
