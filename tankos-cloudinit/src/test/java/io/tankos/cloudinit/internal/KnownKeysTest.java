package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link KnownKeys} finds exactly the schemas' property names and enum strings, in any text. */
class KnownKeysTest {
  private static final long SEED = 0x6b65797L;

  @Test
  void findsEveryNameAndOnlyNames() {
    Set<String> names = new LinkedHashSet<>();
    for (String table : new String[] {
        "cloud-config-22.4", "cloud-config-25.1", "network-v1-25.1", "network-v2-25.1"}) {
      names.addAll(SchemaRules.propertyNames(table));
      names.addAll(SchemaRules.enumStrings(table));
    }
    assertThat(names).contains("users", "ssh_authorized_keys", "write_files", "ethernets", "auto",
        "reboot");
    SplittableRandom r = new SplittableRandom(SEED);
    for (String name : names) {
      String text = "x: " + name + ": y";
      assertThat(KnownKeys.find(text, 3, 3 + name.length())).isSameAs(name);
      // a neighbour of the name: found only when it is itself a name
      String near = switch (r.nextInt(3)) {
        case 0 -> name.substring(0, name.length() - 1);
        case 1 -> name + (char) ('a' + r.nextInt(26));
        default -> name.substring(0, name.length() - 1) + (char) ('a' + r.nextInt(26));
      };
      String found = KnownKeys.find("  " + near + " ", 2, 2 + near.length());
      assertThat(found).as(near).isEqualTo(names.contains(near) ? near : null);
    }
    assertThat(KnownKeys.find("users", 0, 0)).isNull();
  }
}
