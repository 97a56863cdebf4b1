package io.tankos.quadlet.codegen;

/**
 * One row of the Quadlet key table ({@code src/main/codegen/quadlet-keys.tsv}): the columns the
 * generator reads.
 *
 * @param section the Quadlet section, e.g. {@code Container}
 * @param key the key, e.g. {@code PublishPort}
 * @param repeatable whether lines accumulate
 * @param shape the documented value shape
 * @param since the first Podman version that knows the key, e.g. {@code 4.4} or {@code 6.0.0-dev}
 * @param readAs the parser's {@code Lookup*} method
 * @param flag the documented Podman option
 */
record KeyRow(
    String section, String key, boolean repeatable, String shape, String since, String readAs, String flag) {

  /** {@code Section.Key}. */
  String qualified() {
    return section + "." + key;
  }
}
