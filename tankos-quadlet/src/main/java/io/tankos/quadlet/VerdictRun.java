package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import java.util.Map;

/** One judgement of a unit directory (see {@link QuadletVerdict}). */
final class VerdictRun {
  private VerdictRun() {}

  static QuadletVerdict run(Map<String, byte[]> files, PodmanVersion version) {
    QuadletVerdict.Collector c = new QuadletVerdict.Collector();
    QuadletSet.Builder set = QuadletSet.builder();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String rel = f.getKey();
      String base = rel.substring(rel.lastIndexOf('/') + 1);
      if (UnitType.ofFileName(base).isEmpty()) {
        continue;
      }
      c.units.put(rel, QuadletVerdict.Status.ACCEPTED);
      try {
        QuadletUnit unit = QuadletUnit.parse(base, f.getValue()).toBuilder().build();
        unit.toUnitFile(version, TargetPolicy.STRICT);
        set.unit(unit);
      } catch (ParseException e) {
        c.refuse(rel, new QuadletVerdict.Finding(rel, 0, "", e.getMessage()));
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          c.refuse(rel, new QuadletVerdict.Finding(rel, 0, p.location().path(), p.message()));
        }
      }
    }
    try {
      set.build();
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        String path = p.location().path();
        for (String rel : c.units.keySet()) {
          String base = rel.substring(rel.lastIndexOf('/') + 1);
          if (path.startsWith(base)) {
            c.refuse(rel, new QuadletVerdict.Finding(rel, 0, path, p.message()));
            break;
          }
        }
      }
    }
    return c.verdict();
  }
}
