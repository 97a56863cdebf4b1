package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every catalog key is settable through a typed builder method that writes exactly that key. */
class EveryKeyTypedTest {

  @Test
  void catalogHasEveryKeyOfTheTable() {
    assertThat(QuadletKeys.all()).hasSize(236);
    assertThat(QuadletKeys.forSection("Container")).hasSize(94);
    assertThat(QuadletKeys.forSection("Artifact")).hasSize(13);
    assertThat(QuadletKeys.require("Kube", "Yaml").repeatableIn(PodmanVersion.V5_4)).isFalse();
    assertThat(QuadletKeys.require("Kube", "Yaml").repeatableIn(PodmanVersion.V5_8)).isTrue();
    assertThat(QuadletKeys.require("Volume", "UID").availableIn(PodmanVersion.V5_8)).isFalse();
  }

  @Test
  void everyKeyHasATypedMethodWritingIt() throws Exception {
    List<String> missing = new ArrayList<>();
    int invoked = 0;
    for (UnitType type : UnitType.values()) {
      Class<?> builderClass = builderFor(type).getClass();
      for (QuadletKey key : QuadletKeys.forSection(type.section())) {
        List<Method> methods = new ArrayList<>();
        for (Method m : builderClass.getMethods()) {
          if (m.getName().equalsIgnoreCase(key.name()) && Modifier.isPublic(m.getModifiers())
              && m.getDeclaringClass() == builderClass) {
            methods.add(m);
          }
        }
        if (methods.isEmpty()) {
          missing.add(key.qualifiedName());
          continue;
        }
        for (Method m : methods) {
          Object[] args = sampleArgs(m);
          if (args == null) {
            continue;
          }
          UnitBuilder<?, ?> b = builderFor(type).podmanVersion(PodmanVersion.V6_0);
          m.invoke(b, args);
          UnitFile file = b.buildDropIn("10-x.conf").content();
          assertThat(file.values(type.section(), key.name()))
              .as(key + " via " + m)
              .hasSize(1);
          invoked++;
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(invoked).isGreaterThan(236);
  }

  static UnitBuilder<?, ?> builderFor(UnitType type) {
    return switch (type) {
      case CONTAINER -> ContainerUnit.builder("t");
      case VOLUME -> VolumeUnit.builder("t");
      case NETWORK -> NetworkUnit.builder("t");
      case POD -> PodUnit.builder("t");
      case KUBE -> KubeUnit.builder("t");
      case IMAGE -> ImageUnit.builder("t");
      case BUILD -> BuildUnit.builder("t");
      case ARTIFACT -> ArtifactUnit.builder("t");
    };
  }

  private static Object[] sampleArgs(Method m) {
    Class<?>[] p = m.getParameterTypes();
    Object[] out = new Object[p.length];
    for (int i = 0; i < p.length; i++) {
      Class<?> t = p[i];
      if (t == String.class) {
        out[i] = i == 0 && p.length == 2 ? "NAME" : "value1";
      } else if (t == boolean.class) {
        out[i] = true;
      } else if (t == long.class) {
        out[i] = 7L;
      } else if (t == Duration.class) {
        out[i] = Duration.ofSeconds(90);
      } else if (t == String[].class) {
        out[i] = new String[] {"w1", "w2"};
      } else if (t == UserNs.class) {
        out[i] = UserNs.keepId();
      } else if (t == SystemdValue.class) {
        out[i] = SystemdValue.withSpecifiers("value2");
      } else if (t.isEnum()) {
        out[i] = t.getEnumConstants()[0];
      } else if (t == List.class) {
        out[i] = List.of(SystemdValue.literal("w"));
      } else if (t == java.util.Map.class) {
        out[i] = java.util.Map.of("K", "v");
      } else {
        return null; // references to other units and secret mounts are tested elsewhere
      }
    }
    return out;
  }
}
