package io.tankos.examples.cli;

import io.tankos.bootc.bib.BootcImageBuilder;
import io.tankos.bootc.bib.BuildConfig;
import io.tankos.bootc.bib.DiskImageRequest;
import io.tankos.bootc.bib.DiskImageResult;
import io.tankos.bootc.bib.ImageType;
import io.tankos.bootc.podman.Podman;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos disk --type T --config FILE --bib-image REF IMAGE}: turns a bootc image into a disk
 * image or ISO with bootc-image-builder. The BIB image has no default: pass {@code --bib-image} or
 * set {@code TANKOS_BIB_IMAGE}.
 */
public final class DiskCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("disk");
  }

  @Override
  public String usage() {
    return "--type qcow2|raw|ami|vmdk|vhd|gce|anaconda-iso... [--config FILE] [--bib-image REF] [--output DIR] [--rootfs FS] [--target-arch A] IMAGE";
  }

  @Override
  public String summary() {
    return "make a disk image or ISO from a bootc image with bootc-image-builder";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a =
        Arguments.parse(
            args,
            Set.of("--type", "--config", "--bib-image", "--output", "--rootfs", "--target-arch", "--podman"),
            Set.of());
    if (a.operands().size() != 1) {
      throw new UsageException("expected one bootc image");
    }
    String bibImage =
        a.option("--bib-image")
            .filter(s -> !s.isBlank())
            .or(() -> java.util.Optional.ofNullable(System.getenv("TANKOS_BIB_IMAGE")).filter(s -> !s.isBlank()))
            .orElseThrow(() -> new UsageException("--bib-image REF (or TANKOS_BIB_IMAGE) is required: there is no default"));
    Path output = io.resolve(a.option("--output").orElse("output"));
    DiskImageRequest.Builder request = DiskImageRequest.builder(a.operands().get(0), output);
    List<String> types = a.options("--type");
    if (types.isEmpty()) {
      throw new UsageException("--type is required");
    }
    for (String t : types) {
      request.type(ImageType.fromCliName(t).orElseThrow(() -> new UsageException("unknown image type '" + t + "'")));
    }
    String podman = Executables.option(a, "--podman", "podman", io);
    BuildConfig config = a.option("--config").map(c -> config(io, c)).orElse(null);
    DiskImageRequest built;
    try {
      a.option("--rootfs").ifPresent(request::rootfs);
      a.option("--target-arch").ifPresent(request::targetArch);
      built = request.config(config).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    BootcImageBuilder bib =
        BootcImageBuilder.builder(bibImage)
            .podman(Podman.builder().executable(podman).build())
            .build();
    DiskImageResult result = bib.build(built, line -> io.err().println(line.text()));
    result.warnings().forEach(w -> io.err().println("warning: " + w));
    result.images().values().forEach(p -> io.out().println(p));
    return 0;
  }

  private static BuildConfig config(Cli.Io io, String file) {
    SourceFiles.read(io, file); // a missing or unreadable FILE, named as given
    try {
      return BuildConfig.read(io.resolve(file));
    } catch (UncheckedIOException e) {
      throw FileException.of(file, e.getCause());
    }
  }
}
