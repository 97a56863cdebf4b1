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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One judgement of a unit directory (see {@link QuadletVerdict}): loads each unit as the generator
 * does (drop-ins appended in name order), refuses what the generator's version refuses ({@link
 * VerdictRefusals}) and warns about what it lets through silently.
 */
final class VerdictRun {
  /** The words Quadlet reads as a flag, in any case. */
  private static final Set<String> FLAGS = Set.of("1", "yes", "true", "on", "0", "no", "false", "off");
  /** systemd's specifiers (systemd.unit(5)); any other letter after {@code %} is unknown. */
  private static final String SPECIFIERS = "aAbBCdDEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY%";

  private VerdictRun() {}

  static QuadletVerdict run(Map<String, byte[]> files, PodmanVersion version) {
    Set<String> loaded = new LinkedHashSet<>();
    for (String rel : files.keySet()) {
      unitType(rel).filter(t -> version.atLeast(t.since())).ifPresent(t -> loaded.add(base(rel)));
    }
    Map<String, Map<String, String>> dropIns = dropInsByDirectory(files);
    QuadletVerdict.Collector c = new QuadletVerdict.Collector();
    files.forEach((rel, bytes) -> judge(rel, bytes, version, loaded, dropIns, c));
    return c.verdict();
  }

  /** Judges one file into the collector. */
  private static void judge(String rel, byte[] bytes, PodmanVersion version,
      Set<String> loaded, Map<String, Map<String, String>> dropIns, QuadletVerdict.Collector c) {
    Optional<UnitType> type = unitType(rel);
    if (type.isEmpty()) {
      return;
    }
    if (!version.atLeast(type.get().since())) {
      c.units.put(rel, Status.IGNORED);
      c.warnings.add(new Finding(rel, 0, "", "." + type.get().extension()
          + " files are not loaded by Quadlet of Podman " + version + " (supported from "
          + type.get().since() + ")"));
      return;
    }
    c.units.put(rel, Status.ACCEPTED);
    String text = merged(rel, bytes, dropIns);
    UnitFile file;
    try {
      file = UnitFile.parse(rel, text);
    } catch (ParseException e) {
      c.refuse(rel, new Finding(rel, e.line(), "", "error loading: " + e.reason()));
      return;
    }
    Unit u = new Unit(rel, base(rel), type.get(), text, LineFinder.lines(text), file, version, loaded);
    List<Finding> refusals = VerdictRefusals.check(u);
    for (int i = 0; i < refusals.size(); i++) { // indexed: no iterator for each of many files
      c.refuse(rel, refusals.get(i));
    }
    warnings(u, c);
  }

  /**
   * A loaded unit.
   *
   * @param rel its path as given
   * @param name its file name
   * @param type its type
   * @param text the text with its drop-ins appended
   * @param lines where the text's assignments are (read when a finding first asks)
   * @param file the parsed text
   * @param version the Podman version
   * @param loaded the file names of every unit the generator loads
   */
  record Unit(String rel, String name, UnitType type, String text, LineFinder lines, UnitFile file,
      PodmanVersion version, Set<String> loaded) {
    List<String> values(String key) {
      return file.values(type.section(), key);
    }

    Finding at(String section, String key, int occurrence, String message) {
      int line = Math.max(0, lines.line(section, key, occurrence));
      return new Finding(rel, line, section + "." + key, message);
    }
  }

  /**
   * The drop-ins ({@code DIR.d/NAME.conf}, directly in the directory) by directory ({@code
   * DIR.d/}), each directory's by name in order; the first of two with one name is kept.
   */
  private static Map<String, Map<String, String>> dropInsByDirectory(Map<String, byte[]> files) {
    Map<String, Map<String, String>> byDirectory = new HashMap<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String k = f.getKey();
      int d = k.lastIndexOf(".d/");
      if (d >= 0 && k.endsWith(".conf") && k.indexOf('/', d + 3) < 0) {
        byDirectory.computeIfAbsent(k.substring(0, d + 3), x -> new TreeMap<>())
            .putIfAbsent(base(k), new String(f.getValue(), StandardCharsets.UTF_8));
      }
    }
    return byDirectory;
  }

  /** The unit's text followed by its drop-ins ({@code NAME.d/}, a template's {@code NAME@.d/}). */
  private static String merged(String rel, byte[] bytes, Map<String, Map<String, String>> byDirectory) {
    String unit = new String(bytes, StandardCharsets.UTF_8);
    if (byDirectory.isEmpty()) {
      return unit;
    }
    Map<String, String> dropIns = new TreeMap<>();
    String dir = rel + ".d/";
    String name = base(rel);
    int at = name.indexOf('@');
    int dot = name.lastIndexOf('.');
    String prefix = rel.substring(0, rel.length() - name.length());
    String templateDir = at >= 0 && dot > at + 1
        ? prefix + name.substring(0, at + 1) + name.substring(dot) + ".d/" : null;
    for (String directory : templateDir == null || templateDir.equals(dir)
        ? List.of(dir) : List.of(dir, templateDir)) {
      byDirectory.getOrDefault(directory, Map.of()).forEach(dropIns::putIfAbsent);
    }
    if (dropIns.isEmpty()) {
      return unit;
    }
    StringBuilder text = new StringBuilder(unit);
    for (String d : dropIns.values()) {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
      text.append(d);
    }
    return text.toString();
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
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) == '%') {
        if (i + 1 >= v.length() || SPECIFIERS.indexOf(v.charAt(i + 1)) < 0) {
          return i + 1 < v.length() ? v.charAt(i + 1) : ' ';
        }
        i++;
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
