package io.tankos.bootc.image.internal;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems found in one spec, each with its line; they become one {@link ValidationException}
 * whose problems are located {@code SOURCE:LINE} and read {@code PATH: message}, in line order.
 * Problems of the image model are mapped back from their {@link Location} (such as {@code
 * TankOsImage.instances[1].gatewayPort}) to the spec node it names, or to the nearest node the
 * spec has when the value came from a default.
 */
final class SpecProblems {
  private static final Pattern SEGMENT = Pattern.compile("\\.?([^.\\[\\]]+)|\\[(\\d+)]");

  private final String source;
  private final List<Item> items = new ArrayList<>();

  private record Item(int line, String message) {}

  SpecProblems(String source) {
    this.source = source;
  }

  /** A problem at a line; {@code path} (the spec path, may be empty) starts the message. */
  void add(int line, String path, String message) {
    items.add(new Item(line, path.isEmpty() ? message : path + ": " + message));
  }

  /** How many problems were recorded so far. */
  int count() {
    return items.size();
  }

  /**
   * Adds the problems of a model check run on the value of {@code node}.
   *
   * @param e the model's exception
   * @param root the prefix of the model's locations for this value, e.g. {@code AgentInstance}
   * @param node the spec node the value was read from
   * @param path the spec path of that node
   */
  void model(ValidationException e, String root, SpecNode node, String path) {
    for (Problem p : e.problems()) {
      model(p, root, node, path);
    }
  }

  /** Adds one model problem, as {@link #model(ValidationException, String, SpecNode, String)}. */
  void model(Problem p, String root, SpecNode node, String path) {
    String location = p.location().path();
    String rest;
    if (location.equals(root)) {
      rest = "";
    } else if (location.startsWith(root + ".") || location.startsWith(root + "[")) {
      rest = location.substring(root.length() + (location.charAt(root.length()) == '.' ? 1 : 0));
    } else {
      add(node.line(), path, location + ": " + p.message());
      return;
    }
    Found found = resolve(node, rest);
    if (found.node() instanceof SpecNode.Scalar && rest.substring(found.end()).matches("\\[0]")) {
      rest = rest.substring(0, found.end()); // the first value of a key given as one scalar
    }
    String full = rest.isEmpty() ? path : path.isEmpty() || rest.startsWith("[") ? path + rest : path + "." + rest;
    add(found.line(), full, p.message());
  }

  /** The deepest node on a path the spec has, its line and where on the path it is. */
  private record Found(SpecNode node, int line, int end) {}

  private static Found resolve(SpecNode node, String rest) {
    SpecNode at = node;
    int line = node.line();
    int end = 0;
    Matcher m = SEGMENT.matcher(rest);
    while (m.find()) {
      Optional<SpecNode> next;
      int nextLine;
      if (m.group(1) != null) {
        Optional<SpecNode.Entry> e = at instanceof SpecNode.Mapping map ? map.entry(m.group(1)) : Optional.empty();
        next = e.map(SpecNode.Entry::value);
        nextLine = e.map(SpecNode.Entry::line).orElse(0);
      } else {
        int i = Integer.parseInt(m.group(2));
        if (at instanceof SpecNode.Sequence seq && i < seq.items().size()) {
          next = Optional.of(seq.items().get(i));
          nextLine = next.get().line();
        } else if (at instanceof SpecNode.Mapping map && map.entry(i).isPresent()) {
          next = map.entry(i).map(SpecNode.Entry::value);
          nextLine = map.entry(i).get().line();
        } else {
          next = Optional.empty();
          nextLine = 0;
        }
      }
      if (next.isEmpty()) {
        break;
      }
      at = next.get();
      line = nextLine;
      end = m.end();
    }
    return new Found(at, line, end);
  }

  /** Throws every problem, in line order, if there is any. */
  void throwIfAny() {
    if (items.isEmpty()) {
      return;
    }
    List<Problem> list = new ArrayList<>();
    items.stream().sorted(Comparator.comparingInt(Item::line))
        .forEach(i -> list.add(new Problem(Location.of(source + ":" + i.line()), i.message())));
    throw new ValidationException(list);
  }
}
