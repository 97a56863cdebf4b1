package io.tankos.quadlet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Conformance;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness itself: word splitting, systemd decoding, comparison; and that it can fail. */
class HarnessSelfTest {

  @Test
  void splitsLikeSystemd() {
    assertThat(CommandLineWords.split("run --env \"A=a b\" 'it''s' x\\x20y \"\\t\"").words())
        .containsExactly("run", "--env", "A=a b", "its", "x y", "\t");
    assertThat(CommandLineWords.split("a \\d").ok()).isFalse();
    assertThat(CommandLineWords.split("a \"open").ok()).isFalse();
    assertThat(CommandLineWords.split("\"\\u00e9\\303\\251\"").words()).containsExactly("éé");
  }

  @Test
  void decodesWhatSystemdExecutes() {
    SystemdCommand c = SystemdCommand.of("/usr/bin/podman run --env \"A=50%%\" \"$$HOME\" \\; img \"\\\\;\" \";\"");
    assertThat(c.issues()).isEmpty();
    assertThat(c.argv()).containsExactly("/usr/bin/podman", "run", "--env", "A=50%", "$HOME", ";", "img", "\\;", ";");
    assertThat(SystemdCommand.of("run %h").issues()).containsExactly("specifier %h");
    assertThat(SystemdCommand.of("run $HOME").issues()).containsExactly("variable $HOME");
    assertThat(SystemdCommand.of("run a${X}b").issues()).hasSize(1);
    assertThat(SystemdCommand.of("run ; b").issues()).hasSize(1);
    assertThat(SystemdCommand.of("podman --name systemd-%N --env A=1 img").containsLiterally(List.of("--env", "A=1"), false))
        .isTrue();
    assertThat(SystemdCommand.of("podman --env %N img").containsLiterally(List.of("--env", "%N"), false))
        .isFalse();
    assertThat(SystemdCommand.of("podman img a").containsLiterally(List.of("img"), true)).isFalse();
  }

  @Test
  void comparesModuloFlagOrderOnly() {
    String a = "[Service]\nExecStart=/usr/bin/podman run --workdir /w --entrypoint e img arg\n";
    String b = "[Service]\nExecStart=/usr/bin/podman run --entrypoint e --workdir /w img arg\n";
    String c = "[Service]\nExecStart=/usr/bin/podman run --entrypoint e --workdir /w img other\n";
    String d = "[Service]\nExecStart=/usr/bin/podman run --workdir /w --entrypoint f img arg\n";
    assertThat(ServiceComparison.differences(a, b)).isEmpty();
    assertThat(ServiceComparison.differences(a, c)).hasSize(1);
    assertThat(ServiceComparison.differences(a, d)).hasSize(1);
    assertThat(ServiceComparison.differences(a, a + "Restart=always\n")).hasSize(1);
    assertThat(ServiceComparison.differences("# x\n" + a, a)).isEmpty();
  }

  @Test
  void derivesServiceNames() {
    assertThat(ServiceNames.of("web-data.volume", java.util.Optional.empty()))
        .isEqualTo("web-data-volume.service");
    assertThat(ServiceNames.of("worker@.container", java.util.Optional.empty()))
        .isEqualTo("worker@.service");
    assertThat(ServiceNames.of("foo@bar.pod", java.util.Optional.empty()))
        .isEqualTo("foo-pod@bar.service");
  }

  /** A re-rendering that changes a value must be caught by the corpus comparison. */
  @Test
  void corpusComparisonCatchesAChangedValue() {
    Path corpus = Conformance.require("quadlet/podman-e2e-v5.4.2");
    List<CorpusCase> cases =
        CorpusCase.load(corpus).stream()
            .filter(c -> List.of("basic.container", "env.container", "install.container").contains(c.file()))
            .toList();
    assertThat(cases).hasSize(3);
    Rerenderer tampering =
        (name, text) -> Rerenderer.UNIT_FILE.rerender(name, text).replace("=", "=x").replace("[Unit]", "[Unit]");
    CorpusRun run = new CorpusRun(new QuadletGenerator(QuadletBinary.v54()), GeneratorMode.SYSTEM, tampering);
    for (CorpusCase c : cases) {
      CorpusRun.Outcome o = run.run(c);
      assertThat(o.expectationProblems()).as(c.file()).isEmpty();
      assertThat(o.equivalent()).as(c.file()).isFalse();
    }
    CorpusRun honest =
        new CorpusRun(new QuadletGenerator(QuadletBinary.v54()), GeneratorMode.SYSTEM, Rerenderer.UNIT_FILE);
    assertThat(cases).allSatisfy(c -> assertThat(honest.run(c).equivalent()).isTrue());
  }

  /** A writer that does not quote is caught by the probe check. */
  @Test
  void probeBatchCatchesAnUnquotedValue() {
    KeyProbe naive =
        new KeyProbe(
            "naive Environment",
            "Environment",
            "container",
            (unit, version, value) ->
                "[Container]\nImage=" + KeyProbe.IMAGE + "\nEnvironment=HOSTILE=" + value + "\n",
            v -> List.of("--env", "HOSTILE=" + v),
            false);
    QuadletGenerator generator = new QuadletGenerator(QuadletBinary.sid());
    ProbeBatch.Report r =
        ProbeBatch.run(
            List.of(
                new ProbeBatch.Probe(naive, "fine"),
                new ProbeBatch.Probe(naive, "a b"),
                new ProbeBatch.Probe(naive, "50%"),
                new ProbeBatch.Probe(naive, "${HOME}")),
            generator,
            GeneratorMode.USER);
    assertThat(r.accepted()).isEqualTo(4);
    assertThat(r.failures()).hasSize(3);
    assertThat(r.failures().get(0)).contains("\"a b\"");
  }
}
