package io.tankos.bootc.kubevirt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.gitops.LayoutStyle;
import io.tankos.bootc.kubevirt.TankOsFleet;
import io.tankos.core.fs.FileTree;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The writer's first buffer fits a fleet's manifests without being much larger: no growth, and
 * little unused room.
 */
class YamlLengthTest {

  @Test
  void theEstimateOfEveryManifestOfAFleetIsALittleOverItsLength() {
    int manifests = 0;
    for (LayoutStyle style : LayoutStyle.values()) {
      FileTree tree = TankOsFleet.layout(style).toFileTree();
      for (String path : tree.paths()) {
        if (!path.endsWith(".yaml")) {
          continue;
        }
        String text = tree.text(path).orElseThrow();
        Map<String, Object> parsed = KubeYaml.parse(path, text);
        assertThat(KubeYaml.toYaml(parsed)).isEqualTo(text);
        assertThat(YamlLength.estimate(parsed))
            .as(path)
            .isGreaterThanOrEqualTo(text.length())
            .isLessThanOrEqualTo(text.length() * 5 / 4 + 64);
        manifests++;
      }
    }
    assertThat(manifests).isGreaterThan(10);
  }
}
