package io.tankos.examples.cli;

import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.cloudinit.TankOsProvisioning;
import io.tankos.core.fs.FileTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos seed --out DIR --ssh-key FILE [--hostname H] [--instance-id ID] [--group G]...
 * [--demo-sudo] [--iso]}: writes the NoCloud seed of a Tank-OS machine (user {@code openclaw},
 * linger, host name) as {@code user-data} and {@code meta-data} into DIR, and {@code seed.iso}
 * (volume {@code cidata}) with {@code --iso}.
 */
public final class SeedCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("seed");
  }

  @Override
  public String usage() {
    return "--out DIR --ssh-key FILE [--hostname H] [--instance-id ID] [--group G]... [--demo-sudo] [--iso]";
  }

  @Override
  public String summary() {
    return "write a NoCloud seed (user-data, meta-data, optionally seed.iso) for the Tank-OS user openclaw";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args,
        Set.of("--out", "--ssh-key", "--hostname", "--instance-id", "--group"),
        Set.of("--iso", "--demo-sudo"));
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument " + a.operands().get(0));
    }
    Path out = io.resolve(a.option("--out").orElseThrow(() -> new UsageException("--out DIR is required")));
    String keyFile = a.option("--ssh-key").orElseThrow(() -> new UsageException("--ssh-key FILE is required"));
    TankOsProvisioning.Builder b = TankOsProvisioning.builder();
    b.sshAuthorizedKeys(new String(SourceFiles.read(io.resolve(keyFile)), StandardCharsets.UTF_8));
    a.option("--hostname").ifPresent(b::hostname);
    a.option("--instance-id").ifPresent(b::instanceId);
    if (!a.options("--group").isEmpty()) {
      b.groups(a.options("--group"));
    }
    b.demoSudo(a.has("--demo-sudo"));
    NoCloudSeed seed = b.build().seed();
    FileTree files = FileTree.builder()
        .file("user-data", seed.userData().bytes())
        .file("meta-data", seed.metaData().render())
        .build();
    if (a.has("--iso")) {
      files = files.toBuilder().file("seed.iso", seed.toIso()).build();
    }
    files.writeTo(out);
    for (String p : files.paths()) {
      io.out().println(out.resolve(p));
    }
    return 0;
  }
}
