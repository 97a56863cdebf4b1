package io.tankos.bootc.kubevirt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link KubeYamlWriter} against the Jackson path of {@link KubeYaml} byte for byte: seeded random
 * trees full of awkward strings, Kubernetes-shaped trees, and a few hand-picked cases.
 */
class KubeYamlWriterTest {
  private static final long BASE_SEED = 0x6b756265L;
  private static final int NASTY_TREES = 4000;
  private static final int KUBE_TREES = 1000;

  @Test
  void nastyTreesWriteWhatJacksonWrites() {
    Result r = compare(BASE_SEED, NASTY_TREES, false);
    System.out.println("KubeYamlWriterTest nasty trees: " + r);
    assertThat(r.failures).as("seeds with different output").isEmpty();
    // Fallbacks come from empty, multi-line or long keys, doubles and lone surrogates.
    assertThat(r.fallbacks).as("fallbacks").isLessThan(NASTY_TREES / 4);
  }

  @Test
  void kubernetesShapedTreesNeverFallBack() {
    Result r = compare(BASE_SEED + 1_000_000, KUBE_TREES, true);
    System.out.println("KubeYamlWriterTest Kubernetes-shaped trees: " + r);
    assertThat(r.failures).as("seeds with different output").isEmpty();
    assertThat(r.fallbacks).as("fallbacks").isZero();
  }

  @Test
  void textBeingBuiltWritesAsItsString() {
    int compared = 0;
    for (int i = 0; i < 2000; i++) {
      Gen g = new Gen(new Random(BASE_SEED + 2_000_000 + i));
      Map<String, Object> tree = i % 2 == 0 ? g.kubeTree() : g.tree(0);
      String expected = KubeYamlWriter.write(tree, 32);
      @SuppressWarnings("unchecked")
      Map<String, Object> built = (Map<String, Object>) builders(tree);
      if (expected != null) {
        compared++;
        assertThat(KubeYamlWriter.write(built, 32)).as("seed %d", BASE_SEED + 2_000_000 + i)
            .isEqualTo(expected);
        assertThat(KubeYaml.toYamlText(built, new StringBuilder()).toString()).isEqualTo(expected);
      }
    }
    assertThat(compared).isGreaterThan(1500);
  }

  /** The tree with every string value (not key) a StringBuilder holding it. */
  private static Object builders(Object value) {
    if (value instanceof String s) {
      return new StringBuilder(s);
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put((String) k, builders(v)));
      return copy;
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(v -> copy.add(builders(v)));
      return copy;
    }
    return value;
  }

  @Test
  void exampleManifestWritesWhatJacksonWrites() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/kubevirt/tank-os-alice.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Object> tree = KubeYaml.parse("alice", text);
    assertThat(KubeYamlWriter.write(tree, 16)).isEqualTo(KubeYaml.jacksonYaml(tree));
    assertThat(KubeYaml.toYaml(tree)).isEqualTo(KubeYaml.jacksonYaml(tree));
  }

  @Test
  void handPickedCases() {
    List<Object> values =
        List.of(
            "",
            " ",
            "\n",
            "\n\n",
            "a\n",
            "a\n\n",
            " a\nb",
            "\na",
            "a \nb",
            "a\n b",
            "a\tb\nc",
            "a\rb\nc",
            "x".repeat(200),
            "word ".repeat(40),
            "\"quoted\" \\back\\ " .repeat(10),
            "a\u00e9\u00a0b " + "y".repeat(77) + " z",
            new String(Character.toChars(0x1F600)).repeat(50),
            "line " + (char) 0x85 + " next",
            "ls " + (char) 0x2028 + " ps " + (char) 0x2029,
            (char) 0xFEFF + "bom" + (char) 0xFFFE + (char) 0xFFFF + (char) 0x7F + (char) 0x9F,
            Map.of(),
            List.of(),
            List.of(List.of(List.of("deep", 1)), Map.of("k", List.of())),
            Long.MIN_VALUE,
            Integer.MIN_VALUE,
            true);
    for (Object v : values) {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("k", v);
      tree.put("list", List.of(v, v));
      Map<String, Object> inner = new LinkedHashMap<>();
      inner.put("in", v);
      tree.put("nested", List.of(inner));
      assertThat(KubeYaml.toYaml(tree)).as("%s", tree).isEqualTo(KubeYaml.jacksonYaml(tree));
    }
    assertThat(KubeYaml.toYaml(new LinkedHashMap<>())).isEqualTo(KubeYaml.jacksonYaml(Map.of()));
  }

  @Test
  void keysAtTheSimpleKeyLimit() {
    for (String key :
        List.of("k".repeat(127), "k".repeat(128), "a b".repeat(42), "é".repeat(127), "", "a\nb", "true", "~x", "0a", "-")) {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put(key, "value " + "v".repeat(100) + " end");
      tree.put("after", List.of(Map.of(key, List.of(1))));
      assertThat(KubeYaml.toYaml(tree)).as(key).isEqualTo(KubeYaml.jacksonYaml(tree));
    }
    Map<String, Object> longKey = Map.of("k".repeat(128), 1);
    assertThat(KubeYamlWriter.write(longKey, 16)).as("explicit keys are left to Jackson").isNull();
  }

  @Test
  void deepTreesAreLeftToJackson() {
    Object deep = "leaf";
    for (int i = 0; i < 300; i++) {
      deep = i % 2 == 0 ? List.of(deep) : Map.of("k", deep);
    }
    Map<String, Object> tree = Map.of("root", deep);
    assertThat(KubeYamlWriter.write(tree, 16)).isNull();
    assertThat(KubeYaml.toYaml(tree)).isEqualTo(KubeYaml.jacksonYaml(tree));
  }

  /** Outcome of comparing many generated trees. */
  record Result(int trees, int fallbacks, List<String> failures) {
    @Override
    public String toString() {
      return trees + " trees, " + fallbacks + " fell back to Jackson, " + failures.size() + " differ";
    }
  }

  static Result compare(long baseSeed, int count, boolean kube) {
    int fallbacks = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long seed = baseSeed + i;
      Gen g = new Gen(new Random(seed));
      Map<String, Object> tree = kube ? g.kubeTree() : g.tree(0);
      String expected = KubeYaml.jacksonYaml(tree);
      String actual = KubeYamlWriter.write(tree, 32);
      if (actual == null) {
        fallbacks++;
      } else if (!actual.equals(expected)) {
        if (failures.size() < 5) {
          failures.add("seed " + seed + ":\n--- jackson\n" + expected + "--- writer\n" + actual);
        } else {
          failures.add("seed " + seed);
        }
      }
      if (!KubeYaml.toYaml(tree).equals(expected)) {
        failures.add("toYaml differs, seed " + seed);
      }
    }
    return new Result(count, fallbacks, failures);
  }

  /** Random trees from one seeded {@link Random}. */
  static final class Gen {
    private static final String[] FRAGMENTS = {
      "", " ", "  ", "a", "word", "Hello World", ": ", ":", "a:b", "#", " #", "# c", "'", "\"", "\\",
      "\n", "\n\n", "\r", "\r\n", "\t", "-", "- ", "--- ", "---", "...", "?", "? ", "{", "}", "[",
      "]", ",", "&a", "*a", "!", "!!str", "|", ">", "%", "@", "`", "true", "false", "True", "null",
      "~", "y", "n", "NO", "on", "0x1F", "12:30", "<<", "=", "0", "007", "0_1", "1e3", "-1", ".5",
      "+1", "1.0", "é", "日本語", "ü ö", "key: value", "a # b", "http://x/y?z=1&w=2", "2Gi",
    };

    private static final String[] KEYS = {
      "apiVersion", "kind", "metadata", "name", "namespace", "labels", "annotations", "spec", "template",
      "kubevirt.io/domain", "app.kubernetes.io/name", "running", "domain", "devices", "disks", "x_y",
      "CamelCase", "with space", "a-b", "a.b", "a/b", "image@sha256", "k8s", "é", "<<", "=",
    };

    private static final int[] CODE_POINTS = {
      0x0, 0x1, 0x7, 0x8, 0xB, 0xC, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xFF, 0x100, 0x2028,
      0x2029, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600, 0x10FFFF, 0x10000, 0xE000, 0xD7FF,
    };

    private final Random r;

    Gen(Random r) {
      this.r = r;
    }

    Map<String, Object> tree(int depth) {
      Map<String, Object> m = new LinkedHashMap<>();
      int n = r.nextInt(depth == 0 ? 7 : 5);
      for (int i = 0; i < n; i++) {
        m.put(key(), value(depth + 1));
      }
      return r.nextInt(10) == 0 ? Collections.unmodifiableMap(m) : m;
    }

    private Object value(int depth) {
      int k = r.nextInt(depth > 4 ? 12 : 16);
      return switch (k) {
        case 0, 1, 2, 3, 4, 5 -> string();
        case 6 -> r.nextInt();
        case 7 -> r.nextInt(3) == 0 ? r.nextLong() : (long) r.nextInt(100);
        case 8 -> r.nextBoolean();
        case 9 -> null;
        case 10 -> r.nextInt(60) == 0 ? (Object) r.nextDouble() : (Object) r.nextInt(10);
        case 11 -> multiLine();
        case 12, 13 -> tree(depth);
        default -> list(depth);
      };
    }

    private List<Object> list(int depth) {
      int n = r.nextInt(5);
      List<Object> l = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        l.add(value(depth + 1));
      }
      return r.nextInt(5) == 0 ? List.copyOf(withoutNulls(l)) : l;
    }

    private static List<Object> withoutNulls(List<Object> l) {
      l.removeIf(o -> o == null);
      return l;
    }

    private String key() {
      int k = r.nextInt(100);
      if (k < 70) {
        return KEYS[r.nextInt(KEYS.length)] + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(100)));
      }
      if (k < 97) {
        // awkward but single-line, short, non-empty keys
        String s = shortString();
        s = s.replace('\n', 'n');
        s = s.replace((char) 0x85, 'N').replace((char) 0x2028, 'L').replace((char) 0x2029, 'P');
        return s.isEmpty() ? "e" : s.length() > 100 ? s.substring(0, 100) : s;
      }
      return string(); // may be empty, multi-line or long: explicit keys, left to Jackson
    }

    private String shortString() {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        b.append(fragment());
      }
      return b.toString();
    }

    private String fragment() {
      int k = r.nextInt(20);
      if (k == 0) {
        int cp = CODE_POINTS[r.nextInt(CODE_POINTS.length)];
        return new String(Character.toChars(cp));
      }
      if (k == 1 && r.nextInt(40) == 0) {
        return String.valueOf((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate
      }
      if (k == 2) {
        return word(1 + r.nextInt(12));
      }
      return FRAGMENTS[r.nextInt(FRAGMENTS.length)];
    }

    private String word(int length) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) {
        b.append((char) ('a' + r.nextInt(26)));
      }
      return b.toString();
    }

    private String string() {
      int k = r.nextInt(10);
      if (k < 6) {
        return shortString();
      }
      if (k < 8) {
        return longText(60 + r.nextInt(r.nextInt(8) == 0 ? 1500 : 200));
      }
      if (k == 8) {
        return word(70 + r.nextInt(100)) + (r.nextBoolean() ? " " + word(90) : "");
      }
      return multiLine();
    }

    /** Words, spaces and fragments, long enough for the emitter to split it. */
    private String longText(int length) {
      StringBuilder b = new StringBuilder();
      while (b.length() < length) {
        int k = r.nextInt(10);
        if (k < 6) {
          b.append(word(1 + r.nextInt(10)));
        } else if (k < 8) {
          b.append(r.nextInt(4) == 0 ? "  " : " ");
        } else {
          b.append(fragment());
        }
      }
      return b.toString();
    }

    /** Ordinary prose: words, single spaces, everyday punctuation, now and then a non-ASCII letter. */
    private String prose(int length) {
      String[] marks = {".", ",", ":", "-", "/", "=", "(x)", "'s", "\u00e9", "%", "#1"};
      StringBuilder b = new StringBuilder();
      while (b.length() < length) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(word(1 + r.nextInt(10)));
        if (r.nextInt(5) == 0) {
          b.append(marks[r.nextInt(marks.length)]);
        }
      }
      return b.toString();
    }

    /** Lines, sometimes indented, empty or with awkward characters: literal block candidates. */
    private String multiLine() {
      StringBuilder b = new StringBuilder();
      if (r.nextInt(6) == 0) {
        b.append(r.nextBoolean() ? "\n" : " ");
      }
      int lines = 1 + r.nextInt(6);
      for (int i = 0; i < lines; i++) {
        if (r.nextInt(5) == 0) {
          b.append("  ");
        }
        b.append(r.nextInt(4) == 0 ? shortString() : longText(r.nextInt(120)));
        b.append(r.nextInt(6) == 0 ? "\n\n" : "\n");
      }
      int end = r.nextInt(4);
      if (end == 0) {
        b.setLength(b.length() - 1);
      } else if (end == 1) {
        b.append('\n');
      }
      return b.toString();
    }

    /** A Kubernetes-shaped manifest: ordinary names, labels, quantities, cloud-init text. */
    Map<String, Object> kubeTree() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("apiVersion", "kubevirt.io/v1");
      m.put("kind", "VirtualMachine");
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("name", "host-" + r.nextInt(10_000));
      meta.put("namespace", r.nextBoolean() ? "default" : "fleet-" + word(5));
      Map<String, Object> labels = new LinkedHashMap<>();
      labels.put("app.kubernetes.io/name", "tank-os");
      labels.put("tankos.io/role", word(6));
      if (r.nextBoolean()) {
        labels.put("tankos.io/enabled", "true");
      }
      meta.put("labels", labels);
      meta.put("annotations", r.nextBoolean() ? Map.of() : Map.of("tankos.io/note", prose(r.nextInt(150))));
      m.put("metadata", meta);
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("running", r.nextBoolean());
      spec.put("runStrategy", r.nextBoolean() ? "Always" : "Halted");
      Map<String, Object> domain = new LinkedHashMap<>();
      domain.put("cpu", Map.of("cores", 1 + r.nextInt(16)));
      domain.put("memory", Map.of("guest", (1 + r.nextInt(64)) + "Gi"));
      List<Object> disks = new ArrayList<>();
      for (int i = 0, n = r.nextInt(4); i < n; i++) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", "disk" + i);
        d.put("disk", Map.of("bus", "virtio"));
        d.put("bootOrder", i + 1);
        disks.add(d);
      }
      domain.put("devices", Map.of("disks", disks, "interfaces", List.of(Map.of("name", "default", "masquerade", Map.of()))));
      spec.put("domain", domain);
      StringBuilder userData = new StringBuilder("#cloud-config\n");
      for (int i = 0, n = r.nextInt(8); i < n; i++) {
        userData.append(r.nextInt(3) == 0 ? "  - " : "").append(word(4)).append(": ").append(prose(r.nextInt(90))).append('\n');
      }
      if (r.nextBoolean()) {
        userData.append("runcmd:\n  - [ sh, -c, \"echo 'hi' > /tmp/x\" ]\n");
      }
      List<Object> volumes = new ArrayList<>();
      volumes.add(Map.of("name", "cloudinit", "cloudInitNoCloud", Map.of("userData", userData.toString())));
      volumes.add(Map.of("name", "root", "containerDisk", Map.of("image", "quay.io/tankos/os:" + r.nextInt(100))));
      spec.put("volumes", volumes);
      spec.put("ports", List.of(22, 80L, 443));
      spec.put("tags", List.of(List.of("a", "b"), List.of()));
      m.put("spec", spec);
      return m;
    }
  }
}
