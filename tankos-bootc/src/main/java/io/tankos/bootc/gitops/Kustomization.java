package io.tankos.bootc.gitops;

import io.tankos.bootc.kubevirt.internal.KubeYaml;
import io.tankos.bootc.kubevirt.internal.Plain;
import io.tankos.bootc.kubevirt.internal.SmallMap;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Kustomize {@code kustomization.yaml}: resources, a namespace, labels and strategic-merge
 * patches by target name.
 *
 * <pre>{@code
 * Kustomization k = Kustomization.builder()
 *     .resource("../../base")
 *     .namespace("tank-alice")
 *     .patch(new KustomizePatch("VirtualMachine", "tank", patchYaml, true))
 *     .build();
 * String yaml = k.toYaml();
 * }</pre>
 */
public final class Kustomization {
  private static final Location AT = Location.of("Kustomization");

  private final List<String> resources;
  private final String namespace;
  private final Map<String, String> labels;
  private final List<KustomizePatch> patches;

  private Kustomization(Builder b) {
    this.resources = List.copyOf(b.resources);
    this.namespace = b.namespace;
    this.labels = Plain.copyStrings(b.labels);
    this.patches = List.copyOf(b.patches);
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
   * A builder holding this kustomization.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().namespace(namespace);
    b.resources.addAll(resources);
    b.labels.putAll(labels);
    b.patches.addAll(patches);
    return b;
  }

  /**
   * The resources (files or directories), in order.
   *
   * @return an unmodifiable list
   */
  public List<String> resources() {
    return resources;
  }

  /**
   * The namespace set on every namespaced resource.
   *
   * @return the namespace, or null
   */
  public String namespace() {
    return namespace;
  }

  /**
   * Labels added to every resource (not to selectors).
   *
   * @return an unmodifiable map
   */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * The patches, in order.
   *
   * @return an unmodifiable list
   */
  public List<KustomizePatch> patches() {
    return patches;
  }

  /**
   * The file as YAML, same bytes for the same value.
   *
   * @return the YAML text
   */
  public String toYaml() {
    return yamlText().toString();
  }

  /** {@link #toYaml}'s text as written, for a file that encodes it itself. */
  CharSequence yamlText() {
    return KubeYaml.toYamlText(tree());
  }

  /** {@link #yamlText()} written through a buffer the caller reuses. */
  CharSequence yamlText(StringBuilder scratch) {
    return KubeYaml.toYamlText(tree(), scratch);
  }

  /**
   * The YAML of this kustomization with one more patch after its own, as {@link
   * Builder#patch(KustomizePatch)} would add it, but with the patch's text as it is being built
   * (so that it needs no string); written through a buffer the caller reuses.
   *
   * @param scratch the buffer, not holding {@code patch}
   * @param kind the target's kind
   * @param name the target's name
   * @param patch the patch document as YAML
   * @param allowNameChange whether the patch may rename the target
   * @return the YAML
   */
  CharSequence yamlText(StringBuilder scratch, String kind, String name, CharSequence patch,
      boolean allowNameChange) {
    Map<String, Object> m = tree();
    @SuppressWarnings("unchecked")
    List<Object> list = patches.isEmpty() ? new ArrayList<>(1) : (List<Object>) m.get("patches");
    list.add(patchTree(kind, name, patch, allowNameChange));
    m.put("patches", list);
    return KubeYaml.toYamlText(m, scratch);
  }

  private Map<String, Object> tree() {
    Map<String, Object> m = new SmallMap<>();
    m.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    m.put("kind", "Kustomization");
    if (namespace != null) {
      m.put("namespace", namespace);
    }
    if (!labels.isEmpty()) {
      Map<String, Object> entry = new SmallMap<>();
      entry.put("pairs", labels);
      entry.put("includeSelectors", false);
      m.put("labels", List.of(entry));
    }
    m.put("resources", resources);
    if (!patches.isEmpty()) {
      List<Object> list = new ArrayList<>();
      for (KustomizePatch p : patches) {
        list.add(patchTree(p.kind(), p.name(), p.patch(), p.allowNameChange()));
      }
      m.put("patches", list);
    }
    return m;
  }

  /** A patch's entry: its target, its text (a string, or text being built) and its options. */
  private static Map<String, Object> patchTree(
      String kind, String name, CharSequence patch, boolean allowNameChange) {
    Map<String, Object> entry = new SmallMap<>();
    Map<String, Object> target = new SmallMap<>();
    target.put("kind", kind);
    target.put("name", name);
    entry.put("target", target);
    entry.put("patch", patch);
    if (allowNameChange) {
      entry.put("options", Map.of("allowNameChange", true));
    }
    return entry;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Kustomization k && toYaml().equals(k.toYaml());
  }

  @Override
  public int hashCode() {
    return toYaml().hashCode();
  }

  @Override
  public String toString() {
    return "Kustomization{resources="
        + resources
        + ", namespace="
        + namespace
        + ", patches="
        + patches.size()
        + "}";
  }

  /** Builds {@link Kustomization}. */
  public static final class Builder {
    private final List<String> resources = new ArrayList<>();
    private String namespace;
    private final Map<String, String> labels = new SmallMap<>();
    private final List<KustomizePatch> patches = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a resource.
     *
     * @param path a file or directory relative to the kustomization
     * @return this builder
     */
    public Builder resource(String path) {
      resources.add(Objects.requireNonNull(path, "path"));
      return this;
    }

    /**
     * Sets the namespace.
     *
     * @param namespace the namespace, or null
     * @return this builder
     */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /**
     * Adds a label to every resource.
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
     * Adds a patch.
     *
     * @param patch the patch
     * @return this builder
     */
    public Builder patch(KustomizePatch patch) {
      patches.add(Objects.requireNonNull(patch, "patch"));
      return this;
    }

    /**
     * Builds and checks: at least one resource, resource paths relative and without blanks.
     *
     * @return the kustomization
     * @throws io.tankos.core.validation.ValidationException naming the field
     */
    public Kustomization build() {
      Problems problems = new Problems();
      if (resources.isEmpty()) {
        problems.add(AT.child("resources"), "needs at least one resource");
      }
      for (int i = 0; i < resources.size(); i++) {
        String r = resources.get(i);
        if (r.isBlank() || r.startsWith("/") || hasWhitespace(r)) {
          problems.add(
              AT.child("resources").index(i), "'" + r + "' is not a relative path without blanks");
        }
      }
      problems.throwIfAny();
      return new Kustomization(this);
    }

    private static boolean hasWhitespace(String path) {
      for (int i = 0; i < path.length(); i++) {
        if (Character.isWhitespace(path.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }
}
