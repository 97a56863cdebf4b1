package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.internal.Yaml11;
import io.tankos.testkit.Seeded;
import org.junit.jupiter.api.Test;

/**
 * Fast properties on the Java side: a rendered document read back with PyYAML's
 * resolver rules gives the values put in, and rendering is deterministic. The real PyYAML and
 * cloud-init check the same generators in {@link GeneratedRealToolsTest}.
 */
class RenderPropertyTest {

  @Test
  void renderedDocumentsReadBackToTheirValues() {
    Seeded.cases("renderedDocumentsReadBackToTheirValues", Generated.cloudConfig())
        .tries(300)
        .check(
            config -> {
              String text = config.render();
              assertThat(text).startsWith("#cloud-config\n").doesNotStartWith("\ufeff");
              Object loaded = Yaml11.load("generated", text);
              assertThat(TaggedJson.of(loaded)).isEqualTo(TaggedJson.of(config.values()));
              assertThat(CloudConfig.parse("again", text).render()).isEqualTo(text);
            });
  }

  @Test
  void hostileStringsSurviveAsValuesAndKeys() {
    Seeded.cases("hostileStringsSurviveAsValuesAndKeys", Generated.rawConfig())
        .tries(200)
        .check(
            config -> {
              Object loaded = Yaml11.load("generated", config.render());
              assertThat(TaggedJson.of(loaded)).isEqualTo(TaggedJson.of(config.values()));
            });
  }
}
