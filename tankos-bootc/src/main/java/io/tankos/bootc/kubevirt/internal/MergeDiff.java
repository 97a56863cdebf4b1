package io.tankos.bootc.kubevirt.internal;

import java.util.Map;

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
    Map<String, Object> patch = new SmallMap<>();
    // forEach rather than entry iterators: the trees are walked once a host
    to.forEach((key, after) -> put(patch, key, from, after));
    from.forEach((key, before) -> {
      if (!to.containsKey(key)) {
        patch.put(key, null);
      }
    });
    return patch;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> patch, String key, Map<String, Object> from, Object after) {
    Object before = from.get(key);
    if (!from.containsKey(key)) {
      patch.put(key, after);
    } else if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
      Map<String, Object> sub = diff((Map<String, Object>) b, (Map<String, Object>) a);
      if (!sub.isEmpty()) {
        patch.put(key, sub);
      }
    } else if (!Tree.sameData(before, after)) {
      patch.put(key, after);
    }
  }
}
