package io.tankos.bootc.bib;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.List;

/** The value rules bootc-image-builder applies to config fields, shared by the config's parts. */
final class BibChecks {
  private BibChecks() {}

  static void fsType(Problems problems, Location at, String fsType) {
    if (fsType != null && !List.of("ext4", "xfs", "vfat", "swap").contains(fsType)) {
      problems.add(at, "expected ext4, xfs, vfat or swap, found '" + fsType + "'");
    }
  }

  static void absolute(Problems problems, Location at, String path) {
    if (path == null) {
      return;
    }
    if (!path.startsWith("/")) {
      problems.add(at, "must be an absolute path, found '" + path + "'");
    }
    line(problems, at, path);
  }

  static void line(Problems problems, Location at, String value) {
    if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0)) {
      problems.add(at, "contains a line break or NUL");
    }
  }

  static void nonNegative(Problems problems, Location at, Integer id) {
    if (id != null && id < 0) {
      problems.add(at, "is negative: " + id);
    }
  }
}
