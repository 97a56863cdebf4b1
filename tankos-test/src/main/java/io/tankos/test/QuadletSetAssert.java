package io.tankos.test;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.quadlet.QuadletSet;
import io.tankos.quadlet.QuadletUnit;
import io.tankos.test.internal.QuadletJudge;
import io.tankos.test.internal.Texts;
import io.tankos.test.internal.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link QuadletSet}.
 *
 * <pre>{@code
 * assertThat(set).hasUnit("web.container").hasKey("Container", "Image", "quay.io/x/web:1");
 * assertThat(set).isAcceptedByQuadlet(PodmanVersion.V5_4);
 * }</pre>
 */
public final class QuadletSetAssert extends AbstractAssert<QuadletSetAssert, QuadletSet> {

  QuadletSetAssert(QuadletSet actual) {
    super(actual, QuadletSetAssert.class);
  }

  /**
   * Checks that the set holds a unit and returns assertions on it.
   *
   * @param fileName the unit's file name, e.g. {@code web.container}
   * @return assertions on the unit
   */
  public QuadletUnitAssert hasUnit(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    isNotNull();
    List<String> names = new ArrayList<>();
    for (QuadletUnit unit : actual.units()) {
      if (unit.fileName().equals(fileName)) {
        return new QuadletUnitAssert(unit);
      }
      names.add(unit.fileName());
    }
    failWithMessage("Expected the Quadlet set to have a unit %s but it has %s", fileName, names);
    throw new IllegalStateException("unreachable");
  }

  /**
   * Checks that a unit of the set has a key with the value.
   *
   * @param fileName the unit's file name
   * @param section the section
   * @param key the key
   * @param value the expected value
   * @return this
   */
  public QuadletSetAssert hasKey(String fileName, String section, String key, String value) {
    hasUnit(fileName).hasKey(section, key, value);
    return this;
  }

  /**
   * Checks that Podman's Quadlet generator of a version accepts every unit of the set: the real
   * generator (dry run) when one of that version is installed, tankos's offline validator otherwise;
   * the message says which judged and why it refused.
   *
   * @param version the Podman version, e.g. {@link PodmanVersion#V5_4}
   * @return this
   */
  public QuadletSetAssert isAcceptedByQuadlet(PodmanVersion version) {
    Objects.requireNonNull(version, "version");
    isNotNull();
    Verdict verdict = QuadletJudge.judge(actual, version);
    if (!verdict.accepted()) {
      failWithMessage(
          "Expected Quadlet %s to accept the set but %s refused it:%n%s",
          version, verdict.judge(), Texts.indent(verdict.detail()));
    }
    return this;
  }
}
