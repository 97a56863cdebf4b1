package io.tankos.quadlet.generator;

import io.tankos.core.unit.UnitFile;

/**
 * Parses a unit or drop-in file and renders it again; the corpus test runs the real generator on
 * the result. Throws {@link io.tankos.core.validation.ParseException} or {@link
 * io.tankos.core.validation.ValidationException} when the text is refused.
 */
@FunctionalInterface
interface Rerenderer {
  /** The untyped unit-file model of tankos-core. */
  Rerenderer UNIT_FILE = (name, text) -> UnitFile.parse(name, text).render();

  /**
   * Parses and renders.
   *
   * @param fileName the file name ({@code web.container}, {@code 10-env.conf})
   * @param text the original text
   * @return the re-rendered text
   */
  String rerender(String fileName, String text);
}
