package io.tankos.quadlet.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.quadlet.QuadletKey;
import io.tankos.quadlet.QuadletKeys;
import io.tankos.quadlet.QuadletUnit;
import io.tankos.quadlet.SystemdValue;
import io.tankos.quadlet.UnitBuilder;
import io.tankos.quadlet.UserNs;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Every key of the table has its typed methods on the builder and the unit: each setter or adder
 * writes exactly one line of its key, each remover and clearer takes it away again, and the read-back
 * method returns the value.
 */
class GeneratedMethodsTest {
  private static final List<KeyRow> ROWS = KeyTable.read(KeyTable.PATH);

  @Test
  void theCatalogHasEveryKeyOfTheTable() {
    assertThat(QuadletKeys.all()).hasSize(236).hasSize(ROWS.size());
    assertThat(QuadletKeys.forSection("Container")).hasSize(94);
    assertThat(QuadletKeys.forSection("Artifact")).hasSize(13);
    assertThat(QuadletKeys.KUBE_YAML.repeatableIn(PodmanVersion.V5_4)).isFalse();
    assertThat(QuadletKeys.KUBE_YAML.repeatableIn(PodmanVersion.V5_8)).isTrue();
    assertThat(QuadletKeys.VOLUME_UID.availableIn(PodmanVersion.V5_8)).isFalse();
    assertThat(QuadletKeys.find("Container", "PublishPort")).containsSame(QuadletKeys.CONTAINER_PUBLISH_PORT);
  }

  @Test
  void everyKeyHasSettersAndAReadBackThatWork() throws Exception {
    int setters = 0;
    int getters = 0;
    for (KeyRow r : ROWS) {
      if (r.section().equals("Quadlet")) {
        continue;
      }
      QuadletKey key = QuadletKeys.require(r.section(), r.key());
      String sample = null;
      for (Method m : KeyMethods.setters(r, "")) {
        String name = m.signature().substring(0, m.signature().indexOf('('));
        if (name.startsWith("remove") || name.startsWith("clear")) {
          continue;
        }
        UnitBuilder<?, ?> b = builder(r.section());
        invoke(b, m, r);
        assertThat(lines(b, key)).as(r.qualified() + " via " + m.signature()).hasSize(1);
        setters++;
        if (sample == null) {
          sample = lines(b, key).get(0);
        }
      }
      for (Method m : KeyMethods.setters(r, "")) {
        String name = m.signature().substring(0, m.signature().indexOf('('));
        if (name.startsWith("remove") || name.startsWith("clear")) {
          UnitBuilder<?, ?> b = builder(r.section());
          invoke(b, KeyMethods.setters(r, "").get(0), r);
          invoke(b, m, r);
          assertThat(lines(b, key)).as(r.qualified() + " via " + m.signature()).isEmpty();
          setters++;
        }
      }
      for (Method m : KeyMethods.getters(r)) {
        String line = m.signature().endsWith("Inherited()") ? "NAME" : sample;
        QuadletUnit unit = QuadletUnit.parseLenient("t." + r.section().toLowerCase(java.util.Locale.ROOT),
            "[" + r.section() + "]\n" + r.key() + "=" + line + "\n");
        Object read = unit.getClass().getMethod(m.signature().replace("()", "")).invoke(unit);
        assertThat(present(read)).as(r.qualified() + " read by " + m.signature() + " from " + sample).isTrue();
        getters++;
      }
    }
    assertThat(setters).isGreaterThan(500);
    // every key but [Quadlet]'s and the eight ServiceName (serviceName() reads it), plus the two
    // environmentInherited()
    assertThat(getters).isEqualTo(236 - 1 - 8 + 2);
  }

  private static UnitBuilder<?, ?> builder(String section) throws Exception {
    Class<?> c = Class.forName("io.tankos.quadlet." + section + "Unit");
    return (UnitBuilder<?, ?>) c.getMethod("builder", String.class).invoke(null, "t");
  }

  private static List<String> lines(UnitBuilder<?, ?> b, QuadletKey key) {
    UnitFile f = b.buildDropIn("10-x.conf").content();
    return f.values(key.section(), key.name());
  }

  private static boolean present(Object read) {
    if (read instanceof Optional<?> o) {
      return o.isPresent();
    }
    if (read instanceof OptionalLong o) {
      return o.isPresent();
    }
    if (read instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    return read instanceof Map<?, ?> m && !m.isEmpty();
  }

  private static void invoke(UnitBuilder<?, ?> b, Method m, KeyRow r) throws Exception {
    String sig = m.signature();
    String name = sig.substring(0, sig.indexOf('('));
    String params = sig.substring(sig.indexOf('(') + 1, sig.length() - 1);
    List<Class<?>> types = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (!params.isEmpty()) {
      for (String p : parameters(params)) {
        String type = p.substring(0, p.lastIndexOf(' '));
        types.add(type(type));
        args.add(sample(type, r, name, args.isEmpty() && params.contains(",")));
      }
    }
    try {
      b.getClass().getMethod(name, types.toArray(Class<?>[]::new)).invoke(b, args.toArray());
    } catch (InvocationTargetException e) {
      throw new AssertionError(r.qualified() + " via " + sig, e.getCause());
    }
  }

  /** {@code Map<String, String> values, String x} to its two parameters. */
  private static List<String> parameters(String params) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < params.length(); i++) {
      char c = params.charAt(i);
      depth += c == '<' ? 1 : c == '>' ? -1 : 0;
      if (c == ',' && depth == 0) {
        out.add(params.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(params.substring(start).strip());
    return out;
  }

  private static Class<?> type(String t) throws ClassNotFoundException {
    return switch (t) {
      case "String" -> String.class;
      case "String..." -> String[].class;
      case "boolean" -> boolean.class;
      case "long" -> long.class;
      case "Duration" -> Duration.class;
      case "SystemdValue" -> SystemdValue.class;
      case "UserNs" -> UserNs.class;
      case "List<SystemdValue>" -> List.class;
      case "Map<String, String>" -> Map.class;
      case "PullPolicy" -> Class.forName("io.tankos.core.podman.PullPolicy");
      default -> Class.forName("io.tankos.quadlet." + t);
    };
  }

  private static Object sample(String type, KeyRow r, String method, boolean name) throws Exception {
    boolean duration = r.shape().startsWith("duration");
    return switch (type) {
      case "String" -> name || method.startsWith("remove") && KeyFacts.kind(r.readAs()).equals("KEY_VALUE_LIST")
          || method.endsWith("Inherited") ? "NAME" : duration ? "90s" : "value1";
      case "String..." -> new String[] {"w1", "w2"};
      case "boolean" -> true;
      case "long" -> 7L;
      case "Duration" -> Duration.ofSeconds(90);
      case "SystemdValue" -> SystemdValue.withSpecifiers(duration ? "90s" : "value2");
      case "UserNs" -> UserNs.keepId();
      case "List<SystemdValue>" -> List.of(SystemdValue.literal("w"));
      case "Map<String, String>" -> Map.of("K", "v");
      default -> type(type).getEnumConstants()[0];
    };
  }
}
