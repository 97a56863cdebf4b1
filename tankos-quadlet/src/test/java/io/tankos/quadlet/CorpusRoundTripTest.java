package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.podman.PodmanVersion;
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

/**
 * Every file of the Podman Quadlet corpora parses and renders back to the same entries, read by a
 * minimal systemd-style reader of this test (not tankos's parser): same sections, keys and values
 * in the same order. The generator harness ({@code QuadletCorpusTest}) compares the generated
 * services; this test checks the typed builders and the catalog on every file.
 */
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
      List<String> entries = entries(text);
      if (name.endsWith(".conf")) {
        String rel = f.getParent().getFileName() + "/" + name;
        DropIn d = DropIn.parseLenient(rel, text);
        assertThat(entries(d.render())).as(rel).isEqualTo(entries);
        for (String c : commentsOf(text)) {
          assertThat(d.render()).as(rel).contains(c);
        }
        dropIns++;
        continue;
      }
      QuadletUnit u = QuadletUnit.parseLenient(name, text);
      String canonical = u.render();
      assertThat(entries(canonical)).as(name).isEqualTo(entries);
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
    // units the builder refuses are the '## assert-failed' cases, a few per corpus
    assertThat(units - rebuilt).as("units not rebuilt").isLessThanOrEqualTo(10);
    assertThat(dropIns).isGreaterThanOrEqualTo(6);
    // every key in the corpora is in the catalog
    assertThat(strictRejected).isEmpty();
  }

  /**
   * The entries of a unit file as systemd reads them, {@code [Section]} then {@code Key=value}
   * each: continuation lines joined (comment lines inside skipped; continued into a blank line,
   * the entry is dropped as quadlet 5.4.2 and 5.8.6 drop it), whitespace runs in a value
   * taken as one space, comments and blank lines left out.
   */
  private static List<String> entries(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder pending = null;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (pending != null && (line.startsWith("#") || line.startsWith(";"))) {
        continue;
      }
      if (pending != null && line.isEmpty()) {
        pending = null; // Quadlet drops an entry continued into a blank line (emptyline.container)
        continue;
      }
      if (pending == null && (line.isEmpty() || line.startsWith("#") || line.startsWith(";"))) {
        continue;
      }
      boolean continued = line.endsWith("\\");
      String part = continued ? line.substring(0, line.length() - 1) : line;
      pending = pending == null ? new StringBuilder(part) : pending.append(' ').append(part);
      if (continued) {
        continue;
      }
      String logical = pending.toString();
      pending = null;
      if (logical.startsWith("[")) {
        out.add(logical);
        continue;
      }
      int eq = logical.indexOf('=');
      String key = eq < 0 ? logical : logical.substring(0, eq).strip();
      String value = eq < 0 ? "" : logical.substring(eq + 1).strip().replaceAll("\\s+", " ");
      out.add(key + "=" + value);
    }
    if (pending != null) {
      out.add(pending.toString());
    }
    return out;
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
