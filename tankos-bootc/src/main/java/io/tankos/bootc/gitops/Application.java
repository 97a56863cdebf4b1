package io.tankos.bootc.gitops;

import io.tankos.bootc.kubevirt.ObjectMeta;
import io.tankos.bootc.kubevirt.internal.KubeYaml;
import io.tankos.bootc.kubevirt.internal.MetaCodec;
import io.tankos.bootc.kubevirt.internal.RepoUrls;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Argo CD {@code Application} ({@code argoproj.io/v1alpha1}) syncing a Kustomize directory of a
 * Git repository into a namespace; also the template of an {@link ApplicationSet}, where its
 * strings may hold Go templates such as {@code {{.host}}}.
 *
 * <pre>{@code
 * Application app = Application.builder()
 *     .metadata(ObjectMeta.builder().name("tank-os-alice").namespace("argocd").build())
 *     .repoUrl("https://git.example.com/fleet.git")
 *     .path("deploy/overlays/alice")
 *     .destinationNamespace("tank-alice")
 *     .build();    // project default, revision HEAD, in-cluster, prune + selfHeal, CreateNamespace
 * }</pre>
 */
public final class Application {
  /** The API version written. */
  public static final String API_VERSION = "argoproj.io/v1alpha1";

  /** The in-cluster API server. */
  public static final String IN_CLUSTER = "https://kubernetes.default.svc";

  private final ObjectMeta metadata;
  private final String project;
  private final String repoUrl;
  private final String targetRevision;
  private final String path;
  private final String destinationServer;
  private final String destinationNamespace;
  private final boolean automated;
  private final boolean prune;
  private final boolean selfHeal;
  private final boolean createNamespace;

  private Application(Builder b) {
    this.metadata = b.metadata;
    this.project = b.project;
    this.repoUrl = b.repoUrl;
    this.targetRevision = b.targetRevision;
    this.path = b.path;
    this.destinationServer = b.destinationServer;
    this.destinationNamespace = b.destinationNamespace;
    this.automated = b.automated;
    this.prune = b.prune;
    this.selfHeal = b.selfHeal;
    this.createNamespace = b.createNamespace;
  }

  /**
   * A builder with Argo CD's usual choices: project {@code default}, revision {@code HEAD}, the
   * in-cluster server, automated sync with prune and self-heal, {@code CreateNamespace=true}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this Application.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder()
        .metadata(metadata)
        .project(project)
        .repoUrl(repoUrl)
        .targetRevision(targetRevision)
        .path(path)
        .destinationServer(destinationServer)
        .destinationNamespace(destinationNamespace)
        .automated(automated, prune, selfHeal)
        .createNamespace(createNamespace);
  }

  /**
   * The metadata.
   *
   * @return the metadata
   */
  public ObjectMeta metadata() {
    return metadata;
  }

  /**
   * The Argo CD project.
   *
   * @return the project
   */
  public String project() {
    return project;
  }

  /**
   * The Git repository.
   *
   * @return the URL
   */
  public String repoUrl() {
    return repoUrl;
  }

  /**
   * The branch, tag or commit.
   *
   * @return the revision
   */
  public String targetRevision() {
    return targetRevision;
  }

  /**
   * The directory in the repository.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The destination namespace.
   *
   * @return the namespace
   */
  public String destinationNamespace() {
    return destinationNamespace;
  }

  /**
   * The manifest as YAML.
   *
   * @return the YAML text
   */
  public String toYaml() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("apiVersion", API_VERSION);
    m.put("kind", "Application");
    m.put("metadata", MetaCodec.write(metadata, Location.of("Application.metadata")));
    m.put("spec", spec());
    return KubeYaml.toYaml(m);
  }

  /** The {@code spec} as a plain tree; also the ApplicationSet template's spec. */
  Map<String, Object> spec() {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("project", project);
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("repoURL", repoUrl);
    source.put("targetRevision", targetRevision);
    source.put("path", path);
    spec.put("source", source);
    Map<String, Object> destination = new LinkedHashMap<>();
    destination.put("server", destinationServer);
    destination.put("namespace", destinationNamespace);
    spec.put("destination", destination);
    Map<String, Object> sync = new LinkedHashMap<>();
    if (automated) {
      Map<String, Object> auto = new LinkedHashMap<>();
      auto.put("prune", prune);
      auto.put("selfHeal", selfHeal);
      sync.put("automated", auto);
    }
    if (createNamespace) {
      sync.put("syncOptions", List.of("CreateNamespace=true"));
    }
    if (!sync.isEmpty()) {
      spec.put("syncPolicy", sync);
    }
    return spec;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Application a && toYaml().equals(a.toYaml());
  }

  @Override
  public int hashCode() {
    return toYaml().hashCode();
  }

  @Override
  public String toString() {
    return "Application{name="
        + metadata.name()
        + ", path="
        + path
        + ", destination="
        + destinationNamespace
        + "}";
  }

  /** Builds {@link Application}. */
  public static final class Builder {
    private ObjectMeta metadata = ObjectMeta.builder().build();
    private String project = "default";
    private String repoUrl;
    private String targetRevision = "HEAD";
    private String path;
    private String destinationServer = IN_CLUSTER;
    private String destinationNamespace;
    private boolean automated = true;
    private boolean prune = true;
    private boolean selfHeal = true;
    private boolean createNamespace = true;

    private Builder() {}

    /**
     * Sets the metadata (name, and the Argo CD namespace for a stand-alone Application).
     *
     * @param metadata the metadata
     * @return this builder
     */
    public Builder metadata(ObjectMeta metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Sets the project.
     *
     * @param project the project
     * @return this builder
     */
    public Builder project(String project) {
      this.project = project;
      return this;
    }

    /**
     * Sets the Git repository.
     *
     * @param repoUrl the URL
     * @return this builder
     */
    public Builder repoUrl(String repoUrl) {
      this.repoUrl = repoUrl;
      return this;
    }

    /**
     * Sets the branch, tag or commit.
     *
     * @param revision the revision
     * @return this builder
     */
    public Builder targetRevision(String revision) {
      this.targetRevision = revision;
      return this;
    }

    /**
     * Sets the directory in the repository (a Kustomize directory).
     *
     * @param path the path
     * @return this builder
     */
    public Builder path(String path) {
      this.path = path;
      return this;
    }

    /**
     * Sets the destination API server.
     *
     * @param server the server URL
     * @return this builder
     */
    public Builder destinationServer(String server) {
      this.destinationServer = server;
      return this;
    }

    /**
     * Sets the destination namespace.
     *
     * @param namespace the namespace
     * @return this builder
     */
    public Builder destinationNamespace(String namespace) {
      this.destinationNamespace = namespace;
      return this;
    }

    /**
     * Sets automated sync.
     *
     * @param automated whether to sync automatically
     * @param prune whether to delete what left Git
     * @param selfHeal whether to undo changes made in the cluster
     * @return this builder
     */
    public Builder automated(boolean automated, boolean prune, boolean selfHeal) {
      this.automated = automated;
      this.prune = prune;
      this.selfHeal = selfHeal;
      return this;
    }

    /**
     * Sets whether Argo CD creates the destination namespace.
     *
     * @param create whether to add {@code CreateNamespace=true}
     * @return this builder
     */
    public Builder createNamespace(boolean create) {
      this.createNamespace = create;
      return this;
    }

    /**
     * Builds and checks that name, project, repository, revision, path, server and namespace are
     * set and not blank.
     *
     * @return the Application
     * @throws io.tankos.core.validation.ValidationException naming each missing field
     */
    public Application build() {
      Problems problems = new Problems();
      Location at = Location.of("Application");
      required(problems, at.child("metadata").child("name"), metadata.name());
      required(problems, at.child("spec").child("project"), project);
      Location source = at.child("spec").child("source");
      RepoUrls.check(problems, source.child("repoURL"), repoUrl);
      required(problems, source.child("targetRevision"), targetRevision);
      required(problems, source.child("path"), path);
      Location dest = at.child("spec").child("destination");
      required(problems, dest.child("server"), destinationServer);
      required(problems, dest.child("namespace"), destinationNamespace);
      problems.throwIfAny();
      return new Application(this);
    }

    private static void required(Problems problems, Location at, String value) {
      if (value == null || value.isBlank()) {
        problems.add(at, "is required");
      }
    }
  }
}
