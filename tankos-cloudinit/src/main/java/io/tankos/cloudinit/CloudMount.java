package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One {@code mounts} entry: one to six fstab fields, all strings (an unquoted {@code 0} would be
 * an integer, and a null field, which cloud-init's mounts module reads as "remove this entry", is
 * rejected by the schema of 22.4 and 25.1 alike).
 *
 * <pre>{@code
 * CloudMount.of("/dev/vdb", "/var/data", "xfs", "defaults,nofail", "0", "2");
 * }</pre>
 *
 * @param fields fs_spec, fs_file, fs_vfstype, fs_mntops, fs_freq, fs_passno; missing trailing
 *     fields take cloud-init's defaults
 */
public record CloudMount(List<String> fields) {
  /** Where an entry made on its own reports problems: the key's path without an index. */
  private static final Location AT = Location.of(ConfigKey.MOUNTS.key());

  /**
   * Checks the fields.
   *
   * @param fields 1 to 6 fields, none null
   * @throws io.tankos.core.validation.ValidationException at {@code mounts} for another number
   *     of fields or a null field
   */
  public CloudMount {
    fields = Collections.unmodifiableList(new ArrayList<>(fields));
    Problems problems = new Problems();
    Raw.copy(fields, AT, problems);
    entry(fields, AT, Checks.of(null, problems));
    problems.throwIfAny();
  }

  /**
   * A mount entry.
   *
   * @param fields 1 to 6 fstab fields
   * @return the entry
   */
  public static CloudMount of(String... fields) {
    return new CloudMount(Arrays.asList(fields));
  }

  Object toRaw() {
    return fields;
  }

  /** Checks the value of the top-level {@code mounts} key: a list of entries. */
  static void checkAll(Object v, Location at, Checks c) {
    if (!(v instanceof List<?> l)) {
      c.add(at, "must be a list of mount entries, not " + Raw.aTypeName(v));
      return;
    }
    for (int i = 0; i < l.size(); i++) {
      entry(l.get(i), at.index(i), c);
    }
  }

  private static void entry(Object v, Location at, Checks c) {
    if (!(v instanceof List<?> fields)) {
      c.add(at, "must be a list of up to 6 strings");
      return;
    }
    if (fields.isEmpty() || fields.size() > 6) {
      c.add(at, "must have 1 to 6 fields, not " + fields.size());
    }
    for (int j = 0; j < fields.size(); j++) {
      if (!(fields.get(j) instanceof String)) {
        c.add(at.index(j), "must be a string, not " + Raw.aTypeName(fields.get(j)) + " (quote it)");
      }
    }
  }
}
