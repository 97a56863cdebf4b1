package io.tankos.quadlet;

/** How Quadlet reads a key's value: the {@code Lookup*} method of its unit-file parser. */
public enum ValueKind {
  /** {@code Lookup}: last value wins, trailing white space trimmed, surrounding {@code "} stripped. */
  SINGLE,
  /** {@code LookupLast}: last value wins, kept as written. */
  LAST,
  /** {@code LookupBoolean}: {@code 1|yes|true|on} is true, anything else false. */
  BOOLEAN,
  /** {@code LookupUint32}: a number, {@code 0x} hex or leading-zero octal. */
  UINT32,
  /** {@code LookupAll}: one value per line, verbatim; an empty assignment resets the list. */
  VERBATIM_LIST,
  /** {@code LookupAllStrv}: each line split on white space, quotes removed, backslashes kept. */
  WORD_LIST,
  /** {@code LookupAllArgs}: each line split like a command line ({@link io.tankos.core.unit.ExecWords}). */
  ARG_LIST,
  /** {@code LookupAllKeyVal}: each line split like a command line into {@code NAME=VALUE} words. */
  KEY_VALUE_LIST,
  /** {@code LookupLastArgs}: the last line split like a command line. */
  EXEC;

  /**
   * Whether every line adds to a list (else the last line wins).
   *
   * @return true for list kinds
   */
  public boolean isList() {
    return this == VERBATIM_LIST || this == WORD_LIST || this == ARG_LIST || this == KEY_VALUE_LIST;
  }
}
