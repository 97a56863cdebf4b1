package io.tankos.quadlet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Gen;
import io.tankos.testkit.RequiresTools;
import io.tankos.testkit.Seeded;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile values in many key kinds, built with the typed builders and run through both real
 * generators: the builder either refuses a value with a problem located at the key, or the value
 * arrives in the podman command line exactly as given, after systemd's own unescaping. Each try is a
 * batch of units run through one generator process per binary.
 */
@RequiresTools({"quadlet.5.4.path", "quadlet.sid.path"})
class QuadletGeneratorPropertyTest {
  private static final int BATCH = 200;

  /**
   * At most this many probes of a batch may be refused by the builder (about a quarter are, with
   * these hostile values), so a builder that refuses everything fails.
   */
  private static final int MAX_REFUSED_PER_BATCH = BATCH * 2 / 5;
  private static final int[] COUNTS = new int[4];
  private static final Map<String, int[]> BY_PROBE = new TreeMap<>();

  private static Gen<List<ProbeBatch.Probe>> batches() {
    Gen<KeyProbe> key = Gen.of(KeyProbe.all());
    Gen<String> value = HostileValues.strings();
    Gen<ProbeBatch.Probe> probe = r -> new ProbeBatch.Probe(key.next(r), value.next(r));
    return probe.list(BATCH, BATCH);
  }

  @TestFactory
  Stream<DynamicTest> hostileValuesSurviveQuadlet54InUserMode() {
    return Seeded.cases("hostileValuesSurviveQuadlet54InUserMode", batches())
        .tries(8)
        .dynamicTests(batch -> check(batch, QuadletBinary.v54(), GeneratorMode.USER));
  }

  @TestFactory
  Stream<DynamicTest> hostileValuesSurviveQuadletSidInUserMode() {
    return Seeded.cases("hostileValuesSurviveQuadletSidInUserMode", batches())
        .tries(8)
        .dynamicTests(batch -> check(batch, QuadletBinary.sid(), GeneratorMode.USER));
  }

  @TestFactory
  Stream<DynamicTest> hostileValuesSurviveQuadletSidInSystemMode() {
    return Seeded.cases("hostileValuesSurviveQuadletSidInSystemMode", batches())
        .tries(4)
        .dynamicTests(batch -> check(batch, QuadletBinary.sid(), GeneratorMode.SYSTEM));
  }

  /** The probes are not vacuous: plain values are accepted and arrive unchanged in every kind. */
  @Test
  void plainValuesAreAcceptedInEveryProbe() {
    for (QuadletBinary binary : QuadletBinary.both()) {
      List<ProbeBatch.Probe> plain =
          KeyProbe.all().stream().map(k -> new ProbeBatch.Probe(k, "plain1")).toList();
      ProbeBatch.Report r = ProbeBatch.run(plain, new QuadletGenerator(binary), GeneratorMode.USER);
      assertThat(r.failures()).as("%s", binary).isEmpty();
      int versionGated = binary.atLeast(5, 5) ? 0 : 1; // Pod Label exists from 5.5
      assertThat(r.rejected()).as("%s refused plain values", binary).isEqualTo(versionGated);
      assertThat(r.accepted()).isEqualTo(plain.size() - versionGated);
    }
  }

  private static void check(List<ProbeBatch.Probe> batch, QuadletBinary binary, GeneratorMode mode) {
    ProbeBatch.Report r = ProbeBatch.run(batch, new QuadletGenerator(binary), mode);
    synchronized (COUNTS) {
      COUNTS[0] += batch.size();
      COUNTS[1] += r.accepted();
      COUNTS[2] += r.rejected();
      COUNTS[3] += r.failures().size();
      batch.forEach(p -> BY_PROBE.computeIfAbsent(p.key().name(), k -> new int[2])[0]++);
      r.refusedProbes().forEach(n -> BY_PROBE.get(n)[1]++);
    }
    assertThat(r.failures()).as("hostile values through %s (%s)", binary, mode).isEmpty();
    assertThat(r.rejected())
        .as("probes refused by the builder before %s (%s)", binary, mode)
        .isLessThanOrEqualTo(MAX_REFUSED_PER_BATCH);
    assertThat(r.accepted() + r.rejected()).isEqualTo(batch.size());
  }

  @AfterAll
  static void printCounts() {
    System.out.printf(
        "quadlet hostile-value properties: %d units, %d rendered and round-tripped through the"
            + " generator, %d refused by the builder at the key, %d failures%n",
        COUNTS[0], COUNTS[1] - COUNTS[3], COUNTS[2], COUNTS[3]);
    StringBuilder perProbe = new StringBuilder("  refused/tried per probe:");
    BY_PROBE.forEach((k, v) -> perProbe.append(' ').append(k).append(' ').append(v[1]).append('/').append(v[0]).append(';'));
    System.out.println(perProbe);
  }
}
