package io.tankos.cloudinit.internal;

import io.tankos.cloudinit.CloudInitLimits;
import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * A SnakeYAML event stream that enforces the YAML limits of {@link CloudInitLimits} while the
 * composer pulls events, so a document over a limit is stopped before its node tree is built:
 * nesting depth, aliases of collections, and the node count with every alias counted as the whole
 * node it repeats (the size a deep copy, or PyYAML's consumers walking the data, would see). An
 * alias to a node that contains it (a recursive structure) is refused.
 */
final class LimitingParser extends EventWatcher {
  private final String source;
  private final Map<String, Long> anchorSizes = new HashMap<>();
  private final Set<String> collectionAnchors = new HashSet<>();
  private final Set<String> openAnchors = new HashSet<>();
  private final Deque<Open> open = new ArrayDeque<>();
  private long nodes;
  private int collectionAliases;

  private record Open(String anchor, long nodesBefore) {}

  LimitingParser(Parser delegate, String source) {
    super(delegate);
    this.source = source;
  }

  @Override
  void seen(Event e) {
    if (e instanceof ScalarEvent s) {
      count(e, 1);
      if (s.getAnchor() != null) {
        anchorSizes.put(s.getAnchor(), 1L);
        collectionAnchors.remove(s.getAnchor());
      }
    } else if (e instanceof CollectionStartEvent c) {
      count(e, 1);
      if (open.size() >= CloudInitLimits.MAX_YAML_DEPTH) {
        throw new LimitExceededException(source, line(e), "collections nested more than "
            + CloudInitLimits.MAX_YAML_DEPTH + " levels deep", "CloudInitLimits.MAX_YAML_DEPTH",
            CloudInitLimits.MAX_YAML_DEPTH);
      }
      open.push(new Open(c.getAnchor(), nodes - 1));
      if (c.getAnchor() != null) {
        openAnchors.add(c.getAnchor());
      }
    } else if (e instanceof CollectionEndEvent) {
      Open o = open.pop();
      if (o.anchor() != null) {
        openAnchors.remove(o.anchor());
        anchorSizes.put(o.anchor(), nodes - o.nodesBefore());
        collectionAnchors.add(o.anchor());
      }
    } else if (e instanceof AliasEvent a) {
      alias(a);
    }
  }

  private void alias(AliasEvent a) {
    String anchor = a.getAnchor();
    if (openAnchors.contains(anchor)) {
      throw new ParseException(source, line(a), "alias *" + anchor
          + " refers to a node that contains it (a recursive structure)");
    }
    if (collectionAnchors.contains(anchor)
        && ++collectionAliases > CloudInitLimits.MAX_YAML_COLLECTION_ALIASES) {
      throw new LimitExceededException(source, line(a), "more than "
          + CloudInitLimits.MAX_YAML_COLLECTION_ALIASES + " aliases of sequences or mappings",
          "CloudInitLimits.MAX_YAML_COLLECTION_ALIASES",
          CloudInitLimits.MAX_YAML_COLLECTION_ALIASES);
    }
    count(a, anchorSizes.getOrDefault(anchor, 1L));
  }

  private void count(Event e, long n) {
    nodes += n;
    if (nodes > CloudInitLimits.MAX_YAML_NODES) {
      throw new LimitExceededException(source, line(e), "more than "
          + CloudInitLimits.MAX_YAML_NODES + " nodes (aliases counted as the nodes they repeat)",
          "CloudInitLimits.MAX_YAML_NODES", CloudInitLimits.MAX_YAML_NODES);
    }
  }

  private static int line(Event e) {
    return e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
  }
}
