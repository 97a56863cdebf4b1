package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Plain;
import io.tankos.bootc.kubevirt.internal.SmallMap;
import java.util.Map;
import java.util.Objects;

/**
 * Kubernetes object metadata: name, namespace, labels and annotations, plus fields the model does
 * not type (kept as they are).
 *
 * <pre>{@code
 * ObjectMeta meta = ObjectMeta.builder().name("tank-alice").label("app", "tank-os").build();
 * }</pre>
 */
public final class ObjectMeta {
  private final String name;
  private final String namespace;
  private final Map<String, String> labels;
  private final Map<String, String> annotations;
  private final Map<String, Object> extra;

  private ObjectMeta(Builder b) {
    this.name = b.name;
    this.namespace = b.namespace;
    this.labels = Plain.copyStrings(b.labels);
    this.annotations = Plain.copyStrings(b.annotations);
    this.extra = Plain.copyMap(b.extra);
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
   * Metadata with only a name.
   *
   * @param name the name
   * @return the metadata
   */
  public static ObjectMeta named(String name) {
    return builder().name(name).build();
  }

  /**
   * A builder holding this metadata.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.namespace = namespace;
    b.labels.putAll(labels);
    b.annotations.putAll(annotations);
    b.extra.putAll(extra);
    return b;
  }

  /**
   * The name.
   *
   * @return the name, or null
   */
  public String name() {
    return name;
  }

  /**
   * The namespace.
   *
   * @return the namespace, or null
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The labels in insertion order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * The annotations in insertion order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> annotations() {
    return annotations;
  }

  /**
   * Fields the model does not type.
   *
   * @return an unmodifiable map of plain values
   */
  public Map<String, Object> extra() {
    return extra;
  }

  /**
   * Whether nothing is set.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return name == null
        && namespace == null
        && labels.isEmpty()
        && annotations.isEmpty()
        && extra.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectMeta m
        && Objects.equals(name, m.name)
        && Objects.equals(namespace, m.namespace)
        && labels.equals(m.labels)
        && annotations.equals(m.annotations)
        && extra.equals(m.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace, labels, annotations, extra);
  }

  @Override
  public String toString() {
    return "ObjectMeta{name=" + name + ", namespace=" + namespace + ", labels=" + labels + "}";
  }

  /** Builds {@link ObjectMeta}. */
  public static final class Builder {
    private String name;
    private String namespace;
    private final Map<String, String> labels = new SmallMap<>();
    private final Map<String, String> annotations = new SmallMap<>();
    private final Map<String, Object> extra = new SmallMap<>();

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param name the name, or null to clear
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the namespace.
     *
     * @param namespace the namespace, or null to clear
     * @return this builder
     */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /**
     * Sets a label (a later value replaces an earlier one).
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder label(String key, String value) {
      labels.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Replaces all labels.
     *
     * @param labels the labels
     * @return this builder
     */
    public Builder labels(Map<String, String> labels) {
      this.labels.clear();
      labels.forEach(this::label);
      return this;
    }

    /**
     * Sets an annotation.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder annotation(String key, String value) {
      annotations.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Replaces all annotations.
     *
     * @param annotations the annotations
     * @return this builder
     */
    public Builder annotations(Map<String, String> annotations) {
      this.annotations.clear();
      annotations.forEach(this::annotation);
      return this;
    }

    /**
     * Replaces the untyped fields.
     *
     * @param extra plain values
     * @return this builder
     */
    public Builder extra(Map<String, ?> extra) {
      this.extra.clear();
      this.extra.putAll(Plain.copyMap(extra));
      return this;
    }

    /**
     * Builds the metadata.
     *
     * @return the metadata
     */
    public ObjectMeta build() {
      return new ObjectMeta(this);
    }
  }
}
