package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.core.validation.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code growpart} module. On a bootc system the root may not be the physical root: use
 * {@link #off()} unless the image was tested with growpart.
 *
 * <pre>{@code
 * Growpart.of("auto", List.of("/"), false);
 * }</pre>
 *
 * @param mode {@code auto}, {@code growpart}, {@code gpart} or {@code off}
 * @param devices mount points or devices to grow
 * @param ignoreGrowrootDisabled grow even when {@code /etc/growroot-disabled} exists
 */
public record Growpart(String mode, List<String> devices, boolean ignoreGrowrootDisabled) {
  private static final String MODE = "mode";
  private static final String DEVICES = "devices";
  private static final String IGNORE_GROWROOT_DISABLED = "ignore_growroot_disabled";
  private static final Set<String> MODES = Set.of("auto", "growpart", "gpart", "off");

  /**
   * Checks and copies the components.
   *
   * @param mode mode
   * @param devices devices
   * @param ignoreGrowrootDisabled flag
   */
  public Growpart {
    Objects.requireNonNull(mode, "mode");
    devices = List.copyOf(devices);
    ConfigKey.GROWPART.require(raw(mode, devices, ignoreGrowrootDisabled));
  }

  /**
   * A growpart setting.
   *
   * @param mode the mode
   * @param devices devices
   * @param ignoreGrowrootDisabled flag
   * @return the setting
   */
  public static Growpart of(String mode, List<String> devices, boolean ignoreGrowrootDisabled) {
    return new Growpart(mode, devices, ignoreGrowrootDisabled);
  }

  /**
   * Growpart disabled.
   *
   * @return {@code mode: off}
   */
  public static Growpart off() {
    return new Growpart("off", List.of(), false);
  }

  Object toRaw() {
    return raw(mode, devices, ignoreGrowrootDisabled);
  }

  private static Map<String, Object> raw(String mode, List<String> devices, boolean ignoreGrowrootDisabled) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(MODE, mode);
    if (!devices.isEmpty()) {
      m.put(DEVICES, devices);
    }
    if (ignoreGrowrootDisabled) {
      m.put(IGNORE_GROWROOT_DISABLED, true);
    }
    return m;
  }

  static void check(Object v, Location at, Checks c) {
    if (!(v instanceof Map<?, ?> m)) {
      c.add(at, "must be a mapping");
      return;
    }
    if (m.containsKey(MODE)) {
      Object mode = m.get(MODE);
      if (!(Boolean.FALSE.equals(mode) || mode instanceof String s && MODES.contains(s))) {
        c.add(at.child(MODE), "must be auto, growpart, gpart or off");
      }
    }
    if (m.containsKey(DEVICES)) {
      c.stringList(m.get(DEVICES), at.child(DEVICES), 0);
    }
    if (m.containsKey(IGNORE_GROWROOT_DISABLED)) {
      c.bool(m.get(IGNORE_GROWROOT_DISABLED), at.child(IGNORE_GROWROOT_DISABLED));
    }
  }
}
