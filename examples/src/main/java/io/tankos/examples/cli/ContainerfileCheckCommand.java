package io.tankos.examples.cli;

import io.tankos.bootc.containerfile.BootcLint;
import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.bootc.containerfile.ContainerfileLimits;
import io.tankos.bootc.containerfile.LintFinding;
import io.tankos.core.text.Shown;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code tankos containerfile check FILE...}: parses each Containerfile with BuildKit's parser and
 * instruction checks and runs {@link BootcLint}. Prints {@code FILE:LINE: severity: message [rule]};
 * exits 1 when a file does not parse ({@code tankos containerfile check: FILE:LINE: message}, also
 * for malformed UTF-8 and a file over {@link ContainerfileLimits#MAX_FILE_BYTES}) or a finding is an
 * error. Every FILE is reported.
 */
public final class ContainerfileCheckCommand implements Subcommand {

  /** Containerfiles are read up to the parser's size limit. */
  static final SourceFiles.Limit LIMIT =
      new SourceFiles.Limit(ContainerfileLimits.MAX_FILE_BYTES, "ContainerfileLimits.MAX_FILE_BYTES");

  @Override
  public List<String> path() {
    return List.of("containerfile", "check");
  }

  @Override
  public String usage() {
    return "FILE...";
  }

  @Override
  public String summary() {
    return "parse Containerfiles and report bootc lint findings (exit 1 on errors)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of(), Set.of());
    if (a.operands().isEmpty()) {
      throw new UsageException("at least one FILE is required");
    }
    return SourceFiles.each(
        a.operands(),
        LIMIT,
        io,
        name(),
        (file, bytes) -> {
          int status = 0;
          for (LintFinding f : BootcLint.check(Containerfile.parse(file, bytes))) {
            String where = f.line() > 0 ? file + ":" + f.line() : file;
            io.err().println(where + ": " + f.severity().name().toLowerCase(Locale.ROOT) + ": " + Shown.line(f.message(), Cli.MAX_MESSAGE) + " [" + f.rule() + "] (" + f.location() + ")");
            if (f.severity() == LintFinding.Severity.ERROR) {
              status = 1;
            }
          }
          return status;
        });
  }
}
