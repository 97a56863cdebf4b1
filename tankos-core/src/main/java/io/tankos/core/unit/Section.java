package io.tankos.core.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code [Name]} group of a unit file: the comments written above its header and its lines, in
 * order. Immutable.
 *
 * <pre>{@code
 * Section s = Section.builder("Container").add("Image", "quay.io/x/y:1").build();
 * s.lastValue("Image"); // Optional[quay.io/x/y:1]
 * }</pre>
 */
public final class Section {
  private final String name;
  private final List<UnitComment> comments;
  private final List<UnitLine> lines;
  /** The entries; the lines themselves when there is no comment among them. */
  private final List<Entry> entries;
  /** Each entry's occurrence of its key, counted when first asked (not part of the value). */
  private volatile Map<Entry, Integer> occurrences;

  private Section(String name, List<UnitComment> comments, List<? extends UnitLine> lines) {
    this.name = Objects.requireNonNull(name, "name");
    this.comments = comments.isEmpty() ? List.of() : ListCopies.copyOf(comments);
    this.lines = ListCopies.copyOf(lines);
    this.entries = entriesOf(this.lines);
  }

  @SuppressWarnings("unchecked") // every line is an Entry: the list is read as one
  private static List<Entry> entriesOf(List<UnitLine> lines) {
    List<Entry> out = null;
    for (int i = 0; i < lines.size(); i++) {
      UnitLine l = lines.get(i);
      if (out != null && l instanceof Entry e) {
        out.add(e);
      } else if (out == null && !(l instanceof Entry)) {
        out = new ArrayList<>(lines.size());
        for (int j = 0; j < i; j++) {
          out.add((Entry) lines.get(j));
        }
      }
    }
    return out == null ? (List<Entry>) (List<?>) lines : List.copyOf(out);
  }

  /**
   * A section of these header comments and lines (both copied): what a builder given them builds,
   * without the builder's lists.
   *
   * @param name the section name, e.g. {@code Container}
   * @param comments the comments above the header
   * @param lines the entries and comments, in order
   * @return the section
   */
  public static Section of(String name, List<UnitComment> comments, List<? extends UnitLine> lines) {
    return new Section(name, comments, lines);
  }

  /**
   * A builder for a section.
   *
   * @param name the section name, e.g. {@code Container}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder holding this section's content.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.comments.addAll(comments);
    b.lines.addAll(lines);
    return b;
  }

  /**
   * The section name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * UnitComment lines written above the header.
   *
   * @return unmodifiable list
   */
  public List<UnitComment> comments() {
    return comments;
  }

  /**
   * Entries and comments, in order.
   *
   * @return unmodifiable list
   */
  public List<UnitLine> lines() {
    return lines;
  }

  /**
   * The entries, without comments.
   *
   * @return the entries in order
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Every value of a key, in order, as written (an empty value is kept: it resets lists).
   *
   * @param key the key
   * @return the values
   */
  public List<String> values(String key) {
    // most lookups find nothing or one value: a list is made only for a second
    String first = null;
    List<String> out = null;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (!e.key().equals(key)) {
        continue;
      }
      if (first == null) {
        first = e.value();
      } else {
        if (out == null) {
          out = new ArrayList<>(4);
          out.add(first);
        }
        out.add(e.value());
      }
    }
    return out != null ? Collections.unmodifiableList(out) : first != null ? List.of(first) : List.of();
  }

  /**
   * Which occurrence of its key an entry of this section is, for a location such as {@code
   * Container.PublishPort[2]}; counted when asked (a check asks only for what it reports).
   *
   * @param entry one of this section's entries (the same object)
   * @return 0 for the key's first line, 1 for its second, …
   * @throws IllegalArgumentException when the entry is not one of this section's
   */
  public int occurrence(Entry entry) {
    Map<Entry, Integer> counted = occurrences;
    if (counted == null) { // once per section, on the first question: linear however many are asked
      counted = new IdentityHashMap<>();
      Map<String, Integer> seen = new HashMap<>();
      for (UnitLine l : lines) {
        if (l instanceof Entry e) {
          Integer before = seen.get(e.key()); // not merge(…, Integer::sum): no lambda on a check's path
          int nth = before == null ? 0 : before;
          seen.put(e.key(), nth + 1);
          counted.put(e, nth);
        }
      }
      occurrences = counted;
    }
    Integer nth = counted.get(entry);
    if (nth == null) {
      throw new IllegalArgumentException("not an entry of section " + name + ": " + entry.key());
    }
    return nth;
  }

  /**
   * The last value of a key.
   *
   * @param key the key
   * @return the last value, if the key is present
   */
  public Optional<String> lastValue(String key) {
    List<String> v = values(key);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /**
   * The distinct keys in first-appearance order.
   *
   * @return the keys
   */
  public List<String> keys() {
    List<String> out = new ArrayList<>();
    for (Entry e : entries()) {
      if (!out.contains(e.key())) {
        out.add(e.key());
      }
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Section s
        && s.name.equals(name)
        && s.comments.equals(comments)
        && s.lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, comments, lines);
  }

  /** The section as unit-file text, written as it is (a section is checked when its file is built). */
  @Override
  public String toString() {
    return UnitFileWriter.render(List.of(this), List.of());
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final String name;
    private final List<UnitComment> comments = new ArrayList<>();
    private final List<UnitLine> lines = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * The name of the section being built.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Appends an entry.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder add(String key, String value) {
      lines.add(new Entry(key, value));
      return this;
    }

    /**
     * Appends a line.
     *
     * @param line an entry or comment
     * @return this builder
     */
    public Builder line(UnitLine line) {
      lines.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Appends lines.
     *
     * @param more entries or comments
     * @return this builder
     */
    public Builder lines(List<? extends UnitLine> more) {
      for (UnitLine l : more) { // a loop: merging drop-ins is on a check's path, kept free of lambdas
        line(l);
      }
      return this;
    }

    /**
     * Appends a comment line inside the section.
     *
     * @param text comment words without the {@code #}
     * @return this builder
     */
    public Builder comment(String text) {
      lines.add(UnitComment.of(text));
      return this;
    }

    /**
     * Adds a comment line above the section header.
     *
     * @param comment the comment
     * @return this builder
     */
    public Builder headerComment(UnitComment comment) {
      comments.add(Objects.requireNonNull(comment, "comment"));
      return this;
    }

    /**
     * Removes every entry of a key.
     *
     * @param key the key
     * @return this builder
     */
    public Builder remove(String key) {
      lines.removeIf(l -> l instanceof Entry e && e.key().equals(key));
      return this;
    }

    /**
     * Builds the section.
     *
     * @return the immutable section
     */
    public Section build() {
      return new Section(name, comments, lines);
    }
  }
}
