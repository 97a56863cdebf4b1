package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link NetworkConfig.Builder#ethernetStatic}'s ethernet, shared by the configs built, is what the
 * copy of the same settings given raw makes: the same values, rendering and name server list kind.
 */
class NetworkConfigStaticTest {

  @Test
  void aStaticEthernetIsWhatACopyOfItsSettingsMakes() {
    List<List<String>> servers = List.of(List.of(), List.of("192.0.2.53"),
        List.of("192.0.2.53", "192.0.2.54"), new ArrayList<>(List.of("a", "b", "c")));
    for (List<String> dns : servers) {
      for (String gateway : Arrays.asList(null, "192.0.2.1")) {
        NetworkConfig shared = NetworkConfig.v2()
            .ethernetStatic("eth0", Map.of("name", "en*"), "192.0.2.10/24", gateway, dns).build();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("match", Map.of("name", "en*"));
        e.put("addresses", List.of("192.0.2.10/24"));
        if (gateway != null) {
          Map<String, Object> route = new LinkedHashMap<>();
          route.put("to", "default");
          route.put("via", gateway);
          e.put("routes", List.of(route));
        }
        if (!dns.isEmpty()) {
          e.put("nameservers", Map.of("addresses", dns));
        }
        NetworkConfig copied = NetworkConfig.v2().ethernet("eth0", e).build();
        assertThat(shared.values()).as("%s %s", dns, gateway).isEqualTo(copied.values());
        assertThat(shared.render()).isEqualTo(copied.render());
        if (!dns.isEmpty()) {
          List<?> a = addresses(shared);
          assertThat(a.getClass()).isEqualTo(addresses(copied).getClass());
          assertThat(a.contains(null)).isFalse();
        }
      }
    }
  }

  @Test
  void aNullNameServerIsRefusedAsBefore() {
    assertThatThrownBy(() -> NetworkConfig.v2()
            .ethernetStatic("eth0", "192.0.2.10/24", null, Arrays.asList("192.0.2.53", null)))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage(null);
    assertThatThrownBy(() -> NetworkConfig.v2().ethernetStatic("eth0", "192.0.2.10/24", null, null))
        .isExactlyInstanceOf(NullPointerException.class);
  }

  @SuppressWarnings("unchecked")
  private static List<?> addresses(NetworkConfig c) {
    Map<String, Object> eth = (Map<String, Object>) ((Map<String, Object>) c.values().get("ethernets")).get("eth0");
    return (List<?>) ((Map<String, Object>) eth.get("nameservers")).get("addresses");
  }
}
