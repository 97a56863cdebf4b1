package io.tankos.bootc.host;

import io.tankos.bootc.internal.BootcHostJson;
import io.tankos.core.validation.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code org.containers.bootc/v1} {@code BootcHost} document that {@code bootc status
 * --format=json --format-version=1} prints: the image the host follows ({@code spec}) and its
 * staged, booted, rollback and pinned deployments ({@code status}). Older {@code v1alpha1}
 * documents parse too; unknown fields are ignored. {@link #toString()} is the JSON text.
 *
 * <pre>{@code
 * BootcHost host = new Bootc(runner).status();
 * host.booted().flatMap(BootEntry::image).ifPresent(i -> System.out.println(i.imageDigest()));
 * if (!host.isBootcHost()) System.out.println("not booted via bootc");
 * }</pre>
 */
public final class BootcHost {
  /** The current API version. */
  public static final String API_VERSION = "org.containers.bootc/v1";

  /** The legacy API version older bootc releases and the upstream fixtures carry. */
  public static final String API_VERSION_V1ALPHA1 = "org.containers.bootc/v1alpha1";

  /** The document kind. */
  public static final String KIND = "BootcHost";

  private final String apiVersion;
  private final String name;
  private final String namespace;
  private final Map<String, String> labels;
  private final Map<String, String> annotations;
  private final ImageReference specImage;
  private final boolean rollbackOrder;
  private final BootEntry staged;
  private final BootEntry booted;
  private final BootEntry rollback;
  private final List<BootEntry> otherDeployments;
  private final boolean rollbackQueued;
  private final String type;
  private final UsrOverlay usrOverlay;
  private final boolean readOnly;

  private BootcHost(Builder b) {
    this.apiVersion = b.apiVersion;
    this.name = b.name;
    this.namespace = b.namespace;
    this.labels = b.labels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
    this.annotations =
        b.annotations == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.annotations));
    this.specImage = b.specImage;
    this.rollbackOrder = b.rollbackOrder;
    this.staged = b.staged;
    this.booted = b.booted;
    this.rollback = b.rollback;
    this.otherDeployments = List.copyOf(b.otherDeployments);
    this.rollbackQueued = b.rollbackQueued;
    this.type = b.type;
    this.usrOverlay = b.usrOverlay;
    this.readOnly = b.readOnly;
  }

  /**
   * Parses a {@code bootc status --format=json} document.
   *
   * @param source a name for messages, e.g. {@code bootc status} or a file name
   * @param json the JSON text
   * @return the host
   * @throws ParseException naming the field and the reason when the text is not a BootcHost
   */
  public static BootcHost parseJson(String source, String json) {
    return BootcHostJson.parse(source, json);
  }

  /**
   * A builder; {@code apiVersion} defaults to {@link #API_VERSION}, {@code metadata.name} to {@code
   * host}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder filled with this document's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.apiVersion = apiVersion;
    b.name = name;
    b.namespace = namespace;
    b.labels = labels;
    b.annotations = annotations;
    b.specImage = specImage;
    b.rollbackOrder = rollbackOrder;
    b.staged = staged;
    b.booted = booted;
    b.rollback = rollback;
    b.otherDeployments.addAll(otherDeployments);
    b.rollbackQueued = rollbackQueued;
    b.type = type;
    b.usrOverlay = usrOverlay;
    b.readOnly = readOnly;
    return b;
  }

  /**
   * The document's API version, {@link #API_VERSION} or {@link #API_VERSION_V1ALPHA1}.
   *
   * @return the API version
   */
  public String apiVersion() {
    return apiVersion;
  }

  /**
   * {@code metadata.name} (bootc writes {@code host}).
   *
   * @return the name, if present
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * {@code metadata.namespace}.
   *
   * @return the namespace, if present
   */
  public Optional<String> namespace() {
    return Optional.ofNullable(namespace);
  }

  /**
   * {@code metadata.labels}.
   *
   * @return the labels in document order, if present
   */
  public Optional<Map<String, String>> labels() {
    return Optional.ofNullable(labels);
  }

  /**
   * {@code metadata.annotations}.
   *
   * @return the annotations in document order, if present
   */
  public Optional<Map<String, String>> annotations() {
    return Optional.ofNullable(annotations);
  }

  /**
   * {@code spec.image}: the image the host follows.
   *
   * @return the image reference; empty on a host not booted via bootc
   */
  public Optional<ImageReference> specImage() {
    return Optional.ofNullable(specImage);
  }

  /**
   * {@code spec.bootOrder}: whether the rollback deployment is set to boot next.
   *
   * @return true for {@code rollback}, false for {@code default}
   */
  public boolean rollbackBootOrder() {
    return rollbackOrder;
  }

  /**
   * The deployment staged for the next boot.
   *
   * @return the staged entry
   */
  public Optional<BootEntry> staged() {
    return Optional.ofNullable(staged);
  }

  /**
   * The booted deployment.
   *
   * @return the booted entry; empty on a host not booted via bootc
   */
  public Optional<BootEntry> booted() {
    return Optional.ofNullable(booted);
  }

  /**
   * The previous deployment, target of {@code bootc rollback}.
   *
   * @return the rollback entry
   */
  public Optional<BootEntry> rollback() {
    return Optional.ofNullable(rollback);
  }

  /**
   * Other (pinned) deployments.
   *
   * @return the entries, in document order
   */
  public List<BootEntry> otherDeployments() {
    return otherDeployments;
  }

  /**
   * Whether the rollback entry is queued for the next boot.
   *
   * @return true when queued
   */
  public boolean rollbackQueued() {
    return rollbackQueued;
  }

  /**
   * {@code status.type}: {@code bootcHost} on a host deployed in a bootc-compatible way.
   *
   * @return the type, if detected
   */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Whether the host is booted via bootc: it has a booted deployment with an image.
   *
   * @return true on a bootc host
   */
  public boolean isBootcHost() {
    return booted != null && booted.image().isPresent();
  }

  /**
   * The {@code /usr} overlay, if one is mounted.
   *
   * @return the overlay
   */
  public Optional<UsrOverlay> usrOverlay() {
    return Optional.ofNullable(usrOverlay);
  }

  /**
   * Whether {@code /sysroot} is on read-only media (a live ISO).
   *
   * @return true when read-only
   */
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * The document as compact JSON (the shape {@code bootc status --format=json} prints).
   *
   * @return the JSON text
   */
  public String toJson() {
    return BootcHostJson.write(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BootcHost && ((BootcHost) o).toJson().equals(toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  /** The JSON text, see {@link #toJson()}. */
  @Override
  public String toString() {
    return toJson();
  }

  /** Builds a {@link BootcHost}; mutable, not thread-safe. */
  public static final class Builder {
    private String apiVersion = API_VERSION;
    private String name = "host";
    private String namespace;
    private Map<String, String> labels;
    private Map<String, String> annotations;
    private ImageReference specImage;
    private boolean rollbackOrder;
    private BootEntry staged;
    private BootEntry booted;
    private BootEntry rollback;
    private final List<BootEntry> otherDeployments = new ArrayList<>();
    private boolean rollbackQueued;
    private String type;
    private UsrOverlay usrOverlay;
    private boolean readOnly;

    private Builder() {}

    /**
     * Sets the API version.
     *
     * @param apiVersion {@link #API_VERSION} or {@link #API_VERSION_V1ALPHA1}
     * @return this builder
     */
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
      return this;
    }

    /**
     * Sets {@code metadata.name}.
     *
     * @param name the name, or null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code metadata.namespace}.
     *
     * @param namespace the namespace, or null
     * @return this builder
     */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /**
     * Sets {@code metadata.labels}.
     *
     * @param labels the labels (order kept), or null
     * @return this builder
     */
    public Builder labels(Map<String, String> labels) {
      this.labels = labels;
      return this;
    }

    /**
     * Sets {@code metadata.annotations}.
     *
     * @param annotations the annotations (order kept), or null
     * @return this builder
     */
    public Builder annotations(Map<String, String> annotations) {
      this.annotations = annotations;
      return this;
    }

    /**
     * Sets {@code spec.image}.
     *
     * @param specImage the followed image, or null
     * @return this builder
     */
    public Builder specImage(ImageReference specImage) {
      this.specImage = specImage;
      return this;
    }

    /**
     * Sets {@code spec.bootOrder}.
     *
     * @param rollbackOrder true for {@code rollback}, false for {@code default}
     * @return this builder
     */
    public Builder rollbackBootOrder(boolean rollbackOrder) {
      this.rollbackOrder = rollbackOrder;
      return this;
    }

    /**
     * Sets the staged entry.
     *
     * @param staged the entry, or null
     * @return this builder
     */
    public Builder staged(BootEntry staged) {
      this.staged = staged;
      return this;
    }

    /**
     * Sets the booted entry.
     *
     * @param booted the entry, or null
     * @return this builder
     */
    public Builder booted(BootEntry booted) {
      this.booted = booted;
      return this;
    }

    /**
     * Sets the rollback entry.
     *
     * @param rollback the entry, or null
     * @return this builder
     */
    public Builder rollback(BootEntry rollback) {
      this.rollback = rollback;
      return this;
    }

    /**
     * Adds an entry to {@code otherDeployments}.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder addOtherDeployment(BootEntry entry) {
      otherDeployments.add(Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Sets {@code rollbackQueued}.
     *
     * @param rollbackQueued the flag
     * @return this builder
     */
    public Builder rollbackQueued(boolean rollbackQueued) {
      this.rollbackQueued = rollbackQueued;
      return this;
    }

    /**
     * Sets {@code status.type}.
     *
     * @param type e.g. {@code bootcHost}, or null
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the {@code /usr} overlay.
     *
     * @param usrOverlay the overlay, or null
     * @return this builder
     */
    public Builder usrOverlay(UsrOverlay usrOverlay) {
      this.usrOverlay = usrOverlay;
      return this;
    }

    /**
     * Sets {@code status.readOnly}.
     *
     * @param readOnly the flag
     * @return this builder
     */
    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /**
     * Builds the document.
     *
     * @return the host document
     */
    public BootcHost build() {
      return new BootcHost(this);
    }
  }
}
