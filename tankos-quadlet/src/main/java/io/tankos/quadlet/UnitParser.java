package io.tankos.quadlet;

import io.tankos.core.unit.Entry;
import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import io.tankos.quadlet.internal.LineFinder;

/** Parses Quadlet files and drop-ins into the model, checking keys against the catalog. */
final class UnitParser {
  private UnitParser() {}

  /**
   * Parses a unit file by extension.
   *
   * @param fileName e.g. {@code web.container}
   * @param text the content
   * @param strict whether unknown keys in Quadlet sections are errors
   * @return the unit
   */
  static QuadletUnit parse(String fileName, String text, boolean strict) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    UnitType type = UnitType.ofFileName(base).orElseThrow(() ->
        new ParseException(fileName, 0, "not a Quadlet unit file name (expected NAME.container, "
            + ".volume, .network, .pod, .kube, .image, .build or .artifact)"));
    UnitFile file = parseFile(fileName, text, type, strict);
    String name = base.substring(0, base.length() - type.extension().length() - 1);
    return QuadletUnit.create(type, name, file);
  }

  /**
   * Parses unit-file text and, when strict, checks every key of the type's section and of
   * {@code [Quadlet]} against the catalog.
   *
   * @param source the name for messages
   * @param text the content
   * @param type the unit type
   * @param strict whether to check keys
   * @return the file
   */
  static UnitFile parseFile(String source, String text, UnitType type, boolean strict) {
    UnitFile file = UnitFile.parse(source, text);
    if (strict) {
      for (Section s : file.sections()) {
        if (!s.name().equals(type.section()) && !s.name().equals("Quadlet")) {
          continue;
        }
        for (Entry e : s.entries()) {
          if (QuadletKeys.find(s.name(), e.key()).isEmpty()) {
            throw new ParseException(source, LineFinder.line(text, s.name(), e.key(), s.occurrence(e)),
                "unsupported key '" + e.key() + "' in group '" + s.name() + "'");
          }
        }
      }
    }
    return file;
  }
}
