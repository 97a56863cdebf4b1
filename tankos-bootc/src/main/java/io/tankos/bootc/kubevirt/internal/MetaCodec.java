package io.tankos.bootc.kubevirt.internal;

import io.tankos.bootc.kubevirt.ObjectMeta;
import io.tankos.core.validation.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@link ObjectMeta} to and from its plain tree. */
public final class MetaCodec {
  private MetaCodec() {}

  /**
   * Reads metadata; labels or annotations that are not all strings are kept untyped.
   *
   * @param value the {@code metadata} value, or null
   * @param at where it is
   * @return the metadata
   */
  public static ObjectMeta read(Object value, Location at) {
    Map<String, Object> m = Tree.map(value, at);
    ObjectMeta.Builder b = ObjectMeta.builder();
    Map<String, Object> rest = new LinkedHashMap<>(m);
    if (m.get("name") instanceof String s) {
      b.name(s);
      rest.remove("name");
    }
    if (m.get("namespace") instanceof String s) {
      b.namespace(s);
      rest.remove("namespace");
    }
    Map<String, String> labels = Tree.strings(m.get("labels"));
    if (labels != null && !labels.isEmpty()) {
      b.labels(labels);
      rest.remove("labels");
    }
    Map<String, String> annotations = Tree.strings(m.get("annotations"));
    if (annotations != null && !annotations.isEmpty()) {
      b.annotations(annotations);
      rest.remove("annotations");
    }
    return b.extra(rest).build();
  }

  /**
   * Writes metadata: name, namespace, labels, annotations, then the untyped fields.
   *
   * @param meta the metadata
   * @param at where it goes, for messages
   * @return the plain tree
   */
  public static Map<String, Object> write(ObjectMeta meta, Location at) {
    Map<String, Object> m = new SmallMap<>();
    Tree.putIfSet(m, "name", meta.name());
    Tree.putIfSet(m, "namespace", meta.namespace());
    Tree.putIfNotEmpty(m, "labels", meta.labels());
    Tree.putIfNotEmpty(m, "annotations", meta.annotations());
    Tree.putExtra(m, meta.extra(), at);
    return m;
  }

  /** Keys of a Kubernetes object's top level that the models type. */
  public static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata");
}
