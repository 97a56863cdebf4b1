package io.tankos.quadlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One unit Quadlet will generate, with the lines of its drop-ins appended the way Quadlet merges
 * them (section 4 of podman-systemd.unit(5): {@code TYPE.d}, then each dash-truncated prefix
 * {@code foo-.TYPE.d}, then for an instance the template's {@code foo@.TYPE.d}, then the unit's own
 * {@code foo.TYPE.d}; a file name found in several directories is taken from the most specific;
 * files are appended in file-name order). For an instance of a template, the specifiers {@code %i}
 * and {@code %I} are replaced by the instance name; {@code %N}, {@code %n} and {@code %p} are
 * replaced by the generated service's names and {@code %%} by {@code %} in every unit. Other
 * specifiers stay as written.
 */
final class EffectiveUnit {
  /** A value and where it was written. */
  record Line(String value, String source) {}

  private final String fileName;
  private final String stem;
  private final QuadletUnit unit;
  private final String instance;
  private final String service;
  private final List<DropIn> dropIns;

  private EffectiveUnit(QuadletUnit unit, String stem, String instance, List<DropIn> all) {
    this.unit = unit;
    this.stem = stem;
    this.instance = instance;
    this.fileName = instance.isEmpty() ? unit.fileName() : stem + "." + unit.unitType().extension();
    String s = unit.serviceName();
    int at = s.indexOf('@');
    this.service = instance.isEmpty() || at < 0 ? s : s.substring(0, at + 1) + instance + s.substring(at + 1);
    this.dropIns = applying(all);
  }

  /**
   * A unit that is not a template.
   *
   * @param unit the unit
   * @param dropIns every drop-in of the set
   * @return the unit as Quadlet reads it
   */
  static EffectiveUnit of(QuadletUnit unit, List<DropIn> dropIns) {
    return new EffectiveUnit(unit, unit.name(), "", dropIns);
  }

  /**
   * An instance of a template.
   *
   * @param template the template ({@code worker@})
   * @param instance the instance name ({@code one})
   * @param dropIns every drop-in of the set
   * @return the instance as Quadlet reads it
   */
  static EffectiveUnit instance(QuadletUnit template, String instance, List<DropIn> dropIns) {
    return new EffectiveUnit(template, template.name() + instance, instance, dropIns);
  }

  String fileName() {
    return fileName;
  }

  String stem() {
    return stem;
  }

  boolean isInstance() {
    return !instance.isEmpty();
  }

  UnitType type() {
    return unit.unitType();
  }

  /**
   * The lines of a key of the Quadlet section: the unit's, then its drop-ins', specifiers replaced.
   *
   * @param key e.g. {@code PublishPort}
   * @return the lines in merge order
   */
  List<Line> lines(String key) {
    List<Line> out = new ArrayList<>();
    String section = unit.unitType().section();
    for (String v : unit.values(key)) {
      out.add(new Line(expand(v), fileName));
    }
    for (DropIn d : dropIns) {
      for (String v : d.content().values(section, key)) {
        out.add(new Line(expand(v), d.path()));
      }
    }
    return out;
  }

  /**
   * The values of {@link #lines(String)}, without their sources: the unit's own list when it has no
   * drop-in and no value holds a specifier.
   */
  List<String> values(String key) {
    List<String> own = unit.values(key);
    if (dropIns.isEmpty() && !hasSpecifier(own)) {
      return own; // expand would give each value back as it is
    }
    List<Line> lines = lines(key);
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      out.add(lines.get(i).value());
    }
    return out;
  }

  private static boolean hasSpecifier(List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).indexOf('%') >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A value with the specifiers this class knows replaced.
   *
   * @param value the value as written
   * @return the value as systemd would pass it
   */
  String expand(String value) {
    if (value.indexOf('%') < 0) {
      return value; // no specifier: nothing to replace
    }
    String serviceStem = service.substring(0, service.length() - ".service".length());
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      char n = i + 1 < value.length() ? value.charAt(i + 1) : 0;
      String r = c != '%' ? null : switch (n) {
        case '%' -> "%";
        case 'i', 'I' -> instance.isEmpty() ? null : instance;
        case 'N' -> serviceStem;
        case 'n' -> service;
        case 'p' -> serviceStem.indexOf('@') < 0 ? serviceStem
            : serviceStem.substring(0, serviceStem.indexOf('@'));
        default -> null;
      };
      if (r == null) {
        b.append(c);
      } else {
        b.append(r);
        i++;
      }
    }
    return b.toString();
  }

  private List<DropIn> applying(List<DropIn> all) {
    if (all.isEmpty()) {
      return List.of();
    }
    String ext = "." + unit.unitType().extension() + ".d";
    List<String> dirs = new ArrayList<>();
    dirs.add(unit.unitType().extension() + ".d");
    int at = stem.indexOf('@');
    String base = at < 0 ? stem : stem.substring(0, at);
    for (int i = 0; i < base.length(); i++) {
      if (base.charAt(i) == '-') {
        dirs.add(base.substring(0, i + 1) + ext);
      }
    }
    if (at >= 0 && !instance.isEmpty()) {
      dirs.add(unit.name() + ext);
    }
    dirs.add(stem + ext);
    Map<String, DropIn> byFile = new TreeMap<>();
    for (String dir : dirs) {
      for (DropIn d : all) {
        if (d.directory().equals(dir) && d.unitType() == unit.unitType()) {
          byFile.put(d.fileName(), d);
        }
      }
    }
    return List.copyOf(byFile.values());
  }
}
