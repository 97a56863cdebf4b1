package io.tankos.bootc.image;

import java.util.LinkedHashMap;
import java.util.Map;

/** The image's generated scripts (sync of secrets, CLI shim, bootstraps, health check), all 0755. */
final class ImageScriptFiles {
  private ImageScriptFiles() {}

  /**
   * The scripts by path relative to the image root.
   *
   * @param image the image
   * @return ordered map path → script text
   */
  static Map<String, String> of(TankOsImage image) {
    // TODO(scripts): wire io.tankos.bootc.image.internal.ImageScripts.render(ScriptInputs) once merged
    return new LinkedHashMap<>();
  }
}
