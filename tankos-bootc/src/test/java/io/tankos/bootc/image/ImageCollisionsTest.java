package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.systemd.SystemdUnit;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every collision rule of the image, refused at its location and naming the earlier owner. */
class ImageCollisionsTest {

  private static TankOsImage.Builder two(AgentInstance.Builder first, AgentInstance.Builder second) {
    return TankOsImage.tankOs().toBuilder().clearInstances().instance(first.build()).instance(second.build());
  }

  private static AgentInstance.Builder agent(String name, int port) {
    return AgentInstance.builder(name).gatewayPort(port);
  }

  @Test
  void twoInstancesOnOneGatewayPort() {
    assertThat(ImageFixtures.problems(() -> two(agent("work", 18789), agent("research", 18789)).build()))
        .containsExactly("TankOsImage.instances[1].gatewayPort: port 18789 already used by instances[0]");
  }

  @Test
  void aServiceGatorOnAnInstancesPort() {
    assertThat(ImageFixtures.problems(() -> two(agent("work", 18789).serviceGator(ServiceGator.builder().name("g1").build()),
        agent("research", 8080)).build()))
        .containsExactly("TankOsImage.instances[1].gatewayPort: port 8080 already used by instances[0].serviceGator");
    assertThat(ImageFixtures.problems(() -> two(agent("work", 18789).serviceGator(ServiceGator.builder().name("g1").build()),
        agent("research", 18790).serviceGator(ServiceGator.builder().name("g2").build())).build()))
        .containsExactly("TankOsImage.instances[1].serviceGator.port: port 8080 already used by instances[0].serviceGator");
  }

  @Test
  void twoInstancesWithOneContainerName() {
    assertThat(ImageFixtures.problems(() -> two(agent("work", 18789), agent("research", 18790).containerName("work")).build()))
        .containsExactly("TankOsImage.instances[1].containerName: container name work already used by instances[0]");
  }

  @Test
  void aServiceGatorNamedLikeAnotherInstancesUnit() {
    assertThat(ImageFixtures.problems(() -> two(agent("work", 18789),
        agent("research", 18790).serviceGator(ServiceGator.builder().name("work").port(8081).build())).build()))
        .containsExactly(
            "TankOsImage.instances[1].serviceGator.name: unit work.service already used by instances[0]",
            "TankOsImage.instances[1].serviceGator.name: container name work already used by instances[0]");
  }

  @Test
  void anExtraUserUnitNamedLikeAGeneratedOne() {
    SystemdUnit unit = SystemdUnit.timer("openclaw-healthcheck").onBootSec("1min").build();
    assertThat(ImageFixtures.problems(() -> TankOsImage.tankOs().toBuilder().userUnit(unit).build()))
        .containsExactly("TankOsImage.userUnits[0]: unit openclaw-healthcheck.timer already used by"
            + " instances[0].healthCheck");
  }

  @Test
  void twoInstancesWithOneStateDirectoryOrOneInsideTheOther() {
    assertThat(ImageFixtures.problems(() -> two(agent("work", 18789).stateDirectory(".agents"),
        agent("research", 18790).stateDirectory(".agents").envFile("research.env")).build()))
        .containsExactly("TankOsImage.instances[1].stateDirectory: directory ~/.agents already used by instances[0]");
    assertThat(ImageFixtures.problems(() -> two(agent("work", 18789).stateDirectory(".agents"),
        agent("research", 18790).stateDirectory(".agents/research")).build()))
        .containsExactly("TankOsImage.instances[1].stateDirectory: directory ~/.agents/research overlaps ~/.agents"
            + " of instances[0]");
    assertThat(ImageFixtures.problems(() -> two(agent("work", 18789), agent("research", 18790).stateDirectory(".config")).build()))
        .containsExactly("TankOsImage.instances[1].stateDirectory: directory ~/.config overlaps ~/.config/containers"
            + " of the agent user's Podman configuration");
  }

  @Test
  void twoInstancesWithOneEnvFile() {
    assertThat(ImageFixtures.problems(() -> two(agent("work", 18789).envFile("agents.env"),
        agent("research", 18790).envFile("agents.env")).build()))
        .containsExactly("TankOsImage.instances[1].envFile: env file agents.env already used by instances[0]");
  }

  @Test
  void oneSecretNameOrVariableTwiceInAnInstance() {
    assertThat(ImageFixtures.problems(() -> AgentInstance.builder("work").secret(InstanceSecret.env("anthropic_api_key", "KEY2"))
        .build()))
        .containsExactly("AgentInstance.secrets[8]: secret anthropic_api_key is already secrets[0]");
    assertThat(ImageFixtures.problems(() -> AgentInstance.builder("work").secret(InstanceSecret.env("key2", "OPENAI_API_KEY"))
        .build()))
        .containsExactly("AgentInstance.secrets[8]: variable OPENAI_API_KEY is already set by secrets[1]"
            + " (openai_api_key)");
    assertThat(ImageFixtures.problems(() -> AgentInstance.builder("work").secret(InstanceSecret.env("home", "HOME")).build()))
        .containsExactly("AgentInstance.secrets[8]: variable HOME is set by the unit itself");
    assertThat(ImageFixtures.problems(() -> ServiceGator.builder().token(InstanceSecret.file("gh_token")).build()))
        .containsExactly("ServiceGator.tokens[4]: secret gh_token is already tokens[0]");
  }

  @Test
  void aUidOrGidInsideTheSubordinateRange() {
    assertThat(ImageFixtures.problems(() -> AgentUser.builder("agent").uid(1500).gid(900).subIds(new SubIdRange(1000, 65536))
        .build()))
        .containsExactly("AgentUser.subIds: range 1000/65536 contains the user's UID 1500");
    assertThat(ImageFixtures.problems(() -> AgentUser.builder("agent").subIds(new SubIdRange(500, 1000)).build()))
        .containsExactly("AgentUser.subIds: range 500/1000 contains the user's UID 1000",
            "AgentUser.subIds: range 500/1000 contains the user's GID 1000");
  }

  @Test
  void anExtraFileOnAGeneratedPathOrTwice() {
    assertThat(ImageFixtures.problems(() -> TankOsImage.tankOs().toBuilder()
        .file(ImageFile.of("/etc/sudoers.d/openclaw", "openclaw ALL=(ALL) ALL\n", 0440))
        .file(ImageFile.of("/etc/tank-os-release/x", "x\n", 0644))
        .file(ImageFile.of("/usr/lib/systemd", "x\n", 0644))
        .file(ImageFile.of("/etc/hostname", "other\n", 0644))
        .build()))
        .containsExactly(
            "TankOsImage.files[1].path: /etc/sudoers.d/openclaw is generated by the image",
            "TankOsImage.files[2].path: /etc/tank-os-release/x would be inside the image's file /etc/tank-os-release",
            "TankOsImage.files[3].path: /usr/lib/systemd is a directory of the image's"
                + " /usr/lib/systemd/user/openclaw-healthcheck.service",
            "TankOsImage.files[4].path: /etc/hostname is already files[0]");
  }

  @Test
  void theBaseArgumentOrOneBuildArgumentTwice() {
    assertThat(ImageFixtures.problems(() -> TankOsImage.tankOs().toBuilder().buildArg(new BuildArg("BOOTC_BASE", "x"))
        .buildArg(new BuildArg("REF", "1")).buildArg(new BuildArg("REF", "2")).build()))
        .containsExactly(
            "TankOsImage.buildArgs[0].name: BOOTC_BASE is the image's own argument for the base (set it with base())",
            "TankOsImage.buildArgs[2].name: build argument REF is already buildArgs[1]");
  }

  @Test
  void packagesOnABaseWithoutAPackageManagerOrTwice() {
    BaseImage none = BaseImage.builder("localhost/plain:1").packageManager(PackageManager.NONE).build();
    assertThat(ImageFixtures.problems(() -> TankOsImage.tankOs().toBuilder().base(none).clearPackages().packages("tmux").build()))
        .containsExactly("TankOsImage.packages: base localhost/plain:1 has no package manager; it cannot install [tmux]");
    assertThat(ImageFixtures.problems(() -> TankOsImage.tankOs().toBuilder().packages("podman", "bad name").build()))
        .containsExactly("TankOsImage.packages[9]: package podman is listed twice",
            "TankOsImage.packages[10]: 'bad name' is not a package name");
  }

  @Test
  void aUnitMaskedAndEnabledOrInstalled() {
    assertThat(ImageFixtures.problems(() -> TankOsImage.tankOs().toBuilder().maskSystemUnit("sshd.service")
        .maskSystemUnit("bootc-fetch-apply-updates.timer").build()))
        .containsExactly(
            "TankOsImage.maskedSystemUnits[1]: unit sshd.service is masked and also enabled or installed",
            "TankOsImage.maskedSystemUnits[2]: unit bootc-fetch-apply-updates.timer is masked twice");
    SystemdUnit unit = SystemdUnit.service("tank-setup").execStart("/usr/bin/true").build();
    assertThat(ImageFixtures.problems(() -> TankOsImage.tankOs().toBuilder().systemUnit(unit).systemUnit(unit).build()))
        .containsExactly("TankOsImage.systemUnits[1]: unit tank-setup.service is already installed");
  }

  @Test
  void anImageWithoutInstances() {
    assertThatThrownBy(() -> TankOsImage.tankOs().toBuilder().clearInstances().build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("TankOsImage.instances: an image needs at least one agent instance");
  }

  @Test
  void distinctInstancesBuild() {
    TankOsImage image = ImageFixtures.multiInstance();
    assertThat(image.quadlets().units()).extracting(u -> u.fileName())
        .containsExactly("work.container", "work-gator.container", "research.container", "research-gator.container");
  }
}
