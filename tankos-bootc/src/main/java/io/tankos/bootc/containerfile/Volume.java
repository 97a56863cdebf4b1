package io.tankos.bootc.containerfile;

import java.util.List;

/**
 * {@code VOLUME}; written as whitespace-separated words, or as a JSON array when a path needs it.
 * Both forms are read through the builder's lexer, so values are escaped accordingly.
 *
 * <pre>{@code
 * new Volume(List.of(Word.literal("/var/lib/data")), false);
 * }</pre>
 *
 * @param paths the paths
 * @param json whether the JSON form is forced (parsed files keep the form they used)
 */
public record Volume(List<Word> paths, boolean json) implements Instruction {

  /**
   * Copies the paths.
   *
   * @param paths the paths
   * @param json whether the JSON form is used
   */
  public Volume {
    paths = List.copyOf(paths);
  }

  @Override
  public String keyword() {
    return "VOLUME";
  }
}
