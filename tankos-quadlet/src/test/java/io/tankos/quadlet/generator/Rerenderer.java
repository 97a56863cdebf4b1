package io.tankos.quadlet.generator;

import io.tankos.core.unit.UnitFile;
import io.tankos.quadlet.DropIn;
import io.tankos.quadlet.QuadletUnit;

/**
 * Parses a unit or drop-in file and renders it again; the corpus test runs the real generator on
 * the result. Throws {@link io.tankos.core.validation.ParseException} or {@link
 * io.tankos.core.validation.ValidationException} when the text is refused.
 */
@FunctionalInterface
interface Rerenderer {
  /** The untyped unit-file model of tankos-core. */
  Rerenderer UNIT_FILE = (path, text) -> UnitFile.parse(path, text).render();

  /** The typed model: {@link QuadletUnit#parse} and {@link DropIn#parse}, unknown keys refused. */
  Rerenderer TYPED = typed(false);

  /** The typed model keeping unknown keys ({@code parseLenient}), for cases expected to fail. */
  Rerenderer TYPED_LENIENT = typed(true);

  private static Rerenderer typed(boolean lenient) {
    return (path, text) -> {
      if (path.endsWith(".conf")) {
        return (lenient ? DropIn.parseLenient(path, text) : DropIn.parse(path, text)).render();
      }
      String name = path.substring(path.lastIndexOf('/') + 1);
      return (lenient ? QuadletUnit.parseLenient(name, text) : QuadletUnit.parse(name, text))
          .render();
    };
  }

  /**
   * Parses and renders.
   *
   * @param path the path relative to the unit directory ({@code web.container}, {@code
   *     web.container.d/10-env.conf})
   * @param text the original text
   * @return the re-rendered text
   */
  String rerender(String path, String text);
}
