package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.quadlet.secret.SecretMount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed read-back methods return what Quadlet reads, for built and for parsed units. */
class ReadBackTest {

  @Test
  void aBuiltUnitReadsBackItsValues() {
    ContainerUnit unit = ContainerUnit.builder("web")
        .image("quay.io/x/web:1")
        .addPublishPort("127.0.0.1:8080:80")
        .environment("GREETING", "hello world")
        .environment("PRICE", "100%")
        .addVolume(SystemdValue.withSpecifiers("%h/web:/data:Z"))
        .addSecret(SecretMount.env("api", "API_KEY"))
        .label("app", "web")
        .readOnly(true)
        .exec("serve", "--port", "8080")
        .build();
    assertThat(unit.image()).contains("quay.io/x/web:1");
    assertThat(unit.publishPorts()).containsExactly("127.0.0.1:8080:80");
    // systemd's escapes stay: systemd turns %% into % when it runs the service
    assertThat(unit.environment()).containsExactly(Map.entry("GREETING", "hello world"), Map.entry("PRICE", "100%%"));
    assertThat(unit.volumes()).containsExactly("%h/web:/data:Z");
    assertThat(unit.secrets()).containsExactly("api,type=env,target=API_KEY");
    assertThat(unit.labels()).containsEntry("app", "web");
    assertThat(unit.readOnly()).contains(true);
    assertThat(unit.exec()).containsExactly("serve", "--port", "8080");
    assertThat(unit.containerName()).isEmpty();
    assertThat(unit.toString()).isEqualTo(unit.render());
  }

  @Test
  void aParsedUnitReadsAsQuadletDoes() {
    ContainerUnit unit = ContainerUnit.parse("p.container", String.join("\n",
        "[Container]",
        "Image=\"quay.io/x/p:1\"",
        "PublishPort=1:1",
        "PublishPort=",
        "PublishPort=2:2",
        "Environment=A=1 A=2 \"B=x y\"",
        "AddCapability=CAP_A \"CAP_B\"",
        "RunInit=yes",
        "Notify=healthy",
        "") );
    assertThat(unit.image()).contains("quay.io/x/p:1");
    assertThat(unit.publishPorts()).containsExactly("2:2"); // an empty line resets the list
    assertThat(unit.environment()).containsExactly(Map.entry("A", "2"), Map.entry("B", "x y"));
    assertThat(unit.addCapabilities()).containsExactly("CAP_A", "CAP_B");
    assertThat(unit.runInit()).contains(true);
    assertThat(unit.notifyMode()).contains("healthy");
    assertThat(VolumeUnit.parse("v.volume", "[Volume]\nUser=0x10\n").user()).hasValue(16);
    assertThat(KubeUnit.parse("k.kube", "[Kube]\nYaml=a.yaml b.yaml\n").yaml()).isEqualTo(List.of("a.yaml", "b.yaml"));
  }
}
