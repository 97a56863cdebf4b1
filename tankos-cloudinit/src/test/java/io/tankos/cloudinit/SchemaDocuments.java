package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Yaml11;
import io.tankos.testkit.Gen;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded generator of cloud-config documents for the schema validators: a corpus document (or
 * an empty one) changed one to four times — a value replaced by a wrong type, a near-miss or an
 * enum-like word, an unknown key added, a key dropped, a module added with a random value, or a
 * deprecated form put in.
 */
final class SchemaDocuments {
  private static final List<Object> VALUES = List.of(5, 0, -1, 420, 1.5, true, false, "x", "",
      "0644", "now", "+5", "gz", "gzip", "b64", "text/plain", "rot13", "none", "poweroff", "reboot",
      "http://example.com/x", "not a uri", "root:root", "2032-09-01", "ALL=(ALL) NOPASSWD:ALL",
      "default", List.of(), List.of("a"), List.of(1, 2), List.of("a", "a"), Map.of(),
      map("name", "alice"), map("a", 1));
  private static final List<Map<String, Object>> DEPRECATED = List.of(
      map("ssh_pwauth", "yes"), map("apt_update", true), map("apt_upgrade", false),
      map("apt_reboot_if_required", true), map("ca-certs", map("trusted", List.of("x"))),
      map("chpasswd", map("list", List.of("a:b"))), map("power_state", map("delay", "+5", "mode",
          "reboot")), map("users", List.of(map("name", "a", "sudo", false))),
      map("users", List.of(map("name", "a", "ssh-authorized-keys", List.of("k")))),
      map("users", List.of(map("name", "a", "uid", "5"))),
      map("users", List.of(map("name", "a", "sudo", List.of("ALL=(ALL) ALL")))),
      map("write_files", List.of(map("path", "/x", "source", map("uri", "http://h/x")))),
      map("ubuntu_advantage", map("token", "x")), map("grub-dpkg", map("enabled", true)));

  private SchemaDocuments() {}

  /**
   * The generator.
   *
   * @param seeds loaded corpus documents to start from
   * @param keys top-level keys either version knows
   * @return documents as text, {@code #cloud-config} first
   */
  static Gen<String> of(List<Map<String, Object>> seeds, List<String> keys) {
    return random -> {
      Map<String, Object> doc = random.nextInt(5) == 0 ? new LinkedHashMap<>()
          : copy(seeds.get(random.nextInt(seeds.size())));
      int changes = 1 + random.nextInt(4);
      for (int i = 0; i < changes; i++) {
        change(doc, random, keys);
      }
      return "#cloud-config\n" + Yaml11.dump(doc);
    };
  }

  @SuppressWarnings("unchecked")
  private static void change(Map<String, Object> doc, SplittableRandom random, List<String> keys) {
    switch (random.nextInt(6)) {
      case 0 -> doc.put(keys.get(random.nextInt(keys.size())), pick(random));
      case 1 -> doc.putAll(copy(DEPRECATED.get(random.nextInt(DEPRECATED.size()))));
      case 2 -> {
        Map<String, Object> m = randomMap(doc, random);
        m.put("not_a_key_" + random.nextInt(3), pick(random));
      }
      case 3 -> {
        Map<String, Object> m = randomMap(doc, random);
        if (!m.isEmpty()) {
          m.remove(new ArrayList<>(m.keySet()).get(random.nextInt(m.size())));
        }
      }
      default -> {
        Map<String, Object> m = randomMap(doc, random);
        if (!m.isEmpty()) {
          String k = new ArrayList<>(m.keySet()).get(random.nextInt(m.size()));
          Object old = m.get(k);
          if (old instanceof List<?> l && !l.isEmpty() && random.nextBoolean()) {
            List<Object> nl = new ArrayList<>((List<Object>) l);
            nl.set(random.nextInt(nl.size()), pick(random));
            m.put(k, nl);
          } else {
            m.put(k, pick(random));
          }
        }
      }
    }
  }

  /** A mapping somewhere in the document: the root or one reached by walking down. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> randomMap(Map<String, Object> doc, SplittableRandom random) {
    Map<String, Object> at = doc;
    while (!at.isEmpty() && random.nextInt(3) != 0) {
      Object v = at.get(new ArrayList<>(at.keySet()).get(random.nextInt(at.size())));
      if (v instanceof List<?> l && !l.isEmpty()) {
        v = l.get(random.nextInt(l.size()));
      }
      if (!(v instanceof Map<?, ?> m) || !m.keySet().stream().allMatch(x -> x instanceof String)) {
        break;
      }
      at = (Map<String, Object>) m;
    }
    return at;
  }

  private static Object pick(SplittableRandom random) {
    return deepCopy(VALUES.get(random.nextInt(VALUES.size())));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> m) {
    return (Map<String, Object>) deepCopy(m);
  }

  private static Object deepCopy(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<Object, Object> c = new LinkedHashMap<>();
      m.forEach((k, v) -> c.put(k, deepCopy(v)));
      return c;
    }
    if (o instanceof List<?> l) {
      List<Object> c = new ArrayList<>();
      l.forEach(v -> c.add(deepCopy(v)));
      return c;
    }
    return o;
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
