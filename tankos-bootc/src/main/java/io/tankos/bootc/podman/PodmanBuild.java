package io.tankos.bootc.podman;

import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PullPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code podman build} should build: a Containerfile (text, any object whose {@code
 * toString()} is the text, or a file), a context (a {@link FileTree} or a directory), tags, build
 * arguments, secrets, platform, cache and pull policy, labels and isolation.
 *
 * <pre>{@code
 * PodmanBuild build = PodmanBuild.builder()
 *     .containerfile("FROM scratch\nCOPY hello /hello\n")
 *     .context(FileTree.builder().file("hello", "hi\n").build())
 *     .tag("localhost/hello:1")
 *     .label("org.opencontainers.image.title", "hello")
 *     .build();
 * }</pre>
 *
 * <p>Build arguments are recorded in the image history ({@code podman history}); pass secrets with
 * {@link Builder#secret(BuildSecret)} instead.
 */
public final class PodmanBuild {
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
   * The Containerfile text, when given as text.
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
     * Sets the Containerfile text: a {@code String} or any object whose {@code toString()} is the
     * rendered Containerfile (such as a Containerfile model).
     *
     * @param containerfile the text or model
     * @return this builder
     */
    public Builder containerfile(Object containerfile) {
      this.containerfileText = Objects.requireNonNull(containerfile, "containerfile").toString();
      this.containerfilePath = null;
      return this;
    }

    /**
     * Uses a Containerfile on disk ({@code -f FILE}).
     *
     * @param file the file
     * @return this builder
     */
    public Builder containerfilePath(Path file) {
      this.containerfilePath = Objects.requireNonNull(file, "file");
      this.containerfileText = null;
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
     * Sets the context directory.
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder context(Path directory) {
      this.contextDir = Objects.requireNonNull(directory, "directory");
      this.contextTree = null;
      return this;
    }

    /**
     * Adds a tag.
     *
     * @param tag e.g. {@code localhost/tank-os:1}
     * @return this builder
     */
    public Builder tag(String tag) {
      tags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    /**
     * Adds a build argument (recorded in the image history: not for secrets).
     *
     * @param name the ARG name
     * @param value the value
     * @return this builder
     */
    public Builder buildArg(String name, String value) {
      buildArgs.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
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
     * Adds a label.
     *
     * @param name the label name
     * @param value the value
     * @return this builder
     */
    public Builder label(String name, String value) {
      labels.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
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
      this.platform = platform;
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
      this.manifest = manifest;
      return this;
    }

    /**
     * Sets the image format.
     *
     * @param format {@code oci} or {@code docker}
     * @return this builder
     */
    public Builder format(String format) {
      this.format = format;
      return this;
    }

    /**
     * Adds further {@code podman build} arguments.
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
      if (containerfileText == null && containerfilePath == null && contextDir == null && !treeHasOne) {
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
