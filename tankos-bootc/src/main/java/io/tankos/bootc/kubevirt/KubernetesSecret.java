package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.KubeNames;
import io.tankos.bootc.kubevirt.internal.KubeYaml;
import io.tankos.bootc.kubevirt.internal.MetaCodec;
import io.tankos.bootc.kubevirt.internal.Plain;
import io.tankos.bootc.kubevirt.internal.SecretTrees;
import io.tankos.bootc.kubevirt.internal.SmallMap;
import io.tankos.bootc.kubevirt.internal.Tree;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Kubernetes {@code Secret} (API {@code v1}), e.g. the user-data a VirtualMachine's {@code
 * cloudInitNoCloud.secretRef} names (key {@value #USER_DATA_KEY}). Values are never shown by {@link
 * #toString()} or in a validation message; only key names are.
 *
 * <pre>{@code
 * KubernetesSecret secret = KubernetesSecret.builder()
 *     .metadata(ObjectMeta.builder().name("tank-alice-cloudinit").namespace("tank-alice").build())
 *     .stringData(KubernetesSecret.USER_DATA_KEY, userData)
 *     .build();
 * String yaml = secret.toYaml();
 * }</pre>
 */
public final class KubernetesSecret {
  /** The key KubeVirt reads user-data from. */
  public static final String USER_DATA_KEY = "userdata";

  /** The key KubeVirt reads network-config from. */
  public static final String NETWORK_DATA_KEY = "networkdata";

  private static final Location AT = Location.of("Secret");
  private static final Location METADATA = AT.child("metadata");

  private final ObjectMeta metadata;
  private final String type;
  private final Map<String, String> stringData;
  private final Map<String, byte[]> data;

  static {
    SecretTrees.trees(KubernetesSecret::tree);
  }

  private KubernetesSecret(Builder b) {
    this.metadata = b.metadata;
    this.type = b.type;
    this.stringData = Plain.copyStrings(b.stringData);
    Map<String, byte[]> d = new SmallMap<>(b.data.size());
    b.data.forEach((k, v) -> d.put(k, v.clone()));
    this.data = Collections.unmodifiableMap(d);
  }

  /**
   * An empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this Secret.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().metadata(metadata).type(type);
    b.stringData.putAll(stringData);
    data.forEach(b::data);
    return b;
  }

  /**
   * The metadata.
   *
   * @return the metadata
   */
  public ObjectMeta metadata() {
    return metadata;
  }

  /**
   * The Secret type.
   *
   * @return e.g. {@code Opaque}, or null
   */
  public String type() {
    return type;
  }

  /**
   * The text values by key.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> stringData() {
    return stringData;
  }

  /**
   * A binary value.
   *
   * @param key the key
   * @return a copy of the bytes, or null when the key has no binary value
   */
  public byte[] data(String key) {
    byte[] v = data.get(key);
    return v == null ? null : v.clone();
  }

  /**
   * The manifest as YAML ({@code apiVersion, kind, metadata, type, data, stringData}); binary
   * values base64-encoded.
   *
   * @return the YAML text
   */
  public String toYaml() {
    return KubeYaml.toYaml(tree());
  }

  /**
   * The manifest as indented JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    return KubeYaml.toJson(tree());
  }

  private Map<String, Object> tree() {
    Map<String, Object> m = new SmallMap<>();
    m.put("apiVersion", "v1");
    m.put("kind", "Secret");
    m.put("metadata", MetaCodec.write(metadata, METADATA));
    Tree.putIfSet(m, "type", type);
    if (!data.isEmpty()) {
      Map<String, Object> d = new SmallMap<>();
      data.forEach((k, v) -> d.put(k, Base64.getEncoder().encodeToString(v)));
      m.put("data", d);
    }
    Tree.putIfNotEmpty(m, "stringData", stringData);
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KubernetesSecret s && toYaml().equals(s.toYaml());
  }

  @Override
  public int hashCode() {
    return toYaml().hashCode();
  }

  /** Name and key names only, never values. */
  @Override
  public String toString() {
    Map<String, Object> keys = new LinkedHashMap<>();
    stringData.keySet().forEach(k -> keys.put(k, "<redacted>"));
    data.keySet().forEach(k -> keys.put(k, "<redacted>"));
    return "KubernetesSecret{name=" + metadata.name() + ", keys=" + keys.keySet() + "}";
  }

  /** Builds {@link KubernetesSecret}. */
  public static final class Builder {
    private static final ObjectMeta NO_METADATA = ObjectMeta.builder().build();
    private static final Location NAME = METADATA.child("name");

    private ObjectMeta metadata = NO_METADATA;
    private String type = "Opaque";
    private final Map<String, String> stringData = new SmallMap<>();
    private final Map<String, byte[]> data = new SmallMap<>();

    private Builder() {}

    /**
     * Sets the metadata.
     *
     * @param metadata the metadata
     * @return this builder
     */
    public Builder metadata(ObjectMeta metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Sets the Secret type ({@code Opaque} by default).
     *
     * @param type the type, or null to leave it out
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets a text value.
     *
     * @param key e.g. {@value KubernetesSecret#USER_DATA_KEY}
     * @param value the text
     * @return this builder
     */
    public Builder stringData(String key, String value) {
      stringData.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets a binary value (written base64-encoded under {@code data}).
     *
     * @param key the key
     * @param value the bytes (copied)
     * @return this builder
     */
    public Builder data(String key, byte[] value) {
      data.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value").clone());
      return this;
    }

    /**
     * Sets a binary value from text in UTF-8.
     *
     * @param key the key
     * @param value the text
     * @return this builder
     */
    public Builder data(String key, String value) {
      return data(key, Objects.requireNonNull(value, "value").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Builds and checks the Secret: the name is a DNS-1123 label, keys are Kubernetes data keys and
     * each key is set once.
     *
     * @return the Secret
     * @throws io.tankos.core.validation.ValidationException naming the key, never the value
     */
    public KubernetesSecret build() {
      Problems problems = new Problems();
      KubeNames.checkLabel(problems, NAME, metadata.name());
      checkKeys(problems, "stringData", stringData);
      checkKeys(problems, "data", data);
      for (String k : stringData.keySet()) {
        if (data.containsKey(k)) {
          problems.add(AT.child("data").child(k), "is also set in stringData; set a key once");
        }
      }
      problems.throwIfAny();
      return new KubernetesSecret(this);
    }

    /**
     * Whether a key matches {@code [-._a-zA-Z0-9]+}, read by hand (no matcher a key): one or more
     * ASCII letters, digits, '-', '.' and '_'.
     */
    static boolean isKey(String key) {
      int n = key.length();
      if (n == 0) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = key.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
            || c == '.' || c == '_')) {
          return false;
        }
      }
      return true;
    }

    private static void checkKeys(Problems problems, String field, Map<String, ?> values) {
      values.forEach((k, v) -> {
        if (k.length() > 253 || !isKey(k)) {
          problems.add(
              AT.child(field).child(k),
              "is not a valid Secret key (at most 253 characters a-z, A-Z, 0-9, '-', '_', '.')");
        }
      });
    }
  }
}
