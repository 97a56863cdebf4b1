package io.tankos.examples.cli;

import io.tankos.bootc.image.TankOsImage;
import io.tankos.core.fs.FileTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos render --out DIR [--force]}: writes the build context of {@link TankOsImage#tankOs()}
 * (Containerfile, rootfs, NoCloud seed, bootc-image-builder config), or of the image a spec file
 * describes ({@code --spec FILE}, see {@code docs/spec-format.md}), into DIR, atomically (DIR becomes a link into {@code .DIR.tankos/}, see {@link
 * io.tankos.core.fs.FileTree#writeTo(Path, io.tankos.core.fs.WriteOptions)}). DIR must be missing,
 * empty or written by tankos before; {@code --force} also replaces a directory tankos did not write.
 * A spec that does not read prints {@code tankos render: FILE:LINE: message} per problem, exits 1
 * and leaves DIR as it was.
 */
public final class RenderCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("render");
  }

  @Override
  public String usage() {
    return "--out DIR [--spec FILE] [--force]";
  }

  @Override
  public String summary() {
    return "render the build context of the default Tank-OS image, or of a spec file, (Containerfile, rootfs/, seed/, bib/) into DIR";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of("--out", "--spec"), Set.of("--force"));
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument " + a.operands().get(0));
    }
    String dir = a.option("--out").orElseThrow(() -> new UsageException("--out DIR is required"));
    TankOsImage image = a.option("--spec").map(f -> SpecCommand.read(io, f)).orElseGet(TankOsImage::tankOs);
    FileTree tree = image.buildContext();
    Path out = OutputDirectory.write(tree, dir, a.has("--force"), io);
    for (String p : tree.paths()) {
      io.out().println(out.resolve(p));
    }
    return 0;
  }
}
