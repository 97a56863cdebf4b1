package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageSpecRoundTripTest {

  @Test
  void defaultPresetRoundTrips() {
    String text = ImageSpec.write(TankOsImage.tankOs());
    assertThat(ImageSpec.read("tank-os.yaml", text)).isEqualTo(TankOsImage.tankOs());
    assertThat(ImageSpec.write(ImageSpec.read("tank-os.yaml", text))).isEqualTo(text);
  }
}
