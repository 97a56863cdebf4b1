package io.tankos.bootc.image.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One mapping of a spec read as an object with a fixed set of keys: an unknown key is a problem
 * that suggests the closest known one, and each getter checks its value's type, recording a
 * problem (and returning empty) when it is wrong, so one pass finds every problem.
 */
final class SpecObject {
  private static final Pattern LONG_TEXT = Pattern.compile("[-+]?[0-9]{1,18}");

  private final SpecNode.Mapping node;
  private final String path;
  private final SpecProblems problems;
  private final int problemsBefore;

  private SpecObject(SpecNode.Mapping node, String path, SpecProblems problems, int problemsBefore) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.problemsBefore = problemsBefore;
  }

  /**
   * The object at a node, its keys checked.
   *
   * @param node the node
   * @param path its spec path, empty for the root
   * @param problems where problems go
   * @param keys the keys allowed
   * @return the object, or empty (a problem recorded) when the node is not a mapping
   */
  static Optional<SpecObject> of(SpecNode node, String path, SpecProblems problems, List<String> keys) {
    if (!(node instanceof SpecNode.Mapping map)) {
      problems.add(node.line(), path, "expected a mapping, found " + node.describe());
      return Optional.empty();
    }
    int before = problems.count();
    for (SpecNode.Entry e : map.entries().values()) {
      if (!keys.contains(e.key())) {
        String hint = KeySuggestion.closest(e.key(), keys).map(k -> "did you mean '" + k + "'?")
            .orElse("known keys: " + String.join(", ", keys));
        problems.add(e.line(), path, "unknown key '" + SpecText.shown(e.key()) + "' (" + hint + ")");
      }
    }
    return Optional.of(new SpecObject(map, path, problems, before));
  }

  SpecNode.Mapping node() {
    return node;
  }

  String path() {
    return path;
  }

  SpecProblems problems() {
    return problems;
  }

  /** Whether a problem was found in this object or below it since it was opened. */
  boolean failed() {
    return problems.count() > problemsBefore;
  }

  /** The spec path of a key. */
  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The line of a key, or of the mapping when the key is absent. */
  int line(String key) {
    return node.entry(key).map(SpecNode.Entry::line).orElse(node.line());
  }

  boolean has(String key) {
    return node.entry(key).isPresent();
  }

  Optional<SpecNode> get(String key) {
    return node.entry(key).map(SpecNode.Entry::value);
  }

  /** The object under a key, its keys checked; empty when the key is absent or not a mapping. */
  Optional<SpecObject> object(String key, List<String> keys) {
    return get(key).flatMap(n -> of(n, path(key), problems, keys));
  }

  /** Records a missing required key at the mapping's line. */
  void missing(String key, String why) {
    problems.add(node.line(), path, "missing required key '" + key + "'" + (why.isEmpty() ? "" : " (" + why + ")"));
  }

  Optional<String> string(String key) {
    return read(key, this::string);
  }

  Optional<String> requiredString(String key) {
    if (!has(key)) {
      missing(key, "");
    }
    return string(key);
  }

  Optional<Long> integer(String key) {
    return read(key, this::integer);
  }

  /** A number that fits a Java {@code int} (ports). */
  Optional<Integer> intValue(String key) {
    return integer(key).flatMap(v -> {
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        problems.add(line(key), path(key), "number " + v + " is out of range");
        return Optional.empty();
      }
      return Optional.of(v.intValue());
    });
  }

  Optional<Boolean> bool(String key) {
    return read(key, this::bool);
  }

  Optional<List<String>> strings(String key) {
    return read(key, (n, at) -> list(n, at, SpecObject::string));
  }

  /** A mapping of text to text, in document order. */
  Optional<Map<String, String>> stringMap(String key) {
    return read(key, (n, at) -> {
      if (!(n instanceof SpecNode.Mapping map)) {
        problems.add(n.line(), at, "expected a mapping, found " + n.describe());
        return Optional.empty();
      }
      Map<String, String> out = new LinkedHashMap<>();
      boolean ok = true;
      for (SpecNode.Entry e : map.entries().values()) {
        Optional<String> v = string(e.value(), at + "." + e.key());
        v.ifPresent(s -> out.put(e.key(), s));
        ok &= v.isPresent();
      }
      return ok ? Optional.of(out) : Optional.empty();
    });
  }

  /** One of a few words (case-insensitive), returned in lower case. */
  Optional<String> word(String key, List<String> words) {
    return string(key).flatMap(s -> {
      String w = s.toLowerCase(Locale.ROOT);
      if (!words.contains(w)) {
        problems.add(line(key), path(key), "expected one of " + String.join(", ", words) + ", found "
            + SpecText.quoted(s));
        return Optional.empty();
      }
      return Optional.of(w);
    });
  }

  /** The items of a list key, each with its spec path. */
  Optional<List<SpecNode>> items(String key) {
    return read(key, (n, at) -> {
      if (!(n instanceof SpecNode.Sequence seq)) {
        problems.add(n.line(), at, "expected a list, found " + n.describe());
        return Optional.empty();
      }
      return Optional.of(seq.items());
    });
  }

  private <T> Optional<T> read(String key, Reader<T> reader) {
    return get(key).flatMap(n -> reader.read(n, path(key)));
  }

  /** Reads a value at a spec path; records a problem and returns empty when it is wrong. */
  interface Reader<T> {
    Optional<T> read(SpecNode node, String at);
  }

  private Optional<String> string(SpecNode n, String at) {
    if (n instanceof SpecNode.Scalar s && s.kind() == SpecNode.Kind.STRING) {
      return Optional.of(s.text());
    }
    String hint = n instanceof SpecNode.Scalar s && s.kind() != SpecNode.Kind.NULL ? ": quote it to mean the text" : "";
    problems.add(n.line(), at, "expected a string, found " + n.describe() + hint);
    return Optional.empty();
  }

  private Optional<Long> integer(SpecNode n, String at) {
    if (n instanceof SpecNode.Scalar s && s.kind() == SpecNode.Kind.INTEGER && LONG_TEXT.matcher(s.text()).matches()) {
      return Optional.of(Long.parseLong(s.text()));
    }
    if (n instanceof SpecNode.Scalar s && s.kind() == SpecNode.Kind.FLOAT) {
      problems.add(n.line(), at, "expected a whole number, found " + SpecText.shown(s.text()));
      return Optional.empty();
    }
    String found = n instanceof SpecNode.Scalar s && s.kind() == SpecNode.Kind.INTEGER
        ? SpecText.shown(s.text()) + " (write it in decimal digits)" : n.describe();
    problems.add(n.line(), at, "expected a number, found " + found);
    return Optional.empty();
  }

  private Optional<Boolean> bool(SpecNode n, String at) {
    if (n instanceof SpecNode.Scalar s && s.kind() == SpecNode.Kind.BOOLEAN) {
      return Optional.of(List.of("true", "yes", "on", "y").contains(s.text().toLowerCase(Locale.ROOT)));
    }
    problems.add(n.line(), at, "expected true or false, found " + n.describe());
    return Optional.empty();
  }

  /** The items of a list, each read with {@code item}; empty when the list or any item is wrong. */
  private <T> Optional<List<T>> list(SpecNode n, String at, ItemReader<T> item) {
    if (!(n instanceof SpecNode.Sequence seq)) {
      problems.add(n.line(), at, "expected a list, found " + n.describe());
      return Optional.empty();
    }
    List<T> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < seq.items().size(); i++) {
      Optional<T> v = item.read(this, seq.items().get(i), at + "[" + i + "]");
      v.ifPresent(out::add);
      ok &= v.isPresent();
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private interface ItemReader<T> {
    Optional<T> read(SpecObject self, SpecNode node, String at);
  }
}
