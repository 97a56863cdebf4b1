package io.tankos.bootc.kubevirt.internal;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The merge patch (RFC 7386, as Kustomize applies a strategic-merge patch to a custom resource)
 * that turns one plain tree into another: mappings are merged key by key, a key that goes away is
 * {@code null}, anything else (lists included) is replaced whole. Lists are never addressed by
 * index.
 */
public final class MergeDiff {
  private MergeDiff() {}

  /**
   * The patch from {@code from} to {@code to}.
   *
   * @param from the base tree
   * @param to the wanted tree
   * @return the patch; empty when the trees hold the same data
   */
  public static Map<String, Object> diff(Map<String, Object> from, Map<String, Object> to) {
    Map<String, Object> patch = new Walk(from, to).patch();
    return patch != null ? patch : new SmallMap<>();
  }

  /**
   * The walk of one mapping with {@code forEach} (the trees are walked once a host): the keys of
   * {@code to} that are new or changed, then the keys of {@code from} that went away. The patch is
   * made at its first key, so a mapping that did not change makes none.
   */
  private static final class Walk implements BiConsumer<String, Object> {
    private final Map<String, Object> from;
    private final Map<String, Object> to;
    private boolean removed;
    private Map<String, Object> patch;

    Walk(Map<String, Object> from, Map<String, Object> to) {
      this.from = from;
      this.to = to;
    }

    /** The patch, or null when the mappings hold the same data. */
    Map<String, Object> patch() {
      to.forEach(this);
      removed = true;
      from.forEach(this);
      return patch;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void accept(String key, Object value) {
      if (removed) {
        if (!to.containsKey(key)) {
          put(key, null);
        }
        return;
      }
      Object before = from.get(key);
      if (!from.containsKey(key)) {
        put(key, value);
      } else if (before == value) {
        return; // one value both trees share (such as a domain's tree): the same data
      } else if (before instanceof Map<?, ?> b && value instanceof Map<?, ?> a) {
        Map<String, Object> sub = new Walk((Map<String, Object>) b, (Map<String, Object>) a).patch();
        if (sub != null) {
          put(key, sub);
        }
      } else if (!Tree.sameData(before, value)) {
        put(key, value);
      }
    }

    private void put(String key, Object value) {
      if (patch == null) {
        patch = new SmallMap<>();
      }
      patch.put(key, value);
    }
  }
}
