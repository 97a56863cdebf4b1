package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.Entry;
import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import io.tankos.quadlet.QuadletVerdict.Finding;
import io.tankos.quadlet.QuadletVerdict.Status;
import io.tankos.quadlet.internal.LineFinder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One judgement of a unit directory tree (no lambda on this path: a command's first lambda costs
 * milliseconds of start-up; see docs/benchmarks.md) (see {@link QuadletVerdict}): loads each unit as the
 * generator does ({@link UnitSearch}: directories in its order, drop-ins merged in name order),
 * refuses what the generator's version refuses ({@link
 * VerdictRefusals}) and warns about what it lets through silently.
 */
final class VerdictRun {
  /** The words Quadlet reads as a flag, in any case. */
  private static final Set<String> FLAGS = Set.of("1", "yes", "true", "on", "0", "no", "false", "off");
  /** systemd's specifiers (systemd.unit(5)); any other letter after {@code %} is unknown. */
  private static final String SPECIFIERS = "aAbBCdDEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY%";

  private VerdictRun() {}

  static QuadletVerdict run(Map<String, byte[]> files, PodmanVersion version) {
    QuadletVerdict.Collector c = new QuadletVerdict.Collector();
    for (String rel : files.keySet()) { // every unit file has a status, in the order given
      if (unitType(rel).isPresent()) {
        c.units.put(rel, Status.IGNORED);
      }
    }
    UnitSearch search = UnitSearch.of(files.keySet(), version);
    Map<String, Finding> notLoaded = new HashMap<>();
    Map<String, Part> loadedFiles = load(files, search, version, c.units, notLoaded);
    Set<String> loaded;
    if (search.searched().size() == 1 && search.searched().get(0).isEmpty()) {
      loaded = loadedFiles.keySet(); // all in the root: each path is its file name
    } else {
      loaded = new HashSet<>();
      for (String rel : loadedFiles.keySet()) {
        loaded.add(base(rel));
      }
    }
    for (String rel : files.keySet()) {
      Part own = loadedFiles.get(rel);
      if (own != null) {
        judge(rel, own, files, search, version, loaded, c);
      } else if (c.units.containsKey(rel)) { // its findings in the order given, as for loaded units
        Finding f = notLoaded.get(rel);
        if (f == null) { // in a directory the generator does not search
          f = new Finding(rel, 0, "", "not loaded: Quadlet of Podman " + version
              + (version.atLeast(PodmanVersion.V4_8) ? " does not search a directory ending in .d for units"
                  : " does not search subdirectories"));
        }
        (c.units.get(rel) == Status.REFUSED ? c.errors : c.warnings).add(f);
      }
    }
    return c.verdict();
  }

  /**
   * Loads the units as the generator does, directory by directory in its order: a unit of a type
   * the version does not know is ignored, one whose name a loaded unit has is not loaded, one that
   * cannot be read is refused, and when one cannot be read the directory's other units are dropped.
   *
   * @param status takes the status of each unit file that is not loaded
   * @param notLoaded takes the reason each unit file is not loaded
   * @return the loaded units by relative path, each parsed alone
   */
  private static Map<String, Part> load(Map<String, byte[]> files, UnitSearch search,
      PodmanVersion version, Map<String, Status> status, Map<String, Finding> notLoaded) {
    Map<String, Part> out = new HashMap<>();
    // names repeat only across directories: with one, the names are not kept
    Map<String, String> seen = search.searched().size() > 1 ? new HashMap<>() : null;
    for (String dir : search.searched()) {
      List<String> ofDir = new ArrayList<>();
      String failed = null;
      for (String name : search.files(dir)) {
        String rel = UnitSearch.join(dir, name);
        Optional<UnitType> type = unitType(rel);
        if (type.isEmpty()) {
          continue;
        }
        if (!version.atLeast(type.get().since())) {
          notLoaded.put(rel, new Finding(rel, 0, "", "." + type.get().extension()
              + " files are not loaded by Quadlet of Podman " + version + " (supported from "
              + type.get().since() + ")"));
          continue;
        }
        if (seen != null && seen.containsKey(name)) {
          notLoaded.put(rel, new Finding(rel, 0, "", "not loaded: Quadlet loads the first unit of this name, "
              + seen.get(name)));
          continue;
        }
        try {
          String text = new String(files.get(rel), StandardCharsets.UTF_8);
          out.put(rel, new Part(rel, UnitFile.parseWithoutComments(rel, text), LineFinder.lines(text)));
          if (seen != null) {
            seen.put(name, rel); // podman 4.8+ marks a name seen once its file is read, kept or not
          }
          ofDir.add(rel);
        } catch (ParseException e) {
          status.put(rel, Status.REFUSED);
          notLoaded.put(rel, new Finding(rel, e.line(), "", "error loading: " + e.reason()));
          failed = failed == null ? rel : failed;
        }
      }
      if (failed != null && version.atLeast(PodmanVersion.V4_8)) {
        for (String rel : ofDir) { // the generator keeps none of the directory's units
          out.remove(rel);
          status.put(rel, Status.REFUSED);
          notLoaded.put(rel, new Finding(rel, 0, "", "not generated: Quadlet drops every unit of a directory"
              + " in which a unit file cannot be loaded (" + failed + ")"));
        }
      }
    }
    return out;
  }

  /** Judges one loaded unit, with its drop-ins, into the collector. */
  private static void judge(String rel, Part own, Map<String, byte[]> files, UnitSearch search,
      PodmanVersion version, Set<String> loaded, QuadletVerdict.Collector c) {
    c.units.put(rel, Status.ACCEPTED);
    List<Part> parts = List.of(own);
    UnitFile file = own.file();
    List<String> dropIns = search.dropIns(base(rel));
    if (!dropIns.isEmpty()) {
      parts = new ArrayList<>(parts);
      UnitFile.Builder merged = own.file().toBuilder();
      for (String d : dropIns) {
        try { // a drop-in that cannot be read is reported and left out; the unit is still generated
          String text = new String(files.get(d), StandardCharsets.UTF_8);
          UnitFile dropIn = UnitFile.parseWithoutComments(d, text);
          for (Section s : dropIn.sections()) {
            merged.section(s);
          }
          parts.add(new Part(d, dropIn, LineFinder.lines(text)));
        } catch (ParseException e) {
          c.errors.add(new Finding(d, e.line(), "", "error loading: " + e.reason()));
        }
      }
      file = merged.build();
    }
    UnitType type = unitType(rel).orElseThrow();
    Unit u = new Unit(rel, base(rel), type, parts, file, valuesByKey(file, type.section()), version, loaded);
    List<Finding> refusals = VerdictRefusals.check(u);
    for (int i = 0; i < refusals.size(); i++) { // indexed: no iterator for each of many files
      c.refuse(rel, refusals.get(i));
    }
    warnings(u, c);
  }

  /**
   * One file of a unit: the unit itself or one of its drop-ins, whose lines findings are placed on.
   *
   * @param rel its path
   * @param file it parsed alone
   * @param lines where its assignments are (indexed when a finding first asks)
   */
  record Part(String rel, UnitFile file, LineFinder lines) {}

  /**
   * A loaded unit.
   *
   * @param rel its path as given
   * @param name its file name
   * @param type its type
   * @param parts the unit file and the drop-ins merged into it, in order
   * @param file the unit with its drop-ins merged
   * @param values the values of each key of the unit's own section, in order (see {@link
   *     #valuesByKey})
   * @param version the Podman version
   * @param loaded the file names of every unit the generator loads
   */
  record Unit(String rel, String name, UnitType type, List<Part> parts, UnitFile file,
      Map<String, List<String>> values, PodmanVersion version, Set<String> loaded) {
    /** The values of a key of the unit's own section, in order; empty when it has none. */
    List<String> values(String key) {
      List<String> v = values.get(key);
      return v == null ? List.of() : v;
    }

    /** A finding on the {@code occurrence}-th line of a key, in the file (unit or drop-in) that has it. */
    Finding at(String section, String key, int occurrence, String message) {
      int nth = occurrence;
      for (int i = 0; i < parts.size(); i++) {
        Part p = parts.get(i);
        int here = p.file().values(section, key).size();
        if (nth < here || i == parts.size() - 1) {
          int line = Math.max(0, p.lines().line(section, key, nth));
          // a drop-in may be merged into many units: the finding says which
          return new Finding(p.rel(), line, section + "." + key, i == 0 ? message : message + " (in " + rel + ")");
        }
        nth -= here;
      }
      throw new IllegalStateException("a unit has at least its own file");
    }
  }

  /**
   * The values of each key of a section, gathered in one pass: the refusals ask for dozens of keys
   * a unit, and a search of the section for each costs a string comparison an entry.
   */
  static Map<String, List<String>> valuesByKey(UnitFile file, String section) {
    Map<String, List<String>> out = new HashMap<>();
    List<Section> sections = file.sections();
    for (int i = 0; i < sections.size(); i++) { // indexed, no lambda: a check's path
      Section s = sections.get(i);
      if (!s.name().equals(section)) {
        continue;
      }
      List<Entry> entries = s.entries();
      for (int j = 0; j < entries.size(); j++) {
        Entry e = entries.get(j);
        List<String> values = out.get(e.key());
        if (values == null) { // most keys have one value: a list of one, a growable list for more
          out.put(e.key(), List.of(e.value()));
        } else {
          if (!(values instanceof ArrayList)) {
            values = new ArrayList<>(values);
            out.put(e.key(), values);
          }
          values.add(e.value());
        }
      }
    }
    return out;
  }

  private static void warnings(Unit u, QuadletVerdict.Collector c) {
    for (Section s : u.file().sections()) {
      boolean quadlet = s.name().equals(u.type().section()) || s.name().equals("Quadlet");
      for (Entry e : s.entries()) {
        QuadletKey k = quadlet ? QuadletKeys.lookup(s.name(), e.key()) : null;
        if (k != null && k.kind() == ValueKind.BOOLEAN && !e.value().isEmpty()
            && !isFlag(io.tankos.quadlet.internal.QuadletReading.single(e.value()))) {
          c.warnings.add(u.at(s.name(), e.key(), s.occurrence(e), "'" + e.value()
              + "' is not a flag (true, false, yes, no, on, off, 1, 0); Quadlet reads it as false"));
        }
        int sp = unknownSpecifier(e.value());
        if (sp >= 0) {
          c.warnings.add(u.at(s.name(), e.key(), s.occurrence(e),
              "unknown specifier '%" + (char) sp + "'; systemd refuses to expand it"));
        }
      }
    }
  }

  private static boolean isFlag(String v) {
    return FLAGS.contains(v.toLowerCase(java.util.Locale.ROOT));
  }

  /** The first unknown specifier's letter (a space for a {@code %} at the end), or -1. */
  private static int unknownSpecifier(String v) {
    // from one '%' to the next with the string's own search: every value is asked, and most have none
    for (int i = v.indexOf('%'); i >= 0; i = v.indexOf('%', i + 2)) {
      if (i + 1 >= v.length() || SPECIFIERS.indexOf(v.charAt(i + 1)) < 0) {
        return i + 1 < v.length() ? v.charAt(i + 1) : ' ';
      }
    }
    return -1;
  }

  static Optional<UnitType> unitType(String rel) {
    return rel.contains(".d/") && rel.endsWith(".conf") ? Optional.empty()
        : UnitType.ofFileName(base(rel));
  }

  static String base(String rel) {
    return rel.substring(rel.lastIndexOf('/') + 1);
  }
}
