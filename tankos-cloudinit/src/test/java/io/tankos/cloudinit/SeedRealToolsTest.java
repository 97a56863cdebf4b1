package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.RealTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed and multi-part user-data against the real tools: isoinfo reads the cidata ISO's Joliet
 * and Rock Ridge names and exact bytes, both cloud-init validators accept the Tank-OS seed, the
 * 25.1 network-config schema accepts the built network configs, and Python's email package (which
 * cloud-init uses) splits the MIME into the same parts.
 */
class SeedRealToolsTest {

  @Test
  void isoListsTheSeedFilesUnderJolietAndRockRidgeWithExactBytes() throws Exception {
    Path isoinfo = RealTools.get().requireExecutable("iso.isoinfo");
    NoCloudSeed seed = NoCloudSeedTest.seed();
    byte[] iso = seed.toIso();
    assertThat(seed.toIso()).isEqualTo(iso);
    Path dir = RealCloudInit.tempDir("tankos-ci-iso");
    Path file = RealCloudInit.write(dir.resolve("seed.iso"), iso);
    String pvd = run(isoinfo.toString(), "-d", "-i", file.toString());
    assertThat(pvd).contains("Volume id: cidata").contains("Joliet").contains("Rock Ridge");
    assertThat(run(isoinfo.toString(), "-J", "-f", "-i", file.toString()).lines().sorted().toList())
        .containsExactly("/meta-data", "/network-config", "/user-data");
    assertThat(run(isoinfo.toString(), "-R", "-f", "-i", file.toString()).lines().sorted().toList())
        .containsExactly("/meta-data", "/network-config", "/user-data");
    for (String name : List.of("meta-data", "network-config", "user-data")) {
      byte[] expected = seed.toFileTree().get(name).map(e -> ((io.tankos.core.fs.RegularFile) e).content())
          .orElseThrow();
      assertThat(runBytes(isoinfo.toString(), "-J", "-i", file.toString(), "-x", "/" + name))
          .as(name).isEqualTo(expected);
    }
  }

  @Test
  void tankOsSeedAndNetworkConfigsPassTheRealValidators() {
    Path dir = RealCloudInit.tempDir("tankos-ci-seed");
    NoCloudSeed seed = NoCloudSeedTest.seed();
    seed.toFileTree().writeTo(dir.resolve("seed"));
    Path userData = dir.resolve("seed/user-data");
    NoCloudSeed demo = NoCloudSeed.builder()
        .metaData(MetaData.builder("tank-02-v1").localHostname("tank-02").build())
        .userData(CloudConfig.builder()
            .user(CloudUser.builder("openclaw").sshAuthorizedKey(TestKeys.ADMIN).sudo("ALL=(ALL) NOPASSWD:ALL")
                .groups("wheel", "systemd-journal").build())
            .runcmd(CloudCommand.argv("loginctl", "enable-linger", "openclaw"))
            .build())
        .build();
    Path demoUserData = RealCloudInit.write(dir.resolve("demo-user-data"), demo.userData().bytes());
    Path v1 = RealCloudInit.write(dir.resolve("net-v1.yaml"), NetworkConfig.v1()
        .physicalStatic("eth0", "52:54:00:12:34:56", "192.0.2.10/24", "192.0.2.1", List.of("192.0.2.53"))
        .build().render().getBytes(StandardCharsets.UTF_8));
    Path v2 = RealCloudInit.write(dir.resolve("net-v2.yaml"), NetworkConfig.v2()
        .ethernetDhcp("eth0", "en*").ethernetStatic("eth1", "192.0.2.10/24", "192.0.2.1", List.of("192.0.2.53"))
        .build().render().getBytes(StandardCharsets.UTF_8));
    for (String version : RealCloudInit.versions()) {
      Map<String, RealCloudInit.Verdict> v =
          RealCloudInit.validate(version, List.of(userData, demoUserData), false);
      assertThat(v.values()).allSatisfy(x -> assertThat(x.valid()).as(x.file() + " " + x.errors()).isTrue());
    }
    Map<String, RealCloudInit.Verdict> net = RealCloudInit.validate("25.1", List.of(v1, v2), true);
    assertThat(net.values()).allSatisfy(x -> assertThat(x.valid()).as(x.file() + " " + x.errors()).isTrue());
    Map<Path, Path> load = new java.util.HashMap<>();
    load.put(dir.resolve("seed/meta-data"), null);
    Map<String, RealCloudInit.Loaded> md = RealCloudInit.pyyaml(load);
    assertThat(md.values().iterator().next().data())
        .isEqualTo("[\"map\", [[\"[\\\"str\\\", \\\"instance-id\\\"]\", [\"str\", \"tank-01-v1\"]], "
            + "[\"[\\\"str\\\", \\\"local-hostname\\\"]\", [\"str\", \"tank-01\"]]]]");
  }

  @Test
  void pythonEmailSplitsTheMimeIntoTheSameParts() throws Exception {
    Path python = RealTools.get().requireExecutable("python.pyyaml");
    UserData data = UserDataTest.multi();
    Path dir = RealCloudInit.tempDir("tankos-ci-mime");
    Path file = RealCloudInit.write(dir.resolve("user-data"), data.bytes());
    String script = String.join("\n",
        "import email, sys",
        "m = email.message_from_bytes(open(sys.argv[1], 'rb').read())",
        "for p in m.walk():",
        "    if p.is_multipart(): continue",
        "    body = p.get_payload(decode=True).decode('utf-8')",
        "    print(repr((p.get_content_type(), p.get_filename(), p.get('X-Merge-Type'), body)))");
    List<String> expected = new ArrayList<>();
    for (Part p : data.parts()) {
      expected.add(pyRepr(p.type().contentType(), p.filename().orElse(null), p.mergeType().orElse(null),
          p.text()));
    }
    String out = run(python.toString(), "-c", script, file.toString());
    assertThat(out.lines().toList()).hasSize(expected.size());
    Path exp = RealCloudInit.write(dir.resolve("expected.txt"),
        String.join("\n", expected).getBytes(StandardCharsets.UTF_8));
    String check = String.join("\n",
        "import ast, sys",
        "got = [ast.literal_eval(l) for l in sys.stdin.read().splitlines()]",
        "exp = [tuple(None if x == '\\x00NONE' else x for x in l.split('\\x01')) for l in open(sys.argv[1], encoding='utf-8').read().split('\\x02')]",
        "print('same' if got == exp else 'differ: %r vs %r' % (got, exp))");
    Path expParts = RealCloudInit.write(dir.resolve("expected.bin"), String.join("\u0002", expected)
        .getBytes(StandardCharsets.UTF_8));
    Files.delete(exp);
    assertThat(runWithInput(out, python.toString(), "-c", check, expParts.toString()).strip()).isEqualTo("same");
  }

  private static String pyRepr(String type, String filename, String merge, String body) {
    return String.join("\u0001", type, filename == null ? "\u0000NONE" : filename,
        merge == null ? "\u0000NONE" : merge, body);
  }

  private static String run(String... cmd) throws IOException, InterruptedException {
    return new String(runBytes(cmd), StandardCharsets.UTF_8);
  }

  private static byte[] runBytes(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).as(String.join(" ", cmd)).isZero();
    return out;
  }

  private static String runWithInput(String input, String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (var o = p.getOutputStream()) {
      o.write(input.getBytes(StandardCharsets.UTF_8));
    }
    byte[] out = p.getInputStream().readAllBytes();
    p.waitFor();
    return new String(out, StandardCharsets.UTF_8);
  }
}
