package io.tankos.test;

import io.tankos.bootc.containerfile.BuilderTarget;
import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import io.tankos.test.internal.TextDiff;
import io.tankos.test.internal.Texts;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Containerfile}.
 *
 * <pre>{@code
 * assertThat(containerfile).hasLine("RUN bootc container lint").isBuildableBy(BuilderTarget.podman(4, 3));
 * }</pre>
 */
public final class ContainerfileAssert extends AbstractAssert<ContainerfileAssert, Containerfile> {

  ContainerfileAssert(Containerfile actual) {
    super(actual, ContainerfileAssert.class);
  }

  /**
   * Checks that one line of the text is exactly the given line.
   *
   * @param line the line, e.g. {@code FROM quay.io/fedora/fedora-bootc:42}
   * @return this
   */
  public ContainerfileAssert hasLine(String line) {
    isNotNull();
    String text = actual.toString();
    if (!text.lines().anyMatch(line::equals)) {
      failWithMessage("Expected the Containerfile to have the line%n    %s%nbut it is:%n%s", line, Texts.indent(text));
    }
    return this;
  }

  /**
   * Checks the text; a failure shows a unified-diff-like snippet.
   *
   * @param expected the expected text
   * @return this
   */
  public ContainerfileAssert rendersAs(String expected) {
    isNotNull();
    String diff = TextDiff.diff("expected", expected, "Containerfile", actual.toString());
    if (!diff.isEmpty()) {
      failWithMessage("Expected the Containerfile to render as expected:%n%s", diff);
    }
    return this;
  }

  /**
   * Checks that a builder can read the file as it is (strict rendering for the target).
   *
   * @param target the builder, e.g. {@link BuilderTarget#podman(int, int)}
   * @return this
   */
  public ContainerfileAssert isBuildableBy(BuilderTarget target) {
    Objects.requireNonNull(target, "target");
    isNotNull();
    try {
      actual.render(target, TargetPolicy.STRICT);
    } catch (ValidationException e) {
      failWithMessage("Expected %s to build the Containerfile but: %s", target, e.getMessage());
    }
    return this;
  }
}
