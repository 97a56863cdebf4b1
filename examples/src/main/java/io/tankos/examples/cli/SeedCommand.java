package io.tankos.examples.cli;

import io.tankos.bootc.image.AgentUser;
import io.tankos.bootc.image.Provisioning;
import io.tankos.bootc.image.SudoPolicy;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.core.fs.FileTree;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code tankos seed --out DIR --ssh-key FILE [--hostname H] [--instance-id ID] [--group G]...
 * [--demo-sudo] [--iso]}: writes the NoCloud seed of the default Tank-OS image ({@link
 * TankOsImage#seed()}: user {@code openclaw} with the keys, linger, host name) as {@code user-data}
 * and {@code meta-data} into DIR, and {@code seed.iso}
 * (volume {@code cidata}) with {@code --iso}. DIR is written like {@code render}'s ({@code
 * --force} for a directory tankos did not write).
 */
public final class SeedCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("seed");
  }

  @Override
  public String usage() {
    return "--out DIR --ssh-key FILE [--hostname H] [--instance-id ID] [--group G]... [--demo-sudo] [--iso] [--force]";
  }

  @Override
  public String summary() {
    return "write a NoCloud seed (user-data, meta-data, optionally seed.iso) for the Tank-OS user openclaw";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args,
        Set.of("--out", "--ssh-key", "--hostname", "--instance-id", "--group"),
        Set.of("--iso", "--demo-sudo", "--force"));
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument " + a.operands().get(0));
    }
    String dir = a.option("--out").orElseThrow(() -> new UsageException("--out DIR is required"));
    String keyFile = a.option("--ssh-key").orElseThrow(() -> new UsageException("--ssh-key FILE is required"));
    Provisioning.Builder given = Provisioning.builder();
    // the keys end up in user-data: the file is bounded by its limit and decoded strictly
    given.sshAuthorizedKeys(Utf8.decode(keyFile, SourceFiles.read(io, keyFile, CloudInitCheckCommand.LIMIT)));
    a.option("--hostname").ifPresent(given::hostname);
    a.option("--instance-id").ifPresent(given::instanceId);
    AgentUser.Builder user = AgentUser.tankOs().toBuilder()
        .sudo(a.has("--demo-sudo") ? SudoPolicy.passwordless() : SudoPolicy.none());
    if (!a.options("--group").isEmpty()) {
      user.groups(a.options("--group").toArray(new String[0]));
    }
    NoCloudSeed seed;
    try {
      Provisioning provisioning = given.build();
      if (provisioning.sshAuthorizedKeys().isEmpty()) {
        throw new FileException(keyFile, "no SSH public key in the file (the user's password is locked)");
      }
      seed = TankOsImage.tankOs().toBuilder().user(user.build()).provisioning(provisioning).build().seed();
    } catch (ValidationException e) {
      String problems = e.problems().stream().map(Problem::toString).collect(Collectors.joining("; "));
      if (e.problems().stream().allMatch(x -> x.location().path().startsWith("Provisioning.sshAuthorizedKeys"))) {
        throw new FileException(keyFile, problems); // the keys come from the file
      }
      throw new UsageException(problems); // the other values come from options
    }
    FileTree files = FileTree.builder()
        .file("user-data", seed.userData().bytes())
        .file("meta-data", seed.metaData().render())
        .build();
    if (a.has("--iso")) {
      files = files.toBuilder().file("seed.iso", seed.toIso()).build();
    }
    Path out = OutputDirectory.write(files, dir, a.has("--force"), io);
    for (String p : files.paths()) {
      io.out().println(out.resolve(p));
    }
    return 0;
  }
}
