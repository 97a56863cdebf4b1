package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.text.Shown;
import io.tankos.core.text.Utf8;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What Podman's Quadlet generator of one version does with a directory of unit files and drop-ins,
 * judged offline: each unit is accepted (a service is generated), refused (the generator reports an
 * error for it, or drops it with the other units of a directory in which a file cannot be loaded)
 * or ignored (the version does not load it). The directory may have subdirectories, searched as the
 * generator searches them, and drop-in directories at every level it reads: {@code NAME.d/}, a
 * template's {@code NAME@.d/}, from Podman 5.2 the type's {@code container.d/} and the
 * dash-separated prefixes' {@code web-.container.d/}. Errors name the unit, the key and
 * the line, as far as the generator's reason does; problems the generator lets through silently (a
 * flag it reads as false, an unknown {@code %} specifier, a value it drops) are warnings.
 *
 * <pre>{@code
 * Map<String, byte[]> files = Map.of("web.container", "[Container]\nImage=quay.io/x/web:1\n".getBytes(UTF_8));
 * QuadletVerdict v = QuadletVerdict.check(files, PodmanVersion.V5_4);
 * v.accepted();                      // true
 * v.status("web.container");         // ACCEPTED
 * }</pre>
 */
public final class QuadletVerdict {
  /** What the generator does with one unit file. */
  public enum Status {
    /** A service is generated. */
    ACCEPTED,
    /** The generator reports an error for the unit and generates nothing for it. */
    REFUSED,
    /**
     * The generator does not load the file at all: its type is not supported by the version, a unit
     * of the same name comes first in the generator's order, or its directory is not searched.
     */
    IGNORED
  }

  /**
   * One error or warning.
   *
   * @param file the unit file or drop-in path it is found in
   * @param line the 1-based line, or 0 when the finding is about the whole file
   * @param key the key ({@code Container.Image}), or empty when about the whole file
   * @param message the reason
   */
  public record Finding(String file, int line, String key, String message) {
    /**
     * Checks the parts.
     *
     * @param file the file
     * @param line the line
     * @param key the key
     * @param message the reason
     */
    public Finding {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE: KEY: message}. */
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : key + ": ") + message;
    }
  }

  /** Linux's {@code NAME_MAX}: the longest file name. */
  private static final int MAX_NAME_BYTES = 255;
  /** Linux's {@code PATH_MAX}: the longest path, its NUL included. */
  private static final int MAX_PATH_BYTES = 4096;

  private final Map<String, Status> units;
  private final List<Finding> errors;
  private final List<Finding> warnings;

  QuadletVerdict(Map<String, Status> units, List<Finding> errors, List<Finding> warnings) {
    this.units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
    this.errors = List.copyOf(errors);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Judges files as the generator of one Podman version would, laid out in one unit directory.
   *
   * @param files relative paths ({@code web.container}, {@code web.container.d/10-x.conf}, {@code
   *     apps/db.container}, {@code container.d/10-all.conf}) to their bytes, in any order
   * @param version the Podman version
   * @return the verdict
   * @throws IllegalArgumentException when a path is not relative and normal (empty, absolute, with
   *     an empty, {@code .} or {@code ..} part, or with a NUL character) or longer than Linux allows
   */
  public static QuadletVerdict check(Map<String, byte[]> files, PodmanVersion version) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(version, "version");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Objects.requireNonNull(f.getValue(), "bytes");
      checkPath(f.getKey());
    }
    return VerdictRun.run(files, version);
  }

  /**
   * Refuses a path that is not relative and normal, or that Linux cannot hold (a name over 255
   * bytes, a path over 4,096); reads it in place (asked of every file).
   */
  private static void checkPath(String path) {
    Objects.requireNonNull(path, "path");
    String problem = path.indexOf('\0') >= 0 ? "not a relative path inside the unit directory" : null;
    long bytes = 0;
    int start = 0;
    while (problem == null) {
      int end = path.indexOf('/', start);
      int to = end < 0 ? path.length() : end;
      int length = to - start;
      long nameBytes = Utf8.encodedLength(path, start, to);
      bytes += nameBytes + 1;
      if (length == 0 || length <= 2 && path.startsWith(length == 1 ? "." : "..", start)) {
        problem = "not a relative path inside the unit directory";
      } else if (nameBytes > MAX_NAME_BYTES || bytes > MAX_PATH_BYTES) {
        problem = "longer than Linux allows (a name of " + MAX_NAME_BYTES + " bytes, a path of "
            + MAX_PATH_BYTES + ")";
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    if (problem != null) {
      throw new IllegalArgumentException(problem + ": " + Shown.value(path, 80));
    }
  }

  /**
   * Whether the generator would accept every unit (exit status 0); warnings do not count.
   *
   * @return true when no unit is refused
   */
  public boolean accepted() {
    return errors.isEmpty();
  }

  /**
   * Each unit file's status, in the order given.
   *
   * @return unmodifiable map from relative path to status
   */
  public Map<String, Status> units() {
    return units;
  }

  /**
   * One unit file's status.
   *
   * @param file the relative path as given
   * @return the status
   * @throws IllegalArgumentException when the file is not a unit of this verdict
   */
  public Status status(String file) {
    Status s = units.get(file);
    if (s == null) {
      throw new IllegalArgumentException("not a unit of this verdict: " + file);
    }
    return s;
  }

  /**
   * The reasons units are refused.
   *
   * @return unmodifiable list
   */
  public List<Finding> errors() {
    return errors;
  }

  /**
   * What the generator lets through but probably does not mean what it says.
   *
   * @return unmodifiable list
   */
  public List<Finding> warnings() {
    return warnings;
  }

  /**
   * Collects findings and unit statuses.
   */
  static final class Collector {
    final Map<String, Status> units = new LinkedHashMap<>();
    final List<Finding> errors = new ArrayList<>();
    final List<Finding> warnings = new ArrayList<>();

    void refuse(String unit, Finding f) {
      units.put(unit, Status.REFUSED);
      errors.add(f);
    }

    QuadletVerdict verdict() {
      return new QuadletVerdict(units, errors, warnings);
    }
  }
}
