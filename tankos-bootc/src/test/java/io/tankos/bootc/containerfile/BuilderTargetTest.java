package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.Problem;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class BuilderTargetTest {
  private final Containerfile heredocs =
      Containerfile.builder()
          .from("quay.io/fedora/fedora-bootc:42")
          .run(Run.script("set -eu\ndnf -y install tmux\n"))
          .copy(Copy.builder().heredoc("hello\n").destination("/etc/motd").build())
          .build();

  @Test
  void podmanVersionsMapToTheirBuildah() {
    assertThat(BuilderTarget.podman(4, 3)).isEqualTo(BuilderTarget.buildah(1, 28));
    assertThat(BuilderTarget.podman(4, 9).atLeast(1, 33)).isTrue();
    assertThat(BuilderTarget.podman(4, 4).atLeast(1, 30)).isFalse();
    assertThat(BuilderTarget.buildkit().atLeast(9, 9)).isTrue();
  }

  @Test
  void heredocsFailForBuildah128() {
    assertThatThrownBy(() -> heredocs.render(BuilderTarget.podman(4, 3), TargetPolicy.STRICT))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "stage[0].RUN[0].heredoc: a heredoc is not supported by Buildah 1.28",
                        "stage[0].COPY[0].heredoc: a heredoc is not supported by Buildah 1.28"));
  }

  @Test
  void heredocsAreRewrittenIntoContextFiles() {
    ContainerfileRender r = heredocs.render(BuilderTarget.podman(4, 3), TargetPolicy.REWRITE);
    assertThat(r.text())
        .isEqualTo(
            "FROM quay.io/fedora/fedora-bootc:42\n"
                + "RUN --mount=type=bind,target=/run/tankos-heredoc-1,source=.tankos-heredocs/1 /bin/sh /run/tankos-heredoc-1\n"
                + "COPY .tankos-heredocs/2 /etc/motd\n");
    assertThat(r.contextFiles().text(".tankos-heredocs/1")).contains("set -eu\ndnf -y install tmux\n");
    assertThat(r.contextFiles().text(".tankos-heredocs/2")).contains("hello\n");
    assertThat(Containerfile.parse("x", r.text()).toString()).isEqualTo(r.text());
  }

  @Test
  void newerTargetsKeepHeredocs() {
    assertThat(heredocs.render(BuilderTarget.buildah(1, 33), TargetPolicy.STRICT).text()).isEqualTo(heredocs.toString());
    assertThat(heredocs.render(BuilderTarget.buildkit(), TargetPolicy.STRICT).contextFiles().isEmpty()).isTrue();
  }

  @Test
  void buildkitOnlyFlagsAndVersionGates() {
    Containerfile cf =
        Containerfile.builder()
            .from("scratch")
            .run(Run.builder().network("none").security("insecure").mount(RunMount.tmpfs("/tmp").option("size", "64m")).shell("true").build())
            .copy(Copy.addBuilder().unpack(false).source("a.tar").destination("/").build())
            .build();
    assertThatThrownBy(() -> cf.render(BuilderTarget.podman(4, 3), TargetPolicy.REWRITE))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "stage[0].RUN[0].network: --network needs Buildah 1.30+, not Buildah 1.28",
                        "stage[0].RUN[0].security: --security is BuildKit only, not supported by Buildah 1.28",
                        "stage[0].ADD[0].unpack: --unpack is BuildKit only, not supported by Buildah 1.28"));
    Containerfile tmpfs =
        Containerfile.builder().from("scratch").run(Run.builder().mount(RunMount.tmpfs("/tmp").option("size", "64m")).shell("true").build()).build();
    assertThat(tmpfs.render(BuilderTarget.podman(5, 4), TargetPolicy.REWRITE).text())
        .contains("--mount=type=tmpfs,target=/tmp,tmpfs-size=64m true");
    assertThat(tmpfs.render(BuilderTarget.buildkit(), TargetPolicy.REWRITE).text()).contains("size=64m true");
  }
}
