package io.tankos.examples.cli;

import io.tankos.bootc.podman.BuildResult;
import io.tankos.bootc.podman.Podman;
import io.tankos.bootc.podman.PodmanBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos build [--tag T]... [--file F] [--build-arg K=V]... [--isolation I] DIR}: {@code
 * podman build} of a context directory; podman's output goes to stderr, the image id to stdout.
 */
public final class BuildCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("build");
  }

  @Override
  public String usage() {
    return "[--tag T]... [--file F] [--build-arg K=V]... [--isolation oci|chroot|rootless] [--podman PATH] [--podman-arg A]... DIR";
  }

  @Override
  public String summary() {
    return "build an image from a context directory with podman; prints the image id";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a =
        Arguments.parse(
            args,
            Set.of("--tag", "--file", "--build-arg", "--isolation", "--podman", "--podman-arg"),
            Set.of());
    if (a.operands().size() != 1) {
      throw new UsageException("expected one context directory");
    }
    Path context = io.resolve(a.operands().get(0));
    if (!Files.isDirectory(context)) {
      throw new UsageException("not a directory: " + a.operands().get(0));
    }
    Podman.Builder pb = Podman.builder().executable(a.option("--podman").orElse("podman"));
    a.options("--podman-arg").forEach(pb::globalArgs);
    PodmanBuild.Builder build = PodmanBuild.builder().context(context);
    a.option("--file").ifPresent(f -> build.containerfilePath(io.resolve(f)));
    a.options("--tag").forEach(build::tag);
    for (String kv : a.options("--build-arg")) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--build-arg needs NAME=VALUE, found '" + kv + "'");
      }
      build.buildArg(kv.substring(0, eq), kv.substring(eq + 1));
    }
    try {
      a.option("--isolation").ifPresent(build::isolation);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    BuildResult result = pb.build().build(build.build(), line -> io.err().println(line.text()));
    io.out().println(result.imageId());
    return 0;
  }
}
