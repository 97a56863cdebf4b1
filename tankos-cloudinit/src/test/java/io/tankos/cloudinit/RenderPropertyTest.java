package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.internal.Yaml11;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/**
 * Fast, shrinking properties on the Java side: a rendered document read back with PyYAML's
 * resolver rules gives the values put in, and rendering is deterministic. The real PyYAML and
 * cloud-init check the same generators in {@link GeneratedRealToolsTest}.
 */
class RenderPropertyTest {

  @Property(tries = 300)
  void renderedDocumentsReadBackToTheirValues(@ForAll("configs") CloudConfig config) {
    String text = config.render();
    assertThat(text).startsWith("#cloud-config\n").doesNotStartWith("\ufeff");
    Object loaded = Yaml11.load("generated", text);
    assertThat(TaggedJson.of(loaded)).isEqualTo(TaggedJson.of(config.values()));
    assertThat(CloudConfig.parse("again", text).render()).isEqualTo(text);
  }

  @Property(tries = 200)
  void hostileStringsSurviveAsValuesAndKeys(@ForAll("raw") CloudConfig config) {
    Object loaded = Yaml11.load("generated", config.render());
    assertThat(TaggedJson.of(loaded)).isEqualTo(TaggedJson.of(config.values()));
  }

  @Provide
  Arbitrary<CloudConfig> configs() {
    return Generated.cloudConfig();
  }

  @Provide
  Arbitrary<CloudConfig> raw() {
    return Generated.rawConfig();
  }
}
