package io.tankos.examples.cli;

import io.tankos.core.fs.FileTree;
import io.tankos.examples.TankOsBuildContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos render --out DIR [--force]}: writes the default Tank-OS build context into DIR,
 * atomically (DIR becomes a link into {@code .DIR.tankos/}, see {@link
 * io.tankos.core.fs.FileTree#writeTo(Path, io.tankos.core.fs.WriteOptions)}). DIR must be missing,
 * empty or written by tankos before; {@code --force} also replaces a directory tankos did not write.
 */
public final class RenderCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("render");
  }

  @Override
  public String usage() {
    return "--out DIR [--force]";
  }

  @Override
  public String summary() {
    return "render the default Tank-OS build context (OpenClaw preset) into DIR";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of("--out"), Set.of("--force"));
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument " + a.operands().get(0));
    }
    String dir = a.option("--out").orElseThrow(() -> new UsageException("--out DIR is required"));
    FileTree tree = TankOsBuildContext.openClawDefault();
    Path out = OutputDirectory.write(tree, dir, a.has("--force"), io);
    for (String p : tree.paths()) {
      io.out().println(out.resolve(p));
    }
    return 0;
  }
}
