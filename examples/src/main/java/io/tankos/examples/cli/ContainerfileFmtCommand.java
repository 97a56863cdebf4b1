package io.tankos.examples.cli;

import io.tankos.bootc.containerfile.Containerfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos containerfile fmt [--out DIR] FILE...}: parses each Containerfile with BuildKit's
 * rules and writes it back in the canonical layout (meaning unchanged; comments, directives and
 * heredoc bodies kept). Without {@code --out}, the one FILE's rendering goes to standard output.
 */
public final class ContainerfileFmtCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("containerfile", "fmt");
  }

  @Override
  public String usage() {
    return "[--out DIR] FILE...";
  }

  @Override
  public String summary() {
    return "re-render Containerfiles in the canonical layout (to stdout, or into DIR)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of("--out"), Set.of());
    List<String> files = a.operands();
    if (files.isEmpty()) {
      throw new UsageException("at least one FILE is required");
    }
    Path out = a.option("--out").map(io::resolve).orElse(null);
    if (out == null && files.size() != 1) {
      throw new UsageException("several FILEs need --out DIR");
    }
    return SourceFiles.each(
        files,
        io,
        (file, text) -> {
          String rendered = Containerfile.parseLenient(file, text).toString();
          if (out == null) {
            io.out().print(rendered);
          } else {
            Path target = out.resolve(Path.of(file).getFileName().toString());
            Files.createDirectories(out);
            Files.writeString(target, rendered, StandardCharsets.UTF_8);
            io.out().println(target);
          }
          return 0;
        });
  }
}
