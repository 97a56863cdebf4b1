package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every file of the Podman Quadlet corpora parses and renders back to UnitFile's canonical form. */
class CorpusRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"quadlet/podman-e2e-head", "quadlet/podman-e2e-v5.4.2"})
  void parseRenderKeepsEveryFile(String corpus) throws IOException {
    Path root = Conformance.require(corpus);
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    int units = 0;
    int dropIns = 0;
    int rebuilt = 0; // units that rebuild through the typed builder unchanged
    List<String> strictRejected = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String text = Files.readString(f, StandardCharsets.UTF_8);
      boolean unit = UnitType.ofFileName(name).isPresent();
      if (!unit && !name.endsWith(".conf")) {
        continue;
      }
      String canonical = UnitFile.parse(name, text).render();
      if (name.endsWith(".conf")) {
        String rel = f.getParent().getFileName() + "/" + name;
        DropIn d = DropIn.parseLenient(rel, text);
        assertThat(d.render()).as(rel).isEqualTo(canonical);
        for (String c : commentsOf(text)) {
          assertThat(d.render()).as(rel).contains(c);
        }
        dropIns++;
        continue;
      }
      QuadletUnit u = QuadletUnit.parseLenient(name, text);
      assertThat(u.render()).as(name).isEqualTo(canonical);
      assertThat(u.fileName()).isEqualTo(name);
      for (String c : commentsOf(text)) {
        assertThat(u.render()).as(name).contains(c);
      }
      try {
        QuadletUnit strict = QuadletUnit.parse(name, text);
        assertThat(strict.render()).isEqualTo(canonical);
        PodmanVersion target = corpus.endsWith("5.4.2") ? PodmanVersion.V5_4 : PodmanVersion.V6_0;
        try {
          QuadletUnit again = strict.toBuilder().build();
          assertThat(again.render()).as(name).isEqualTo(canonical);
          assertThat(again.render(target, TargetPolicy.STRICT)).as(name).isEqualTo(canonical);
          rebuilt++;
        } catch (ValidationException e) {
          // only the corpus cases that Quadlet itself rejects fail the builder's checks
          assertThat(text).as(name + ": " + e.getMessage()).contains("## assert-failed");
        }
      } catch (ParseException e) {
        assertThat(e.getMessage()).startsWith(name + ":").contains("unsupported key");
        strictRejected.add(e.getMessage());
      }
      units++;
    }
    assertThat(units).isGreaterThan(200);
    assertThat(rebuilt).isGreaterThan(units - 10);
    assertThat(dropIns).isGreaterThanOrEqualTo(6);
    // every key in the corpora is in the catalog
    assertThat(strictRejected).isEmpty();
  }


  private static List<String> commentsOf(String text) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\n")) {
      String t = l.strip();
      if (t.startsWith("##")) {
        out.add(t);
      }
    }
    return out;
  }
}
