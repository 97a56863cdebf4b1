package io.tankos.bootc.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.Invocation;
import io.tankos.core.exec.RecordingRunner.Reply;
import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.podman.PodmanSecret;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.podman.PullPolicy;
import io.tankos.core.podman.SecretDriver;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** argv shapes of {@link Podman} for build, secrets and manifests, on podman 4.3 and 5.x. */
class PodmanRecordingTest {
  private static final String SECRET_JSON =
      "[{\"ID\":\"abc\",\"CreatedAt\":\"2026-01-01T00:00:00Z\",\"UpdatedAt\":\"2026-01-01T00:00:00Z\","
          + "\"Spec\":{\"Name\":\"api_key\",\"Driver\":{\"Name\":\"file\",\"Options\":{\"path\":\"/x\"}},"
          + "\"Labels\":{\"app\":\"openclaw\"}}}]";

  private static String version(String v) {
    return "{\"Client\":{\"APIVersion\":\"" + v + "\",\"Version\":\"" + v + "\"}}";
  }

  @Test
  void buildArgvCarriesEveryOptionAndNoSecretValue() {
    RecordingRunner runner =
        new RecordingRunner()
            .on(
                "podman build",
                c -> {
                  if (!c.argv().contains("build")) {
                    return false;
                  }
                  String iid = c.argv().get(c.argv().indexOf("--iidfile") + 1);
                  try {
                    Files.writeString(Path.of(iid), "sha256:" + "a".repeat(64) + "\n");
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                  return true;
                })
            .reply(Reply.success().stdout("STEP 1/2: FROM scratch\n"));
    Podman podman = Podman.builder().runner(runner).globalArgs("--storage-driver=vfs", "--root", "/r").build();
    try (SecretValue token = SecretValue.of("token", "t0p-s3cret")) {
      BuildResult result =
          podman.build(
              PodmanBuild.builder()
                  .containerfile(new StringBuilder("FROM scratch\n"))
                  .context(Path.of("/ctx"))
                  .tag("localhost/a:1")
                  .tag("localhost/a:latest")
                  .buildArg("VERSION", "1.0")
                  .secret(BuildSecret.of("token", token))
                  .secret(BuildSecret.fromFile("cert", Path.of("/etc/ca.pem")))
                  .secret(BuildSecret.fromEnvironment("gh", "GH_TOKEN"))
                  .label("containers.bootc", "1")
                  .platform("linux/arm64")
                  .layers(false)
                  .noCache(true)
                  .pull(PullPolicy.NEVER)
                  .isolation("chroot")
                  .manifest("localhost/a:list")
                  .format("oci")
                  .build());
      assertThat(result.imageId()).isEqualTo("sha256:" + "a".repeat(64));
      Invocation inv = runner.invocations().get(0);
      List<String> argv = inv.argv();
      String file = argv.get(argv.indexOf("--file") + 1);
      String iid = argv.get(argv.indexOf("--iidfile") + 1);
      assertThat(argv)
          .containsExactly(
              "podman", "--storage-driver=vfs", "--root", "/r", "build", "--file", file,
              "--tag", "localhost/a:1", "--tag", "localhost/a:latest",
              "--build-arg", "VERSION=1.0",
              "--secret", "id=token,env=TANKOS_BUILD_SECRET_0",
              "--secret", "id=cert,src=/etc/ca.pem",
              "--secret", "id=gh,env=GH_TOKEN",
              "--label", "containers.bootc=1",
              "--platform", "linux/arm64", "--layers=false", "--no-cache", "--pull=never",
              "--isolation", "chroot", "--manifest", "localhost/a:list", "--format", "oci",
              "--iidfile", iid, "/ctx");
      assertThat(String.join(" ", argv)).doesNotContain("t0p-s3cret");
      assertThat(inv.environment()).containsEntry("TANKOS_BUILD_SECRET_0", "t0p-s3cret");
      assertThat(inv.toString()).doesNotContain("t0p-s3cret");
      assertThat(Files.exists(Path.of(file))).as("temporary Containerfile removed").isFalse();
    }
  }

  @Test
  void secretCreateOnPodman5UsesReplace() {
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "version").reply(Reply.success().stdout(version("5.4.2")))
            .onPrefix("podman", "secret", "create").reply(Reply.success().stdout("abc\n"))
            .onPrefix("podman", "secret", "inspect").reply(Reply.success().stdout(SECRET_JSON));
    Podman podman = Podman.builder().runner(runner).build();
    try (SecretValue value = SecretValue.of("api_key", "sk-123")) {
      SecretInfo s =
          podman.createSecret(
              PodmanSecret.builder("api_key")
                  .driver(SecretDriver.SHELL)
                  .driverOption("list", "ls /s")
                  .driverOption("lookup", "cat /s/$SECRET_ID")
                  .driverOption("store", "cat > /s/$SECRET_ID")
                  .driverOption("delete", "rm /s/$SECRET_ID")
                  .label("app", "openclaw")
                  .build(),
              value,
              true);
      assertThat(s.labels()).containsEntry("app", "openclaw");
    }
    assertThat(runner.argvs())
        .containsExactly(
            List.of("podman", "version", "--format", "json"),
            List.of(
                "podman", "secret", "create", "--driver", "shell", "--driver-opts",
                "list=ls /s,lookup=cat /s/$SECRET_ID,store=cat > /s/$SECRET_ID,delete=rm /s/$SECRET_ID", "--label", "app=openclaw", "--replace", "api_key", "-"),
            List.of("podman", "secret", "inspect", "api_key"));
    assertThat(runner.invocations().get(1).stdinSecretNames()).containsExactly("api_key");
  }

  @Test
  void secretReplaceOnPodman43RemovesThenCreates() {
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "version").reply(Reply.success().stdout(version("4.3.1")))
            .onPrefix("podman", "secret", "rm")
            .reply(Reply.exitCode(125).stderr("Error: no secret with name or id \"api_key\": no such secret\n"))
            .onPrefix("podman", "secret", "create").reply(Reply.success())
            .onPrefix("podman", "secret", "inspect").reply(Reply.success().stdout(SECRET_JSON));
    Podman podman = Podman.builder().runner(runner).build();
    try (SecretValue value = SecretValue.of("api_key", "sk-123")) {
      podman.createSecret(PodmanSecret.builder("api_key").build(), value, true);
    }
    assertThat(runner.argvs())
        .containsExactly(
            List.of("podman", "version", "--format", "json"),
            List.of("podman", "secret", "rm", "api_key"),
            List.of("podman", "secret", "create", "--driver", "file", "api_key", "-"),
            List.of("podman", "secret", "inspect", "api_key"));
  }

  @Test
  void secretNamesAndSizesAreChecked() {
    Podman podman = Podman.builder().runner(new RecordingRunner()).build();
    try (SecretValue value = SecretValue.of("x", "v"); SecretValue empty = SecretValue.of("e", "")) {
      // one name rule with the Quadlet side (PodmanSecret): the same names are refused here
      for (String bad : List.of("a/b", "a=b", "a b", "--all", "-a", "a,b", "a-", "x".repeat(254))) {
        assertThatThrownBy(() -> podman.createSecret(bad, value))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("secret name")
            .hasMessageContaining(".name");
        assertThatThrownBy(() -> podman.removeSecret(bad)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> podman.inspectSecret(bad)).isInstanceOf(ValidationException.class);
      }
      assertThatThrownBy(() -> podman.createSecret("", value)).hasMessageContaining("empty");
      assertThatThrownBy(() -> podman.createSecret("e", empty)).hasMessageContaining("1 to 511999 bytes");
    }
  }

  @Test
  void secretListInspectsTheIds() {
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "secret", "ls").reply(Reply.success().stdout("abc\ndef\n"))
            .onPrefix("podman", "secret", "inspect").reply(Reply.success().stdout(SECRET_JSON));
    List<SecretInfo> secrets = Podman.builder().runner(runner).build().listSecrets();
    assertThat(secrets).extracting(SecretInfo::name).containsExactly("api_key");
    assertThat(runner.argvs())
        .containsExactly(
            List.of("podman", "secret", "ls", "--noheading", "--format", "{{.ID}}"),
            List.of("podman", "secret", "inspect", "abc", "def"));
  }

  @Test
  void manifestCreateAddPush() {
    RecordingRunner runner =
        new RecordingRunner()
            .on(
                "manifest push",
                c -> {
                  if (!c.argv().contains("push")) {
                    return false;
                  }
                  String f = c.argv().get(c.argv().indexOf("--digestfile") + 1);
                  try {
                    Files.writeString(Path.of(f), "sha256:feed\n");
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                  return true;
                })
            .reply(Reply.success())
            .onAnyCommand()
            .reply(Reply.success());
    Podman podman = Podman.builder().runner(runner).build();
    podman.manifestCreate("localhost/tank-os:list");
    podman.manifestAdd("localhost/tank-os:list", "containers-storage:localhost/tank-os:amd64");
    podman.manifestAdd("localhost/tank-os:list", "containers-storage:localhost/tank-os:arm64");
    String digest = podman.manifestPush("localhost/tank-os:list", "oci:/tmp/layout", "--tls-verify=false");
    assertThat(digest).isEqualTo("sha256:feed");
    List<List<String>> argvs = runner.argvs();
    assertThat(argvs.subList(0, 3))
        .containsExactly(
            List.of("podman", "manifest", "create", "localhost/tank-os:list"),
            List.of("podman", "manifest", "add", "localhost/tank-os:list", "containers-storage:localhost/tank-os:amd64"),
            List.of("podman", "manifest", "add", "localhost/tank-os:list", "containers-storage:localhost/tank-os:arm64"));
    List<String> push = argvs.get(3);
    assertThat(push)
        .containsExactly(
            "podman", "manifest", "push", "--all", "--digestfile", push.get(5), "--tls-verify=false",
            "localhost/tank-os:list", "oci:/tmp/layout");
  }

  @Test
  void imageInspectIsTyped() {
    String json =
        "[{\"Id\":\"abc\",\"Digest\":\"sha256:d\",\"RepoTags\":[\"localhost/a:1\"],\"RepoDigests\":[],"
            + "\"Created\":\"2026-01-01T00:00:00Z\",\"Architecture\":\"amd64\",\"Os\":\"linux\","
            + "\"Config\":{\"User\":\"1000\",\"Env\":[\"PATH=/bin\",\"A=b=c\"],\"Labels\":{\"x\":\"y\"},"
            + "\"Cmd\":[\"/bin/sh\"],\"WorkingDir\":\"/w\"},\"RootFS\":{\"Type\":\"layers\",\"Layers\":[\"sha256:l1\"]},\"Size\":42}]";
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "image", "inspect", "localhost/a:1").reply(Reply.success().stdout(json))
            .onPrefix("podman", "image", "inspect")
            .reply(Reply.exitCode(125).stdout("[]\n").stderr("Error: nope: image not known\n"));
    Podman podman = Podman.builder().runner(runner).build();
    PodmanImage image = podman.inspectImage("localhost/a:1").orElseThrow();
    assertThat(image.envValue("A")).contains("b=c");
    assertThat(image.labels()).containsEntry("x", "y");
    assertThat(image.layers()).containsExactly("sha256:l1");
    assertThat(image.size()).isEqualTo(42);
    assertThat(podman.inspectImage("nope")).isEmpty();
  }

  @Test
  void aContextTreeMayCarryItsOwnContainerfile() {
    PodmanBuild build =
        PodmanBuild.builder()
            .context(io.tankos.core.fs.FileTree.builder().file("Containerfile", "FROM scratch\n").build())
            .build();
    assertThat(build.containerfileText()).isEmpty();
    assertThatThrownBy(() -> PodmanBuild.builder().context(io.tankos.core.fs.FileTree.empty()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs a Containerfile");
  }

  @Test
  void versionsCompare() {
    assertThat(PodmanVersion.parse("4.3.1").hasSecretReplace()).isFalse();
    assertThat(PodmanVersion.parse("4.7.0").hasSecretReplace()).isTrue();
    assertThat(PodmanVersion.parse("5.4.2-dev").atLeast(5, 4)).isTrue();
    assertThat(PodmanVersion.parse("4.5.0").hasSecretExists()).isTrue();
    assertThatThrownBy(() -> PodmanVersion.parse("podman")).isInstanceOf(IllegalArgumentException.class);
  }
}
