package io.tankos.bootc.kubevirt.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * About how long {@link KubeYamlWriter} writes a tree, from its keys, strings and nesting: the
 * writer's first buffer, so that a small manifest does not take a large one and a large one does
 * not grow it many times. Only an estimate, a little over for block YAML (about 10% for the
 * manifests of a fleet host): the buffer still grows when it is short, and the text written does
 * not depend on it.
 */
final class YamlLength implements BiConsumer<Object, Object> {
  /** Room for what the estimate leaves out (folded long strings, escapes, a closing line break). */
  private static final int SLACK = 32;

  /** The estimate's cap: past it the buffer grows as it must. */
  private static final int MAX = 1 << 20;

  private long length;

  /** The indentation of the keys of the map being walked; the root's are at 0. */
  private int indent = -2;

  private int depth;

  private YamlLength() {}

  /**
   * The estimated length of the tree's YAML.
   *
   * @param tree the tree
   * @return a first capacity for the writer's buffer
   */
  static int estimate(Map<String, Object> tree) {
    YamlLength l = new YamlLength();
    l.node(tree);
    return (int) Math.min(MAX, l.length + SLACK);
  }

  /** A key and its value in the map being walked. */
  @Override
  public void accept(Object key, Object value) {
    length += indent + String.valueOf(key).length() + 2; // "key:" and a line break
    node(value);
  }

  private void node(Object value) {
    if (length > MAX || depth > 100) {
      return; // the buffer grows past here
    }
    if (value instanceof String s) {
      length += s.length() + 3; // " " and quotes, or " |" and a line break
      for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
        length += indent + 4; // a literal block's line at its indentation
      }
    } else if (value instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        length += 3;
        return;
      }
      depth++;
      indent += 2;
      m.forEach(this);
      indent -= 2;
      depth--;
    } else if (value instanceof List<?> l) {
      if (l.isEmpty()) {
        length += 3;
        return;
      }
      depth++;
      indent += 2;
      for (Object item : l) {
        length += indent + 3; // "- " after the indentation and a line break
        node(item);
      }
      indent -= 2;
      depth--;
    } else {
      length += 6;
    }
  }
}
