package io.tankos.examples.cli;

import io.tankos.cloudinit.CloudInitLimits;
import io.tankos.cloudinit.CloudInitSchema;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.Profile;
import io.tankos.cloudinit.SchemaVerdict;
import io.tankos.cloudinit.Target;
import io.tankos.cloudinit.UserData;
import io.tankos.core.text.Shown;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code tankos cloud-init check [--target 22.4|25.1] [--profile generic|bootc] [--schema-only |
 * --network-config] FILE...}: reports every problem of the user-data's cloud-config parts on the
 * target versions, one per line as {@code FILE: LOCATION: message}: tankos's rules, every error
 * cloud-init's own validator of the version reports (offline, {@link CloudInitSchema}, with the
 * line), and the profile's rules. A file that does not parse (also malformed UTF-8, or over {@link
 * CloudInitLimits#MAX_BYTES}) is one line {@code tankos cloud-init check: FILE[:LINE]: reason}.
 * {@code --schema-only} gives exactly {@code cloud-init schema -c FILE}'s verdict per version
 * (header handling included; deprecations as {@code warning:} lines); {@code --network-config}
 * that of {@code cloud-init schema -t network-config} (25.1; 22.4 has no network-config schema).
 */
public final class CloudInitCheckCommand implements Subcommand {

  /** User-data is read up to cloud-init's size limit. */
  static final SourceFiles.Limit LIMIT =
      new SourceFiles.Limit(CloudInitLimits.MAX_BYTES, "CloudInitLimits.MAX_BYTES");

  @Override
  public List<String> path() {
    return List.of("cloud-init", "check");
  }

  @Override
  public String usage() {
    return "[--target 22.4|25.1] [--profile generic|bootc] [--schema-only | --network-config] FILE...";
  }

  @Override
  public String summary() {
    return "check cloud-init user-data for a cloud-init version (default: both) and system profile";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of("--target", "--profile"),
        Set.of("--schema-only", "--network-config"));
    if (a.operands().isEmpty()) {
      throw new UsageException("at least one FILE is needed");
    }
    List<CloudInitVersion> versions = new ArrayList<>();
    for (String t : a.options("--target")) {
      try {
        versions.add(CloudInitVersion.parse(t));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (versions.isEmpty()) {
      versions.addAll(List.of(CloudInitVersion.values()));
    }
    Profile profile;
    try {
      profile = Profile.valueOf(a.option("--profile").orElse("generic").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--profile must be generic or bootc");
    }
    boolean schemaOnly = a.has("--schema-only");
    boolean network = a.has("--network-config");
    if (schemaOnly && network) {
      throw new UsageException("--schema-only and --network-config exclude each other");
    }
    if (schemaOnly || network) {
      return schema(a.operands(), network ? List.of(CloudInitVersion.V25_1) : versions, network, io);
    }
    int status = 0;
    for (String f : a.operands()) {
      UserData data;
      try {
        data = UserData.parse(f, SourceFiles.read(io, f, LIMIT));
      } catch (FileException | ParseException e) {
        io.err().println(name() + ": " + Shown.line(e.getMessage(), Cli.MAX_MESSAGE));
        status = 1;
        continue;
      }
      for (CloudInitVersion v : versions) {
        List<Problem> problems = data.problems(Target.of(v, profile));
        for (Problem p : problems) {
          io.err().println(f + ": " + p + " [cloud-init " + v.label() + "]");
        }
        if (problems.isEmpty()) {
          io.out().println(f + ": ok for cloud-init " + v.label() + " ("
              + profile.name().toLowerCase(Locale.ROOT) + ")");
        } else {
          status = 1;
        }
      }
    }
    return status;
  }

  private int schema(List<String> files, List<CloudInitVersion> versions, boolean network,
      Cli.Io io) {
    int status = 0;
    for (String f : files) {
      byte[] bytes;
      try {
        bytes = SourceFiles.read(io, f, LIMIT);
      } catch (FileException e) {
        io.err().println(name() + ": " + Shown.line(e.getMessage(), Cli.MAX_MESSAGE));
        status = 1;
        continue;
      }
      for (CloudInitVersion v : versions) {
        SchemaVerdict verdict = network ? CloudInitSchema.checkNetworkConfig(f, bytes)
            : CloudInitSchema.check(f, bytes, v);
        String tool = "[cloud-init " + v.label() + (network ? " network-config]" : "]");
        verdict.deprecations().forEach(d -> io.err().println(f + ": warning: " + d + " " + tool));
        verdict.errors().forEach(e -> io.err().println(f + ": " + e + " " + tool));
        if (verdict.valid()) {
          io.out().println(f + ": valid for cloud-init " + v.label()
              + verdict.notEvaluated().map(n -> " (" + n + ")").orElse(""));
        } else {
          status = 1;
        }
      }
    }
    return status;
  }
}
