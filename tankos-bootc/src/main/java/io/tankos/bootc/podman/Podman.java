package io.tankos.bootc.podman;

import io.tankos.bootc.internal.PodmanJson;
import io.tankos.bootc.internal.TempDirectory;
import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.exec.OutputLine;
import io.tankos.core.podman.PodmanSecret;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Typed control of {@code podman}: build images from a Containerfile and a context, push, inspect,
 * manifest lists for multi-arch images, and the secret store. Every call goes through a {@link
 * CommandRunner}; secret values reach podman only on standard input or in its environment.
 *
 * <pre>{@code
 * Podman podman = Podman.builder().globalArgs("--storage-driver=overlay").build();
 * BuildResult built = podman.build(
 *     PodmanBuild.builder().containerfile(containerfile).context(tree).tag("localhost/tank-os:1").build(),
 *     line -> System.out.println(line.text()));
 * try (SecretValue key = SecretValue.of("anthropic_api_key", System.getenv("ANTHROPIC_API_KEY"))) {
 *   podman.createSecret(PodmanSecret.builder("anthropic_api_key").build(), key, true);
 * }
 * }</pre>
 *
 * <p>Version differences: podman before 4.7 has no {@code secret create --replace} (replaced by
 * {@code secret rm} then {@code create}), before 4.5 no {@code secret exists}; {@code secret ls
 * --format json} prints the word {@code json} on 4.3, so listing uses ids and {@code secret
 * inspect}. The version is detected once with {@code podman version --format json}.
 *
 * <p>{@link #build} writes the context and Containerfile into a local temporary directory, and
 * {@link #push}/{@link #manifestPush} read a local digest file: use them with a local runner.
 * Secrets, inspect and manifest calls work over an {@code SshTransport} too.
 */
public final class Podman {
  /** Environment variable names used to hand build secret values to podman. */
  private static final String SECRET_ENV_PREFIX = "TANKOS_BUILD_SECRET_";

  private final CommandRunner runner;
  private final String executable;
  private final List<String> globalArgs;
  private final Duration timeout;
  private volatile PodmanVersion version;

  private Podman(Builder b) {
    this.runner = b.runner;
    this.executable = b.executable;
    this.globalArgs = List.copyOf(b.globalArgs);
    this.timeout = b.timeout;
    this.version = b.version;
  }

  /**
   * {@code podman} from the {@code PATH}, run locally.
   *
   * @return the wrapper
   */
  public static Podman local() {
    return builder().build();
  }

  /**
   * A builder: local runner, executable {@code podman}, no global arguments, no timeout.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this wrapper's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.runner = runner;
    b.executable = executable;
    b.globalArgs.addAll(globalArgs);
    b.timeout = timeout;
    b.version = version;
    return b;
  }

  /**
   * The runner commands go through.
   *
   * @return the runner
   */
  public CommandRunner runner() {
    return runner;
  }

  /**
   * A command {@code podman GLOBAL-ARGS ARGS…} with this wrapper's timeout, for calls the wrapper
   * does not cover.
   *
   * @param args the podman arguments
   * @return a command builder
   */
  public Command.Builder command(List<String> args) {
    List<String> argv = new ArrayList<>();
    argv.add(executable);
    argv.addAll(globalArgs);
    argv.addAll(args);
    Command.Builder b = Command.builder(argv);
    if (timeout != null) {
      b.timeout(timeout);
    }
    return b;
  }

  private Command.Builder command(String... args) {
    return command(List.of(args));
  }

  /**
   * The client version, asked once and remembered.
   *
   * @return the version
   */
  public PodmanVersion version() {
    PodmanVersion v = version;
    if (v == null) {
      CommandResult r = runner.runChecked(command("version", "--format", "json").build());
      v = PodmanJson.version(r.stdout());
      version = v;
    }
    return v;
  }

  /**
   * Builds an image without progress output.
   *
   * @param build what to build
   * @return the image id and tags
   * @throws CommandFailedException when podman fails (stderr tail in the message)
   */
  public BuildResult build(PodmanBuild build) {
    return build(build, line -> {});
  }

  /**
   * Builds an image, streaming podman's output lines to a callback.
   *
   * @param build what to build
   * @param progress receives every stdout and stderr line as it arrives
   * @return the image id and tags
   * @throws CommandFailedException when podman fails
   */
  public BuildResult build(PodmanBuild build, Consumer<OutputLine> progress) {
    Objects.requireNonNull(progress, "progress");
    try (TempDirectory tmp = TempDirectory.create("tankos-build-")) {
      Path context;
      if (build.contextTree().isPresent()) {
        context = tmp.path().resolve("context");
        build.contextTree().get().writeTo(context);
      } else if (build.contextDirectory().isPresent()) {
        context = build.contextDirectory().get();
      } else {
        context = tmp.path().resolve("context");
        io.tankos.core.fs.FileTree.empty().writeTo(context);
      }
      Path containerfile = build.containerfilePath().orElse(null);
      if (build.containerfileText().isPresent()) {
        containerfile = tmp.write("Containerfile", build.containerfileText().get());
      }
      Path iidfile = tmp.path().resolve("iid");
      Command.Builder cmd = command(buildArgs(build, containerfile, iidfile, context));
      int index = 0;
      for (BuildSecret s : build.secrets()) {
        if (s.value().isPresent()) {
          cmd.env(SECRET_ENV_PREFIX + index, text(s.value().get())).redact(s.value().get());
        }
        index++;
      }
      runner.runChecked(cmd.outputListener(progress).build());
      String id = tmp.readTrimmed("iid");
      if (id == null) {
        throw new IllegalStateException("podman build succeeded but wrote no image id to --iidfile");
      }
      return new BuildResult(id, build.tags());
    }
  }

  /**
   * The {@code podman build} arguments (after the global ones) for a request.
   *
   * @param build the request
   * @param containerfile the Containerfile, or null to let podman find it in the context
   * @param iidfile where podman writes the image id
   * @param context the context directory
   * @return the arguments
   */
  static List<String> buildArgs(PodmanBuild build, Path containerfile, Path iidfile, Path context) {
    List<String> a = new ArrayList<>();
    a.add("build");
    if (containerfile != null) {
      a.add("--file");
      a.add(containerfile.toString());
    }
    for (String tag : build.tags()) {
      a.add("--tag");
      a.add(tag);
    }
    for (Map.Entry<String, String> e : build.buildArgs().entrySet()) {
      a.add("--build-arg");
      a.add(e.getKey() + "=" + e.getValue());
    }
    int index = 0;
    for (BuildSecret s : build.secrets()) {
      a.add("--secret");
      if (s.file().isPresent()) {
        a.add("id=" + s.id() + ",src=" + s.file().get());
      } else if (s.hostEnvironment().isPresent()) {
        a.add("id=" + s.id() + ",env=" + s.hostEnvironment().get());
      } else {
        a.add("id=" + s.id() + ",env=" + SECRET_ENV_PREFIX + index);
      }
      index++;
    }
    for (Map.Entry<String, String> e : build.labels().entrySet()) {
      a.add("--label");
      a.add(e.getKey() + "=" + e.getValue());
    }
    build.platform().ifPresent(p -> {
      a.add("--platform");
      a.add(p);
    });
    build.layers().ifPresent(l -> a.add("--layers=" + l));
    if (build.noCache()) {
      a.add("--no-cache");
    }
    build.pull().ifPresent(p -> a.add("--pull=" + p.token()));
    build.isolation().ifPresent(i -> {
      a.add("--isolation");
      a.add(i);
    });
    build.manifest().ifPresent(m -> {
      a.add("--manifest");
      a.add(m);
    });
    build.format().ifPresent(f -> {
      a.add("--format");
      a.add(f);
    });
    a.add("--iidfile");
    a.add(iidfile.toString());
    a.addAll(build.extraArgs());
    a.add(context.toString());
    return a;
  }

  private static String text(SecretValue value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      value.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Pushes an image ({@code podman push}).
   *
   * @param image the local image
   * @param destination where to push (e.g. {@code docker://host/repo:tag}), or null for the
   *     image's own name
   * @param extraArgs further arguments such as {@code --tls-verify=false}, {@code --format oci}
   * @return the pushed manifest digest
   */
  public String push(String image, String destination, String... extraArgs) {
    try (TempDirectory tmp = TempDirectory.create("tankos-push-")) {
      List<String> a = new ArrayList<>(List.of("push", "--digestfile", tmp.path().resolve("digest").toString()));
      a.addAll(List.of(extraArgs));
      a.add(image);
      if (destination != null) {
        a.add(destination);
      }
      runner.runChecked(command(a).build());
      return tmp.readTrimmed("digest");
    }
  }

  /**
   * Whether an image is in local storage ({@code podman image exists}).
   *
   * @param image the name or id
   * @return true when present
   */
  public boolean imageExists(String image) {
    CommandResult r = runner.run(command("image", "exists", image).build());
    if (r.exitCode() == 0 || r.exitCode() == 1) {
      return r.exitCode() == 0;
    }
    throw new CommandFailedException(r);
  }

  /**
   * Inspects an image.
   *
   * @param image the name or id
   * @return the image, or empty when podman does not know it
   */
  public Optional<PodmanImage> inspectImage(String image) {
    CommandResult r = runner.run(command("image", "inspect", image).build());
    if (r.exitCode() != 0) {
      if (r.stderrTail().contains("image not known") || r.stderrTail().contains("no such image")) {
        return Optional.empty();
      }
      throw new CommandFailedException(r);
    }
    List<PodmanImage> images = PodmanJson.images(r.stdout());
    return images.isEmpty() ? Optional.empty() : Optional.of(images.get(0));
  }

  /**
   * The {@code CreatedBy} lines of an image's history, newest first ({@code podman history
   * --no-trunc}).
   *
   * @param image the name or id
   * @return the lines
   */
  public List<String> history(String image) {
    CommandResult r =
        runner.runChecked(command("history", "--no-trunc", "--format", "{{.CreatedBy}}", image).build());
    return r.stdoutLines();
  }

  /**
   * Removes an image or one of its tags ({@code podman rmi}; an image that containers use is not
   * removed and throws).
   *
   * @param image the name or id
   * @return true when removed, false when it did not exist
   */
  public boolean removeImage(String image) {
    CommandResult r = runner.run(command("rmi", image).build());
    if (r.exitCode() == 0) {
      return true;
    }
    if (r.exitCode() == 1 || r.stderrTail().contains("image not known")) {
      return false;
    }
    throw new CommandFailedException(r);
  }

  /**
   * Creates a manifest list ({@code podman manifest create}).
   *
   * @param list the list name
   */
  public void manifestCreate(String list) {
    runner.runChecked(command("manifest", "create", list).build());
  }

  /**
   * Adds an image to a manifest list ({@code podman manifest add}).
   *
   * @param list the list name
   * @param image the image, with a transport for local images (e.g. {@code
   *     containers-storage:localhost/app:amd64})
   */
  public void manifestAdd(String list, String image) {
    runner.runChecked(command("manifest", "add", list, image).build());
  }

  /**
   * The images of a manifest list ({@code podman manifest inspect}).
   *
   * @param list the list name
   * @return the entries in order
   */
  public List<ManifestEntry> manifestInspect(String list) {
    return PodmanJson.manifestEntries(runner.runChecked(command("manifest", "inspect", list).build()).stdout());
  }

  /**
   * Removes a manifest list, not the images in it ({@code podman manifest rm}).
   *
   * @param list the list name
   * @return true when removed, false when there was none
   */
  public boolean manifestRemove(String list) {
    CommandResult r = runner.run(command("manifest", "rm", list).build());
    if (r.exitCode() == 0) {
      return true;
    }
    if (r.stderrTail().contains("not known") || r.stderrTail().contains("not found")) {
      return false;
    }
    throw new CommandFailedException(r);
  }

  /**
   * Pushes a manifest list and all its images ({@code podman manifest push --all}).
   *
   * @param list the list name
   * @param destination e.g. {@code docker://host/repo:tag} or {@code oci:DIR}
   * @param extraArgs further arguments such as {@code --tls-verify=false}
   * @return the pushed list's digest
   */
  public String manifestPush(String list, String destination, String... extraArgs) {
    try (TempDirectory tmp = TempDirectory.create("tankos-push-")) {
      List<String> a =
          new ArrayList<>(
              List.of("manifest", "push", "--all", "--digestfile", tmp.path().resolve("digest").toString()));
      a.addAll(List.of(extraArgs));
      a.add(list);
      a.add(destination);
      runner.runChecked(command(a).build());
      return tmp.readTrimmed("digest");
    }
  }

  /**
   * Creates a secret with the value on podman's standard input ({@code podman secret create ... NAME
   * -}): driver, driver options and labels come from the specification.
   *
   * @param secret the specification (its name follows Podman's rule, see {@link
   *     PodmanSecret#nameProblem(String)})
   * @param value the value: 1 to 511999 bytes
   * @param replace whether an existing secret of that name is replaced ({@code --replace} on podman
   *     4.7+, otherwise {@code secret rm} then {@code create}, which is not atomic)
   * @return the created secret's metadata
   * @throws ValidationException for a value of the wrong size
   * @throws CommandFailedException when podman refuses (e.g. the name exists and replace is off)
   */
  public SecretInfo createSecret(PodmanSecret secret, SecretValue value, boolean replace) {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(value, "value");
    String name = secret.name();
    int length = value.length();
    if (length == 0 || length >= 512000) {
      throw new ValidationException(
          Location.of("secret[" + name + "]").child("value"),
          "must be 1 to 511999 bytes, is " + length);
    }
    List<String> a = new ArrayList<>(List.of("secret", "create", "--driver", secret.driver().token()));
    if (!secret.driverOptions().isEmpty()) {
      StringBuilder opts = new StringBuilder();
      secret.driverOptions().forEach((k, v) -> opts.append(opts.length() == 0 ? "" : ",").append(k).append('=').append(v));
      a.add("--driver-opts");
      a.add(opts.toString());
    }
    secret.labels().forEach((k, v) -> {
      a.add("--label");
      a.add(k + "=" + v);
    });
    if (replace) {
      if (version().hasSecretReplace()) {
        a.add("--replace");
      } else {
        removeSecret(name);
      }
    }
    a.add(name);
    a.add("-");
    runner.runChecked(command(a).stdin(value).build());
    return inspectSecret(name)
        .orElseThrow(() -> new IllegalStateException("secret " + name + " missing right after create"));
  }

  /**
   * Creates a secret with the {@code file} driver and no labels; fails when it exists.
   *
   * @param name the name (Podman's rule, see {@link PodmanSecret#nameProblem(String)})
   * @param value the value
   * @return the created secret's metadata
   * @throws ValidationException for an invalid name or size
   */
  public SecretInfo createSecret(String name, SecretValue value) {
    return createSecret(PodmanSecret.builder(name).build(), value, false);
  }

  private static String checkSecretName(String name) {
    Objects.requireNonNull(name, "name");
    PodmanSecret.nameProblem(name).ifPresent(problem -> {
      throw new ValidationException(Location.of("secret").child("name"), problem);
    });
    return name;
  }

  /**
   * Inspects a secret (metadata only).
   *
   * @param name the name or id
   * @return the secret, or empty when there is none
   */
  public Optional<SecretInfo> inspectSecret(String name) {
    CommandResult r = runner.run(command("secret", "inspect", checkSecretName(name)).build());
    if (r.exitCode() != 0) {
      if (r.stderrTail().contains("no such secret")) {
        return Optional.empty();
      }
      throw new CommandFailedException(r);
    }
    List<SecretInfo> secrets = PodmanJson.secrets(r.stdout());
    return secrets.isEmpty() ? Optional.empty() : Optional.of(secrets.get(0));
  }

  /**
   * Lists all secrets (ids from {@code secret ls}, metadata from one {@code secret inspect}).
   *
   * @return the secrets, in podman's order
   */
  public List<SecretInfo> listSecrets() {
    CommandResult ls = runner.runChecked(command("secret", "ls", "--noheading", "--format", "{{.ID}}").build());
    List<String> ids = new ArrayList<>();
    for (String line : ls.stdoutLines()) {
      if (!line.isBlank()) {
        ids.add(line.trim());
      }
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> a = new ArrayList<>(List.of("secret", "inspect"));
    a.addAll(ids);
    return PodmanJson.secrets(runner.runChecked(command(a).build()).stdout());
  }

  /**
   * Removes a secret.
   *
   * @param name the name or id
   * @return true when removed, false when there was none
   */
  public boolean removeSecret(String name) {
    CommandResult r = runner.run(command("secret", "rm", checkSecretName(name)).build());
    if (r.exitCode() == 0) {
      return true;
    }
    if (r.stderrTail().contains("no such secret")) {
      return false;
    }
    throw new CommandFailedException(r);
  }

  @Override
  public String toString() {
    return "Podman[" + executable + (globalArgs.isEmpty() ? "" : " " + String.join(" ", globalArgs)) + "]";
  }

  /** Builds a {@link Podman}; mutable, not thread-safe. */
  public static final class Builder {
    private CommandRunner runner = CommandRunner.local();
    private String executable = "podman";
    private final List<String> globalArgs = new ArrayList<>();
    private Duration timeout;
    private PodmanVersion version;

    private Builder() {}

    /**
     * Sets the runner (local by default; an {@code SshTransport} for a remote host).
     *
     * @param runner the runner
     * @return this builder
     */
    public Builder runner(CommandRunner runner) {
      this.runner = Objects.requireNonNull(runner, "runner");
      return this;
    }

    /**
     * Sets the podman executable.
     *
     * @param executable a name on the PATH or a path
     * @return this builder
     */
    public Builder executable(String executable) {
      this.executable = Objects.requireNonNull(executable, "executable");
      return this;
    }

    /**
     * Adds global arguments placed before every subcommand (e.g. {@code --storage-driver=vfs},
     * {@code --root DIR}).
     *
     * @param args the arguments
     * @return this builder
     */
    public Builder globalArgs(String... args) {
      for (String a : args) {
        globalArgs.add(Objects.requireNonNull(a, "arg"));
      }
      return this;
    }

    /**
     * Adds global arguments from a whitespace-separated line (as in a properties file); empty text
     * adds none. Arguments containing spaces need {@link #globalArgs(String...)}.
     *
     * @param line the arguments
     * @return this builder
     */
    public Builder globalArgsLine(String line) {
      for (String a : line.trim().split("\\s+")) {
        if (!a.isEmpty()) {
          globalArgs.add(a);
        }
      }
      return this;
    }

    /**
     * Sets a timeout for every podman call.
     *
     * @param timeout the timeout, or null for none
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Fixes the version instead of asking podman (for remote or recorded runs).
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(PodmanVersion version) {
      this.version = version;
      return this;
    }

    /**
     * Builds the wrapper.
     *
     * @return the wrapper
     */
    public Podman build() {
      return new Podman(this);
    }
  }
}
