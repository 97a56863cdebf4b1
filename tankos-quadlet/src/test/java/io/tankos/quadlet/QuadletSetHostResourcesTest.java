package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** A set refuses two units with one container name or one published host port. */
class QuadletSetHostResourcesTest {

  private static ContainerUnit.Builder web(String name) {
    return ContainerUnit.builder(name).image("quay.io/x/web:1");
  }

  @Test
  void twoUnitsWithOneContainerNameAreRefused() {
    assertThatThrownBy(() -> QuadletSet.builder()
        .unit(web("a").containerName("web").build())
        .unit(web("b").containerName("web").build())
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("b.container.ContainerName: container or pod name web is already used by a.container");
  }

  @Test
  void twoUnitsPublishingOneHostPortAreRefused() {
    assertThatThrownBy(() -> QuadletSet.builder()
        .unit(web("a").addPublishPort("127.0.0.1:8080:80").build())
        .unit(web("b").addPublishPort("9000:90").addPublishPort("8080:81").build())
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("b.container.PublishPort[1]: host port 8080/tcp on every address is already published by"
            + " a.container.PublishPort[0] (8080/tcp on 127.0.0.1)");
    assertThatThrownBy(() -> QuadletSet.builder()
        .unit(web("a").addPublishPort("8000-8010:8000-8010").build())
        .unit(PodUnit.builder("p").addPublishPort("[::1]:8005:80").build())
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("p.pod.PublishPort[0]: host port 8005/tcp")
        .hasMessageContaining("is already published by a.container.PublishPort[0]");
  }

  @Test
  void distinctAddressesProtocolsAndRandomPortsDoNotCollide() {
    QuadletSet set = QuadletSet.builder()
        .unit(web("a").addPublishPort("127.0.0.1:8080:80").addPublishPort("53:53/udp").addPublishPort("80").build())
        .unit(web("b").addPublishPort("127.0.0.2:8080:80").addPublishPort("53:53/tcp").addPublishPort("80")
            .addPublishPort("127.0.0.1::80").build())
        .build();
    assertThat(set.units()).hasSize(2);
  }
}
