package io.tankos.quadlet.internal;

import io.tankos.core.unit.Entry;
import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitComment;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.unit.UnitLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The editable content of a unit under construction: sections with their header comments and lines,
 * in order. A new section goes before the first section that comes later in the canonical order
 * ({@code [Unit]}, the type's section, {@code [Quadlet]}, {@code [Service]}, {@code [Install]});
 * other sections go last. Values are unit-file text, already encoded.
 */
public final class UnitDraft {
  private final List<String> canonical;
  private final List<Part> parts = new ArrayList<>();

  /** One section being edited. */
  private static final class Part {
    final String name;
    final boolean fromBase;
    /** The header comments: only a section of the base file has them, and they never change. */
    List<UnitComment> header = List.of();
    final List<UnitLine> lines;

    Part(String name, boolean fromBase, int capacity) {
      this.name = name;
      this.fromBase = fromBase;
      this.lines = new ArrayList<>(capacity);
    }
  }

  /**
   * A draft holding a file's content.
   *
   * @param base the content to start from, or null
   * @param canonical the canonical section order
   */
  public UnitDraft(UnitFile base, List<String> canonical) {
    this.canonical = List.copyOf(canonical);
    if (base != null) {
      for (Section s : base.sections()) {
        Part p = new Part(s.name(), true, s.lines().size() + 4);
        p.header = s.comments();
        p.lines.addAll(s.lines());
        parts.add(p);
      }
    }
  }

  private int rank(String section) {
    int i = canonical.indexOf(section);
    return i < 0 ? canonical.size() : i;
  }

  private Part part(String section) {
    Part found = existing(section);
    if (found != null) {
      return found;
    }
    // the type's own section (second in the canonical order) holds most keys; the others a few
    Part p = new Part(section, false, rank(section) == 1 ? 16 : 4);
    int at = parts.size();
    for (int i = 0; i < parts.size(); i++) {
      if (rank(parts.get(i).name) > rank(section)) {
        at = i;
        break;
      }
    }
    parts.add(at, p);
    return p;
  }

  private Part existing(String section) {
    for (int i = 0; i < parts.size(); i++) { // indexed: no iterator for each lookup
      Part p = parts.get(i);
      if (p.name.equals(section)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The values of a key in a section, in order.
   *
   * @param section the section
   * @param key the key
   * @return the values
   */
  public List<String> values(String section, String key) {
    List<String> out = new ArrayList<>();
    Part p = existing(section);
    if (p != null) {
      for (UnitLine l : p.lines) {
        if (l instanceof Entry e && e.key().equals(key)) {
          out.add(e.value());
        }
      }
    }
    return out;
  }

  /**
   * How many lines a key has in a section: the size of {@link #values}, without making the list.
   *
   * @param section the section
   * @param key the key
   * @return the number of lines
   */
  public int count(String section, String key) {
    int n = 0;
    Part p = existing(section);
    if (p != null) {
      for (int i = 0; i < p.lines.size(); i++) {
        if (p.lines.get(i) instanceof Entry e && e.key().equals(key)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Rewrites every value of a key: the function returns the new value, the same value to keep it,
   * or null to remove the line.
   *
   * @param section the section
   * @param key the key
   * @param change the rewrite
   * @return where a line that takes the place of the first changed one goes: the position of the
   *     first line removed or changed (after it when it is kept), or -1 when nothing changed
   */
  public int rewrite(String section, String key, UnaryOperator<String> change) {
    Part p = existing(section);
    if (p == null) {
      return -1;
    }
    int first = -1;
    for (int i = 0; i < p.lines.size(); i++) {
      if (p.lines.get(i) instanceof Entry e && e.key().equals(key)) {
        String v = change.apply(e.value());
        if (v != null && v.equals(e.value())) {
          continue;
        }
        first = first < 0 ? (v == null ? i : i + 1) : first;
        if (v == null) {
          p.lines.remove(i);
          i--;
        } else {
          p.lines.set(i, new Entry(key, v));
        }
      }
    }
    return first;
  }

  /**
   * Inserts an entry at a position of its section, or appends it when the position is -1.
   *
   * @param section the section
   * @param at the position, or -1
   * @param entry the entry
   */
  public void insert(String section, int at, Entry entry) {
    Part p = part(section);
    p.lines.add(at < 0 || at > p.lines.size() ? p.lines.size() : at, entry);
  }

  /**
   * Appends a line to a section.
   *
   * @param section the section
   * @param line an entry or a comment
   */
  public void append(String section, UnitLine line) {
    part(section).lines.add(line);
  }

  /**
   * The section names, in order.
   *
   * @return the names
   */
  public List<String> sectionNames() {
    return parts.stream().map(p -> p.name).toList();
  }

  /**
   * The entries of a section.
   *
   * @param section the section
   * @return the entries in order; while the section holds only entries, a read-only view of it
   *     (read it before the draft changes)
   */
  @SuppressWarnings("unchecked") // every line is an Entry: the lines are read as entries
  public List<Entry> entries(String section) {
    Part p = existing(section);
    if (p == null) {
      return List.of();
    }
    if (onlyEntries(p.lines)) { // the usual section, without comments: a view, not a copy
      return (List<Entry>) (List<?>) Collections.unmodifiableList(p.lines);
    }
    List<Entry> out = new ArrayList<>(p.lines.size());
    for (UnitLine l : p.lines) {
      if (l instanceof Entry e) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The content as a unit file; a section the draft added and then emptied is left out.
   *
   * @return the file
   * @throws io.tankos.core.validation.ValidationException for what cannot be written back
   */
  public UnitFile toUnitFile() {
    UnitFile.Builder b = UnitFile.builder();
    for (Part p : parts) {
      if (!p.fromBase && p.lines.isEmpty()) {
        continue;
      }
      b.section(Section.of(p.name, p.header, p.lines));
    }
    return b.build();
  }

  private static boolean onlyEntries(List<UnitLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!(lines.get(i) instanceof Entry)) {
        return false;
      }
    }
    return true;
  }
}
