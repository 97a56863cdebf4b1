package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.Entry;
import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.unit.UnitLine;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.internal.Downgrades;
import io.tankos.quadlet.internal.QuadletReading;
import io.tankos.quadlet.internal.SystemdText;
import io.tankos.quadlet.internal.ValueEncoder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a unit's content for one Podman version. A model means what the newest Quadlet reads; every
 * line an older target reads differently, or does not read at all, is refused with its location and
 * the first version that reads it ({@link TargetPolicy#STRICT}), or, under
 * {@link TargetPolicy#REWRITE}, written as the {@code PodmanArgs=} option Quadlet itself would add
 * when the target has one.
 */
final class TargetCheck {
  /** {@code [Unit]} keys in which Podman 5.5+ translates Quadlet file names to their services. */
  private static final Set<String> DEPENDENCIES = Set.of("After", "Before", "Requires", "Wants",
      "BindsTo", "PartOf", "Conflicts", "Upholds", "Requisite", "OnFailure");

  private final UnitType type;
  private final PodmanVersion target;
  private final TargetPolicy policy;
  private final Problems problems = new Problems();
  /** Of the section being read: each key's lines before position {@link #counted}, or null. */
  private Map<String, Integer> counts;
  private int counted;

  private TargetCheck(UnitType type, PodmanVersion target, TargetPolicy policy) {
    this.type = type;
    this.target = target;
    this.policy = policy;
  }

  /**
   * The content as the target should read it.
   *
   * @param type the unit type
   * @param label the file name or drop-in path, for the unit-level problems
   * @param file the content as modelled
   * @param target the Podman version
   * @param policy what to do with lines the target does not read as modelled
   * @return the content for the target
   * @throws io.tankos.core.validation.ValidationException naming each line, the target and the first
   *     version that reads the line as modelled
   */
  static UnitFile render(UnitType type, String label, UnitFile file, PodmanVersion target,
      TargetPolicy policy) {
    TargetCheck c = new TargetCheck(type, target, policy);
    if (!target.hasQuadlet()) {
      throw new ValidationException(Location.of(label),
          "Podman " + target + " has no Quadlet generator (Quadlet needs 4.4 or later)");
    }
    if (!target.atLeast(type.since())) {
      throw new ValidationException(Location.of(label), "." + type.extension() + " units are not loaded by Podman "
          + target + " (supported from " + type.since() + ")");
    }
    UnitFile.Builder out = null; // made for the first section the target reads differently
    List<Section> sections = file.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      Section read = c.section(s);
      if (read != s && out == null) {
        out = UnitFile.builder();
        for (int j = 0; j < i; j++) {
          out.replace(sections.get(j));
        }
      }
      if (out != null) {
        out.replace(read);
      }
    }
    c.problems.throwIfAny();
    if (out == null && file.comments().isEmpty()) {
      return file; // every section as it is: the file itself
    }
    if (out == null) {
      out = UnitFile.builder(); // comments without a section are not written back, as before
      for (Section s : sections) {
        out.replace(s);
      }
    }
    return out.build();
  }

  /**
   * The section as the target reads it: the section itself while no line changes (most sections),
   * else a copy with the changed lines.
   */
  private Section section(Section s) {
    boolean quadlet = s.name().equals(type.section()) || s.name().equals("Quadlet");
    counts = null;
    counted = 0;
    Section.Builder b = null;
    List<UnitLine> lines = s.lines();
    for (int i = 0; i < lines.size(); i++) {
      UnitLine line = lines.get(i);
      UnitLine out = line;
      if (line instanceof Entry e) {
        out = quadlet ? quadletEntry(s, e, i) : systemdEntry(s, e, i);
      }
      if (out != line && b == null) {
        b = Section.builder(s.name());
        s.comments().forEach(b::headerComment);
        for (int j = 0; j < i; j++) {
          b.line(lines.get(j));
        }
      }
      if (b != null) {
        b.line(out);
      }
    }
    return b == null ? s : b.build();
  }

  /**
   * Which line of its key the entry at a position of the section being read is: counted only when
   * first asked (for a problem's location, or a key the target reads once), then kept up to the
   * position asked, so that a section is counted once however many lines ask.
   */
  private int nth(Section s, int index) {
    if (counts == null) {
      counts = new HashMap<>();
    }
    List<UnitLine> lines = s.lines();
    for (; counted < index; counted++) {
      if (lines.get(counted) instanceof Entry e) {
        counts.merge(e.key(), 1, Integer::sum);
      }
    }
    return counts.getOrDefault(((Entry) lines.get(index)).key(), 0);
  }

  private Entry systemdEntry(Section s, Entry e, int index) {
    String section = s.name();
    if (section.equals("Install") && e.key().equals("UpheldBy") && !target.atLeast(PodmanVersion.V5_5)) {
      problems.add(at(section, e, nth(s, index)), "is not supported by Podman " + target + " (needs 5.5)");
    }
    if (section.equals("Unit") && DEPENDENCIES.contains(e.key()) && !target.atLeast(PodmanVersion.V5_5)) {
      for (String u : QuadletReading.strvWords(e.value())) {
        if (UnitType.ofFileName(u).isPresent()) {
          problems.add(at(section, e, nth(s, index)), "'" + u + "' names a Quadlet file; Podman " + target
              + " does not translate it to its service (5.5+ does): name the .service");
        }
      }
    }
    return e;
  }

  /** Where a line of a section is: made only for a problem. */
  private static Location at(String section, Entry e, int nth) {
    return Location.of(section).child(e.key()).index(nth);
  }

  private Entry quadletEntry(Section s, Entry e, int index) {
    QuadletKey k = QuadletKeys.lookup(s.name(), e.key());
    if (k == null) {
      problems.add(at(s.name(), e, nth(s, index)), "unsupported key '" + e.key() + "' in group '" + s.name() + "'");
      return e;
    }
    if (!k.availableIn(target)) {
      return downgrade(k, e, nth(s, index));
    }
    boolean lastOnly = k.repeatable() && !k.repeatableIn(target); // several lines: only the first says so
    String p = meaningProblem(k, e.value(), lastOnly && nth(s, index) == 0 ? s.values(e.key()).size() : 1);
    if (p != null) {
      problems.add(k.slot().at(nth(s, index)), p);
    }
    return e;
  }

  /** Why the target reads a line of an available key differently from the newest Quadlet, or null. */
  private String meaningProblem(QuadletKey k, String v, int lines) {
    if (k.repeatable() && !k.repeatableIn(target) && lines > 1) {
      return "is set " + lines + " times; Quadlet of Podman " + target
          + " reads only the last one (several need " + k.repeatableSince().orElseThrow() + ")";
    }
    boolean before55 = !target.atLeast(PodmanVersion.V5_5);
    boolean lookup = k.kind() == ValueKind.SINGLE || k.kind() == ValueKind.BOOLEAN || k.kind() == ValueKind.UINT32;
    if (lookup && !target.atLeast(PodmanVersion.V6_0)
        && !QuadletReading.single(v).equals(QuadletReading.singleBefore60(v))) {
      return "a value starting or ending with '\"' loses its quotes in Quadlet of Podman " + target
          + " (it strips every leading and trailing '\"'; 6.0 keeps them)";
    }
    if (before55 && v.isEmpty() && KeyRules.allowsEmpty(k)) {
      return "an empty value is ignored by Podman " + target + " (5.5+ passes it)";
    }
    if (before55 && k.kind() == ValueKind.KEY_VALUE_LIST
        && QuadletReading.hasNameWithoutValue(v)) {
      return "a name without a value is not supported by Podman " + target + " (needs 5.5)";
    }
    return null;
  }

  /** The key's PodmanArgs= equivalent under REWRITE, or a problem. */
  private Entry downgrade(QuadletKey k, Entry e, int nth) {
    String why = "key " + k.name() + " is not supported by Podman " + target + " (added in " + k.since() + ")";
    if (policy == TargetPolicy.REWRITE) {
      Optional<QuadletKey> args = QuadletKeys.find(k.section(), "PodmanArgs").filter(a -> a.availableIn(target));
      Optional<List<String>> words = QuadletReading.parts(k.kind(), e.value())
          .flatMap(parts -> Downgrades.podmanArgs(k.qualifiedName(), parts));
      if (args.isPresent() && words.isPresent()) {
        SystemdText.Result r = ValueEncoder.encodeParts(ValueKind.ARG_LIST, words.get(), false);
        if (!r.failed()) {
          return new Entry(args.get().name(), r.text());
        }
        why += "; its PodmanArgs= equivalent cannot be written: " + r.problem();
      } else {
        why += "; Podman has no PodmanArgs equivalent Quadlet would produce";
      }
    }
    problems.add(k.slot().at(nth), why);
    return e;
  }
}
