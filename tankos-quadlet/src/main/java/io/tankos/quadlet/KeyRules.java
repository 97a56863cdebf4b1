package io.tankos.quadlet;

import io.tankos.core.text.AsciiDigits;
import io.tankos.quadlet.internal.Durations;
import io.tankos.quadlet.internal.Numbers;
import java.util.Locale;
import java.util.Set;

/**
 * What a typed value must be for its key beyond the unit-file syntax: values Quadlet uses outside the
 * podman command line, and values podman itself refuses (names, relative host paths, environment
 * variable names, numbers, flags and durations that Quadlet would pass on or silently replace).
 */
final class KeyRules {
  private static final Set<String> PODMAN_NAMES = Set.of(
      "Container.ContainerName", "Pod.PodName", "Volume.VolumeName", "Network.NetworkName");
  private static final Set<String> FLAGS = Set.of("1", "yes", "true", "on", "0", "no", "false", "off");

  private KeyRules() {}

  /**
   * Whether an empty value means something for the key (not "unset").
   *
   * @param key the key
   * @return true for {@code Container.Entrypoint} (5.5+: clears the image's entrypoint)
   */
  static boolean allowsEmpty(QuadletKey key) {
    return key.qualifiedName().equals("Container.Entrypoint");
  }

  /**
   * Why a value (one value, or one word of a list line) cannot be given for a key, or null.
   *
   * @param key the key
   * @param value the caller's value
   * @return the reason or null
   */
  static String problem(QuadletKey key, SystemdValue value) {
    return problem(key, value.text(), value.expansion());
  }

  /** {@link #problem(QuadletKey, SystemdValue)} of a value's text and expansion. */
  static String problem(QuadletKey key, String t, SystemdValue.Expansion expansion) {
    if (key.name().equals("ServiceName")) {
      // Quadlet names the generated file after it: no expansion happens
      if (t.indexOf('%') >= 0 || t.indexOf('$') >= 0) {
        return "ServiceName names the generated file; it cannot contain '%' or '$'";
      }
      return UnitNames.nameProblem(t);
    }
    if (key.name().equals("Volume")) {
      return volumeProblem(t, expansion);
    }
    if (PODMAN_NAMES.contains(key.qualifiedName())) {
      return PodmanNames.problem(Specifiers.skeleton(t, expansion));
    }
    if (key.name().equals("Environment")) {
      return environmentNameProblem(Specifiers.skeleton(t, expansion));
    }
    if (expansion != SystemdValue.Expansion.LITERAL || t.isEmpty()) {
      return null; // expanded by systemd: the text is not what podman reads
    }
    return literalProblem(key, t);
  }

  private static String literalProblem(QuadletKey key, String t) {
    switch (key.kind()) {
      case BOOLEAN -> {
        return FLAGS.contains(t.toLowerCase(Locale.ROOT)) ? null
            : "'" + t + "' is not a flag Quadlet reads (true, false, yes, no, on, off, 1, 0); it reads false";
      }
      case UINT32 -> {
        return Numbers.uint32(t) != null ? null
            : "must be a number within 0..4294967295, got '" + t + "' (Quadlet ignores it)";
      }
      default -> {
        return shapeProblem(key.shape(), t);
      }
    }
  }

  private static String shapeProblem(String shape, String t) {
    if (shape.startsWith("duration")) {
      return shape.contains("disable") && t.equals("disable") ? null : Durations.goProblem(t);
    }
    if (shape.equals("int")) {
      return t.equals("-1") || AsciiDigits.isNumber(t) ? null : "must be -1 or a non-negative number, got '" + t + "'";
    }
    if (shape.startsWith("uint") || shape.startsWith("string: numeric")) {
      return AsciiDigits.isNumber(t) ? null : "must be a non-negative number, got '" + t + "'";
    }
    return null;
  }

  /**
   * An absolute host source is also written to {@code RequiresMountsFor=}, where systemd does not
   * unescape {@code $$}; a relative one is read by podman as a volume name.
   */
  private static String volumeProblem(String t, SystemdValue.Expansion expansion) {
    boolean expanded = expansion != SystemdValue.Expansion.LITERAL;
    int colon = t.indexOf(':');
    if (colon < 0) {
      return null; // an anonymous volume: the path in the container
    }
    // the source is t[0, colon): its first character read in place, a string only for a name
    char first = colon == 0 ? 0 : t.charAt(0);
    int dollar = t.indexOf('$');
    if (first == '/' && dollar >= 0 && dollar < colon) {
      return "a host path with '$' cannot be written: Quadlet also puts it in RequiresMountsFor=,"
          + " where systemd does not unescape '$$'";
    }
    if (first == '/' || first == '.' || expanded && (first == '%' || first == '$')) {
      return null; // absolute, resolved against the unit file's directory, or expanded by systemd
    }
    String source = t.substring(0, colon);
    String skeleton = Specifiers.skeleton(t, expansion); // only here: most volumes return above
    String skeletonSource = skeleton.substring(0, Math.max(0, skeleton.indexOf(':')));
    if (PodmanNames.problem(skeletonSource) != null) {
      return "podman reads '" + source + "' as a volume name, and volume names must match "
          + PodmanNames.RULE + ": write an absolute path, or ./" + source
          + " (Quadlet resolves it against the unit file's directory)";
    }
    return null;
  }

  /** Podman refuses a variable name with white space ("poorly formatted name"). */
  private static String environmentNameProblem(String word) {
    int eq = word.indexOf('=');
    String name = eq < 0 ? word : word.substring(0, eq);
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == ' ' || name.charAt(i) == '\t') {
        return "environment variable name '" + name + "' contains white space (at index " + i
            + "); podman refuses it";
      }
    }
    return null;
  }
}
