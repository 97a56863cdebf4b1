package io.tankos.quadlet;

import java.util.Map;

/**
 * What every unit builder can do with a Quadlet key, and what the typed key methods are built on:
 * {@link #set} replaces the key's lines with one, {@link #add} appends one (repeatable keys),
 * {@link #put} sets one {@code NAME=VALUE} of a key/value list, {@link #remove} and {@link #clear}
 * take lines away. Refusals are collected and reported by {@code build()} with the key's location.
 *
 * <pre>{@code
 * ContainerUnit.builder("web")
 *     .set(QuadletKeys.CONTAINER_IMAGE, SystemdValue.literal("quay.io/x/web:1"))
 *     .add(QuadletKeys.CONTAINER_PUBLISH_PORT, SystemdValue.literal("8080:80"))
 *     .put(QuadletKeys.CONTAINER_ENVIRONMENT, "TZ", SystemdValue.literal("UTC"))
 *     .build();
 * }</pre>
 *
 * @param <B> the builder type
 */
public interface KeyWriter<B> {
  /**
   * The type of unit being built.
   *
   * @return the type
   */
  UnitType unitType();

  /**
   * Replaces every line of the key with one line (in the place of the first), or removes the key when
   * a list key gets no words.
   *
   * @param key a key of this unit's section or of {@code [Quadlet]}
   * @param values one value for single-valued kinds, the words of the line for list kinds,
   *     {@code NAME=VALUE} words for key/value lists
   * @return this builder
   */
  B set(QuadletKey key, SystemdValue... values);

  /**
   * Appends a line to a repeatable key.
   *
   * @param key a repeatable key
   * @param values one value for a verbatim list, the words of the line for word and argument lists,
   *     {@code NAME=VALUE} words for key/value lists
   * @return this builder
   */
  B add(QuadletKey key, SystemdValue... values);

  /**
   * Sets one name of a key/value list ({@code Environment}, {@code Label}, …): every earlier word with
   * that name is removed and {@code NAME=VALUE} takes the place of the first.
   *
   * @param key a key/value list key
   * @param name the name, literal
   * @param value the value
   * @return this builder
   */
  B put(QuadletKey key, String name, SystemdValue value);

  /**
   * Sets each name of a key/value list to a literal value, in the map's iteration order.
   *
   * @param key a key/value list key
   * @param values names and values
   * @return this builder
   */
  B putAll(QuadletKey key, Map<String, String> values);

  /**
   * Sets a name without a value in a key/value list ({@code Environment=NAME}: the variable is passed
   * on from Podman's own environment, Podman 5.5+).
   *
   * @param key a key/value list key
   * @param name the name
   * @return this builder
   */
  B putName(QuadletKey key, String name);

  /**
   * Removes the lines of a key that Quadlet reads as the given value or words (as the unit's typed
   * read-back returns them); for a key/value list, removes the given names.
   *
   * @param key the key
   * @param read the value, the words of a line, or the names
   * @return this builder
   */
  B remove(QuadletKey key, String... read);

  /**
   * Removes every line of the key.
   *
   * @param key the key
   * @return this builder
   */
  B clear(QuadletKey key);
}
