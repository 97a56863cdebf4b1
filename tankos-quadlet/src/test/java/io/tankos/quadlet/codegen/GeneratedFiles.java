package io.tankos.quadlet.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a directory that carry the generator's mark. */
final class GeneratedFiles {
  private GeneratedFiles() {}

  static List<Path> in(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".java")).filter(GeneratedFiles::marked).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean marked(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8).startsWith(QuadletSources.MARK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
