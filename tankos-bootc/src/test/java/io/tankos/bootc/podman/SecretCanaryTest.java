package io.tankos.bootc.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.exec.CommandTimeoutException;
import io.tankos.core.exec.Invocation;
import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PullPolicy;
import io.tankos.core.secret.SecretValue;
import io.tankos.testkit.CapturedLogs;
import io.tankos.testkit.RealTools;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unique canary secret through every secret path of {@link Podman} (build secrets, the secret
 * store), with a fake podman that spawns a grandchild and with the real podman 4.3.1: while they run,
 * {@code /proc/PID/cmdline} and {@code /proc/PID/environ} of every process (the child and its
 * descendants among them) are scanned; afterwards the listener lines, results, exceptions, commands,
 * {@link Invocation} records, logs and the files left in the temporary directories. The canary is
 * echoed by the tools on purpose, so redaction is exercised too.
 */
@EnabledOnOs(OS.LINUX)
class SecretCanaryTest {
  private final String canary = "tankos-canary-" + UUID.randomUUID();
  private final String mark = UUID.randomUUID().toString().substring(0, 8);
  private final Instant start = Instant.now().minusSeconds(1);
  private final List<String> visible = new CopyOnWriteArrayList<>();
  private final List<String> cleanUp = new ArrayList<>();
  private Podman real;

  @TempDir Path dir;

  @AfterEach
  void removeTestImagesAndSecrets() {
    if (real != null) {
      cleanUp.forEach(name -> {
        if (name.startsWith("localhost/")) {
          real.removeImage(name);
        } else {
          real.removeSecret(name);
        }
      });
    }
  }

  @Test
  void fakePodmanBuildGetsTheSecretAsAPrivateFileDeletedAfterwards() throws Exception {
    Path fake = fakePodman(0, 1);
    TeeRunner tee = new TeeRunner(CommandRunner.local());
    Podman podman = Podman.builder().executable(fake.toString()).runner(tee).build();
    try (SecretValue secret = SecretValue.of("canary", canary);
        ProcScan scan = ProcScan.start(canary, fake.getFileName().toString(), "grandchild-" + mark)) {
      BuildResult result = podman.build(request(secret), line -> visible.add(line.text()));
      assertThat(result.imageId()).startsWith("sha256:");
      scan.stop();
      assertThat(scan.hits()).as("canary in /proc").isEmpty();
      assertThat(scan.markersSeen())
          .as("the fake podman and its grandchild were read while they ran")
          .containsExactlyInAnyOrder(fake.getFileName().toString(), "grandchild-" + mark);
    }
    assertThat(Files.readAllLines(dir.resolve("modes"))).as("directory and file modes").containsExactly("700", "600");
    Path source = Path.of(Files.readString(dir.resolve("src")).trim());
    assertThat(source).doesNotExist();
    assertThat(source.getParent()).doesNotExist();
    assertThat(visible).contains("secret is <redacted>", "secret on stderr: <redacted>");
    assertThat(CapturedLogs.lines()).as("the runner's logs are captured").anyMatch(l -> l.contains("exec: " + fake));
    collect(tee);
    assertNothingLeaks();
  }

  @Test
  void fakePodmanFailureAndTimeoutStillDeleteTheFileAndNeverShowTheValue() throws Exception {
    try (SecretValue secret = SecretValue.of("canary", canary)) {
      Podman failing = Podman.builder().executable(fakePodman(3, 0).toString()).build();
      assertThatThrownBy(() -> failing.build(request(secret), line -> visible.add(line.text())))
          .isInstanceOfSatisfying(CommandFailedException.class, e -> {
            assertThat(e.getMessage()).contains("secret on stderr: <redacted>");
            visible.add(describe(e));
          });
      assertThat(Path.of(Files.readString(dir.resolve("src")).trim())).doesNotExist();

      Podman slow = Podman.builder().executable(fakePodman(0, 30).toString()).timeout(Duration.ofSeconds(2)).build();
      assertThatThrownBy(() -> slow.build(request(secret), line -> visible.add(line.text())))
          .isInstanceOfSatisfying(CommandTimeoutException.class, e -> visible.add(describe(e)));
      assertThat(Path.of(Files.readString(dir.resolve("src")).trim())).doesNotExist();
    }
    assertNothingLeaks();
  }

  @Test
  void fakePodmanSecretCreateReadsTheValueOnStandardInputOnly() throws Exception {
    Path fake = fakePodman(0, 1);
    TeeRunner tee = new TeeRunner(CommandRunner.local());
    Podman podman = Podman.builder().executable(fake.toString()).runner(tee).build();
    try (SecretValue secret = SecretValue.of("canary", canary);
        ProcScan scan = ProcScan.start(canary, fake.getFileName().toString(), "grandchild-" + mark)) {
      SecretInfo info = podman.createSecret("api_key", secret);
      assertThat(info.name()).isEqualTo("api_key");
      scan.stop();
      assertThat(scan.hits()).isEmpty();
      assertThat(scan.markersSeen()).contains(fake.getFileName().toString(), "grandchild-" + mark);
    }
    collect(tee);
    assertThat(visible).anyMatch(s -> s.contains("created <redacted>"));
    assertNothingLeaks();
  }

  @Test
  void recordedInvocationsCarryNoValue() throws IOException {
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "secret", "inspect").reply(RecordingRunner.Reply.success().stdout("[]"))
            .onAnyCommand().reply(RecordingRunner.Reply.success().stdout("echo " + canary + "\n"));
    Podman podman = Podman.builder().runner(runner).build();
    try (SecretValue secret = SecretValue.of("canary", canary)) {
      assertThatThrownBy(() -> podman.build(request(secret), line -> visible.add(line.text())))
          .isInstanceOf(IllegalStateException.class) // no iid written by the recording
          .satisfies(e -> visible.add(describe(e)));
      assertThatThrownBy(() -> podman.createSecret("api_key", secret))
          .satisfies(e -> visible.add(describe(e)));
    }
    for (Invocation inv : runner.invocations()) {
      visible.add(inv.toString());
      visible.add(String.join(" ", inv.argv()));
      visible.add(inv.environment().toString());
      visible.add(inv.stdinText());
    }
    assertThat(runner.invocations().get(1).stdinText()).isEqualTo("<secret:canary>");
    assertNothingLeaks();
  }

  @Test
  void realPodmanBuildAndSecretStoreNeverExposeTheValue() throws Exception {
    real = RealPodman.podman();
    String base = RealTools.get().require("podman.baseimage");
    TeeRunner tee = new TeeRunner(real.runner());
    Podman podman = real.toBuilder().runner(tee).build();
    String tag = "localhost/" + RealPodman.uniqueName("canary") + ":1";
    String failingTag = "localhost/" + RealPodman.uniqueName("canary-fail") + ":1";
    String secretName = RealPodman.uniqueName("canary").replace('-', '_');
    cleanUp.addAll(List.of(tag, failingTag, secretName));
    try (SecretValue secret = SecretValue.of("canary", canary);
        ProcScan scan = ProcScan.start(canary, "tankos-build-", "runmarker-" + mark)) {
      podman.build(
          PodmanBuild.builder()
              .containerfile(
                  "FROM " + base + "\n"
                      + "RUN --mount=type=secret,id=canary echo \"seen $(cat /run/secrets/canary)\";"
                      + " : runmarker-" + mark + "; sleep 2\n")
              .secret(BuildSecret.of("canary", secret))
              .isolation("chroot")
              .pull(PullPolicy.NEVER)
              .noCache(true)
              .tag(tag)
              .build(),
          line -> visible.add(line.text()));
      assertThatThrownBy(
              () -> podman.build(
                  PodmanBuild.builder()
                      .containerfile(
                          "FROM " + base + "\n"
                              + "RUN --mount=type=secret,id=canary cat /run/secrets/canary >&2; exit 3\n")
                      .secret(BuildSecret.of("canary", secret))
                      .isolation("chroot")
                      .pull(PullPolicy.NEVER)
                      .tag(failingTag)
                      .build(),
                  line -> visible.add(line.text())))
          .isInstanceOfSatisfying(CommandFailedException.class, e -> visible.add(describe(e)));
      podman.createSecret(secretName, secret);
      assertThat(podman.removeSecret(secretName)).isTrue();
      scan.stop();
      assertThat(scan.hits()).as("canary in /proc").isEmpty();
      assertThat(scan.markersSeen())
          .as("podman and the RUN step it started were read while they ran")
          .contains("tankos-build-", "runmarker-" + mark);
    }
    assertThat(visible).anyMatch(l -> l.contains("seen <redacted>"));
    collect(tee);
    assertNothingLeaks();
  }

  private PodmanBuild request(SecretValue secret) {
    return PodmanBuild.builder()
        .containerfile("FROM scratch\n")
        .context(FileTree.empty())
        .secret(BuildSecret.of("canary", secret))
        .build();
  }

  /**
   * A podman stand-in: {@code build} records where its secret file is and the modes of file and
   * directory, echoes the value on both streams, starts a grandchild, writes the image id, sleeps
   * and exits with the given code; {@code secret create} echoes standard input; {@code secret
   * inspect} answers with metadata.
   */
  private Path fakePodman(int exitCode, int sleepSeconds) throws IOException {
    Path exe = dir.resolve("fake-podman-" + mark);
    String script =
        "#!/bin/sh\n"
            + "log='" + dir + "'\n"
            + "grandchild() { sh -c 'sleep 3' grandchild-" + mark + " </dev/null >/dev/null 2>&1 & }\n"
            + "case \"$1 $2\" in\n"
            + "  build*)\n"
            + "    prev=''; for a in \"$@\"; do\n"
            + "      case \"$prev\" in --secret) src=${a#*src=} ;; --iidfile) iid=$a ;; esac; prev=$a\n"
            + "    done\n"
            + "    echo \"$src\" > \"$log/src\"\n"
            + "    stat -c '%a' \"$(dirname \"$src\")\" \"$src\" > \"$log/modes\"\n"
            + "    grandchild\n"
            + "    echo \"secret is $(cat \"$src\")\"\n"
            + "    echo \"secret on stderr: $(cat \"$src\")\" >&2\n"
            + "    printf 'sha256:%064d\\n' 0 > \"$iid\"\n"
            + "    sleep " + sleepSeconds + "; exit " + exitCode + " ;;\n"
            + "  'secret create')\n"
            + "    v=$(cat); grandchild; echo \"created $v\"; sleep " + sleepSeconds + "; echo 0123456789abcdef ;;\n"
            + "  'secret inspect')\n"
            + "    echo '[{\"ID\":\"0123456789abcdef\",\"CreatedAt\":\"2026-01-01T00:00:00Z\","
            + "\"UpdatedAt\":\"2026-01-01T00:00:00Z\",\"Spec\":{\"Name\":\"api_key\","
            + "\"Driver\":{\"Name\":\"file\",\"Options\":{}},\"Labels\":{}}}]' ;;\n"
            + "  *) echo \"unexpected: $*\" >&2; exit 2 ;;\n"
            + "esac\n";
    Files.writeString(exe, script);
    Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwx------"));
    return exe;
  }

  private void collect(TeeRunner tee) {
    for (Command command : tee.commands()) {
      visible.add(command.toString());
      visible.add(command.displayText());
      visible.add(String.join(" ", command.redactedArgv()));
      visible.add(command.environment().toString());
    }
    for (Object outcome : tee.outcomes()) {
      if (outcome instanceof CommandResult r) {
        visible.add(r.toString());
        visible.add(r.stdout());
        visible.add(r.stderrTail());
      } else {
        visible.add(describe((Throwable) outcome));
      }
    }
  }

  private static String describe(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    if (e instanceof CommandFailedException f && f.result() != null) {
      text.append(f.result().toString()).append(f.result().stdout()).append(f.result().stderrTail());
    }
    return text.toString();
  }

  private void assertNothingLeaks() throws IOException {
    assertThat(visible).as("lines, results, exceptions, commands, records").isNotEmpty();
    assertThat(visible).noneMatch(s -> s.contains(canary));
    assertThat(CapturedLogs.lines()).as("logs").noneMatch(s -> s.contains(canary));
    List<Path> roots = List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of("/var/tmp"), dir);
    for (Path root : roots) {
      assertThat(filesWithCanary(root)).as("files under %s", root).isEmpty();
    }
  }

  /** Regular files below a directory, changed since the test started, that hold the canary. */
  private List<Path> filesWithCanary(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return found;
    }
    byte[] needle = canary.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> walk = Files.walk(root, 6)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        try {
          if (Files.isRegularFile(p)
              && Files.size(p) < (8 << 20)
              && Files.getLastModifiedTime(p).compareTo(FileTime.from(start)) >= 0
              && new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                  .contains(new String(needle, StandardCharsets.ISO_8859_1))) {
            found.add(p);
          }
        } catch (IOException e) {
          // vanished or unreadable while walking
        }
      }
    } catch (java.io.UncheckedIOException e) {
      // a directory vanished while walking
    }
    return found;
  }
}
