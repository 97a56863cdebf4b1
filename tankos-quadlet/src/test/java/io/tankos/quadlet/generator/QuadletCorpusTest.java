package io.tankos.quadlet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Podman's own e2e quadlet corpus through the real generator: every case is laid out as Podman's
 * Go harness does it, run on the original files and on the files parsed and rendered again by
 * tankos, and the two runs must generate the same services (modulo the generator's
 * non-deterministic flag order), the same exit status, the same stderr lines and, for units with
 * {@code [Install]}, the same symlinks. The original run must also meet the manifest's expected exit
 * status, stderr and service name, which proves the cases are laid out right.
 *
 * <p>The v5.4.2 corpus runs against the 5.4 generator, the HEAD corpus against the sid generator,
 * each in system and in user mode, with the files re-rendered by the typed parser ({@code
 * QuadletUnit.parse}, {@code DropIn.parse}; lenient for cases expected to fail). A file whose
 * re-rendering is byte-identical needs no second generator run; the printed counts say how many
 * changed. A second, more demanding pass per corpus ({@link ReencodingRerenderer}) decodes every
 * exec-split value and writes it again through the typed builders' encoder, so nearly every file
 * changes, and compares the services as systemd reads them (sections in any order, {@code [X-…]}
 * copies of the source left out). Pass counts are printed for the record.
 */
class QuadletCorpusTest {

  /**
   * Cases whose re-rendering may differ from the original, with the reason. Keyed by {@code
   * corpus/file}. A listed case that passes is printed so the list can shrink.
   */
  static final Map<String, String> KNOWN_EXCEPTIONS = Map.of();

  /**
   * At most this many cases may be refused by the parser (counted as passes where the generator
   * fails too); none is today, so a parser that refuses what it cannot read cannot hide.
   */
  static final int MAX_PARSER_REFUSALS = 2;

  /** At most this many units per corpus may have their re-encoding refused by the builder. */
  static final int MAX_REENCODING_REFUSALS = 5;

  /** At least this many values per corpus must be re-encoded by the builders (89 and 98 today). */
  static final int MIN_REENCODED_VALUES = 80;

  /** Manifest entries per corpus, as the corpus's {@code SOURCE.md} counts them. */
  static final Map<String, Integer> CASE_COUNTS =
      Map.of("podman-e2e-v5.4.2", 247, "podman-e2e-head", 300);

  @Test
  void v542CorpusWithQuadlet54InSystemMode() {
    runCorpus("podman-e2e-v5.4.2", QuadletBinary.v54(), GeneratorMode.SYSTEM);
  }

  @Test
  void v542CorpusWithQuadlet54InUserMode() {
    runCorpus("podman-e2e-v5.4.2", QuadletBinary.v54(), GeneratorMode.USER);
  }

  @Test
  void headCorpusWithQuadletSidInSystemMode() {
    runCorpus("podman-e2e-head", QuadletBinary.sid(), GeneratorMode.SYSTEM);
  }

  @Test
  void headCorpusWithQuadletSidInUserMode() {
    runCorpus("podman-e2e-head", QuadletBinary.sid(), GeneratorMode.USER);
  }

  /**
   * The values of exec-split keys decoded and written again by the typed builders' encoder (the
   * text changes, the generator must read the same words); cases expected to fail are skipped.
   */
  @Test
  void v542CorpusReencodedWithQuadlet54() {
    ReencodingRerenderer reencoder = new ReencodingRerenderer(PodmanVersion.V5_4);
    runCorpus(
        "podman-e2e-v5.4.2",
        QuadletBinary.v54(),
        GeneratorMode.SYSTEM,
        c -> c.kind().equals("error") ? Rerenderer.TYPED_LENIENT : reencoder,
        true);
    System.out.printf(
        "  (%d values re-encoded by the typed builders; units whose re-encoding the builder refused,"
            + " rendered as parsed instead: %s)%n",
        reencoder.reencodedValues(), reencoder.refusedUnits());
    assertReencoderBounds(reencoder);
  }

  @Test
  void headCorpusReencodedWithQuadletSid() {
    QuadletBinary sid = QuadletBinary.sid();
    ReencodingRerenderer reencoder =
        new ReencodingRerenderer(PodmanVersion.parse(sid.version()));
    runCorpus(
        "podman-e2e-head",
        sid,
        GeneratorMode.SYSTEM,
        c -> c.kind().equals("error") ? Rerenderer.TYPED_LENIENT : reencoder,
        true);
    System.out.printf(
        "  (%d values re-encoded by the typed builders; units whose re-encoding the builder refused,"
            + " rendered as parsed instead: %s)%n",
        reencoder.reencodedValues(), reencoder.refusedUnits());
    assertReencoderBounds(reencoder);
  }

  private static void assertReencoderBounds(ReencodingRerenderer reencoder) {
    assertThat(reencoder.refusedUnits())
        .as("units whose re-encoding the builder refused")
        .hasSizeLessThanOrEqualTo(MAX_REENCODING_REFUSALS);
    assertThat(reencoder.reencodedValues())
        .as("values re-encoded by the typed builders")
        .isGreaterThanOrEqualTo(MIN_REENCODED_VALUES);
  }

  private static void runCorpus(String corpusName, QuadletBinary binary, GeneratorMode mode) {
    runCorpus(
        corpusName,
        binary,
        mode,
        c -> c.kind().equals("error") ? Rerenderer.TYPED_LENIENT : Rerenderer.TYPED,
        false);
  }

  private static void runCorpus(
      String corpusName,
      QuadletBinary binary,
      GeneratorMode mode,
      Function<CorpusCase, Rerenderer> rerenderers,
      boolean reencoded) {
    String what = reencoded ? "re-encoded" : "re-rendered";
    Path corpus = Conformance.require("quadlet/" + corpusName);
    Map<String, String> upstreamFailures = upstreamFailures(corpusName, binary);
    List<CorpusCase> cases = CorpusCase.load(corpus);
    CorpusRun runner = new CorpusRun(new QuadletGenerator(binary), mode, rerenderers, reencoded);
    List<CorpusRun.Outcome> outcomes =
        cases.parallelStream().map(runner::run).toList();

    List<String> failures = new ArrayList<>();
    int equivalent = 0;
    int expectedMet = 0;
    int parserRejected = 0;
    int textChanged = 0;
    int filesCompared = 0;
    List<String> knownUpstream = new ArrayList<>();
    for (CorpusRun.Outcome o : outcomes) {
      String key = corpusName + "/" + o.corpusCase().file();
      if (o.expectationProblems().isEmpty()) {
        expectedMet++;
      } else if (upstreamFailures.containsKey(o.corpusCase().file())) {
        knownUpstream.add(o.corpusCase().file() + " (" + String.join("; ", o.expectationProblems()) + ")");
      } else {
        failures.add(
            key + ": original run does not meet the manifest: " + o.expectationProblems()
                + " " + o.original());
      }
      if (o.parserRejection() != null) {
        parserRejected++;
      } else if (o.textChanged()) {
        textChanged++;
      }
      if (o.filesCompared()) {
        filesCompared++;
      }
      if (o.equivalent()) {
        equivalent++;
        if (KNOWN_EXCEPTIONS.containsKey(key)) {
          System.out.println("note: listed exception now passes: " + key);
        }
      } else if (!KNOWN_EXCEPTIONS.containsKey(key)) {
        failures.add(
            key
                + ": "
                + (o.parserRejection() != null
                    ? "tankos refused a file the generator accepts: " + o.parserRejection()
                    : String.join("\n    ", o.differences())));
      }
    }
    String label =
        "quadlet corpus " + corpusName.replace("podman-e2e-", "") + " vs " + binary + " (" + mode + ")"
            + (reencoded ? ", values re-encoded, services as systemd reads them" : "");
    System.out.printf(
        "%s: %d/%d " + what + " identically (%d with changed text run through the generator twice,"
            + " %d of them with [Install] also compared in file mode with symlinks; %d refused by the"
            + " parser where the generator fails too); expected outcome met by %d/%d originals%n",
        label,
        equivalent,
        cases.size(),
        textChanged,
        filesCompared,
        parserRejected,
        expectedMet,
        cases.size());
    if (!knownUpstream.isEmpty()) {
      System.out.printf(
          "%s: %d cases miss the manifest's expectation as recorded upstream for this version: %s%n",
          label, knownUpstream.size(), knownUpstream);
    }
    assertThat(failures).as(label).isEmpty();
    assertThat(parserRejected).as(label + ": cases refused by the parser")
        .isLessThanOrEqualTo(MAX_PARSER_REFUSALS);
    assertThat(cases).as(label + ": manifest entries").hasSize(CASE_COUNTS.get(corpusName));
    assertThat(equivalent + knownExceptions(corpusName, outcomes))
        .as(label + ": cases " + what + " identically")
        .isEqualTo(cases.size());
  }

  private static int knownExceptions(String corpusName, List<CorpusRun.Outcome> outcomes) {
    return (int)
        outcomes.stream()
            .filter(o -> !o.equivalent())
            .filter(o -> KNOWN_EXCEPTIONS.containsKey(corpusName + "/" + o.corpusCase().file()))
            .count();
  }

  /**
   * The cases {@code head-corpus-results.tsv} records as failing for this generator version (the
   * column {@code status_<version>}, else the one with the same major.minor).
   */
  private static Map<String, String> upstreamFailures(String corpusName, QuadletBinary binary) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!corpusName.equals("podman-e2e-head")) {
      return out;
    }
    Path tsv = Conformance.require("quadlet/head-corpus-results.tsv");
    try {
      List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split("\t", -1));
      Optional<Integer> column = statusColumn(header, binary.version());
      if (column.isEmpty()) {
        return out;
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        if (f.length > column.get() && f[column.get()].equals("FAIL")) {
          out.put(f[0], f[column.get()]);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Integer> statusColumn(List<String> header, String version) {
    int exact = header.indexOf("status_" + version);
    if (exact >= 0) {
      return Optional.of(exact);
    }
    String minor = version.replaceAll("^(\\d+\\.\\d+).*", "$1");
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).startsWith("status_" + minor + ".")) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
