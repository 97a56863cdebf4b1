package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.core.validation.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code power_state} module: power off, reboot or halt after cloud-init's final stage.
 *
 * <pre>{@code
 * PowerState.reboot().withDelayMinutes(1).withMessage("rebooting into the new image");
 * }</pre>
 *
 * @param mode {@code poweroff}, {@code reboot} or {@code halt}
 * @param delayMinutes minutes to wait, or -1 for {@code now}
 * @param message message to log, or null
 * @param timeoutSeconds seconds to wait for cloud-init to finish, or -1 for the default
 */
public record PowerState(String mode, int delayMinutes, String message, int timeoutSeconds) {
  private static final String MODE = "mode";
  private static final String DELAY = "delay";
  private static final String MESSAGE = "message";
  private static final String TIMEOUT = "timeout";
  private static final String NOW = "now";
  private static final Set<String> MODES = Set.of("poweroff", "reboot", "halt");

  /**
   * Checks the components.
   *
   * @param mode mode
   * @param delayMinutes delay
   * @param message message
   * @param timeoutSeconds timeout
   * @throws io.tankos.core.validation.ValidationException at {@code power_state.mode} for
   *     another mode
   */
  public PowerState {
    Objects.requireNonNull(mode, "mode");
    ConfigKey.POWER_STATE.require(raw(mode, delayMinutes, message, timeoutSeconds));
  }

  /**
   * Reboot as soon as cloud-init is done.
   *
   * @return the setting
   */
  public static PowerState reboot() {
    return new PowerState("reboot", -1, null, -1);
  }

  /**
   * Power off as soon as cloud-init is done.
   *
   * @return the setting
   */
  public static PowerState poweroff() {
    return new PowerState("poweroff", -1, null, -1);
  }

  /**
   * This setting with a delay.
   *
   * @param minutes minutes, at least 0
   * @return the setting
   */
  public PowerState withDelayMinutes(int minutes) {
    return new PowerState(mode, minutes, message, timeoutSeconds);
  }

  /**
   * This setting with a message.
   *
   * @param text the message
   * @return the setting
   */
  public PowerState withMessage(String text) {
    return new PowerState(mode, delayMinutes, text, timeoutSeconds);
  }

  /**
   * This setting with a timeout.
   *
   * @param seconds seconds
   * @return the setting
   */
  public PowerState withTimeoutSeconds(int seconds) {
    return new PowerState(mode, delayMinutes, message, seconds);
  }

  Object toRaw() {
    return raw(mode, delayMinutes, message, timeoutSeconds);
  }

  private static Map<String, Object> raw(String mode, int delayMinutes, String message, int timeoutSeconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(MODE, mode);
    m.put(DELAY, delayMinutes < 0 ? (Object) NOW : (Object) delayMinutes);
    if (message != null) {
      m.put(MESSAGE, message);
    }
    if (timeoutSeconds >= 0) {
      m.put(TIMEOUT, timeoutSeconds);
    }
    return m;
  }

  static void check(Object v, Location at, Checks c) {
    if (!(v instanceof Map<?, ?> m)) {
      c.add(at, "must be a mapping with at least 'mode'");
      return;
    }
    if (!(m.get(MODE) instanceof String s && MODES.contains(s))) {
      c.add(at.child(MODE), "must be poweroff, reboot or halt");
    }
    if (m.containsKey(DELAY)) {
      Object d = m.get(DELAY);
      if (!(NOW.equals(d) || Checks.isInteger(d) && ((Number) d).longValue() >= 0)) {
        c.add(at.child(DELAY), "must be 'now' or a number of minutes"
            + " (strings other than 'now' are deprecated since 22.3)");
      }
    }
    if (m.containsKey(TIMEOUT)) {
      c.nonNegativeInteger(m.get(TIMEOUT), at.child(TIMEOUT));
    }
    if (m.containsKey(MESSAGE)) {
      c.string(m.get(MESSAGE), at.child(MESSAGE));
    }
  }
}
