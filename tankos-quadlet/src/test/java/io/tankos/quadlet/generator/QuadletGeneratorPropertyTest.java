package io.tankos.quadlet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.RequiresTools;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Hostile values in many key kinds, built with the typed builders and run through both real
 * generators: the builder either refuses a value with a problem located at the key, or the value
 * arrives in the podman command line exactly as given, after systemd's own unescaping. Each try is a
 * batch of units run through one generator process per binary.
 */
@RequiresTools({"quadlet.5.4.path", "quadlet.sid.path"})
class QuadletGeneratorPropertyTest {
  private static final int BATCH = 200;
  private static final int[] COUNTS = new int[4];
  private static final Map<String, int[]> BY_PROBE = new TreeMap<>();

  /**
   * Looks the generators up before any try, so that a missing tool skips the property (or fails it
   * where real tools are required) instead of counting every try as rejected.
   */
  @BeforeProperty
  void requireGenerators() {
    QuadletBinary.both();
  }

  @Provide
  Arbitrary<List<ProbeBatch.Probe>> batches() {
    Arbitrary<ProbeBatch.Probe> probe =
        Combinators.combine(
                Arbitraries.of(KeyProbe.all()).withoutEdgeCases(), HostileValues.strings())
            .as(ProbeBatch.Probe::new);
    return probe.list().ofSize(BATCH);
  }

  @Property(tries = 8, shrinking = ShrinkingMode.OFF)
  void hostileValuesSurviveQuadlet54InUserMode(@ForAll("batches") List<ProbeBatch.Probe> batch) {
    check(batch, QuadletBinary.v54(), GeneratorMode.USER);
  }

  @Property(tries = 8, shrinking = ShrinkingMode.OFF)
  void hostileValuesSurviveQuadletSidInUserMode(@ForAll("batches") List<ProbeBatch.Probe> batch) {
    check(batch, QuadletBinary.sid(), GeneratorMode.USER);
  }

  @Property(tries = 4, shrinking = ShrinkingMode.OFF)
  void hostileValuesSurviveQuadletSidInSystemMode(@ForAll("batches") List<ProbeBatch.Probe> batch) {
    check(batch, QuadletBinary.sid(), GeneratorMode.SYSTEM);
  }

  /** The probes are not vacuous: plain values are accepted and arrive unchanged in every kind. */
  @Example
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
  }

  @AfterContainer
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
