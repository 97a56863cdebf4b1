package io.tankos.test;

import io.tankos.core.unit.UnitFile;
import io.tankos.test.internal.TextDiff;
import io.tankos.test.internal.Texts;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a systemd-style {@link UnitFile}; failures quote the section that differs.
 *
 * <pre>{@code
 * assertThat(UnitFile.parse(text)).hasKey("Service", "Restart", "always");
 * }</pre>
 */
public final class UnitFileAssert extends AbstractAssert<UnitFileAssert, UnitFile> {
  private final String name;

  UnitFileAssert(UnitFile actual, String name) {
    super(actual, UnitFileAssert.class);
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Checks that a key of a section has the value (among its values when repeated).
   *
   * @param section the section, e.g. {@code Container}
   * @param key the key, e.g. {@code Image}
   * @param value the expected value
   * @return this
   */
  public UnitFileAssert hasKey(String section, String key, String value) {
    isNotNull();
    List<String> values = actual.values(section, key);
    if (!values.contains(value)) {
      String found =
          actual.section(section).isEmpty()
              ? "the unit has no [" + section + "] section"
              : values.isEmpty() ? "[" + section + "] has no " + key + "=" : "[" + section + "] has " + key + "=" + values;
      failWithMessage(
          "Expected %s to have [%s] %s=%s but %s; the unit:%n%s",
          name, section, key, value, found, Texts.indent(actual.render()));
    }
    return this;
  }

  /**
   * Checks that a section does not set a key.
   *
   * @param section the section
   * @param key the key
   * @return this
   */
  public UnitFileAssert doesNotHaveKey(String section, String key) {
    isNotNull();
    List<String> values = actual.values(section, key);
    if (!values.isEmpty()) {
      failWithMessage("Expected %s not to set [%s] %s but it has %s=%s", name, section, key, key, values);
    }
    return this;
  }

  /**
   * Checks the rendered text; a failure shows a unified-diff-like snippet.
   *
   * @param expected the expected text
   * @return this
   */
  public UnitFileAssert rendersAs(String expected) {
    isNotNull();
    String diff = TextDiff.diff("expected", expected, name, actual.render());
    if (!diff.isEmpty()) {
      failWithMessage("Expected %s to render as expected:%n%s", name, diff);
    }
    return this;
  }
}
