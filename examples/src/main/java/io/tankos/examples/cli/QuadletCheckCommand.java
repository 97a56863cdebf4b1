package io.tankos.examples.cli;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.text.Shown;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import io.tankos.quadlet.QuadletVerdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code tankos quadlet check [--podman VERSION] FILE... | DIRECTORY}: the verdict Podman's Quadlet
 * generator of that version gives on the files placed together in one unit directory, or on a unit
 * directory with its subdirectories and drop-in directories read as the generator reads them
 * ({@link UnitDirectory}, {@link QuadletVerdict}):
 * every unit it refuses, and why ({@code tankos quadlet check: FILE:LINE: KEY: message}), exit status
 * 1; what it lets through silently (a flag it reads as false, an unknown {@code %} specifier, a type
 * it does not load) as {@code warning:} lines. Malformed UTF-8 and NUL characters are refused first.
 */
public final class QuadletCheckCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("quadlet", "check");
  }

  @Override
  public String usage() {
    return "[--podman VERSION] FILE... | DIRECTORY";
  }

  @Override
  public String summary() {
    return "report problems in Quadlet units and drop-ins (references checked across the FILEs), or in a"
        + " unit directory as Quadlet searches it";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of("--podman"), Set.of());
    if (a.operands().isEmpty()) {
      throw new UsageException("at least one FILE, or a DIRECTORY, is required");
    }
    PodmanVersion version = QuadletFiles.version(a);
    // one directory operand is a unit directory; among files, a directory is refused as a file
    if (a.operands().size() == 1 && Files.isDirectory(io.resolve(a.operands().get(0)))) {
      String dir = a.operands().get(0);
      UnitDirectory.Contents tree = UnitDirectory.read(io, dir);
      for (String p : tree.problems()) {
        io.err().println(name() + ": " + Shown.line(p, Cli.MAX_MESSAGE));
      }
      return report(QuadletVerdict.check(tree.files(), version), dir + (dir.endsWith("/") ? "" : "/"), io)
          && tree.problems().isEmpty() ? 0 : 1;
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    int status = 0;
    for (String file : a.operands()) {
      Path path = io.resolve(file);
      try {
        byte[] bytes = SourceFiles.read(io, file, QuadletFiles.LIMIT);
        UnitFile.decode(file, bytes); // strict UTF-8, no NUL: refused before Quadlet's view
        files.put(QuadletFiles.isDropIn(path) ? QuadletFiles.dropInPath(path)
            : path.getFileName().toString(), bytes);
      } catch (FileException | ParseException e) {
        io.err().println(name() + ": " + Shown.line(e.getMessage(), Cli.MAX_MESSAGE));
        status = 1;
      }
    }
    return report(QuadletVerdict.check(files, version), "", io) ? status : 1;
  }

  /**
   * Prints the verdict's errors and warnings, each path behind {@code prefix}.
   *
   * @return whether every unit is accepted
   */
  private boolean report(QuadletVerdict verdict, String prefix, Cli.Io io) {
    // a finding may quote a value of the file: shown escaped, so that it cannot drive the terminal;
    // loops, not lambdas, on this command's path (a run's first lambda costs milliseconds)
    for (QuadletVerdict.Finding f : verdict.errors()) {
      io.err().println(name() + ": " + Shown.line(prefix + f, Cli.MAX_MESSAGE));
    }
    for (QuadletVerdict.Finding f : verdict.warnings()) {
      io.err().println(name() + ": warning: " + Shown.line(prefix + f, Cli.MAX_MESSAGE));
    }
    return verdict.accepted();
  }
}
