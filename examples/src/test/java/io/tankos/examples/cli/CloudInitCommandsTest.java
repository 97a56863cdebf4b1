package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.cloudinit.Target;
import io.tankos.testkit.RealTools;
import io.tankos.testkit.RequiresTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudInitCommandsTest {
  private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop";

  @TempDir Path dir;

  @Test
  void fmtRendersOneFileToStandardOutput() throws Exception {
    Files.writeString(dir.resolve("ud.yaml"), "#cloud-config\n# comment\nruncmd:\n - [ echo, 'on' ]\nwrite_files:\n- {path: /x, permissions: '0644'}\n");
    CliRunner r = CliRunner.run(dir, "cloud-init", "fmt", "ud.yaml");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.out).isEqualTo("#cloud-config\nruncmd:\n  - [echo, 'on']\nwrite_files:\n"
        + "  - path: /x\n    permissions: '0644'\n");
  }

  @Test
  void fmtWritesSeveralFilesIntoADirectory() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "#cloud-config\nhostname: a\n");
    Files.writeString(dir.resolve("b.sh"), "#!/bin/sh\necho b\n");
    CliRunner r = CliRunner.run(dir, "cloud-init", "fmt", "--out", "out", "a.yaml", "b.sh");
    assertThat(r.status).as(r.err).isZero();
    assertThat(Files.readString(dir.resolve("out/a.yaml"))).isEqualTo("#cloud-config\nhostname: a\n");
    assertThat(Files.readString(dir.resolve("out/b.sh"))).isEqualTo("#!/bin/sh\necho b\n");
  }

  @Test
  void fmtRefusesAFileThatIsNotUserData() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "hello\n");
    CliRunner r = CliRunner.run(dir, "cloud-init", "fmt", "notes.txt");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).startsWith("tankos cloud-init fmt: notes.txt:1: not cloud-init user-data:");
    assertThat(r.err.strip()).doesNotContain("\n");
    assertThat(r.out).isEmpty();
  }

  @Test
  void checkReportsLocationsPerTarget() throws Exception {
    Files.writeString(dir.resolve("ud.yaml"), "#cloud-config\nusers:\n- name: Bad\n  sudo: [ALL=(ALL) ALL, ALL=(root) ALL]\n"
        + "write_files:\n- path: /x\n  permissions: 0644\npackages: [htop]\n");
    CliRunner r = CliRunner.run(dir, "cloud-init", "check", "--target", "22.4", "--profile", "bootc", "ud.yaml");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).contains("ud.yaml: users[0].name: 'Bad' is not a valid user name")
        .contains("ud.yaml: users[0].sudo: cloud-init 22.4 accepts sudo only as one rule")
        .contains("ud.yaml: write_files[0].permissions: must be an octal string")
        .contains("ud.yaml: packages: not allowed on a bootc system");
    Files.writeString(dir.resolve("ok.yaml"), "#cloud-config\nhostname: tank-01\n");
    CliRunner ok = CliRunner.run(dir, "cloud-init", "check", "ok.yaml");
    assertThat(ok.status).as(ok.err).isZero();
    assertThat(ok.out).isEqualTo("ok.yaml: ok for cloud-init 22.4 (generic)\nok.yaml: ok for cloud-init 25.1 (generic)\n");
    assertThat(CliRunner.run(dir, "cloud-init", "check", "--target", "19.1", "ok.yaml").status).isEqualTo(2);
  }

  @Test
  void checkSchemaOnlyGivesCloudInitsVerdictWithLines() throws Exception {
    Files.writeString(dir.resolve("ud.yaml"), "#cloud-config\nhostname: tank-01\nnot_a_module: 1\n"
        + "users:\n- name: ops\n  sudo: false\nruncmd: echo hi\n");
    CliRunner r = CliRunner.run(dir, "cloud-init", "check", "--schema-only", "ud.yaml");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.out).isEqualTo("");
    assertThat(r.err).contains("ud.yaml: line 7: runcmd: 'echo hi' is not of type 'array' [cloud-init 22.4]")
        .contains("ud.yaml: line 3: not_a_module: Additional properties are not allowed"
            + " ('not_a_module' was unexpected) [cloud-init 25.1]")
        .contains("ud.yaml: warning: line 6: users.0.sudo: ");
    assertThat(r.err).doesNotContain("not_a_module: Additional properties are not allowed"
        + " ('not_a_module' was unexpected) [cloud-init 22.4]");
    Files.writeString(dir.resolve("boot.sh"), "#!/bin/sh\necho hi\n");
    CliRunner script = CliRunner.run(dir, "cloud-init", "check", "--schema-only", "boot.sh");
    assertThat(script.status).isEqualTo(1);
    assertThat(script.err).contains("boot.sh: line 1: format-l1.c1: File boot.sh needs to begin with"
        + " \"#cloud-config\" [cloud-init 22.4]");
    assertThat(script.out).startsWith("boot.sh: valid for cloud-init 25.1 (user-data type"
        + " 'text/x-shellscript' not currently evaluated");
    Files.writeString(dir.resolve("net.yaml"), "version: 2\nethernets:\n  eth0:\n    dhcp4: 7\n");
    CliRunner net = CliRunner.run(dir, "cloud-init", "check", "--network-config", "net.yaml");
    assertThat(net.status).isEqualTo(1);
    assertThat(net.err).contains("net.yaml: line 4: ethernets.eth0.dhcp4: ");
  }

  @Test
  void seedWritesUserDataMetaDataAndIso() throws Exception {
    Files.writeString(dir.resolve("id.pub"), "# admin\n" + KEY + "\n");
    CliRunner r = CliRunner.run(dir, "seed", "--out", "seed", "--ssh-key", "id.pub", "--hostname", "tank-02",
        "--instance-id", "tank-02-v3", "--group", "wheel", "--group", "systemd-journal", "--iso");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.out.lines()).hasSize(3);
    String userData = Files.readString(dir.resolve("seed/user-data"));
    assertThat(userData).contains("- [loginctl, enable-linger, openclaw]", "lock_passwd: true",
        "ssh_authorized_keys:\n      - " + KEY + "\n", "groups: [wheel, systemd-journal]");
    for (CloudInitVersion v : CloudInitVersion.values()) {
      assertThat(CloudConfig.parse("user-data", userData).problems(Target.bootc(v))).isEmpty();
    }
    assertThat(Files.readString(dir.resolve("seed/meta-data")))
        .isEqualTo("instance-id: tank-02-v3\nlocal-hostname: tank-02\n");
    byte[] iso = Files.readAllBytes(dir.resolve("seed/seed.iso"));
    assertThat(new String(iso, 0x8028, 6, StandardCharsets.US_ASCII)).isEqualTo("cidata");
    NoCloudSeed again = NoCloudSeed.read(dir.resolve("seed"));
    assertThat(again.metaData().instanceId()).isEqualTo("tank-02-v3");
    CliRunner twice = CliRunner.run(dir, "seed", "--out", "seed2", "--ssh-key", "id.pub", "--hostname", "tank-02",
        "--instance-id", "tank-02-v3", "--group", "wheel", "--group", "systemd-journal", "--iso");
    assertThat(twice.status).isZero();
    assertThat(Files.readAllBytes(dir.resolve("seed2/seed.iso"))).isEqualTo(iso);
  }

  /** The seed's user-data as the real validators of both recorded cloud-init versions judge it. */
  @Test
  @RequiresTools({"cloudinit.22.4.cmd", "cloudinit.25.1.cmd"})
  void seedUserDataIsValidForTheRealCloudInitValidators() throws Exception {
    Files.writeString(dir.resolve("id.pub"), KEY + "\n");
    CliRunner r = CliRunner.run(dir, "seed", "--out", "seed", "--ssh-key", "id.pub", "--hostname", "tank-02",
        "--group", "wheel");
    assertThat(r.status).as(r.err).isZero();
    for (String key : List.of("cloudinit.22.4.cmd", "cloudinit.25.1.cmd")) {
      Path cloudInit = RealTools.get().requireExecutable(key);
      Process p = new ProcessBuilder(cloudInit.toString(), "schema", "--config-file", "seed/user-data")
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as("%s schema: %s", key, out).isZero();
      assertThat(out).as(key).containsPattern("Valid (cloud-config:|schema) seed/user-data");
    }
  }

  @Test
  void seedRefusesAPrivateKeyWithoutShowingIt() throws Exception {
    String privateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
        + "QyNTUxOQAAACCJbesssHBtgzNNUWuITBIogpi2c13WFB3Dzb/EqQ2kSAAAAJhtankostest\n"
        + "-----END OPENSSH PRIVATE KEY-----\n";
    Files.writeString(dir.resolve("id_ed25519"), privateKey);
    CliRunner r = CliRunner.run(dir, "seed", "--out", "seed", "--ssh-key", "id_ed25519");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err.strip()).isEqualTo("tankos seed: id_ed25519: Provisioning.sshAuthorizedKeys[0]: is a PRIVATE key (OpenSSH private key), which"
        + " must never be written into user-data; give the public key (the .pub file) instead (the value is not shown)");
    assertThat(r.err).doesNotContain("b3BlbnNz", "QyNTUxOQ");
    assertThat(dir.resolve("seed")).doesNotExist();
  }

  @Test
  void seedNeedsAKeyInTheFile() throws Exception {
    Files.writeString(dir.resolve("empty.pub"), "# no keys yet\n");
    CliRunner r = CliRunner.run(dir, "seed", "--out", "seed", "--ssh-key", "empty.pub");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err.strip()).isEqualTo("tankos seed: empty.pub: no SSH public key in the file (the user's password is locked)");
    assertThat(dir.resolve("seed")).doesNotExist();
  }

  @Test
  void seedNeedsAKey() {
    CliRunner r = CliRunner.run(dir, "seed", "--out", "seed");
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err).contains("--ssh-key FILE is required");
  }
}
