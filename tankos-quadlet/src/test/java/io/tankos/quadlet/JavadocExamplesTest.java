package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.JavadocExamples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every Java example in this module's Javadoc compiles against its API. */
class JavadocExamplesTest {
  @Test
  void everyExampleCompiles() {
    Path sources = Path.of("src/main/java");
    assertThat(JavadocExamples.examples(sources).stream().filter(JavadocExamples.Example::isJava))
        .hasSizeGreaterThan(10);
    assertThat(JavadocExamples.errors(sources)).isEmpty();
  }
}
