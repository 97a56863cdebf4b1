package io.tankos.quadlet;

import io.tankos.core.validation.Location;
import io.tankos.quadlet.internal.SystemdText.Place;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a typed value goes: the section and key, how Quadlet or systemd reads it, where systemd
 * expands it, and whether the key takes several lines.
 *
 * @param section the section
 * @param key the key
 * @param kind how the value is read
 * @param place where systemd expands it
 * @param repeatable whether lines accumulate
 * @param quadletKey the catalog key, or null for a systemd key
 */
record KeySlot(
    String section, String key, ValueKind kind, Place place, boolean repeatable, QuadletKey quadletKey) {

  /** The slot of a catalog key (values on podman's command line). */
  static KeySlot of(QuadletKey key) {
    return new KeySlot(key.section(), key.name(), key.kind(), Place.COMMAND_LINE, key.repeatable(), key);
  }

  /** The slot of a systemd key. */
  static KeySlot systemd(String section, String key, ValueKind kind, Place place) {
    // the builders name a fixed set of systemd keys: each slot is made once and shared
    Map<String, KeySlot> bySection = SYSTEMD.get(section);
    if (bySection == null) {
      SYSTEMD.putIfAbsent(section, new ConcurrentHashMap<>());
      bySection = SYSTEMD.get(section);
    }
    KeySlot slot = bySection.get(key);
    if (slot == null || slot.kind != kind || slot.place != place) {
      KeySlot made = new KeySlot(section, key, kind, place, kind.isList() || kind == ValueKind.EXEC, null);
      if (slot == null) {
        bySection.putIfAbsent(key, made);
      }
      return made;
    }
    return slot;
  }

  /** The systemd slots made so far, by section and key. */
  private static final Map<String, Map<String, KeySlot>> SYSTEMD = new ConcurrentHashMap<>();

  /** Whether an empty value means something here. */
  boolean allowsEmpty() {
    return quadletKey != null && KeyRules.allowsEmpty(quadletKey);
  }

  /**
   * The location of a line: {@code Container.Image} for a single-valued key,
   * {@code Container.PublishPort[2]} for the third line of a repeatable one.
   */
  Location at(int index) {
    Location l = Location.of(section).child(key);
    return repeatable ? l.index(index) : l;
  }
}
