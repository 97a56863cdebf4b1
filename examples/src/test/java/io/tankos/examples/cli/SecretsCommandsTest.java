package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.examples.Tankos;
import io.tankos.testkit.ChildJvm;
import io.tankos.testkit.FakeSecretHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tankos secrets push} and {@code list} in a child JVM whose {@code PATH} starts with the fake
 * machine's {@code ssh}, {@code runuser}, {@code podman} and {@code systemctl}; logging at TRACE goes
 * to the child's stderr, so the canary checks cover the logs too.
 */
class SecretsCommandsTest {
  private static final String DROP_IN = ".config/containers/systemd/openclaw.container.d/10-secrets.conf";

  @TempDir Path dir;
  private FakeSecretHost host;
  private Path wd;

  @BeforeEach
  void fakeHost() throws Exception {
    host = FakeSecretHost.create(Files.createDirectories(dir.resolve("host")));
    wd = Files.createDirectories(dir.resolve("wd"));
  }

  private record Run(int status, String out, String err) {}

  private Run tankos(byte[] stdin, String... args) throws Exception {
    List<String> argv = new ArrayList<>(ChildJvm.argv(Tankos.class, args));
    argv.add(1, "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace");
    Path in = Files.write(dir.resolve("stdin"), stdin);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(argv).directory(wd.toFile())
        .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("PATH", host.bin() + ":" + System.getenv("PATH"));
    int status = pb.start().waitFor();
    Files.delete(in);
    return new Run(status, Files.readString(out), Files.readString(err));
  }

  private static String canary() {
    return "tankos-canary-cli-" + Long.toHexString(System.nanoTime());
  }

  @Test
  void pushFromStdinReachesOnlyPodmansStdin() throws Exception {
    String canary = canary();
    Run r = tankos((canary + "\n").getBytes(StandardCharsets.UTF_8),
        "secrets", "push", "--host", "tank-01", "--instance", "openclaw", "anthropic_api_key");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("openclaw: anthropic_api_key stored; present: anthropic_api_key\n");
    assertThat(r.err()).contains("podman secret create anthropic_api_key as openclaw (driver file)",
        "systemctl --user daemon-reload", "systemctl --user restart openclaw.service");
    assertThat(r.out() + r.err()).doesNotContain(canary);
    assertThat(Files.readString(host.podmanStdinFile())).isEqualTo(canary + "\n");
    assertThat(host.filesContaining(canary)).containsExactly(host.podmanStdinFile());
    assertThat(host.calls()).anyMatch(c -> c.startsWith("ssh -o BatchMode=yes -- tank-01 'runuser' '-u' 'openclaw' '--' "))
        .contains("runuser -u openclaw -- env XDG_RUNTIME_DIR=/run/user/1000 podman secret create"
            + " --driver file --replace -- anthropic_api_key -");
    assertThat(Files.readString(host.home().resolve(DROP_IN)))
        .isEqualTo("[Container]\nSecret=anthropic_api_key,type=env,target=ANTHROPIC_API_KEY\n");
  }

  @Test
  void pushFromFileAsTheAgentLoginReachesOnlyPodmansStdin() throws Exception {
    String canary = canary();
    Path keyFile = Files.writeString(wd.resolve("token.txt"), canary + "\n");
    Run r = tankos(new byte[0], "secrets", "push", "--host", "tank-01", "--user", "openclaw", "--instance",
        "openclaw", "--from-file", "token.txt", "gh_token");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out() + r.err()).doesNotContain(canary);
    assertThat(Files.readString(host.podmanStdinFile())).isEqualTo(canary + "\n");
    assertThat(host.filesContaining(canary)).containsExactly(host.podmanStdinFile());
    assertThat(host.calls()).noneMatch(c -> c.startsWith("runuser"))
        .contains("ssh -l openclaw -o BatchMode=yes -- tank-01 'podman' 'secret' 'ls' '--format' '{{.Name}}'",
            "systemctl --user restart -- service-gator.service");
    assertThat(Files.readString(keyFile)).isEqualTo(canary + "\n");
  }

  @Test
  void pushToAnInstanceOfASpecFile() throws Exception {
    Files.copy(Path.of("multi-instance.yaml"), wd.resolve("multi.yaml"));
    String canary = canary();
    Run r = tankos((canary + "\n").getBytes(StandardCharsets.UTF_8), "secrets", "push", "--host", "tank-01",
        "--spec", "multi.yaml", "--instance", "research", "research_openai_api_key");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out() + r.err()).doesNotContain(canary);
    assertThat(host.filesContaining(canary)).containsExactly(host.podmanStdinFile());
    assertThat(r.err()).contains("systemctl --user restart research.service");
    assertThat(Files.readString(host.home().resolve(".config/containers/systemd/research.container.d/10-secrets.conf")))
        .isEqualTo("[Container]\nSecret=research_openai_api_key,type=env,target=OPENAI_API_KEY\n");
    Run noSuch = tankos(new byte[0], "secrets", "list", "--host", "tank-01", "--spec", "multi.yaml",
        "--instance", "openclaw");
    assertThat(noSuch.status()).isEqualTo(1);
    assertThat(noSuch.err()).contains("the image has no instance openclaw");
  }

  @Test
  void listShowsNamesPresentAndMissing() throws Exception {
    host.addSecret("openai_api_key");
    host.addSecret("gh_token");
    Run r = tankos(new byte[0], "secrets", "list", "--host", "tank-01", "--instance", "openclaw");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).startsWith("missing anthropic_api_key", "present openai_api_key")
        .contains("present gh_token", "missing jira_api_token").hasSize(12);
  }

  @Test
  void refusalsNameTheSecretNeverTheValue() throws Exception {
    String canary = canary();
    byte[] stdin = canary.getBytes(StandardCharsets.UTF_8);
    Run undeclared = tankos(stdin, "secrets", "push", "--host", "tank-01", "--instance", "openclaw", "aws_key");
    assertThat(undeclared.status()).isEqualTo(1);
    assertThat(undeclared.err()).contains("tankos secrets push: SecretProvisioner.push.secret:",
        "instance openclaw does not declare secret aws_key").doesNotContain(canary);
    Run unknown = tankos(stdin, "secrets", "push", "--host", "tank-01", "--instance", "work", "anthropic_api_key");
    assertThat(unknown.status()).isEqualTo(1);
    assertThat(unknown.err()).contains("the image has no instance work").doesNotContain(canary);
    Run twoOperands = tankos(stdin, "secrets", "push", "--instance", "openclaw", "anthropic_api_key", canary);
    assertThat(twoOperands.status()).isEqualTo(2);
    Run empty = tankos("\n".getBytes(StandardCharsets.UTF_8), "secrets", "push", "--host", "tank-01",
        "--instance", "openclaw", "anthropic_api_key");
    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.err()).contains("value is empty");
    host.failCreate(true);
    Run failed = tankos(stdin, "secrets", "push", "--host", "tank-01", "--instance", "openclaw", "anthropic_api_key");
    assertThat(failed.status()).isEqualTo(1);
    assertThat(failed.err()).contains("instance openclaw, secret anthropic_api_key: podman secret create failed")
        .doesNotContain(canary);
    assertThat(host.calls()).noneMatch(c -> c.contains(canary)).noneMatch(c -> c.startsWith("systemctl"));
  }
}
