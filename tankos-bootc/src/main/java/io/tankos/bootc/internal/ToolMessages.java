package io.tankos.bootc.internal;

import io.tankos.core.exec.CommandResult;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.List;

/** Shared checks and message extraction for the tool wrappers. */
public final class ToolMessages {
  private ToolMessages() {}

  /**
   * The text after the last {@code error: } in the stderr tail (bootc prints it at the line start,
   * bootc-image-builder after a timestamp).
   *
   * @param result the failed result
   * @return the message, or null when no line has one
   */
  public static String lastError(CommandResult result) {
    String message = null;
    for (String line : result.stderrTailLines()) {
      int at = line.indexOf("error: ");
      if (at >= 0) {
        message = line.substring(at + "error: ".length()).trim();
      }
    }
    return message;
  }

  /**
   * Checks a {@code --soft-reboot} mode.
   *
   * @param mode the mode, or null
   * @param problems where a problem goes, at {@code soft-reboot}
   */
  public static void softReboot(String mode, Problems problems) {
    if (mode != null && !List.of("required", "auto").contains(mode)) {
      problems.add(Location.of("soft-reboot"), "must be required or auto, found '" + mode + "'");
    }
  }
}
