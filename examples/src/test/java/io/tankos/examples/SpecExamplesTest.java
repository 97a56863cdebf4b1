package io.tankos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.image.ImageSpec;
import io.tankos.bootc.image.TankOsImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The spec files in examples/ describe the images the Java examples build. */
class SpecExamplesTest {
  /** The key examples/multi-instance.yaml provisions. */
  private static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop";

  @Test
  void tankOsYamlIsTheDefaultImage() {
    assertThat(ImageSpec.read(Path.of("tank-os.yaml"))).isEqualTo(TankOsImage.tankOs());
  }

  @Test
  void tankOsYamlIsTheCanonicalSpecOfTheDefaultAfterItsHeader() throws Exception {
    String text = Files.readString(Path.of("tank-os.yaml"));
    String body = text.substring(text.indexOf("\npreset: ") + 1);
    assertThat(text.substring(0, text.indexOf("\npreset: ")).lines()).allMatch(l -> l.startsWith("#"));
    assertThat(body).isEqualTo(ImageSpec.write(TankOsImage.tankOs()));
  }

  @Test
  void theReadmeSpecIsTheMultiInstanceExample() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("## Spec files");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = readme.substring(start, readme.indexOf("```", start));
    assertThat(ImageSpec.read("README.md", yaml)).isEqualTo(MultiInstance.image(KEY));
  }

  @Test
  void multiInstanceYamlIsTheMultiInstanceExample() {
    TankOsImage image = ImageSpec.read(Path.of("multi-instance.yaml"));
    assertThat(image).isEqualTo(MultiInstance.image(KEY));
    assertThat(image.instances()).extracting(i -> i.name()).containsExactly("work", "research");
  }
}
