package io.tankos.bootc.podman;

import io.tankos.bootc.containerfile.BuilderTarget;
import io.tankos.bootc.containerfile.ContainerfileRender;
import io.tankos.bootc.internal.PodmanJson;
import io.tankos.bootc.internal.TempDirectory;
import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.exec.Operands;
import io.tankos.core.exec.OutputLine;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanSecret;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * CommandRunner}; secret values reach podman only on standard input ({@link #createSecret}) or in a
 * private temporary file ({@link #build}), never in its argv or environment.
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
 * <p>Arguments: every subcommand gets {@code --} before its operands (checked with podman 4.3.1),
 * and every image reference, manifest list and secret name is checked by {@link Operands} first, so
 * a name such as {@code --all} or {@code -a} is refused with a {@link ValidationException} at
 * {@code Podman.METHOD.PARAMETER} instead of becoming an option. {@link #command(List)} and the
 * {@code extraArgs} parameters pass options as they are.
 *
 * <p>{@link #build} writes the context and Containerfile into a local temporary directory, and
 * {@link #push}/{@link #manifestPush} read a local digest file: use them with a local runner.
 * Secrets, inspect and manifest calls work over an {@code SshTransport} too.
 */
public final class Podman {
  private static final Location AT = Location.of("Podman");
  private static final Location AT_BUILD = Location.of("PodmanBuild");

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
   * Builds an image, streaming podman's output lines to a callback. A Containerfile model is
   * rendered for this podman ({@link BuilderTarget#podman(int, int)} of {@link #version()}) under
   * the request's {@link PodmanBuild#targetPolicy()}, and the files the rendering needs (e.g. a
   * heredoc {@code RUN} rewritten into a script for podman before 4.8) are added to the context.
   * Build secret values are written to 0600 files in a private temporary directory, passed as
   * {@code --secret id=ID,src=FILE}, redacted from the output, and overwritten and deleted when the
   * call returns or throws.
   *
   * @param build what to build
   * @param progress receives every stdout and stderr line as it arrives
   * @return the image id and tags
   * @throws CommandFailedException when podman fails
   * @throws ValidationException when the model uses what this podman lacks under {@link
   *     TargetPolicy#STRICT}, when its rendering needs context files but the context is a directory,
   *     or when a {@link BuildSecret#fromEnvironment} variable is not set
   */
  public BuildResult build(PodmanBuild build, Consumer<OutputLine> progress) {
    Objects.requireNonNull(progress, "progress");
    ContainerfileRender rendered = null;
    if (build.containerfileModel().isPresent()) {
      PodmanVersion v = version();
      rendered =
          build.containerfileModel().get().render(BuilderTarget.podman(v.major(), v.minor()), build.targetPolicy());
    }
    List<SecretValue> fromEnvironment = new ArrayList<>();
    try (TempDirectory tmp = TempDirectory.create("tankos-build-")) {
      Path context = context(build, rendered, tmp);
      Path containerfile = build.containerfilePath().orElse(null);
      if (rendered != null) {
        containerfile = tmp.write("Containerfile", rendered.text());
      } else if (build.containerfileText().isPresent()) {
        containerfile = tmp.write("Containerfile", build.containerfileText().get());
      }
      List<String> secretArgs = new ArrayList<>();
      Command.Builder cmd = command();
      int index = 0;
      for (BuildSecret s : build.secrets()) {
        String source;
        if (s.file().isPresent()) {
          source = s.file().get().toString();
        } else {
          SecretValue value = s.value().orElse(null);
          if (value == null) {
            value = environmentSecret(s, index);
            fromEnvironment.add(value);
            cmd.removeEnv(s.hostEnvironment().get());
          }
          source = tmp.writeSecret("secret-" + index, value).toString();
          cmd.redact(value);
        }
        if (source.indexOf(',') >= 0) {
          // podman splits --secret at ',': "src=/a,env=HOME" would read HOME instead of the file
          throw new ValidationException(
              AT_BUILD.child("secret").index(index), "a secret file path must not contain ',', found '" + source + "'");
        }
        secretArgs.add("id=" + s.id() + ",src=" + source);
        index++;
      }
      Path iidfile = tmp.path().resolve("iid");
      cmd.args(buildArgs(build, containerfile, iidfile, context, secretArgs));
      runner.runChecked(cmd.outputListener(progress).build());
      String id = tmp.readTrimmed("iid");
      if (id == null) {
        throw new IllegalStateException("podman build succeeded but wrote no image id to --iidfile");
      }
      return new BuildResult(id, build.tags());
    } finally {
      fromEnvironment.forEach(SecretValue::destroy);
    }
  }

  /** The context directory: the given one, or the tree (plus rendered files) written out. */
  private static Path context(PodmanBuild build, ContainerfileRender rendered, TempDirectory tmp) {
    FileTree extra = rendered == null ? FileTree.empty() : rendered.contextFiles();
    if (build.contextDirectory().isPresent()) {
      if (!extra.isEmpty()) {
        throw new ValidationException(
            AT_BUILD.child("context"),
            "rendering the Containerfile for this podman needs files in the context ("
                + String.join(", ", extra.paths())
                + "); give the context as a FileTree, or the Containerfile as text");
      }
      return build.contextDirectory().get();
    }
    FileTree tree = build.contextTree().orElse(FileTree.empty());
    if (!extra.isEmpty()) {
      tree = tree.toBuilder().add(extra).build();
    }
    Path context = tmp.path().resolve("context");
    tree.writeTo(context);
    try {
      // writeTo leaves a link to its current generation: give podman the directory itself
      return context.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve the build context " + context, e);
    }
  }

  private static SecretValue environmentSecret(BuildSecret secret, int index) {
    String variable = secret.hostEnvironment().orElseThrow();
    String value = System.getenv(variable);
    if (value == null || value.isEmpty()) {
      throw new ValidationException(
          AT_BUILD.child("secret").index(index),
          "environment variable " + variable + " of build secret " + secret.id() + " is not set");
    }
    return SecretValue.of(secret.id(), value);
  }

  /**
   * The {@code podman build} arguments (after the global ones) for a request: options, then
   * {@code --}, then the context.
   *
   * @param build the request
   * @param containerfile the Containerfile, or null to let podman find it in the context
   * @param iidfile where podman writes the image id
   * @param context the context directory
   * @param secrets the {@code --secret} values, one per build secret
   * @return the arguments
   */
  static List<String> buildArgs(
      PodmanBuild build, Path containerfile, Path iidfile, Path context, List<String> secrets) {
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
    for (String secret : secrets) {
      a.add("--secret");
      a.add(secret);
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
    a.add("--");
    a.add(Operands.path(AT_BUILD.child("context"), context.toString()));
    return a;
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
      a.add("--");
      a.add(image(AT.child("push").child("image"), image));
      if (destination != null) {
        a.add(image(AT.child("push").child("destination"), destination));
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
    CommandResult r = runner.run(command("image", "exists", "--", image(AT.child("imageExists").child("image"), image)).build());
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
    CommandResult r = runner.run(command("image", "inspect", "--", image(AT.child("inspectImage").child("image"), image)).build());
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
        runner.runChecked(
            command("history", "--no-trunc", "--format", "{{.CreatedBy}}", "--", image(AT.child("history").child("image"), image))
                .build());
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
    CommandResult r = runner.run(command("rmi", "--", image(AT.child("removeImage").child("image"), image)).build());
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
    runner.runChecked(command("manifest", "create", "--", image(AT.child("manifestCreate").child("list"), list)).build());
  }

  /**
   * Adds an image to a manifest list ({@code podman manifest add}).
   *
   * @param list the list name
   * @param image the image, with a transport for local images (e.g. {@code
   *     containers-storage:localhost/app:amd64})
   */
  public void manifestAdd(String list, String image) {
    runner.runChecked(
        command(
                "manifest", "add", "--",
                image(AT.child("manifestAdd").child("list"), list),
                image(AT.child("manifestAdd").child("image"), image))
            .build());
  }

  /**
   * The images of a manifest list ({@code podman manifest inspect}).
   *
   * @param list the list name
   * @return the entries in order
   */
  public List<ManifestEntry> manifestInspect(String list) {
    String name = image(AT.child("manifestInspect").child("list"), list);
    return PodmanJson.manifestEntries(runner.runChecked(command("manifest", "inspect", "--", name).build()).stdout());
  }

  /**
   * Removes a manifest list, not the images in it ({@code podman manifest rm}).
   *
   * @param list the list name
   * @return true when removed, false when there was none
   */
  public boolean manifestRemove(String list) {
    CommandResult r = runner.run(command("manifest", "rm", "--", image(AT.child("manifestRemove").child("list"), list)).build());
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
      a.add("--");
      a.add(image(AT.child("manifestPush").child("list"), list));
      a.add(image(AT.child("manifestPush").child("destination"), destination));
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
    String name = Operands.secretName(AT.child("createSecret").child("name"), secret.name());
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
    a.add("--");
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

  private static String image(Location at, String reference) {
    return Operands.imageReference(at, reference);
  }

  /**
   * Inspects a secret (metadata only).
   *
   * @param name the name or id
   * @return the secret, or empty when there is none
   */
  public Optional<SecretInfo> inspectSecret(String name) {
    CommandResult r =
        runner.run(command("secret", "inspect", "--", Operands.secretName(AT.child("inspectSecret").child("name"), name)).build());
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
    List<String> a = new ArrayList<>(List.of("secret", "inspect", "--"));
    for (String id : ids) {
      a.add(Operands.secretName(AT.child("listSecrets").child("id"), id));
    }
    return PodmanJson.secrets(runner.runChecked(command(a).build()).stdout());
  }

  /**
   * Removes a secret.
   *
   * @param name the name or id
   * @return true when removed, false when there was none
   */
  public boolean removeSecret(String name) {
    CommandResult r =
        runner.run(command("secret", "rm", "--", Operands.secretName(AT.child("removeSecret").child("name"), name)).build());
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
