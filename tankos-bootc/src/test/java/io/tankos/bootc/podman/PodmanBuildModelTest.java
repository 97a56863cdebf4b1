package io.tankos.bootc.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.bootc.containerfile.Run;
import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.exec.RecordingRunner.Reply;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Podman#build} renders a {@link Containerfile} model for the podman it runs: a heredoc
 * {@code RUN} becomes a script in the context for podman 4.3 (Buildah 1.28), stays a heredoc for
 * podman 5, and is refused under {@link TargetPolicy#STRICT} or with a directory context.
 */
class PodmanBuildModelTest {
  private static final Containerfile HEREDOC =
      Containerfile.builder().from("scratch").run(Run.script("set -eu\necho hi > /hi\n")).build();

  /** Runs the recorded build, keeping the Containerfile and the context's files as podman saw them. */
  private static RecordingRunner recording(List<String> seen) {
    return new RecordingRunner()
        .on("podman build", c -> {
          List<String> argv = c.argv();
          if (!argv.contains("build")) {
            return false;
          }
          try {
            seen.add(Files.readString(Path.of(argv.get(argv.indexOf("--file") + 1))));
            Path context = Path.of(argv.get(argv.size() - 1));
            try (var files = Files.walk(context)) {
              files.filter(Files::isRegularFile).sorted().forEach(f -> seen.add(context.relativize(f).toString()));
            }
            Files.writeString(Path.of(argv.get(argv.indexOf("--iidfile") + 1)), "sha256:" + "b".repeat(64));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return true;
        })
        .reply(Reply.success());
  }

  @Test
  void podman43GetsTheHeredocAsAContextScript() {
    List<String> seen = new ArrayList<>();
    Podman podman = Podman.builder().runner(recording(seen)).version(new PodmanVersion(4, 3, 1)).build();
    podman.build(
        PodmanBuild.builder().containerfile(HEREDOC).context(FileTree.builder().file("a", "a\n").build()).build());
    assertThat(seen.get(0))
        .isEqualTo(
            "FROM scratch\n"
                + "RUN --mount=type=bind,target=/run/tankos-heredoc-1,source=.tankos-heredocs/1 /bin/sh /run/tankos-heredoc-1\n");
    assertThat(seen.subList(1, seen.size())).containsExactly(".tankos-heredocs/1", "a");
  }

  @Test
  void podman5KeepsTheHeredocAndTheVersionIsAskedOnce() {
    List<String> seen = new ArrayList<>();
    RecordingRunner runner =
        recording(seen)
            .onPrefix("podman", "version")
            .reply(Reply.success().stdout("{\"Client\":{\"APIVersion\":\"5.4.2\",\"Version\":\"5.4.2\"}}"));
    Podman podman = Podman.builder().runner(runner).build();
    podman.build(PodmanBuild.builder().containerfile(HEREDOC).build());
    podman.build(PodmanBuild.builder().containerfile(HEREDOC).build());
    assertThat(seen.get(0)).isEqualTo(HEREDOC.toString());
    assertThat(runner.argvs()).filteredOn(a -> a.contains("version")).hasSize(1);
  }

  @Test
  void strictPolicyAndDirectoryContextsAreRefusedBeforePodmanRuns() {
    RecordingRunner runner = new RecordingRunner();
    Podman podman = Podman.builder().runner(runner).version(new PodmanVersion(4, 3, 1)).build();
    assertThatThrownBy(
            () -> podman.build(PodmanBuild.builder().containerfile(HEREDOC).targetPolicy(TargetPolicy.STRICT).build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("heredoc");
    assertThatThrownBy(() -> podman.build(PodmanBuild.builder().containerfile(HEREDOC).context(Path.of("/ctx")).build()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.location().toString()).isEqualTo("PodmanBuild.context"));
    assertThat(runner.invocations()).isEmpty();
  }
}
