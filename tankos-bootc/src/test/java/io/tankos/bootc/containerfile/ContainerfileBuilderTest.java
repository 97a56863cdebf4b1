package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerfileBuilderTest {

  @Test
  void rendersABootcImage() {
    Containerfile cf =
        Containerfile.builder()
            .from("quay.io/fedora/fedora-bootc:42")
            .run(Run.builder().mount(RunMount.cache("/var/cache/dnf").option("sharing", "locked")).shell("dnf -y install tmux && dnf clean all").build())
            .copy("files/etc/", "/etc/")
            .label("containers.bootc", "1")
            .env("PROMPT", "$ ")
            .user("0:0")
            .stopSignal("SIGRTMIN+3")
            .cmd("/sbin/init")
            .run(Run.exec("bootc", "container", "lint"))
            .build();
    assertThat(cf.toString())
        .isEqualTo(
            "FROM quay.io/fedora/fedora-bootc:42\n"
                + "RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf -y install tmux && dnf clean all\n"
                + "COPY files/etc/ /etc/\n"
                + "LABEL containers.bootc=1\n"
                + "ENV PROMPT=\"\\$ \"\n"
                + "USER 0:0\n"
                + "STOPSIGNAL SIGRTMIN+3\n"
                + "CMD [\"/sbin/init\"]\n"
                + "RUN [\"bootc\", \"container\", \"lint\"]\n");
    assertThat(Containerfile.parse("x", cf.toString()).toString()).isEqualTo(cf.toString());
  }

  @Test
  void literalVersusExpanding() {
    Containerfile cf =
        Containerfile.builder()
            .from("scratch")
            .instruction(new Env(List.of(KeyValue.of("PATH", Word.expanding("/opt/bin:$PATH")), KeyValue.of("LIT", Word.literal("$PATH \"q\" \\")))))
            .instruction(new Label(List.of(KeyValue.of("a b", Word.literal("")))))
            .copy(Copy.builder().source("sp ace").source("$X").source("it's").destination("/dst dir/").build())
            .copy(Copy.builder().source("--weird").destination("/d/").build())
            .instruction(new Workdir(Word.literal(" /edge ")))
            .build();
    assertThat(cf.toString())
        .isEqualTo(
            "FROM scratch\n"
                + "ENV PATH=\"/opt/bin:$PATH\" LIT=\"\\$PATH \\\"q\\\" \\\\\"\n"
                + "LABEL \"a b\"=\"\"\n"
                + "COPY [\"sp ace\", \"\\\\$X\", \"it\\\\'s\", \"/dst dir/\"]\n"
                + "COPY \\--weird /d/\n"
                + "WORKDIR \" /edge \"\n");
    Containerfile parsed = Containerfile.parse("x", cf.toString());
    Map<String, String> env = Map.of("PATH", "/usr/bin", "X", "xv");
    assertThat(Semantics.of(parsed, env)).isEqualTo(Semantics.of(cf, env));
    assertThat(Semantics.of(parsed, env).get(1)).isEqualTo("ENV [PATH]=[/opt/bin:/usr/bin] [LIT]=[$PATH \"q\" \\]");
  }

  @Test
  void escapeDirectiveIsHonoured() {
    Containerfile cf =
        Containerfile.builder().escape('`').from("scratch").instruction(new Workdir(Word.literal("c:\\dir `x` $y"))).build();
    assertThat(cf.toString()).isEqualTo("# escape=`\nFROM scratch\nWORKDIR c:\\dir ``x`` `$y\n");
    Containerfile parsed = Containerfile.parse("x", cf.toString());
    assertThat(Semantics.of(parsed, Map.of()).get(1)).isEqualTo("WORKDIR [c:\\dir `x` $y]");
  }

  @Test
  void unrepresentableValuesAreRejectedWithTheirLocation() {
    Run.Builder bad = Run.builder().mount(RunMount.cache("/ok")).mount(RunMount.bind("/a,b")).shell("true");
    Containerfile.Builder b =
        Containerfile.builder()
            .from("scratch")
            .run("true")
            .run("true")
            .run("true")
            .run(bad.build())
            .env("MULTI", "line\nbreak")
            .run("echo a \\")
            .run(Run.shell("cat <<EOF"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::location)
                    .extracting(Object::toString)
                    .containsExactly(
                        "stage[0].RUN[3].mount[1].target",
                        "stage[0].ENV[0][0].value",
                        "stage[0].RUN[4].command",
                        "stage[0].RUN[5].command"));
  }

  @Test
  void heredocsChooseAFreeDelimiter() {
    Containerfile cf =
        Containerfile.builder()
            .from("scratch")
            .run(Run.script("echo EOF\nEOF\n"))
            .copy(Copy.builder().heredoc("hello $USER\n").destination("/etc/motd").build())
            .build();
    assertThat(cf.toString())
        .isEqualTo("FROM scratch\nRUN <<'EOF1'\necho EOF\nEOF\nEOF1\nCOPY <<'EOF' /etc/motd\nhello $USER\nEOF\n");
    Containerfile parsed = Containerfile.parse("x", cf.toString());
    assertThat(((Run) parsed.instructions().get(1)).heredocs().get(0).content()).isEqualTo("echo EOF\nEOF\n");
    assertThat(((Copy) parsed.instructions().get(2)).heredocs().get(0).expand()).isFalse();
  }

  @Test
  void heredocLinesMustLexWithBackslash() {
    Containerfile.Builder b =
        Containerfile.builder().escape('`').from("scratch").copy(Copy.builder().heredoc("x\n").destination("'").build());
    assertThatThrownBy(b::build).hasMessageContaining("stage[0].COPY[0]: the line would be read with 0 heredocs instead of 1");
  }

  @Test
  void healthcheckAndOnbuild() {
    Containerfile cf =
        Containerfile.builder()
            .from("scratch")
            .instruction(Healthcheck.builder(CommandForm.shell("curl -f http://localhost/ || exit 1")).interval(Duration.ofMinutes(5)).timeout(Duration.ofMillis(1500)).retries(3).build())
            .instruction(new Onbuild(Run.shell("echo triggered")))
            .instruction(Healthcheck.none())
            .build();
    assertThat(cf.toString())
        .isEqualTo(
            "FROM scratch\nHEALTHCHECK --interval=300s --timeout=1500ms --retries=3 CMD curl -f http://localhost/ || exit 1\n"
                + "ONBUILD RUN echo triggered\nHEALTHCHECK NONE\n");
    assertThat(Containerfile.parse("x", cf.toString()).toString()).isEqualTo(cf.toString());
  }

  @Test
  void severalRunFlagsGoOnContinuationLines() {
    Run run = Run.builder().mount(RunMount.cache("/var/cache/dnf")).network("none").shell("dnf -y install tmux").build();
    String text = Containerfile.builder().from("scratch").run(run).build().toString();
    assertThat(text).isEqualTo("FROM scratch\nRUN --mount=type=cache,target=/var/cache/dnf \\\n    --network=none \\\n    dnf -y install tmux\n");
    assertThat(Semantics.of(Containerfile.parse("x", text).instructions().get(1), '\\', Map.of()))
        .isEqualTo("RUN --mount=type=cache,target=/var/cache/dnf --network=none shell[dnf -y install tmux]");
    String backtick = Containerfile.builder().escape('`').from("scratch").run(run).build().toString();
    assertThat(backtick).contains("--network=none `\n    dnf");
    assertThat(Semantics.of(Containerfile.parse("x", backtick).instructions().get(1), '`', Map.of()))
        .isEqualTo("RUN --mount=type=cache,target=/var/cache/dnf --network=none shell[dnf -y install tmux]");
  }

  @Test
  void onlyArgBeforeFrom() {
    assertThatThrownBy(() -> Containerfile.builder().run("x").from("a").build())
        .hasMessageContaining("global.RUN[0]: no build stage in current context");
    assertThat(Containerfile.builder().arg("TAG").from("a").build().toString()).isEqualTo("ARG TAG\nFROM a\n");
  }

  @Test
  void fromExpandsGlobalArgs() {
    Containerfile cf = Containerfile.builder().arg("BASE").arg("TAG").from("${BASE}:$TAG", "build")
        .from("$BUILDPLATFORM-${BASE:-x}").build();
    assertThat(cf.toString()).isEqualTo("ARG BASE\nARG TAG\nFROM ${BASE}:$TAG AS build\nFROM $BUILDPLATFORM-${BASE:-x}\n");
    assertThat(Containerfile.parse("Containerfile", cf.toString()).toString()).isEqualTo(cf.toString());
    assertThatThrownBy(() -> Containerfile.builder().from("${BASE}").arg("BASE").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("stage[0].FROM[0].image: $BASE is not declared by an ARG before the first FROM,"
            + " so the builder expands it to nothing");
    assertThatThrownBy(() -> Containerfile.builder().instruction(From.builder(Word.literal("a$b")).build()).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("stage[0].FROM[0].image: an image reference cannot contain a literal '$'");
  }

  @Test
  void parsedFilesKeepCommentsAndCppLines() {
    String text = "# syntax=docker/dockerfile:1\n#if defined(NVIDIA)\nFROM a AS b\n\n# c\nrun echo \\\n  hi\n#endif\n";
    Containerfile cf = Containerfile.parse("Containerfile.in", text);
    assertThat(cf.toString()).isEqualTo("# syntax=docker/dockerfile:1\n#if defined(NVIDIA)\nFROM a AS b\n\n# c\nRUN echo   hi\n#endif\n");
  }
}
