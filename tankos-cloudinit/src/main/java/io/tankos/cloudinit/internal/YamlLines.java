package io.tankos.cloudinit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The line (1-based) where each dotted path of a YAML document starts, e.g. {@code users.0.sudo}
 * → 7, for messages. Paths whose keys YAML changes (e.g. {@code on} read as {@code True}) are not
 * found; {@link #line} then gives the nearest enclosing path's line. The text is read again only
 * when the first line is asked for (a valid document never is).
 */
public final class YamlLines {
  /** Paths looked for one by one before the whole map is made: a few messages' worth. */
  private static final int MAX_FINDS = 16;

  /** No lines: an empty map, never replaced (only a map yet to be made is), so one serves all. */
  private static final YamlLines NONE = new YamlLines(null, null, Map.of());

  private final String text;
  private Node root;
  /** Paths looked for one by one so far. */
  private int finds;
  private Map<String, Integer> lines;

  private YamlLines(String text, Node root, Map<String, Integer> lines) {
    this.text = text;
    this.root = root;
    this.lines = lines;
  }

  /**
   * The lines of a document already loaded successfully, mapped when first needed.
   *
   * @param text the YAML text
   * @return the map (empty when the text cannot be composed)
   */
  public static YamlLines of(String text) {
    return new YamlLines(java.util.Objects.requireNonNull(text, "text"), null, null);
  }

  /**
   * The lines of a document whose nodes are at hand (its load's, as composed); with no nodes the
   * text is read again when the first line is asked for.
   *
   * @param text the YAML text
   * @param root the document's root node, or null
   * @return the map
   */
  static YamlLines of(String text, Node root) {
    return new YamlLines(java.util.Objects.requireNonNull(text, "text"), root, null);
  }

  private static Map<String, Integer> map(String text) {
    Map<String, Integer> read = Yaml11FastReader.lines(text);
    return read != null ? read : snakeMap(text);
  }

  /**
   * The lines as SnakeYAML's nodes give them, for the documents {@link Yaml11FastReader} leaves;
   * its tests compare the two.
   *
   * @param text the YAML text
   * @return the lines (empty when the text cannot be composed)
   */
  static Map<String, Integer> snakeMap(String text) {
    Map<String, Integer> lines = new HashMap<>();
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      options.setCodePointLimit(Integer.MAX_VALUE);
      Node root = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(),
          options).getSingleNode();
      if (root != null) {
        walk(root, "", lines);
      }
    } catch (YAMLException e) {
      lines.clear();
    }
    return lines;
  }

  /**
   * No line information.
   *
   * @return a map without lines
   */
  public static YamlLines none() {
    return NONE;
  }

  /**
   * The line of a path or of its nearest enclosing path.
   *
   * @param path keys and indexes
   * @param dotted the same path joined with dots
   * @return the line, or 0 when unknown
   */
  public int line(List<Object> path, String dotted) {
    if (lines == null && root == null && finds < MAX_FINDS) {
      int line = find(path, dotted);
      if (line >= 0) {
        return line;
      }
    }
    if (lines == null) {
      if (root != null) {
        lines = new HashMap<>();
        walk(root, "", lines);
      } else {
        lines = map(text);
      }
      root = null;
    }
    String p = dotted;
    for (int n = path.size(); n >= 0; n--) {
      Integer l = lines.get(p);
      if (l != null) {
        return l;
      }
      int dot = p.lastIndexOf('.');
      p = dot < 0 ? "" : p.substring(0, dot);
    }
    return 0;
  }

  /**
   * The line of a path or its nearest enclosing path, each looked for by {@link
   * Yaml11FastReader#line} without mapping every path: a document with a few messages needs a few
   * walks. Past {@link #MAX_FINDS} walks the whole map is made instead.
   *
   * @return the line, 0 when unknown, or -1 when the reader leaves the document or the walks are
   *     spent
   */
  private int find(List<Object> path, String dotted) {
    String p = dotted;
    for (int n = path.size(); n >= 0; n--) {
      if (++finds > MAX_FINDS) {
        return -1;
      }
      int line = Yaml11FastReader.line(text, p);
      if (line != 0) {
        if (line < 0) {
          finds = MAX_FINDS; // the map, from SnakeYAML's nodes
        }
        return line;
      }
      int dot = p.lastIndexOf('.');
      p = dot < 0 ? "" : p.substring(0, dot);
    }
    return 0;
  }

  private static void walk(Node n, String path, Map<String, Integer> lines) {
    lines.putIfAbsent(path, n.getStartMark().getLine() + 1);
    if (n instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          String p = path.isEmpty() ? k.getValue() : path + "." + k.getValue();
          lines.putIfAbsent(p, k.getStartMark().getLine() + 1);
          walk(t.getValueNode(), p, lines);
        }
      }
    } else if (n instanceof SequenceNode s) {
      List<Node> items = s.getValue();
      for (int i = 0; i < items.size(); i++) {
        walk(items.get(i), path.isEmpty() ? String.valueOf(i) : path + "." + i, lines);
      }
    }
  }
}
