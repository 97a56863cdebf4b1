package io.tankos.bootc;

import io.tankos.testkit.JavadocExamples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every Java example in this module's Javadoc (75 of them) compiles against its API. */
class JavadocExamplesTest {
  @Test
  void everyExampleCompiles() {
    JavadocExamples.assertAllCompile(Path.of("src/main/java"), 75);
  }
}
