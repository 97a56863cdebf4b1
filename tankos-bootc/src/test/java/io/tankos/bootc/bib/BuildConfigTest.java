package io.tankos.bootc.bib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildConfigTest {
  private static BuildConfig tankOs() {
    return BuildConfig.builder()
        .addUser(
            ImageUser.builder("openclaw")
                .key("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITankos admin@example")
                .addGroup("wheel")
                .password(PasswordHash.of(BuildConfigExamplesTest.HASH))
                .build())
        .addGroup(new ImageGroup("agents", 1050))
        .kernelAppend("console=ttyS0 quiet")
        .addFilesystem(new FilesystemSize("/", DataSize.of("20 GiB")))
        .addFilesystem(new FilesystemSize("/var/data", DataSize.bytes(10737418240L)))
        .build();
  }

  @Test
  void rendersTomlAndJsonDeterministically() {
    BuildConfig config = tankOs();
    assertThat(config.toToml()).isEqualTo(tankOs().toToml());
    assertThat(config.toToml())
        .contains("openclaw")
        .contains("console=ttyS0 quiet")
        .doesNotContain("\r")
        .endsWith("\n");
    assertThat(config.toJson())
        .startsWith("{\n  \"customizations\" : {\n")
        .contains("\"minsize\" : 10737418240")
        .contains("\"minsize\" : \"20 GiB\"");
    assertThat(BuildConfig.parseToml("t", config.toToml())).isEqualTo(config);
    assertThat(BuildConfig.parseJson("j", config.toJson())).isEqualTo(config);
    System.out.println("tank-os config.toml:\n" + config.toToml());
  }

  @Test
  void plaintextPasswordsAreRejectedWithoutEchoingThem() {
    assertThatThrownBy(() -> PasswordHash.of("hunter2"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("password: plaintext password rejected")
        .hasMessageNotContaining("hunter2");
    assertThat(PasswordHash.of(BuildConfigExamplesTest.HASH).toString())
        .isEqualTo("PasswordHash[$6$…]");
    assertThatThrownBy(
            () ->
                BuildConfig.parseJson(
                    "c.json",
                    "{\"customizations\":{\"user\":[{\"name\":\"a\",\"password\":\"hunter2\"}]}}"))
        .isInstanceOf(ParseException.class)
        .hasMessage(
            "c.json: customizations.user[0].password: plaintext password rejected: give a crypt hash"
                + " starting with $6$, $5$ or $2b$");
  }

  @Test
  void unknownAndUnmodelledKeysAreRejectedByPath() {
    assertThatThrownBy(
            () -> BuildConfig.parseToml("c.toml", "[customizations.kernel]\nappend = \"x\"\nappnd = \"y\"\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage(
            "c.toml: customizations.kernel.appnd: unknown key (bootc-image-builder rejects unknown keys)");
    assertThatThrownBy(() -> BuildConfig.parseToml("c.toml", "[customizations]\nhostname = \"h\"\n"))
        .hasMessageContaining("customizations.hostname: known to bootc-image-builder but not modelled");
    assertThatThrownBy(
            () ->
                BuildConfig.parseToml(
                    "c.toml", "[[customizations.filesystem]]\nmountpoint = \"/\"\nminsize = \"10 GB x\"\n"))
        .hasMessageStartingWith("c.toml: customizations.filesystem[0].minsize: not a size: '10 GB x'");
    assertThatThrownBy(() -> BuildConfig.parseToml("c.toml", "[customizations\n"))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("c.toml:1: not TOML");
  }

  @Test
  void legacyBlueprintWrapperIsAccepted() {
    BuildConfig c =
        BuildConfig.parseJson("c.json", "{\"blueprint\":{\"customizations\":{\"kernel\":{\"append\":\"quiet\"}}}}");
    assertThat(c.kernelAppend()).contains("quiet");
    assertThat(c.toJson()).doesNotContain("blueprint");
  }

  @Test
  void allProblemsAreReportedWithLocations() {
    BuildConfig.Builder b =
        BuildConfig.builder()
            .addUser(ImageUser.builder("a").build())
            .addUser(ImageUser.builder("a").home("/home/b").build())
            .addGroup(new ImageGroup("g", 5))
            .addGroup(new ImageGroup("h", 5))
            .addFilesystem(new FilesystemSize("/var", DataSize.of("1 GiB")))
            .disk(new DiskLayout("mbr", null, List.of(Partition.plain(DataSize.of("1 GiB")).fsType("xfs").build())))
            .installer(InstallerOptions.kickstart("text\n"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.toString())
                    .containsExactly(
                        "customizations.user[1].name: duplicate user 'a'",
                        "customizations.group[1].gid: duplicate gid 5",
                        "customizations.filesystem[0].mountpoint: /var itself cannot be sized; use a directory below it",
                        "customizations.disk: cannot combine disk and filesystem customizations",
                        "customizations.disk.type: expected gpt or dos, found 'mbr'",
                        "customizations.installer.kickstart: cannot be combined with customizations.user (create users in the kickstart)"));
  }

  @Test
  void sizesKeepTheirForm() {
    assertThat(DataSize.of("10 GiB").toString()).isEqualTo("10 GiB");
    assertThat(DataSize.bytes(1024).isBytes()).isTrue();
    assertThatThrownBy(() -> DataSize.of("0 GiB")).hasMessageContaining("positive");
    assertThatThrownBy(() -> DataSize.bytes(0)).hasMessageContaining("positive");
    assertThatThrownBy(() -> DataSize.of("ten")).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("minsize: not a size");
  }
}
