package io.tankos.bootc.bib;

import io.tankos.bootc.internal.TempDirectory;
import io.tankos.bootc.internal.ToolMessages;
import io.tankos.bootc.podman.Podman;
import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandTimeoutException;
import io.tankos.core.exec.Operands;
import io.tankos.core.exec.OutputLine;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs bootc-image-builder (BIB) in podman to turn a bootc image into disk images (qcow2, raw, ami,
 * vmdk, vhd, gce, ova) or an installer ISO, then finds the files it wrote.
 *
 * <p>The BIB container image is a caller-supplied reference (there is no default): pull or load it
 * beforehand and pass its name. The bootc image must already be in the container storage that is
 * mounted into BIB (BIB no longer pulls). BIB needs rootful podman and a privileged container.
 *
 * <pre>{@code
 * BootcImageBuilder bib = BootcImageBuilder.builder(bibImageRef).timeout(Duration.ofMinutes(60)).build();
 * DiskImageResult result = bib.build(
 *     DiskImageRequest.builder("localhost/tank-os:1", Path.of("output")).type(ImageType.QCOW2).config(config).build(),
 *     line -> System.out.println(line.text()));
 * Path qcow2 = result.image(ImageType.QCOW2).orElseThrow();
 * }</pre>
 *
 * <p>Arguments: {@code podman run [options] -- BIB-IMAGE [BIB options] -- IMAGE} (both podman and
 * bootc-image-builder parse with cobra, which honours {@code --}); the BIB image, the bootc image,
 * the storage and output paths and the container name are checked by {@link Operands} first.
 *
 * <p>Cancel by interrupting the calling thread; on a timeout or cancel the BIB container (named
 * {@code tankos-bib-…}) is removed with {@code podman rm --force}.
 */
public final class BootcImageBuilder {
  private static final Location AT = Location.of("BootcImageBuilder");

  /** Default container storage of rootful podman, mounted into BIB. */
  public static final Path ROOTFUL_STORAGE = Path.of("/var/lib/containers/storage");

  private final Podman podman;
  private final String bibImage;
  private final Path storage;
  private final Duration timeout;
  private final List<String> runArgs;

  private BootcImageBuilder(Builder b) {
    this.podman = b.podman;
    this.bibImage = b.bibImage;
    this.storage = b.storage;
    this.timeout = b.timeout;
    this.runArgs = List.copyOf(b.runArgs);
  }

  /**
   * A builder.
   *
   * @param bibImage the bootc-image-builder container image reference, as the caller has it
   * @return the builder
   * @throws ValidationException at {@code BootcImageBuilder.bibImage} for an empty reference, one
   *     starting with {@code -}, or one with whitespace or control characters
   */
  public static Builder builder(String bibImage) {
    return new Builder(bibImage);
  }

  /**
   * Runs BIB and finds its outputs.
   *
   * @param request what to build
   * @param progress receives BIB's output lines as they come
   * @return the image files
   * @throws CommandFailedException when BIB fails (its stderr tail in the message), times out ({@link
   *     CommandTimeoutException}) or is cancelled
   */
  public DiskImageResult build(DiskImageRequest request, Consumer<OutputLine> progress) {
    Objects.requireNonNull(progress, "progress");
    try {
      Files.createDirectories(request.outputDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output directory " + request.outputDir(), e);
    }
    List<String> warnings = new ArrayList<>();
    request.config().ifPresent(c -> {
      Set<String> unsupported = new LinkedHashSet<>();
      request.types().forEach(t -> unsupported.addAll(c.unsupportedBy(t)));
      unsupported.forEach(u -> warnings.add("customizations." + u + ": not supported for " + request.types() + "; BIB ignores it"));
    });
    String name = "tankos-bib-" + UUID.randomUUID().toString().substring(0, 12);
    try (TempDirectory tmp = TempDirectory.create("tankos-bib-")) {
      Path configFile = null;
      if (request.config().isPresent()) {
        configFile = tmp.write("config.toml", request.config().get().toToml());
      }
      Command command = command(request, configFile, name).toBuilder().outputListener(progress).build();
      CommandResult result;
      try {
        result = podman.runner().run(command);
      } catch (CommandFailedException e) {
        removeContainer(name);
        throw e;
      }
      if (result.exitCode() != 0) {
        throw new CommandFailedException(failure(result), result, null);
      }
    }
    return collect(request, warnings);
  }

  /** A {@code -v SOURCE:TARGET} value; a source with {@code :} or {@code ,} would be misread. */
  private static String volume(Location at, Path source, String target) {
    String path = Operands.path(at, source.toString());
    if (path.indexOf(':') >= 0 || path.indexOf(',') >= 0) {
      throw new ValidationException(at, "a path mounted with -v must not contain ':' or ',', found '" + path + "'");
    }
    return path + ":" + target;
  }

  private static String failure(CommandResult result) {
    String message = ToolMessages.lastError(result);
    return "bootc-image-builder failed with exit code " + result.exitCode() + (message == null ? "" : ": " + message);
  }

  private void removeContainer(String name) {
    // after a cancel the interrupt flag is set again; clear it so the clean-up itself can run
    boolean interrupted = Thread.interrupted();
    try {
      podman.runner().run(podman.command(List.of("rm", "--force", "--time", "0", "--", name)).build());
    } catch (RuntimeException e) {
      // best effort after a timeout or cancel
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The {@code podman run} command for a request, for inspection or a dry run.
   *
   * @param request what to build
   * @param configFile the config file to mount as {@code /config.toml}, or null
   * @param containerName the container's name
   * @return the command
   */
  public Command command(DiskImageRequest request, Path configFile, String containerName) {
    List<String> a = new ArrayList<>(List.of("run", "--rm", "--privileged", "--security-opt", "label=type:unconfined_t"));
    a.add("--name");
    a.add(Operands.containerName(AT.child("command").child("containerName"), containerName));
    a.addAll(runArgs);
    a.add("-v");
    a.add(volume(AT.child("command").child("outputDir"), request.outputDir().toAbsolutePath(), "/output"));
    a.add("-v");
    a.add(volume(AT.child("storage"), storage, "/var/lib/containers/storage"));
    if (configFile != null) {
      a.add("-v");
      a.add(volume(AT.child("command").child("configFile"), configFile.toAbsolutePath(), "/config.toml:ro"));
    }
    a.add("--");
    a.add(bibImage);
    for (ImageType t : request.types()) {
      a.add("--type");
      a.add(t.cliName());
    }
    request.rootfs().ifPresent(r -> {
      a.add("--rootfs");
      a.add(r);
    });
    request.targetArch().ifPresent(t -> {
      a.add("--target-arch");
      a.add(t);
    });
    a.add("--output");
    a.add("/output");
    a.add("--progress");
    a.add(request.progress());
    request.chown().ifPresent(c -> {
      a.add("--chown");
      a.add(c);
    });
    request.useLibrepo().ifPresent(u -> a.add("--use-librepo=" + u));
    if (request.inVm()) {
      a.add("--in-vm");
    }
    a.addAll(request.extraArgs());
    a.add("--");
    a.add(request.image());
    Command.Builder b = podman.command(a);
    if (timeout != null) {
      b.timeout(timeout);
    }
    return b.build();
  }

  /**
   * Finds the files of a finished run in the output directory.
   *
   * @param request the request that ran
   * @param warnings the warnings to report
   * @return the result
   * @throws IllegalStateException when a requested type's file is missing
   */
  static DiskImageResult collect(DiskImageRequest request, List<String> warnings) {
    Path out = request.outputDir();
    Map<ImageType, Path> images = new LinkedHashMap<>();
    for (ImageType t : request.types()) {
      Path file = find(out, t.outputPattern());
      if (file == null) {
        throw new IllegalStateException(
            "bootc-image-builder finished but wrote no " + t.cliName() + " image (" + t.outputPattern() + ") under " + out);
      }
      images.put(t, file);
    }
    return new DiskImageResult(images, find(out, "manifest-*.json"), warnings);
  }

  private static Path find(Path dir, String pattern) {
    int slash = pattern.lastIndexOf('/');
    Path parent = slash < 0 ? dir : dir.resolve(pattern.substring(0, slash));
    String glob = slash < 0 ? pattern : pattern.substring(slash + 1);
    if (!Files.isDirectory(parent)) {
      return null;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, glob)) {
      List<Path> found = new ArrayList<>();
      s.forEach(found::add);
      found.sort(null);
      return found.isEmpty() ? null : found.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "BootcImageBuilder[" + bibImage + " via " + podman + "]";
  }

  /** Builds a {@link BootcImageBuilder}; mutable, not thread-safe. */
  public static final class Builder {
    private final String bibImage;
    private Podman podman = Podman.local();
    private Path storage = ROOTFUL_STORAGE;
    private Duration timeout;
    private final List<String> runArgs = new ArrayList<>();

    private Builder(String bibImage) {
      this.bibImage = Operands.imageReference(AT.child("bibImage"), bibImage);
    }

    /**
     * Sets the podman to run BIB with (rootful).
     *
     * @param podman the podman wrapper
     * @return this builder
     */
    public Builder podman(Podman podman) {
      this.podman = Objects.requireNonNull(podman, "podman");
      return this;
    }

    /**
     * Sets the container storage mounted into BIB (default {@link #ROOTFUL_STORAGE}; for rootless
     * podman with {@code --in-vm}: {@code ~/.local/share/containers/storage}).
     *
     * @param storage the storage directory
     * @return this builder
     */
    public Builder storage(Path storage) {
      this.storage = Operands.path(AT.child("storage"), storage);
      return this;
    }

    /**
     * Sets a timeout for a run; the BIB container is removed when it expires.
     *
     * @param timeout the timeout, or null for none
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Adds {@code podman run} arguments (e.g. {@code --pull=newer}, extra volumes).
     *
     * @param args the arguments
     * @return this builder
     * @throws ValidationException at {@code BootcImageBuilder.runArgs[i]} for an argument that
     *     contains NUL (no process can be given it)
     */
    public Builder runArgs(String... args) {
      for (String arg : args) {
        Location at = AT.child("runArgs").index(runArgs.size());
        if (Objects.requireNonNull(arg, at.toString()).indexOf('\0') >= 0) {
          throw new ValidationException(at, "a podman run argument must not contain NUL");
        }
        runArgs.add(arg);
      }
      return this;
    }

    /**
     * Builds the wrapper.
     *
     * @return the wrapper
     */
    public BootcImageBuilder build() {
      return new BootcImageBuilder(this);
    }
  }
}
