package io.tankos.examples.cli;

import io.tankos.bootc.podman.BuildResult;
import io.tankos.bootc.podman.Podman;
import io.tankos.bootc.podman.PodmanBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos build [--tag T]... [--file F] [--build-arg K=V]... [--platform P] [--manifest L]
 * [--isolation I] DIR}: {@code podman build} of a context directory (such as the one {@code tankos
 * render} writes); podman's output goes to stderr as it runs, the image id to stdout. {@code
 * --platform linux/amd64,linux/arm64 --manifest L} builds one image per platform into the manifest
 * list {@code L} (other architectures need qemu-user-static on the build machine).
 */
public final class BuildCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("build");
  }

  @Override
  public String usage() {
    return "[--tag T]... [--file F] [--build-arg K=V]... [--platform OS/ARCH[,...]] [--manifest LIST] [--isolation oci|chroot|rootless] [--podman PATH] [--podman-arg A]... DIR";
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
            Set.of("--tag", "--file", "--build-arg", "--platform", "--manifest", "--isolation", "--podman", "--podman-arg"),
            Set.of());
    if (a.operands().size() != 1) {
      throw new UsageException("expected one context directory");
    }
    String dir = a.operands().get(0);
    Path context = io.resolve(dir);
    if (!Files.exists(context)) {
      throw new FileException(dir, "no such file or directory");
    }
    if (!Files.isDirectory(context)) {
      throw new FileException(dir, "not a directory");
    }
    a.option("--file").ifPresent(f -> SourceFiles.checkReadable(io, f)); // podman reads it; named here
    Podman.Builder pb = Podman.builder().executable(Executables.option(a, "--podman", "podman", io));
    a.options("--podman-arg").forEach(pb::globalArgs);
    PodmanBuild built;
    try {
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
      a.option("--isolation").ifPresent(build::isolation);
      a.option("--platform").ifPresent(build::platform);
      a.option("--manifest").ifPresent(build::manifest);
      built = build.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage()); // option values the build refuses
    }
    BuildResult result = pb.build().build(built, line -> io.err().println(line.text()));
    io.out().println(result.imageId());
    return 0;
  }
}
