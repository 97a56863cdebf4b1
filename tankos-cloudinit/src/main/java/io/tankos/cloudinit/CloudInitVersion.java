package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.SchemaKeys;
import java.util.Locale;
import java.util.Set;

/**
 * A cloud-init release whose {@code cloud-init schema} verdict a document must pass. The two
 * releases differ in ways that change the verdict; {@link CloudConfig#problems(Target)} and {@link
 * CloudConfig#render(Target, io.tankos.core.validation.TargetPolicy)} take them into account:
 *
 * <ul>
 *   <li>unknown top-level keys: accepted (and ignored) by 22.4, rejected by 25.1;
 *   <li>{@code users[].sudo} as a list of rules: rejected by 22.4, accepted by 25.1;
 *   <li>{@code write_files[].source}: only in 25.1;
 *   <li>{@code ssh_keys} of type {@code dsa}: only in 22.4.
 * </ul>
 *
 * <pre>{@code
 * CloudInitVersion v = CloudInitVersion.parse("22.4");   // V22_4 (Debian bookworm)
 * }</pre>
 */
public enum CloudInitVersion {
  /** cloud-init 22.4 (Debian 12 bookworm: 22.4.2). */
  V22_4("22.4"),
  /** cloud-init 25.1 (Debian 13 trixie: 25.1.4). */
  V25_1("25.1");

  private final String label;
  /** The name of this version's cloud-config rule table. */
  private final String cloudConfigTable;

  CloudInitVersion(String label) {
    this.label = label;
    this.cloudConfigTable = "cloud-config-" + label;
  }

  /** The name of this version's cloud-config rule table, e.g. {@code cloud-config-22.4}. */
  String cloudConfigTable() {
    return cloudConfigTable;
  }

  /**
   * The version as {@code MAJOR.MINOR}.
   *
   * @return e.g. {@code 22.4}
   */
  public String label() {
    return label;
  }

  /**
   * The version for a label such as {@code 22.4}, {@code 22.4.2} or {@code 25.1.4}.
   *
   * @param text the label
   * @return the version
   * @throws IllegalArgumentException for a version tankos does not know
   */
  public static CloudInitVersion parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (CloudInitVersion v : values()) {
      if (t.equals(v.label) || t.startsWith(v.label + ".")) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown cloud-init version '" + text + "' (known: 22.4, 25.1)");
  }

  /**
   * The top-level keys this version's cloud-config schema defines.
   *
   * @return the keys
   */
  public Set<String> schemaKeys() {
    return SchemaKeys.of(label);
  }

  /**
   * Whether {@code cloud-init schema} of this version rejects a top-level key its schema does not
   * define (22.4 accepts and ignores it).
   *
   * @return true for 25.1
   */
  public boolean rejectsUnknownKeys() {
    return this != V22_4;
  }

  /**
   * Whether the schema accepts {@code users[].sudo} as a list of rules.
   *
   * @return true for 25.1
   */
  public boolean acceptsSudoList() {
    return this != V22_4;
  }

  /**
   * Whether the schema knows {@code write_files[].source}.
   *
   * @return true for 25.1
   */
  public boolean acceptsWriteFileSource() {
    return this != V22_4;
  }

  /**
   * Whether the schema accepts DSA host keys in {@code ssh_keys}.
   *
   * @return true for 22.4
   */
  public boolean acceptsDsaKeys() {
    return this == V22_4;
  }

  @Override
  public String toString() {
    return label;
  }
}
