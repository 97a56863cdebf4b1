package io.tankos.bootc.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.OutputLine;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanSecret;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.podman.PullPolicy;
import io.tankos.core.secret.SecretValue;
import io.tankos.testkit.RealTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Podman} against the recorded real podman (4.3.1 in the reference sandbox). */
class PodmanRealTest {
  private final List<String> images = new ArrayList<>();
  private final List<String> secrets = new ArrayList<>();
  private Podman podman;

  private Podman podman() {
    if (podman == null) {
      podman = RealPodman.podman();
    }
    return podman;
  }

  private String tag(String what) {
    String tag = "localhost/" + RealPodman.uniqueName(what) + ":1";
    images.add(tag);
    return tag;
  }

  @AfterEach
  void cleanUp() {
    if (podman != null) {
      images.forEach(podman::removeImage);
      secrets.forEach(podman::removeSecret);
    }
  }

  @Test
  void detectsTheRecordedVersion() {
    String recorded = RealTools.get().require("podman.version");
    PodmanVersion version = podman().version();
    assertThat(recorded).contains(version.major() + "." + version.minor() + "." + version.patch());
    System.out.println("podman version " + version + ", secret --replace: " + version.hasSecretReplace());
  }

  @Test
  void scratchBuildCopiesFilesAndSetsLabelsEnvUser() throws Exception {
    String tag = tag("scratch");
    FileTree context =
        FileTree.builder()
            .file("hello.txt", "hello from tankos\n")
            .file("bin/run.sh", "#!/bin/sh\necho run\n", 0755)
            .build();
    String containerfile =
        "FROM scratch\n"
            + "COPY . /app/\n"
            + "LABEL org.opencontainers.image.title=\"tankos test\"\n"
            + "ENV GREETING=\"hello world\"\n"
            + "USER 1000:1000\n"
            + "WORKDIR /app\n";
    List<OutputLine> progress = new CopyOnWriteArrayList<>();
    BuildResult result =
        podman()
            .build(
                PodmanBuild.builder()
                    .containerfile(containerfile)
                    .context(context)
                    .tag(tag)
                    .label("containers.bootc", "1")
                    .label("io.tankos.test", "a b=c")
                    .layers(true)
                    .build(),
                progress::add);

    assertThat(result.imageId()).startsWith("sha256:").hasSize(71);
    assertThat(progress).extracting(OutputLine::text).anyMatch(l -> l.contains("STEP 1/"));
    assertThat(podman().imageExists(tag)).isTrue();
    PodmanImage image = podman().inspectImage(tag).orElseThrow();
    assertThat(image.id()).isEqualTo(result.hexId());
    assertThat(image.repoTags()).contains(tag);
    assertThat(image.labels())
        .containsEntry("org.opencontainers.image.title", "tankos test")
        .containsEntry("containers.bootc", "1")
        .containsEntry("io.tankos.test", "a b=c");
    assertThat(image.envValue("GREETING")).contains("hello world");
    assertThat(image.user()).isEqualTo("1000:1000");
    assertThat(image.workingDir()).isEqualTo("/app");
    assertThat(image.layers()).isNotEmpty();
    assertThat(image.architecture()).isNotEmpty();

    Map<String, byte[]> files = TarEntries.files(RealPodman.export(podman(), tag));
    assertThat(new String(files.get("app/hello.txt"), StandardCharsets.UTF_8)).isEqualTo("hello from tankos\n");
    assertThat(new String(files.get("app/bin/run.sh"), StandardCharsets.UTF_8)).startsWith("#!/bin/sh");
  }

  @Test
  void multiArchManifestIsBuiltInspectedAndPushedToAnOciLayout(@TempDir Path dir) throws Exception {
    String list = tag("list");
    String amd64 = tag("amd64");
    String arm64 = tag("arm64");
    FileTree context = FileTree.builder().file("a", "a\n").build();
    for (String[] platform : new String[][] {{"linux/amd64", amd64}, {"linux/arm64", arm64}}) {
      podman()
          .build(
              PodmanBuild.builder()
                  .containerfile("FROM scratch\nCOPY a /a\n")
                  .context(context)
                  .platform(platform[0])
                  .noCache(true)
                  .tag(platform[1])
                  .build());
    }
    assertThat(podman().inspectImage(arm64).orElseThrow().architecture()).isEqualTo("arm64");
    podman().manifestCreate(list);
    podman().manifestAdd(list, "containers-storage:" + amd64);
    podman().manifestAdd(list, "containers-storage:" + arm64);
    List<ManifestEntry> entries = podman().manifestInspect(list);
    assertThat(entries).extracting(ManifestEntry::platform).containsExactly("linux/amd64", "linux/arm64");
    assertThat(entries).allMatch(e -> e.digest().startsWith("sha256:"));

    Path layout = dir.resolve("layout");
    String digest = podman().manifestPush(list, "oci:" + layout);
    assertThat(digest).startsWith("sha256:");
    assertThat(Files.readString(layout.resolve("index.json"))).contains(digest);
    assertThat(Files.exists(layout.resolve("blobs/sha256/" + digest.substring(7)))).isTrue();

    String single = podman().push(amd64, "oci:" + dir.resolve("single"));
    assertThat(single).startsWith("sha256:");
    assertThat(podman().manifestRemove(list)).isTrue();
    images.remove(list);
  }

  @Test
  void contextTreeWithItsOwnContainerfile() {
    String tag = tag("own");
    BuildResult result =
        podman()
            .build(
                PodmanBuild.builder()
                    .context(
                        FileTree.builder()
                            .file("Containerfile", "FROM scratch\nCOPY x /x\nLABEL own=yes\n")
                            .file("x", "x\n")
                            .build())
                    .tag(tag)
                    .build());
    assertThat(podman().inspectImage(result.imageId()).orElseThrow().labels()).containsEntry("own", "yes");
  }

  @Test
  void missingImagesAreEmptyNotErrors() {
    String missing = "localhost/" + RealPodman.uniqueName("missing") + ":1";
    assertThat(podman().imageExists(missing)).isFalse();
    assertThat(podman().inspectImage(missing)).isEmpty();
    assertThat(podman().removeImage(missing)).isFalse();
  }

  @Test
  void failingBuildThrowsWithStderr() {
    Podman podman = podman();
    assertThatThrownBy(
            () ->
                podman
                    .build(
                        PodmanBuild.builder()
                            .containerfile("FROM scratch\nCOPY does-not-exist /x\n")
                            .context(FileTree.empty())
                            .tag(tag("broken"))
                            .build()))
        .isInstanceOf(CommandFailedException.class)
        .hasMessageContaining("does-not-exist");
  }

  @Test
  void runStepsOnTheLocalBaseImage() throws Exception {
    String base = RealTools.get().require("podman.baseimage");
    String tag = tag("run");
    BuildResult result =
        podman()
            .build(
                PodmanBuild.builder()
                    .containerfile(
                        "FROM " + base + "\n"
                            + "ARG GREETING\n"
                            + "RUN printf '%s\\n' \"$GREETING\" > /greeting && useradd --uid 1500 --create-home agent\n"
                            + "ENV APP_HOME=/home/agent\n"
                            + "USER agent\n")
                    .buildArg("GREETING", "hi from RUN")
                    .isolation("chroot")
                    .pull(PullPolicy.NEVER)
                    .tag(tag)
                    .build());
    PodmanImage image = podman().inspectImage(result.imageId()).orElseThrow();
    assertThat(image.user()).isEqualTo("agent");
    assertThat(image.envValue("APP_HOME")).contains("/home/agent");
    Map<String, byte[]> files = TarEntries.files(RealPodman.export(podman(), tag));
    assertThat(new String(files.get("greeting"), StandardCharsets.UTF_8)).isEqualTo("hi from RUN\n");
    assertThat(new String(files.get("etc/passwd"), StandardCharsets.UTF_8)).contains("agent:x:1500:");
  }

  @Test
  void buildSecretIsUsableButNeverStored() throws Exception {
    String base = RealTools.get().require("podman.baseimage");
    String tag = tag("secret");
    String canary = "tankos-canary-" + UUID.randomUUID();
    String expectedSha =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canary.getBytes(StandardCharsets.UTF_8)));
    List<OutputLine> progress = new CopyOnWriteArrayList<>();
    try (SecretValue secret = SecretValue.of("canary", canary)) {
      podman()
          .build(
              PodmanBuild.builder()
                  .containerfile(
                      "FROM " + base + "\n"
                          + "RUN --mount=type=secret,id=canary sha256sum /run/secrets/canary | cut -c1-64 > /canary.sha\n")
                  .secret(BuildSecret.of("canary", secret))
                  .isolation("chroot")
                  .noCache(true)
                  .tag(tag)
                  .build(),
              progress::add);
    }
    byte[] tar = RealPodman.export(podman(), tag);
    Map<String, byte[]> files = TarEntries.files(tar);
    assertThat(new String(files.get("canary.sha"), StandardCharsets.UTF_8).trim())
        .as("the secret was readable in the RUN step")
        .isEqualTo(expectedSha);
    assertThat(new String(tar, StandardCharsets.ISO_8859_1)).doesNotContain(canary);
    assertThat(String.join("\n", podman().history(tag))).doesNotContain(canary).contains("canary.sha");
    assertThat(progress).extracting(OutputLine::text).noneMatch(l -> l.contains(canary));
    assertThat(files.keySet()).noneMatch(p -> p.startsWith("run/secrets/canary"));
  }

  @Test
  void secretsCreateInspectListReplaceRemove() {
    String name = RealPodman.uniqueName("secret").replace('-', '_');
    secrets.add(name);
    SecretInfo created;
    try (SecretValue value = SecretValue.of(name, "s3cr3t-value")) {
      created = podman().createSecret(PodmanSecret.builder(name).label("app", "openclaw").build(), value, false);
    }
    assertThat(created.name()).isEqualTo(name);
    assertThat(created.driver()).isEqualTo("file");
    assertThat(created.labels()).containsEntry("app", "openclaw");
    assertThat(podman().inspectSecret(name)).contains(created);
    assertThat(podman().listSecrets()).extracting(SecretInfo::name).contains(name);

    try (SecretValue again = SecretValue.of(name, "other")) {
      Podman podman = podman();
      assertThatThrownBy(() -> podman.createSecret(name, again))
          .isInstanceOf(CommandFailedException.class)
          .hasMessageNotContaining("other");
      SecretInfo replaced = podman().createSecret(PodmanSecret.builder(name).build(), again, true);
      assertThat(replaced.name()).isEqualTo(name);
      if (!podman().version().hasSecretReplace()) {
        assertThat(replaced.id()).as("rm + create gives a new id").isNotEqualTo(created.id());
      }
    }
    assertThat(podman().removeSecret(name)).isTrue();
    assertThat(podman().removeSecret(name)).isFalse();
    assertThat(podman().inspectSecret(name)).isEmpty();
  }
}
