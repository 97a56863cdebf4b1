package io.tankos.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos quadlet fmt [--out DIR] [--podman VERSION] FILE...}: parses Quadlet units and
 * drop-ins ({@code NAME.container.d/NN-x.conf}) and re-renders them in the model's canonical form,
 * keeping comments. Unknown keys are errors ({@code FILE:LINE: message}, exit 1).
 */
public final class QuadletFmtCommand extends FormatCommand {

  @Override
  public List<String> path() {
    return List.of("quadlet", "fmt");
  }

  @Override
  public String usage() {
    return "[--out DIR] [--podman VERSION] FILE...";
  }

  @Override
  public String summary() {
    return "parse and re-render Quadlet units and drop-ins (to stdout for one FILE without --out)";
  }

  @Override
  Set<String> extraOptions() {
    return Set.of("--podman");
  }

  @Override
  void checkOptions(Arguments args) {
    QuadletFiles.version(args);
  }

  @Override
  SourceFiles.Limit limit() {
    return QuadletFiles.LIMIT;
  }

  @Override
  Formatted format(String file, Path path, byte[] content, Arguments args) {
    if (QuadletFiles.isDropIn(path)) {
      String dropIn = QuadletFiles.dropInPath(path);
      String rendered = QuadletFiles.dropIn(path, content, QuadletFiles.version(args)).render();
      return new Formatted(dropIn, rendered.getBytes(StandardCharsets.UTF_8));
    }
    String rendered = QuadletFiles.unit(file, path, content, QuadletFiles.version(args)).render();
    return new Formatted(path.getFileName().toString(), rendered.getBytes(StandardCharsets.UTF_8));
  }
}
