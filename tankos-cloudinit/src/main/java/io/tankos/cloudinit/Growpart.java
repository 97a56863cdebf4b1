package io.tankos.cloudinit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mode", mode);
    if (!devices.isEmpty()) {
      m.put("devices", devices);
    }
    if (ignoreGrowrootDisabled) {
      m.put("ignore_growroot_disabled", true);
    }
    return m;
  }
}
