package io.tankos.bootc.host;

import java.util.Objects;
import java.util.Optional;

/**
 * One bootable deployment of a bootc host ({@code status.booted}, {@code status.staged}, {@code
 * status.rollback} or one of {@code status.otherDeployments}).
 *
 * <pre>{@code
 * BootEntry booted = host.booted().orElseThrow();
 * if (booted.updateAvailable()) {
 *   System.out.println("update: " + booted.cachedUpdate().orElseThrow().imageDigest());
 * }
 * }</pre>
 */
public final class BootEntry {
  private final ImageStatus image;
  private final ImageStatus cachedUpdate;
  private final boolean incompatible;
  private final boolean pinned;
  private final boolean softRebootCapable;
  private final boolean downloadOnly;
  private final String store;
  private final OstreeDeployment ostree;
  private final ComposefsDeployment composefs;

  private BootEntry(Builder b) {
    this.image = b.image;
    this.cachedUpdate = b.cachedUpdate;
    this.incompatible = b.incompatible;
    this.pinned = b.pinned;
    this.softRebootCapable = b.softRebootCapable;
    this.downloadOnly = b.downloadOnly;
    this.store = b.store;
    this.ostree = b.ostree;
    this.composefs = b.composefs;
  }

  /**
   * A builder for an entry.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder filled with this entry's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.image = image;
    b.cachedUpdate = cachedUpdate;
    b.incompatible = incompatible;
    b.pinned = pinned;
    b.softRebootCapable = softRebootCapable;
    b.downloadOnly = downloadOnly;
    b.store = store;
    b.ostree = ostree;
    b.composefs = composefs;
    return b;
  }

  /**
   * The deployment's image; empty for a deployment bootc did not make (e.g. plain ostree).
   *
   * @return the image status
   */
  public Optional<ImageStatus> image() {
    return Optional.ofNullable(image);
  }

  /**
   * The last update bootc fetched metadata for ({@code bootc upgrade --check}).
   *
   * @return the cached update
   */
  public Optional<ImageStatus> cachedUpdate() {
    return Optional.ofNullable(cachedUpdate);
  }

  /**
   * Whether a cached update with a different digest than the deployed image exists.
   *
   * @return true when an update is available
   */
  public boolean updateAvailable() {
    return cachedUpdate != null
        && (image == null || !cachedUpdate.imageDigest().equals(image.imageDigest()));
  }

  /**
   * Whether the entry has local changes bootc does not understand (rpm-ostree layering).
   *
   * @return true when incompatible
   */
  public boolean incompatible() {
    return incompatible;
  }

  /**
   * Whether the entry is pinned (kept from garbage collection).
   *
   * @return true when pinned
   */
  public boolean pinned() {
    return pinned;
  }

  /**
   * Whether the entry can be the target of a soft reboot.
   *
   * @return true when soft-reboot capable
   */
  public boolean softRebootCapable() {
    return softRebootCapable;
  }

  /**
   * Whether the entry was staged with {@code --download-only}.
   *
   * @return true when download-only
   */
  public boolean downloadOnly() {
    return downloadOnly;
  }

  /**
   * The container storage backend, e.g. {@code ostreeContainer}.
   *
   * @return the store
   */
  public Optional<String> store() {
    return Optional.ofNullable(store);
  }

  /**
   * The ostree state of an ostree-based entry.
   *
   * @return the ostree state
   */
  public Optional<OstreeDeployment> ostree() {
    return Optional.ofNullable(ostree);
  }

  /**
   * The composefs state of a composefs-based entry.
   *
   * @return the composefs state
   */
  public Optional<ComposefsDeployment> composefs() {
    return Optional.ofNullable(composefs);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BootEntry)) {
      return false;
    }
    BootEntry e = (BootEntry) o;
    return Objects.equals(image, e.image)
        && Objects.equals(cachedUpdate, e.cachedUpdate)
        && incompatible == e.incompatible
        && pinned == e.pinned
        && softRebootCapable == e.softRebootCapable
        && downloadOnly == e.downloadOnly
        && Objects.equals(store, e.store)
        && Objects.equals(ostree, e.ostree)
        && Objects.equals(composefs, e.composefs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(image, cachedUpdate, incompatible, pinned, store, ostree, composefs);
  }

  @Override
  public String toString() {
    return "BootEntry[image="
        + (image == null ? "none" : image.image().image() + "@" + image.imageDigest())
        + ", pinned="
        + pinned
        + (updateAvailable() ? ", update=" + cachedUpdate.imageDigest() : "")
        + "]";
  }

  /** Builds a {@link BootEntry}; mutable, not thread-safe. */
  public static final class Builder {
    private ImageStatus image;
    private ImageStatus cachedUpdate;
    private boolean incompatible;
    private boolean pinned;
    private boolean softRebootCapable;
    private boolean downloadOnly;
    private String store;
    private OstreeDeployment ostree;
    private ComposefsDeployment composefs;

    private Builder() {}

    /**
     * Sets the deployed image.
     *
     * @param image the image status, or null
     * @return this builder
     */
    public Builder image(ImageStatus image) {
      this.image = image;
      return this;
    }

    /**
     * Sets the cached update.
     *
     * @param cachedUpdate the update's image status, or null
     * @return this builder
     */
    public Builder cachedUpdate(ImageStatus cachedUpdate) {
      this.cachedUpdate = cachedUpdate;
      return this;
    }

    /**
     * Sets whether the entry is incompatible.
     *
     * @param incompatible the flag
     * @return this builder
     */
    public Builder incompatible(boolean incompatible) {
      this.incompatible = incompatible;
      return this;
    }

    /**
     * Sets whether the entry is pinned.
     *
     * @param pinned the flag
     * @return this builder
     */
    public Builder pinned(boolean pinned) {
      this.pinned = pinned;
      return this;
    }

    /**
     * Sets whether the entry is soft-reboot capable.
     *
     * @param softRebootCapable the flag
     * @return this builder
     */
    public Builder softRebootCapable(boolean softRebootCapable) {
      this.softRebootCapable = softRebootCapable;
      return this;
    }

    /**
     * Sets whether the entry is download-only.
     *
     * @param downloadOnly the flag
     * @return this builder
     */
    public Builder downloadOnly(boolean downloadOnly) {
      this.downloadOnly = downloadOnly;
      return this;
    }

    /**
     * Sets the storage backend.
     *
     * @param store e.g. {@code ostreeContainer}, or null
     * @return this builder
     */
    public Builder store(String store) {
      this.store = store;
      return this;
    }

    /**
     * Sets the ostree state.
     *
     * @param ostree the state, or null
     * @return this builder
     */
    public Builder ostree(OstreeDeployment ostree) {
      this.ostree = ostree;
      return this;
    }

    /**
     * Sets the composefs state.
     *
     * @param composefs the state, or null
     * @return this builder
     */
    public Builder composefs(ComposefsDeployment composefs) {
      this.composefs = composefs;
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return the entry
     */
    public BootEntry build() {
      return new BootEntry(this);
    }
  }
}
