package io.tankos.quadlet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.QuadletUnit;
import io.tankos.testkit.Gen;
import io.tankos.testkit.RequiresTools;
import io.tankos.testkit.Seeded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random, carelessly written unit files through {@link QuadletUnit#parseLenient} and {@code
 * render()}: parsing either returns a unit or throws {@link ParseException} (never anything else),
 * and the real generator makes exactly the same services and messages from the re-rendered files as
 * from the originals (modulo its flag order), never crashing on our output. A file the parser
 * refuses must be one the generator refuses too.
 */
@RequiresTools({"quadlet.5.4.path", "quadlet.sid.path"})
class QuadletParserRobustnessPropertyTest {
  private static final int BATCH = 120;
  private static final int[] COUNTS = new int[3];

  private static Gen<List<String>> batches() {
    return RandomUnitTexts.texts().list(BATCH, BATCH);
  }

  @TestFactory
  Stream<DynamicTest> rerenderedFilesGenerateTheSameWithQuadlet54() {
    return Seeded.cases("rerenderedFilesGenerateTheSameWithQuadlet54", batches())
        .tries(5)
        .dynamicTests(texts -> check(texts, QuadletBinary.v54()));
  }

  @TestFactory
  Stream<DynamicTest> rerenderedFilesGenerateTheSameWithQuadletSid() {
    return Seeded.cases("rerenderedFilesGenerateTheSameWithQuadletSid", batches())
        .tries(5)
        .dynamicTests(texts -> check(texts, QuadletBinary.sid()));
  }

  private static void check(List<String> texts, QuadletBinary binary) {
    Path work = TempDirs.create("robust");
    try {
      Path a = Files.createDirectories(work.resolve("original/units"));
      Path b = Files.createDirectories(work.resolve("rerendered/units"));
      List<String> refused = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String name = "r" + i + ".container";
        Files.writeString(a.resolve(name), texts.get(i), StandardCharsets.UTF_8);
        try {
          String rendered = QuadletUnit.parseLenient(name, texts.get(i)).render();
          Files.writeString(b.resolve(name), rendered, StandardCharsets.UTF_8);
        } catch (ParseException | ValidationException e) {
          refused.add(name);
          Files.writeString(b.resolve(name), texts.get(i), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
          failures.add(name + ": parseLenient/render threw " + e + " on " + Printable.of(texts.get(i)));
        }
      }
      QuadletGenerator generator = new QuadletGenerator(binary);
      GeneratorResult original = generator.dryRun(a, GeneratorMode.USER);
      GeneratorResult rerendered = generator.dryRun(b, GeneratorMode.USER);
      if (rerendered.panicked() && !original.panicked()) {
        failures.add(binary + " panicked on rendered output: " + rerendered.diagnostics());
      }
      for (String name : refused) {
        String service = name.replace(".container", ".service");
        if (original.service(service).isPresent()) {
          int i = Integer.parseInt(name.substring(1, name.indexOf('.')));
          failures.add(
              name + ": refused by the parser but " + binary + " accepts it: " + Printable.of(texts.get(i)));
        }
      }
      for (String d : CorpusRun.compare(original, rerendered)) {
        failures.add(binary + ": " + d);
      }
      synchronized (COUNTS) {
        COUNTS[0] += texts.size();
        COUNTS[1] += refused.size();
        COUNTS[2] += failures.size();
      }
      assertThat(failures).isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempDirs.delete(work);
    }
  }

  @AfterAll
  static void printCounts() {
    System.out.printf(
        "quadlet parser robustness: %d random unit files, %d refused by the parser (the generator"
            + " refuses them too), %d failures%n",
        COUNTS[0], COUNTS[1], COUNTS[2]);
  }
}
