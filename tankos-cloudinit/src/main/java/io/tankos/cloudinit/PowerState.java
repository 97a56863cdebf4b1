package io.tankos.cloudinit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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

  /**
   * Checks the components.
   *
   * @param mode mode
   * @param delayMinutes delay
   * @param message message
   * @param timeoutSeconds timeout
   */
  public PowerState {
    Objects.requireNonNull(mode, "mode");
  }

  /**
   * Reboot now.
   *
   * @return the setting
   */
  public static PowerState reboot() {
    return new PowerState("reboot", -1, null, -1);
  }

  /**
   * Power off now.
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
   * @return a copy
   */
  public PowerState withDelayMinutes(int minutes) {
    return new PowerState(mode, minutes, message, timeoutSeconds);
  }

  /**
   * This setting with a message.
   *
   * @param text the message
   * @return a copy
   */
  public PowerState withMessage(String text) {
    return new PowerState(mode, delayMinutes, text, timeoutSeconds);
  }

  /**
   * This setting with a timeout.
   *
   * @param seconds seconds
   * @return a copy
   */
  public PowerState withTimeoutSeconds(int seconds) {
    return new PowerState(mode, delayMinutes, message, seconds);
  }

  Object toRaw() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mode", mode);
    m.put("delay", delayMinutes < 0 ? (Object) "now" : (Object) delayMinutes);
    if (message != null) {
      m.put("message", message);
    }
    if (timeoutSeconds >= 0) {
      m.put("timeout", timeoutSeconds);
    }
    return m;
  }
}
