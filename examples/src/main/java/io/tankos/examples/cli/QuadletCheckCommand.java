package io.tankos.examples.cli;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.QuadletSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos quadlet check [--podman VERSION] FILE...}: reports what is wrong with Quadlet units
 * and drop-ins without writing anything: syntax, malformed UTF-8 and unknown keys ({@code tankos
 * quadlet check: FILE:LINE: message}), keys
 * or values the Podman version cannot take, and, across the files given together, references to
 * units that are missing ({@code Network=x.network}, {@code Volume=y.volume:…}) and name collisions.
 */
public final class QuadletCheckCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("quadlet", "check");
  }

  @Override
  public String usage() {
    return "[--podman VERSION] FILE...";
  }

  @Override
  public String summary() {
    return "report problems in Quadlet units and drop-ins (references checked across the FILEs)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of("--podman"), Set.of());
    if (a.operands().isEmpty()) {
      throw new UsageException("at least one FILE is required");
    }
    PodmanVersion version = QuadletFiles.version(a);
    QuadletSet.Builder set = QuadletSet.builder();
    int status = 0;
    for (String file : a.operands()) {
      Path path = io.resolve(file);
      try {
        byte[] bytes = SourceFiles.read(io, file, QuadletFiles.LIMIT);
        if (QuadletFiles.isDropIn(path)) {
          set.dropIn(QuadletFiles.dropIn(path, bytes, version));
        } else {
          set.unit(QuadletFiles.unit(file, path, bytes, version));
        }
      } catch (FileException | ParseException e) {
        io.err().println(name() + ": " + e.getMessage());
        status = 1;
      } catch (ValidationException e) {
        e.problems().forEach(p -> io.err().println(file + ": " + p));
        status = 1;
      }
    }
    if (status == 0) { // references are checked only across a complete set
      try {
        set.build();
      } catch (ValidationException e) {
        e.problems().forEach(p -> io.err().println("set: " + p));
        status = 1;
      }
    }
    return status;
  }
}
