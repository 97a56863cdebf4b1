package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.exec.SshTransport;
import io.tankos.core.secret.SecretValue;
import io.tankos.testkit.FakeSecretHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop-ins {@link SecretProvisioner} writes are byte for byte those the image's own generated
 * {@code sync-podman-secrets} writes for the same secrets (the script run with bash against the fake
 * podman, its home pointed at a temporary directory).
 */
class SecretDropInsScriptTest {
  private static final String SCRIPT = "rootfs/usr/libexec/tank-os/sync-podman-secrets";

  @TempDir Path dir;

  @Test
  void provisionerAndSyncScriptWriteTheSameDropIns() throws Exception {
    compare(TankOsImage.tankOs(), "openclaw", List.of(
        List.of("anthropic_api_key"),
        List.of("telegram_bot_token", "gh_token", "jira_api_token", "openai_api_key"),
        List.of("gh_token", "unrelated")));
  }

  @Test
  void bothAgreeForASecondInstanceWithFileSecrets() throws Exception {
    compare(ImageFixtures.multiInstance(), "research", List.of(
        List.of("research_ca_bundle", "anthropic_api_key", "gh_token"),
        List.of("research_gh_token", "research_openai_api_key")));
  }

  private void compare(TankOsImage image, String instance, List<List<String>> stores) throws Exception {
    AgentInstance inst = image.instances().stream().filter(i -> i.name().equals(instance)).findFirst().orElseThrow();
    java.util.Set<String> units = SecretDropIns.units(inst).keySet();
    int n = 0;
    for (List<String> store : stores) {
      Path viaJava = dir.resolve(instance + "-java" + n);
      Path viaScript = dir.resolve(instance + "-script" + n++);
      FakeSecretHost java = FakeSecretHost.create(viaJava);
      store.subList(1, store.size()).forEach(java::addSecret);
      SshTransport ssh = SshTransport.builder().host("tank").sshExecutable(java.ssh().toString()).build();
      try (SecretValue v = SecretValue.of(store.get(0), "value")) {
        SecretProvisioner.builder(ssh).build().push(image, instance, store.get(0), v);
      }
      FakeSecretHost script = FakeSecretHost.create(viaScript);
      store.forEach(script::addSecret);
      runSyncScript(image, script);
      // the script refreshes every instance; the provisioner only the instance it was given
      Map<String, String> fromScript = dropIns(script.home());
      fromScript.keySet().removeIf(k -> !units.contains(k.substring(0, k.indexOf(".d/"))));
      assertThat(fromScript).as("store %s", store).isNotEmpty().isEqualTo(dropIns(java.home()));
    }
  }

  private static void runSyncScript(TankOsImage image, FakeSecretHost host) throws Exception {
    String text = image.buildContext().text(SCRIPT).orElseThrow();
    String homeLine = "agent_home='" + image.user().home() + "'\n";
    assertThat(text).contains(homeLine);
    Path script = host.bin().resolve("sync-podman-secrets");
    Files.writeString(script, text.replace(homeLine, "agent_home='" + host.home() + "'\n"));
    Path id = host.bin().resolve("id");
    Files.writeString(id, "#!/bin/sh\necho " + image.user().name() + "\n");
    for (Path p : List.of(script, id)) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
    }
    ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
    pb.environment().put("PATH", host.bin() + ":" + System.getenv("PATH"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
  }

  private static Map<String, String> dropIns(Path home) throws Exception {
    Map<String, String> files = new TreeMap<>();
    Path root = home.resolve(".config/containers/systemd");
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString(), Files.readString(f));
      }
    }
    return files;
  }
}
