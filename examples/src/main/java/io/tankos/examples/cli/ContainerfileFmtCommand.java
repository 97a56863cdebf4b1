package io.tankos.examples.cli;

import io.tankos.bootc.containerfile.Containerfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tankos containerfile fmt [--out DIR] FILE...}: parses each Containerfile with BuildKit's
 * rules and writes it back in the canonical layout (meaning unchanged; comments, directives and
 * heredoc bodies kept). Without {@code --out}, the one FILE's rendering goes to standard output.
 */
public final class ContainerfileFmtCommand extends FormatCommand {

  @Override
  public List<String> path() {
    return List.of("containerfile", "fmt");
  }

  @Override
  public String summary() {
    return "re-render Containerfiles in the canonical layout (to stdout, or into DIR)";
  }

  @Override
  SourceFiles.Limit limit() {
    return ContainerfileCheckCommand.LIMIT;
  }

  @Override
  Formatted format(String file, Path path, byte[] content, Arguments args) {
    return new Formatted(
        path.getFileName().toString(),
        Containerfile.parseLenient(file, content).toString().getBytes(StandardCharsets.UTF_8));
  }
}
