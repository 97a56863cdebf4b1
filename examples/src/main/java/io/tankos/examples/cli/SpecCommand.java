package io.tankos.examples.cli;

import io.tankos.bootc.image.ImageSpec;
import io.tankos.bootc.image.TankOsImage;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos spec [FILE]}: writes the canonical spec ({@code preset: none}, every key written
 * out; see {@code docs/spec-format.md}) of the default Tank-OS image to standard output, the start
 * of a new spec; with FILE, the canonical form of that spec after it reads without a problem.
 * Problems print as {@code tankos spec: FILE:LINE: message} and exit 1.
 */
public final class SpecCommand implements Subcommand {
  private static final SourceFiles.Limit LIMIT = new SourceFiles.Limit(ImageSpec.MAX_BYTES, "ImageSpec.MAX_BYTES");

  @Override
  public List<String> path() {
    return List.of("spec");
  }

  @Override
  public String usage() {
    return "[FILE]";
  }

  @Override
  public String summary() {
    return "print the canonical spec of the default Tank-OS image, or of spec FILE (YAML or JSON)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of(), Set.of());
    if (a.operands().size() > 1) {
      throw new UsageException("unexpected argument " + a.operands().get(1));
    }
    TankOsImage image = a.operands().isEmpty() ? TankOsImage.tankOs() : read(io, a.operands().get(0));
    io.out().print(ImageSpec.write(image));
    io.out().flush();
    return 0;
  }

  /**
   * Reads a spec file for a command, bounded by {@link ImageSpec#MAX_BYTES} and decoded strictly.
   *
   * @param io the working directory
   * @param file the path as given
   * @return the image
   * @throws FileException when the file cannot be read
   */
  static TankOsImage read(Cli.Io io, String file) {
    return ImageSpec.read(file, SourceFiles.read(io, file, LIMIT));
  }
}
