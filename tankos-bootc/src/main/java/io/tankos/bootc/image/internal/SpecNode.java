package io.tankos.bootc.image.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node of a parsed spec with the line it starts on: a mapping (keys in document order, each with
 * its own line), a list or a scalar with its YAML type and text as written.
 */
public sealed interface SpecNode permits SpecNode.Mapping, SpecNode.Sequence, SpecNode.Scalar {

  /**
   * The one-based line the node starts on.
   *
   * @return the line
   */
  int line();

  /**
   * The node as a message shows it after {@code found}.
   *
   * @return e.g. {@code a list}, {@code "abc"}, {@code 1.5}
   */
  String describe();

  /** How YAML 1.1 resolved a scalar. */
  enum Kind {
    /** Text (quoted, or plain text that is no other type). */
    STRING,
    /** An integer. */
    INTEGER,
    /** A floating-point number. */
    FLOAT,
    /** {@code true}, {@code false}, {@code yes}, {@code on}... */
    BOOLEAN,
    /** {@code null} or {@code ~}. */
    NULL
  }

  /**
   * A mapping entry.
   *
   * @param key the key
   * @param line the key's line
   * @param value the value
   */
  record Entry(String key, int line, SpecNode value) {}

  /**
   * A mapping.
   *
   * @param line the line of its first key (or of the opening brace)
   * @param entries the entries by key, in document order
   */
  record Mapping(int line, Map<String, Entry> entries) implements SpecNode {
    /**
     * Copies the entries.
     *
     * @param line the line
     * @param entries the entries
     */
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * The entry of a key.
     *
     * @param key the key
     * @return the entry, if present
     */
    public Optional<Entry> entry(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    /**
     * The entry at a position.
     *
     * @param index zero-based
     * @return the entry, if there are that many
     */
    public Optional<Entry> entry(int index) {
      return index >= 0 && index < entries.size()
          ? Optional.of(new ArrayList<>(entries.values()).get(index)) : Optional.empty();
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /**
   * A list.
   *
   * @param line the line it starts on
   * @param items the items
   */
  record Sequence(int line, List<SpecNode> items) implements SpecNode {
    /**
     * Copies the items.
     *
     * @param line the line
     * @param items the items
     */
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar.
   *
   * @param line its line
   * @param kind how YAML resolved it
   * @param text the text as written (for a quoted scalar, its value)
   */
  record Scalar(int line, Kind kind, String text) implements SpecNode {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> SpecText.quoted(text);
        case NULL -> "null";
        case BOOLEAN -> SpecText.shown(text) + " (a boolean)";
        case INTEGER, FLOAT -> SpecText.shown(text) + " (a number)";
      };
    }
  }
}
