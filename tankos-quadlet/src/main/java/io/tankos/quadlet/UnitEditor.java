package io.tankos.quadlet;

import io.tankos.core.unit.Entry;
import io.tankos.core.unit.UnitComment;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.quadlet.internal.QuadletReading;
import io.tankos.quadlet.internal.SystemdText;
import io.tankos.quadlet.internal.SystemdText.Place;
import io.tankos.quadlet.internal.UnitDraft;
import io.tankos.quadlet.internal.ValueEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The mechanics behind a unit builder: checks and encodes typed values, then sets, adds, puts,
 * removes or clears lines of the draft; refusals are kept with their location for {@code build()}.
 */
final class UnitEditor {
  /** Each type's canonical section order, made once. */
  private static final java.util.Map<UnitType, List<String>> CANONICAL = canonical();

  private final UnitDraft draft;
  private final Problems problems = new Problems();

  UnitEditor(UnitFile base, UnitType type) {
    this.draft = new UnitDraft(base, CANONICAL.get(type));
  }

  private static java.util.Map<UnitType, List<String>> canonical() {
    java.util.Map<UnitType, List<String>> out = new java.util.EnumMap<>(UnitType.class);
    for (UnitType t : UnitType.values()) {
      out.put(t, List.of("Unit", t.section(), "Quadlet", "Service", "Install"));
    }
    return out;
  }

  UnitDraft draft() {
    return draft;
  }

  Problems problems() {
    return problems;
  }

  void problem(Location at, String message) {
    problems.add(at, message);
  }

  /** Sets (replaces every line) or appends one line holding the values. */
  void write(KeySlot slot, boolean append, SystemdValue[] values) {
    if (slot.kind().isList() && !append && values.length == 0) {
      clear(slot);
      return;
    }
    if (slot.quadletKey() != null) {
      for (SystemdValue v : values) {
        String p = slot.kind() == ValueKind.KEY_VALUE_LIST && v.text().indexOf('=') == 0
            ? "needs NAME=VALUE, got '" + v.text() + "'"
            : KeyRules.problem(slot.quadletKey(), Objects.requireNonNull(v, "value"));
        if (p != null) {
          problems.add(at(slot, append), p);
          return;
        }
      }
    }
    String text = ValueEncoder.encoded(slot.kind(), values, slot.place(), slot.allowsEmpty());
    if (text == null) { // the reason, as encode tells it
      problems.add(at(slot, append), ValueEncoder.encode(slot.kind(), values, slot.place(), slot.allowsEmpty()).problem());
      return;
    }
    Entry e = new Entry(slot.key(), text);
    draft.insert(slot.section(), append ? -1 : draft.rewrite(slot.section(), slot.key(), v -> null), e);
  }

  /** Sets one {@code NAME=VALUE} (or a bare {@code NAME} when value is null) of a key/value list. */
  void put(KeySlot slot, String name, SystemdValue value) {
    if (name.isEmpty() || name.indexOf('=') >= 0) {
      problems.add(at(slot, true), "name must be non-empty and cannot contain '=': '" + name + "'");
      return;
    }
    String p = slot.quadletKey() == null ? null
        : KeyRules.problem(slot.quadletKey(), name, SystemdValue.Expansion.LITERAL);
    String n = SystemdText.escaped(name, SystemdValue.Expansion.LITERAL, slot.place());
    String v = value == null ? n : SystemdText.escaped(value, slot.place());
    if (p == null && (n == null || v == null)) { // the reason, as escape tells it
      p = SystemdText.escape(n == null ? SystemdValue.literal(name) : value, slot.place()).problem();
    }
    if (p != null) {
      problems.add(at(slot, true), p);
      return;
    }
    String word = value == null ? n : n.concat("=").concat(v);
    String text = ValueEncoder.encodedPart(ValueKind.KEY_VALUE_LIST, word, false);
    if (text == null) { // the reason, as encodePart tells it
      problems.add(at(slot, true), ValueEncoder.encodePart(ValueKind.KEY_VALUE_LIST, word, false).problem());
      return;
    }
    // no line of the key yet: no name to drop
    int first = draft.count(slot.section(), slot.key()) == 0 ? -1 : dropNames(slot, List.of(n));
    draft.insert(slot.section(), first, new Entry(slot.key(), text));
  }

  /** Removes the lines read as the given parts; for key/value lists, the given names. */
  void remove(KeySlot slot, List<String> read) {
    if (slot.kind() == ValueKind.KEY_VALUE_LIST) {
      dropNames(slot, read);
      return;
    }
    draft.rewrite(slot.section(), slot.key(),
        v -> QuadletReading.parts(slot.kind(), v).filter(read::equals).isPresent() ? null : v);
  }

  void clear(KeySlot slot) {
    draft.rewrite(slot.section(), slot.key(), v -> null);
  }

  /**
   * Where a refused value of a slot is: the line it would have been (a new line when appending, the
   * first when setting). Made only for a refusal, before the draft changes.
   */
  private Location at(KeySlot slot, boolean append) {
    return slot.at(append ? draft.count(slot.section(), slot.key()) : 0);
  }

  /** Removes the words with these names from every line; returns where the first change was. */
  private int dropNames(KeySlot slot, List<String> names) {
    return draft.rewrite(slot.section(), slot.key(), line -> {
      if (namesAbsent(line, names)) {
        return line;
      }
      Optional<List<String>> words = QuadletReading.argWords(line);
      if (words.isEmpty()) {
        return line; // Quadlet cannot split it either: left as written
      }
      List<String> kept = new ArrayList<>();
      for (String w : words.get()) {
        int eq = w.indexOf('=');
        if (!names.contains(eq < 0 ? w : w.substring(0, eq))) {
          kept.add(w);
        }
      }
      if (kept.size() == words.get().size()) {
        return line;
      }
      if (kept.isEmpty()) {
        return null;
      }
      SystemdText.Result r = ValueEncoder.encodeParts(ValueKind.KEY_VALUE_LIST, kept, false);
      return r.failed() ? line : r.text();
    });
  }

  /**
   * Whether no word of a line can have one of the names, seen without splitting it: a line without
   * a quote, a backslash or NUL splits into its runs between separators, each a part of the line,
   * so a word named {@code N} or {@code N=...} puts {@code N} in the line.
   */
  static boolean namesAbsent(String line, List<String> names) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' || c == '\'' || c == '\\' || c == '\0') {
        return false;
      }
    }
    for (String n : names) {
      if (line.contains(n)) {
        return false;
      }
    }
    return true;
  }

  /** Appends an entry as written, after unit-file syntax checks. */
  void raw(String section, String key, String value) {
    String p = io.tankos.core.unit.UnitSyntax.sectionNameProblem(section);
    p = p != null ? p : io.tankos.core.unit.UnitSyntax.keyProblem(key);
    p = p != null ? p : io.tankos.core.unit.UnitSyntax.valueProblem(value);
    if (p != null) {
      problems.add(Location.of(section).child(key).index(draft.count(section, key)), p);
      return;
    }
    draft.append(section, new Entry(key, value));
  }

  void comment(String section, String text) {
    if (text.indexOf('\n') >= 0) {
      problems.add(Location.of(section).child("comment"), "comment cannot contain a newline");
      return;
    }
    draft.append(section, UnitComment.of(text));
  }

  /** The slot's systemd place, for values written in a systemd section. */
  static Place placeOf(String section) {
    return section.equals("Install") ? Place.INSTALL : Place.SETTING;
  }
}
