package io.tankos.examples.cli;

import io.tankos.bootc.bib.BootcImageBuilder;
import io.tankos.bootc.bib.BuildConfig;
import io.tankos.bootc.bib.DiskImageRequest;
import io.tankos.bootc.bib.DiskImageResult;
import io.tankos.bootc.bib.ImageType;
import io.tankos.bootc.podman.Podman;
import io.tankos.core.fs.OutputTarget;
import io.tankos.core.fs.TargetRefusedException;
import io.tankos.core.fs.WriteOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos disk --type T --config FILE --bib-image REF IMAGE}: turns a bootc image into a disk
 * image or ISO with bootc-image-builder. The BIB image has no default: pass {@code --bib-image} or
 * set {@code TANKOS_BIB_IMAGE}. The config ({@code .toml} or {@code .json}) is read up to {@link
 * BuildConfig#MAX_FILE_BYTES} and must be UTF-8.
 *
 * <p>{@code --output DIR} (default {@code output}) differs from {@code render}'s {@code --out}:
 * bootc-image-builder writes its images into DIR in place (a bind mount), so DIR cannot be replaced
 * atomically by a generation link. The dangerous cases are refused all the same ({@link
 * OutputTarget}): an empty path, {@code .}, {@code ..}, {@code /}, the home directory, the working
 * directory and its ancestors, a symbolic link, a file, and a non-empty directory that tankos did
 * not choose before (it has no {@value #MARKER} file) unless {@code --force}. The marker is written
 * into DIR before bootc-image-builder runs; nothing in DIR is deleted.
 */
public final class DiskCommand implements Subcommand {
  /** The file that marks a directory as a {@code tankos disk} output. */
  static final String MARKER = ".tankos-disk";

  private static final SourceFiles.Limit CONFIG_LIMIT =
      new SourceFiles.Limit(BuildConfig.MAX_FILE_BYTES, "BuildConfig.MAX_FILE_BYTES");

  @Override
  public List<String> path() {
    return List.of("disk");
  }

  @Override
  public String usage() {
    return "--type qcow2|raw|ami|vmdk|vhd|gce|anaconda-iso... [--config FILE] [--bib-image REF] [--output DIR] [--force] [--rootfs FS] [--target-arch A] IMAGE";
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
            Set.of("--force"));
    if (a.operands().size() != 1) {
      throw new UsageException("expected one bootc image");
    }
    String bibImage =
        a.option("--bib-image")
            .filter(s -> !s.isBlank())
            .or(() -> java.util.Optional.ofNullable(System.getenv("TANKOS_BIB_IMAGE")).filter(s -> !s.isBlank()))
            .orElseThrow(() -> new UsageException("--bib-image REF (or TANKOS_BIB_IMAGE) is required: there is no default"));
    List<String> types = a.options("--type");
    if (types.isEmpty()) {
      throw new UsageException("--type is required");
    }
    List<ImageType> imageTypes = new ArrayList<>();
    for (String t : types) {
      imageTypes.add(ImageType.fromCliName(t).orElseThrow(() -> new UsageException("unknown image type '" + t + "'")));
    }
    String outArg = a.option("--output").orElse("output");
    Path output = checkOutput(outArg, a.has("--force"), io);
    DiskImageRequest.Builder request = DiskImageRequest.builder(a.operands().get(0), output);
    imageTypes.forEach(request::type);
    BuildConfig config = a.option("--config").map(c -> config(io, c)).orElse(null);
    String podman = Executables.option(a, "--podman", "podman", io);
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
    mark(outArg, output);
    DiskImageResult result = bib.build(built, line -> io.err().println(line.text()));
    result.warnings().forEach(w -> io.err().println("warning: " + w));
    result.images().values().forEach(p -> io.out().println(p));
    return 0;
  }

  private static BuildConfig config(Cli.Io io, String file) {
    return BuildConfig.parse(file, SourceFiles.read(io, file, CONFIG_LIMIT));
  }

  /** Applies the output-directory rules; returns DIR, physical and absolute. */
  private static Path checkOutput(String dir, boolean force, Cli.Io io) {
    WriteOptions options = WriteOptions.builder()
        .replaceForeignDirectory(force)
        .protectedDirectory(io.workingDirectory().toAbsolutePath())
        .build();
    try {
      return OutputTarget.check(io.resolve(dir), MARKER, options);
    } catch (TargetRefusedException e) {
      String hint = e.reason().forcible() ? " (--force writes into it)" : "";
      throw new FileException(dir, "refusing to write into: " + e.detail() + hint);
    } catch (UncheckedIOException e) {
      throw FileException.of(dir, e.getCause());
    }
  }

  /** Creates DIR and its marker, so that the next run knows DIR. */
  private static void mark(String dir, Path output) {
    try {
      Files.createDirectories(output);
      Path marker = output.resolve(MARKER);
      if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
        Files.writeString(marker, "written by tankos disk: bootc-image-builder output\n");
      }
    } catch (IOException e) {
      throw FileException.of(dir, e);
    }
  }
}
