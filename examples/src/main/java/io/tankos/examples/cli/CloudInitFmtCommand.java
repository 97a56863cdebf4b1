package io.tankos.examples.cli;

import io.tankos.cloudinit.UserData;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tankos cloud-init fmt [--out DIR] FILE...}: parses user-data (cloud-config, MIME, gzip)
 * and writes it back in tankos's canonical form.
 */
public final class CloudInitFmtCommand extends FormatCommand {

  @Override
  public List<String> path() {
    return List.of("cloud-init", "fmt");
  }

  @Override
  public String summary() {
    return "parse and re-render cloud-init user-data (to stdout for one FILE without --out)";
  }

  @Override
  SourceFiles.Limit limit() {
    return CloudInitCheckCommand.LIMIT;
  }

  @Override
  Formatted format(String file, Path path, byte[] content, Arguments args) {
    return new Formatted(path.getFileName().toString(), UserData.parse(file, content).bytes());
  }
}
