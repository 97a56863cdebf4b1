package io.tankos.cloudinit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One {@code mounts} entry: up to six fstab fields, all written as strings (an unquoted {@code 0}
 * would be an integer, which the schema rejects).
 *
 * <pre>{@code
 * CloudMount.of("/dev/vdb", "/var/data", "xfs", "defaults,nofail", "0", "2");
 * CloudMount.remove("swap");  // [swap, null]: removes an entry
 * }</pre>
 *
 * @param fields fs_spec, fs_file, fs_vfstype, fs_mntops, fs_freq, fs_passno; a null field takes
 *     cloud-init's default
 */
public record CloudMount(List<String> fields) {

  /**
   * Checks the fields.
   *
   * @param fields 1 to 6 fields
   */
  public CloudMount {
    if (fields.isEmpty() || fields.size() > 6) {
      throw new IllegalArgumentException("a mount entry has 1 to 6 fields, not " + fields.size());
    }
    fields = Collections.unmodifiableList(new ArrayList<>(fields));
  }

  /**
   * A mount entry.
   *
   * @param fields 1 to 6 fstab fields
   * @return the entry
   */
  public static CloudMount of(String... fields) {
    return new CloudMount(java.util.Arrays.asList(fields));
  }

  /**
   * An entry that removes the mount of a device: {@code [DEVICE, null]}.
   *
   * @param device the fs_spec
   * @return the entry
   */
  public static CloudMount remove(String device) {
    return new CloudMount(java.util.Arrays.asList(device, null));
  }

  Object toRaw() {
    return fields;
  }
}
