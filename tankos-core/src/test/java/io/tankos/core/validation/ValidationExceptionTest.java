package io.tankos.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void locationsRenderAsDottedPathsWithIndexes() {
    assertThat(Location.of("Container").child("PublishPort").index(2)).hasToString("Container.PublishPort[2]");
    assertThat(Location.ROOT.child("users").index(0).child("name")).hasToString("users[0].name");
  }

  @Test
  void collectsEveryProblem() {
    Problems p = new Problems();
    p.add(Location.of("a"), "first");
    p.collect(() -> { throw new ValidationException(Location.of("b"), "second"); });
    assertThatThrownBy(p::throwIfAny)
        .isInstanceOf(ValidationException.class)
        .hasMessage("2 problems:\n  a: first\n  b: second");
  }

  @Test
  void parseExceptionsReadLikeCompilerErrors() {
    assertThat(new ParseException("x.container", 3, "bad")).hasMessage("x.container:3: bad");
  }
}
