package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.TreeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetCommandTest {
  static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop";
  static final String HEADER = "hostname,instance_id,ssh_authorized_keys,address\n";

  @TempDir Path dir;

  static String row(String host, String address) {
    return host + ",,\"" + KEY + "\"," + address + "\n";
  }

  static long hostDirs(Path out) throws Exception {
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).count();
    }
  }

  @Test
  void writesEveryHostThenOnlyWhatChanged() throws Exception {
    Files.writeString(dir.resolve("hosts.csv"), HEADER + row("tank-01", "") + row("tank-02", "192.0.2.2/24"));
    CliRunner r = CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--out", "out", "--iso");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.out).isEqualTo("2 written, 0 unchanged, 0 removed, 0 failed\n");
    assertThat(r.err).as("no progress line when stderr is not a terminal").isEmpty();
    assertThat(dir.resolve("out/tank-01/user-data")).exists();
    assertThat(dir.resolve("out/tank-01/seed.iso")).exists();
    assertThat(Files.readString(dir.resolve("out/tank-02/network-config"))).contains("192.0.2.2/24");
    assertThat(Files.readString(dir.resolve("out/tank-02/meta-data")))
        .isEqualTo("instance-id: tank-02-local\nlocal-hostname: tank-02\n");

    Files.writeString(dir.resolve("hosts.csv"), HEADER + row("tank-02", "192.0.2.2/24") + row("tank-03", ""));
    r = CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--out", "out", "--iso");
    assertThat(r.out).isEqualTo("1 written, 1 unchanged, 1 removed, 0 failed\n");
    assertThat(hostDirs(dir.resolve("out"))).isEqualTo(2);
  }

  @Test
  void specFileChoosesTheImage() throws Exception {
    Files.writeString(dir.resolve("agent.yaml"), "preset: tank-os\nuser:\n  name: agent\n  gecos: Agent\n");
    Files.writeString(dir.resolve("hosts.csv"), HEADER + row("tank-01", ""));
    CliRunner plain = CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--out", "plain");
    CliRunner spec = CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--out", "agent", "--spec", "agent.yaml");
    assertThat(plain.status).as(plain.err).isZero();
    assertThat(spec.status).as(spec.err).isZero();
    String defaultSeed = Files.readString(dir.resolve("plain/tank-01/user-data"));
    String agentSeed = Files.readString(dir.resolve("agent/tank-01/user-data"));
    assertThat(defaultSeed).contains("  - name: openclaw\n").doesNotContain("agent");
    assertThat(agentSeed).contains("  - name: agent\n", "gecos: Agent\n", KEY).doesNotContain("openclaw");

    Files.writeString(dir.resolve("bad.yaml"), "preset: tank-os\nrelease: [\n");
    CliRunner bad = CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--out", "bad", "--spec", "bad.yaml");
    assertThat(bad.status).isEqualTo(1);
    assertThat(bad.err).startsWith("tankos fleet: bad.yaml:");
    assertThat(dir.resolve("bad")).doesNotExist();
  }

  @Test
  void kubevirtWritesTheGitOpsTree() throws Exception {
    Files.writeString(dir.resolve("hosts.csv"), HEADER + row("tank-01", "") + row("tank-02", "192.0.2.2/24"));
    CliRunner r = CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--kubevirt", "--out", "deploy",
        "--layout", "rendered", "--repo", "https://git.example.com/fleet.git", "--disk-image", "registry.example/disk:1");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.out).isEqualTo("2 written, 0 unchanged, 0 removed, 0 failed\n");
    assertThat(r.err).isEmpty();
    assertThat(TreeSnapshot.of(dir.resolve("deploy")).keySet().stream().filter(p -> p.endsWith("yaml")
        || p.endsWith("Containerfile"))).containsExactly(
        "applicationset.yaml", "containerdisk/Containerfile",
        "hosts/tank-01/kustomization.yaml", "hosts/tank-01/secret-tank-01-cloudinit.yaml",
        "hosts/tank-01/virtualmachine.yaml",
        "hosts/tank-02/kustomization.yaml", "hosts/tank-02/secret-tank-02-cloudinit.yaml",
        "hosts/tank-02/virtualmachine.yaml");
    assertThat(Files.readString(dir.resolve("deploy/hosts/tank-01/virtualmachine.yaml")))
        .contains("registry.example/disk:1").doesNotContain(KEY);
    assertThat(Files.readString(dir.resolve("deploy/hosts/tank-02/secret-tank-02-cloudinit.yaml")))
        .contains("192.0.2.2/24");

    r = CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--kubevirt", "--out", "overlays", "--namespace", "tank");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.err).contains("REPLACE-WITH-YOUR-FLEET-REPO").contains("--repo URL");
    assertThat(Files.readString(dir.resolve("overlays/overlays/tank-02/kustomization.yaml"))).contains("namespace: \"tank\"");
    assertThat(dir.resolve("overlays/base/virtualmachine.yaml")).exists();

    r = CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--kubevirt", "--out", "bad", "--layout", "rendered",
        "--namespace", "tank");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).contains("namespace");
    assertThat(dir.resolve("bad")).doesNotExist();
    assertThat(CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--kubevirt", "--out", "x", "--layout", "flat").status)
        .isEqualTo(2);
    assertThat(CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--kubevirt", "--out", "x", "--iso").status)
        .isEqualTo(2);
    assertThat(CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--out", "x", "--namespace", "tank").status)
        .isEqualTo(2);
  }

  @Test
  void kubevirtSizesEachVmAndGivesItAHomeVolume() throws Exception {
    Files.writeString(dir.resolve("hosts.csv"), HEADER + row("tank-01", ""));
    CliRunner r = CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--kubevirt", "--out", "deploy", "--layout",
        "rendered", "--repo", "https://git.example.com/fleet.git", "--cores", "4", "--memory", "8Gi", "--home-size", "20Gi");
    assertThat(r.status).as(r.err).isZero();
    String vm = Files.readString(dir.resolve("deploy/hosts/tank-01/virtualmachine.yaml"));
    assertThat(vm).contains("cores: 4", "memory: \"8Gi\"", "storage: \"20Gi\"", "dataVolumeTemplates:");
    for (List<String> bad : List.of(List.of("--memory", "8GB"), List.of("--home-size", "-1Gi"), List.of("--cores", "0"))) {
      List<String> args = new java.util.ArrayList<>(List.of("fleet", "--hosts", "hosts.csv", "--kubevirt", "--out", "bad"));
      args.addAll(bad);
      r = CliRunner.run(dir, args.toArray(String[]::new));
      assertThat(r.status).as(bad.toString()).isEqualTo(1);
      assertThat(r.err).as(bad.toString()).startsWith("tankos fleet: KubeVirtFleet.").endsWith("\n").hasLineCount(1);
      assertThat(dir.resolve("bad")).doesNotExist();
    }
    assertThat(CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--kubevirt", "--out", "x", "--cores", "two").err)
        .startsWith("tankos fleet: --cores must be a whole number, not two");
    assertThat(CliRunner.run(dir, "fleet", "--hosts", "hosts.csv", "--out", "x", "--home-size", "20Gi").err)
        .startsWith("tankos fleet: --home-size needs --kubevirt");
  }

  @Test
  void failedHostsArePrintedWithTheirLineAndExitWithOne() throws Exception {
    Files.writeString(dir.resolve("hosts.yaml"), "- hostname: tank-01\n  ssh_authorized_keys: " + KEY + "\n"
        + "- hostname: tank-02\n  ssh_authorized_keys: " + KEY + "\n  address: 300.1.1.1/24\n"
        + "- hostname: tank-01\n  ssh_authorized_keys: " + KEY + "\n");
    CliRunner r = CliRunner.run(dir, "fleet", "--hosts", "hosts.yaml", "--out", "out");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).isEqualTo(
        "hosts.yaml:5: address: not an address with a prefix length (e.g. 192.0.2.11/24)\n"
            + "hosts.yaml:6: hostname: tank-01 is also the hostname of the host at hosts.yaml:1\n");
    assertThat(r.out).isEqualTo("1 written, 0 unchanged, 0 removed, 2 failed\n");
    assertThat(hostDirs(dir.resolve("out"))).isEqualTo(1);
  }

  @Test
  void fileAndUsageErrors() throws Exception {
    CliRunner r = CliRunner.run(dir, "fleet", "--hosts", "missing.csv", "--out", "out");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).startsWith("tankos fleet: missing.csv: ");
    Files.writeString(dir.resolve("bad.json"), "[{\"hostname\": \"a\",\n\"mac\": }]");
    r = CliRunner.run(dir, "fleet", "--hosts", "bad.json", "--out", "out");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).startsWith("tankos fleet: ").contains("bad.json:2: ");
    Files.writeString(dir.resolve("h.csv"), "hostname,ssh_authorized_keys\n");
    r = CliRunner.run(dir, "fleet", "--hosts", "h.csv", "--out", "out");
    assertThat(r.err).isEqualTo("tankos fleet: h.csv:1: missing column 'instance_id' (required: hostname, instance_id, ssh_authorized_keys)\n");
    assertThat(CliRunner.run(dir, "fleet", "--hosts", "h.txt", "--out", "out").status).isEqualTo(2);
    assertThat(CliRunner.run(dir, "fleet", "--out", "out").status).isEqualTo(2);
    assertThat(CliRunner.run(dir, "fleet", "--hosts", "h.csv").status).isEqualTo(2);

    Files.createDirectories(dir.resolve("mine"));
    Files.writeString(dir.resolve("mine/notes"), "x");
    Files.writeString(dir.resolve("ok.csv"), HEADER + row("tank-01", ""));
    r = CliRunner.run(dir, "fleet", "--hosts", "ok.csv", "--out", "mine");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).isEqualTo("tankos fleet: mine: refusing to write into: a non-empty directory that tankos did"
        + " not write (--force writes the host directories next to its content)\n");
    assertThat(CliRunner.run(dir, "fleet", "--hosts", "ok.csv", "--out", "mine", "--force").status).isZero();
    assertThat(dir.resolve("mine/notes")).exists();
    assertThat(CliRunner.run(dir, "fleet", "--hosts", "ok.csv", "--out", ".").status).isEqualTo(1);
  }
}
