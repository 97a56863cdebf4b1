package io.tankos.examples.cli;

import io.tankos.cloudinit.UserData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code tankos cloud-init fmt [--out DIR] FILE...}: parses user-data (cloud-config, MIME, gzip)
 * and writes it back in tankos's canonical form.
 */
public final class CloudInitFmtCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("cloud-init", "fmt");
  }

  @Override
  public String usage() {
    return "[--out DIR] FILE...";
  }

  @Override
  public String summary() {
    return "parse and re-render cloud-init user-data (to stdout for one FILE without --out)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of("--out"), Set.of());
    List<String> files = a.operands();
    if (files.isEmpty()) {
      throw new UsageException("at least one FILE is needed");
    }
    Optional<Path> out = a.option("--out").map(io::resolve);
    if (out.isEmpty() && files.size() > 1) {
      throw new UsageException("several FILEs need --out DIR");
    }
    for (String f : files) {
      UserData data = UserData.parse(f, read(io.resolve(f)));
      if (out.isEmpty()) {
        io.out().write(data.bytes(), 0, data.bytes().length);
        io.out().flush();
      } else {
        Path target = out.get().resolve(io.resolve(f).getFileName());
        write(target, data.bytes());
        io.out().println(target);
      }
    }
    return 0;
  }

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static void write(Path p, byte[] bytes) {
    try {
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": cannot write: " + e.getMessage(), e);
    }
  }
}
