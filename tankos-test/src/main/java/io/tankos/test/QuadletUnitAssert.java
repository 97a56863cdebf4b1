package io.tankos.test;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.quadlet.QuadletSet;
import io.tankos.quadlet.QuadletUnit;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one Quadlet unit; failures name the unit file and quote what differs.
 *
 * <pre>{@code
 * assertThat(ContainerUnit.builder("web").image("quay.io/x/web:1").build())
 *     .hasKey("Container", "Image", "quay.io/x/web:1")
 *     .isAcceptedByQuadlet(PodmanVersion.V5_4);
 * }</pre>
 */
public final class QuadletUnitAssert extends AbstractAssert<QuadletUnitAssert, QuadletUnit> {

  QuadletUnitAssert(QuadletUnit actual) {
    super(actual, QuadletUnitAssert.class);
  }

  /**
   * Checks that a key of a section has the value.
   *
   * @param section the section, e.g. {@code Container}
   * @param key the key, e.g. {@code Image}
   * @param value the expected value
   * @return this
   */
  public QuadletUnitAssert hasKey(String section, String key, String value) {
    unitFile().hasKey(section, key, value);
    return this;
  }

  /**
   * Checks that a section does not set a key.
   *
   * @param section the section
   * @param key the key
   * @return this
   */
  public QuadletUnitAssert doesNotHaveKey(String section, String key) {
    unitFile().doesNotHaveKey(section, key);
    return this;
  }

  /**
   * Checks the rendered text; a failure shows a unified-diff-like snippet.
   *
   * @param expected the expected text
   * @return this
   */
  public QuadletUnitAssert rendersAs(String expected) {
    unitFile().rendersAs(expected);
    return this;
  }

  /**
   * Checks that Podman's Quadlet generator of a version accepts the unit (alone): the real generator
   * when installed, tankos's offline validator otherwise; the message says which judged.
   *
   * @param version the Podman version, e.g. {@link PodmanVersion#V5_4}
   * @return this
   */
  public QuadletUnitAssert isAcceptedByQuadlet(PodmanVersion version) {
    isNotNull();
    new QuadletSetAssert(QuadletSet.builder().unit(actual).build()).isAcceptedByQuadlet(version);
    return this;
  }

  private UnitFileAssert unitFile() {
    isNotNull();
    return new UnitFileAssert(actual.toUnitFile(), actual.fileName());
  }
}
