package io.tankos.bootc.podman;

import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.core.exec.Operands;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PullPolicy;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code podman build} should build: a Containerfile (the {@link Containerfile} model, rendered
 * for the podman that runs the build; text used as it is; or a file), a context (a {@link FileTree}
 * or a directory), tags, build arguments, secrets, platform, cache and pull policy, labels and
 * isolation.
 *
 * <pre>{@code
 * PodmanBuild build = PodmanBuild.builder()
 *     .containerfile(Containerfile.builder().from("scratch").copy("hello", "/hello").build())
 *     .context(FileTree.builder().file("hello", "hi\n").build())
 *     .tag("localhost/hello:1")
 *     .label("org.opencontainers.image.title", "hello")
 *     .build();
 * }</pre>
 *
 * <p>Tags, the manifest list, the Containerfile path and the context directory are checked by
 * {@link Operands} when set (a value starting with {@code -} is refused with a {@link
 * ValidationException} at {@code PodmanBuild.tag[N]} and so on).
 *
 * <p>Build arguments and labels take {@code String}s only: they are passed in podman's argv (visible
 * to every user of the machine) and stored in the image (build arguments in its history, labels in
 * its configuration), so a {@link io.tankos.core.secret.SecretValue} cannot and must not be given
 * to them; pass secrets with {@link Builder#secret(BuildSecret)}.
 */
public final class PodmanBuild {
  private static final Location AT = Location.of("PodmanBuild");

  private final Containerfile containerfileModel;
  private final TargetPolicy targetPolicy;
  private final String containerfileText;
  private final Path containerfilePath;
  private final FileTree contextTree;
  private final Path contextDir;
  private final List<String> tags;
  private final Map<String, String> buildArgs;
  private final List<BuildSecret> secrets;
  private final Map<String, String> labels;
  private final String platform;
  private final Boolean layers;
  private final boolean noCache;
  private final PullPolicy pull;
  private final String isolation;
  private final String manifest;
  private final String format;
  private final List<String> extraArgs;

  private PodmanBuild(Builder b) {
    this.containerfileModel = b.containerfileModel;
    this.targetPolicy = b.targetPolicy;
    this.containerfileText = b.containerfileText;
    this.containerfilePath = b.containerfilePath;
    this.contextTree = b.contextTree;
    this.contextDir = b.contextDir;
    this.tags = List.copyOf(b.tags);
    this.buildArgs = Collections.unmodifiableMap(new LinkedHashMap<>(b.buildArgs));
    this.secrets = List.copyOf(b.secrets);
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
    this.platform = b.platform;
    this.layers = b.layers;
    this.noCache = b.noCache;
    this.pull = b.pull;
    this.isolation = b.isolation;
    this.manifest = b.manifest;
    this.format = b.format;
    this.extraArgs = List.copyOf(b.extraArgs);
  }

  /**
   * An empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Containerfile model, when given as a model: {@link Podman#build} renders it for the podman
   * that runs the build ({@link Containerfile#render}) under {@link #targetPolicy()}.
   *
   * @return the model
   */
  public Optional<Containerfile> containerfileModel() {
    return Optional.ofNullable(containerfileModel);
  }

  /**
   * How a model is rendered for a podman that lacks some of its features: {@link
   * TargetPolicy#REWRITE} (the default) rewrites what can be rewritten (a heredoc {@code RUN}
   * becomes a script in the context), {@link TargetPolicy#STRICT} refuses.
   *
   * @return the policy
   */
  public TargetPolicy targetPolicy() {
    return targetPolicy;
  }

  /**
   * The Containerfile text, when given as text (used as it is, not rendered).
   *
   * @return the text
   */
  public Optional<String> containerfileText() {
    return Optional.ofNullable(containerfileText);
  }

  /**
   * The Containerfile path, when given as a file.
   *
   * @return the path
   */
  public Optional<Path> containerfilePath() {
    return Optional.ofNullable(containerfilePath);
  }

  /**
   * The context as a file tree, written to a temporary directory for the build.
   *
   * @return the tree
   */
  public Optional<FileTree> contextTree() {
    return Optional.ofNullable(contextTree);
  }

  /**
   * The context as a directory.
   *
   * @return the directory
   */
  public Optional<Path> contextDirectory() {
    return Optional.ofNullable(contextDir);
  }

  /**
   * The tags ({@code -t}).
   *
   * @return the tags in order
   */
  public List<String> tags() {
    return tags;
  }

  /**
   * The build arguments ({@code --build-arg}).
   *
   * @return the arguments in order
   */
  public Map<String, String> buildArgs() {
    return buildArgs;
  }

  /**
   * The build secrets ({@code --secret}).
   *
   * @return the secrets in order
   */
  public List<BuildSecret> secrets() {
    return secrets;
  }

  /**
   * The labels ({@code --label}).
   *
   * @return the labels in order
   */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * The target platform ({@code --platform os/arch[/variant]}).
   *
   * @return the platform
   */
  public Optional<String> platform() {
    return Optional.ofNullable(platform);
  }

  /**
   * Whether intermediate layers are cached ({@code --layers}); empty for podman's default.
   *
   * @return the setting
   */
  public Optional<Boolean> layers() {
    return Optional.ofNullable(layers);
  }

  /**
   * Whether the cache is ignored ({@code --no-cache}).
   *
   * @return true for {@code --no-cache}
   */
  public boolean noCache() {
    return noCache;
  }

  /**
   * The pull policy ({@code --pull=…}); empty for podman's default.
   *
   * @return the policy
   */
  public Optional<PullPolicy> pull() {
    return Optional.ofNullable(pull);
  }

  /**
   * The isolation ({@code --isolation oci|chroot|rootless}).
   *
   * @return the isolation
   */
  public Optional<String> isolation() {
    return Optional.ofNullable(isolation);
  }

  /**
   * The manifest list to add the image to ({@code --manifest}).
   *
   * @return the list name
   */
  public Optional<String> manifest() {
    return Optional.ofNullable(manifest);
  }

  /**
   * The image format ({@code --format oci|docker}).
   *
   * @return the format
   */
  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  /**
   * Further {@code podman build} arguments, placed before the context.
   *
   * @return the arguments
   */
  public List<String> extraArgs() {
    return extraArgs;
  }

  @Override
  public String toString() {
    return "PodmanBuild[tags=" + tags + ", secrets=" + secrets.size() + "]";
  }

  /** Builds a {@link PodmanBuild}; mutable, not thread-safe. */
  public static final class Builder {
    private Containerfile containerfileModel;
    private TargetPolicy targetPolicy = TargetPolicy.REWRITE;
    private String containerfileText;
    private Path containerfilePath;
    private FileTree contextTree;
    private Path contextDir;
    private final List<String> tags = new ArrayList<>();
    private final Map<String, String> buildArgs = new LinkedHashMap<>();
    private final List<BuildSecret> secrets = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String platform;
    private Boolean layers;
    private boolean noCache;
    private PullPolicy pull;
    private String isolation;
    private String manifest;
    private String format;
    private final List<String> extraArgs = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the Containerfile as a model, rendered for the podman that runs the build.
     *
     * @param containerfile the model
     * @return this builder
     */
    public Builder containerfile(Containerfile containerfile) {
      this.containerfileModel = Objects.requireNonNull(containerfile, "containerfile");
      this.containerfileText = null;
      this.containerfilePath = null;
      return this;
    }

    /**
     * Sets the Containerfile text, used as it is.
     *
     * @param text the text
     * @return this builder
     */
    public Builder containerfile(String text) {
      this.containerfileText = Objects.requireNonNull(text, "containerfile");
      this.containerfileModel = null;
      this.containerfilePath = null;
      return this;
    }

    /**
     * Sets how a model is rendered for an older podman (default {@link TargetPolicy#REWRITE}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder targetPolicy(TargetPolicy policy) {
      this.targetPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Uses a Containerfile on disk ({@code -f FILE}).
     *
     * @param file the file
     * @return this builder
     * @throws ValidationException when its path starts with {@code -}
     */
    public Builder containerfilePath(Path file) {
      this.containerfilePath = Operands.path(AT.child("containerfilePath"), file);
      this.containerfileText = null;
      this.containerfileModel = null;
      return this;
    }

    /**
     * Sets the context as a file tree.
     *
     * @param tree the tree
     * @return this builder
     */
    public Builder context(FileTree tree) {
      this.contextTree = Objects.requireNonNull(tree, "tree");
      this.contextDir = null;
      return this;
    }

    /**
     * Sets the context directory (a model whose rendering needs context files then cannot be built
     * for an older podman: give the context as a {@link FileTree}).
     *
     * @param directory the directory
     * @return this builder
     * @throws ValidationException when its path starts with {@code -}
     */
    public Builder context(Path directory) {
      this.contextDir = Operands.path(AT.child("context"), directory);
      this.contextTree = null;
      return this;
    }

    /**
     * Adds a tag.
     *
     * @param tag e.g. {@code localhost/tank-os:1}
     * @return this builder
     * @throws ValidationException when it is not an image reference ({@link
     *     Operands#imageReference})
     */
    public Builder tag(String tag) {
      tags.add(Operands.imageReference(AT.child("tag").index(tags.size()), tag));
      return this;
    }

    /**
     * Adds a build argument. It is passed in podman's argv and recorded in the image history, so it
     * takes a {@code String}: never a secret (use {@link #secret(BuildSecret)}).
     *
     * @param name the ARG name (not empty, no {@code =})
     * @param value the value
     * @return this builder
     */
    public Builder buildArg(String name, String value) {
      buildArgs.put(key(AT.child("buildArg"), name), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a build secret.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder secret(BuildSecret secret) {
      secrets.add(Objects.requireNonNull(secret, "secret"));
      return this;
    }

    /**
     * Adds a label. It is passed in podman's argv and stored in the image, so it takes a {@code
     * String}: never a secret.
     *
     * @param name the label name (not empty, no {@code =})
     * @param value the value
     * @return this builder
     */
    public Builder label(String name, String value) {
      labels.put(key(AT.child("label"), name), Objects.requireNonNull(value, "value"));
      return this;
    }

    private static String key(Location at, String name) {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty() || name.indexOf('=') >= 0 || name.startsWith("-")) {
        throw new ValidationException(at, "name must not be empty, contain '=' or start with '-', found '" + name + "'");
      }
      return name;
    }

    /**
     * Sets the platform. Observed with podman 4.3.1: the layer cache ignores the platform, so a
     * second build of the same steps for another platform returns the first image; set {@link
     * #noCache(boolean)} when building per-platform images for a manifest list.
     *
     * @param platform e.g. {@code linux/arm64}
     * @return this builder
     */
    public Builder platform(String platform) {
      this.platform = platform == null ? null : Operands.optionValue(AT.child("platform"), platform);
      return this;
    }

    /**
     * Sets layer caching.
     *
     * @param layers true to cache intermediate layers
     * @return this builder
     */
    public Builder layers(boolean layers) {
      this.layers = layers;
      return this;
    }

    /**
     * Ignores the cache.
     *
     * @param noCache true for {@code --no-cache}
     * @return this builder
     */
    public Builder noCache(boolean noCache) {
      this.noCache = noCache;
      return this;
    }

    /**
     * Sets the pull policy.
     *
     * @param pull the policy
     * @return this builder
     */
    public Builder pull(PullPolicy pull) {
      this.pull = pull;
      return this;
    }

    /**
     * Sets the isolation; {@code chroot} works where the OCI runtime cannot run (e.g. a container
     * without cgroup controllers).
     *
     * @param isolation {@code oci}, {@code chroot} or {@code rootless}
     * @return this builder
     */
    public Builder isolation(String isolation) {
      if (isolation != null && !List.of("oci", "chroot", "rootless").contains(isolation)) {
        throw new IllegalArgumentException("isolation must be oci, chroot or rootless, found '" + isolation + "'");
      }
      this.isolation = isolation;
      return this;
    }

    /**
     * Adds the image to a manifest list.
     *
     * @param manifest the list name
     * @return this builder
     */
    public Builder manifest(String manifest) {
      this.manifest = manifest == null ? null : Operands.imageReference(AT.child("manifest"), manifest);
      return this;
    }

    /**
     * Sets the image format.
     *
     * @param format {@code oci} or {@code docker}
     * @return this builder
     */
    public Builder format(String format) {
      if (format != null && !List.of("oci", "docker").contains(format)) {
        throw new ValidationException(AT.child("format"), "format must be oci or docker, found '" + format + "'");
      }
      this.format = format;
      return this;
    }

    /**
     * Adds further {@code podman build} options, passed as they are before the {@code --} that
     * precedes the context (so they can only be options, never the context).
     *
     * @param args the arguments
     * @return this builder
     */
    public Builder extraArgs(String... args) {
      extraArgs.addAll(List.of(args));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalStateException when no Containerfile or no context was given
     */
    public PodmanBuild build() {
      boolean treeHasOne =
          contextTree != null
              && (contextTree.get("Containerfile").isPresent() || contextTree.get("Dockerfile").isPresent());
      if (containerfileModel == null
          && containerfileText == null
          && containerfilePath == null
          && contextDir == null
          && !treeHasOne) {
        throw new IllegalStateException(
            "a build needs a Containerfile (text or file), or a context holding a Containerfile or Dockerfile");
      }
      List<String> ids = new ArrayList<>();
      for (BuildSecret s : secrets) {
        if (ids.contains(s.id())) {
          throw new IllegalStateException("build secret id '" + s.id() + "' given twice");
        }
        ids.add(s.id());
      }
      return new PodmanBuild(this);
    }
  }
}
