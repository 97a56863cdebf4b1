package io.tankos.bootc.kubevirt;

import java.util.Objects;

/**
 * A {@code cloudInitNoCloud} volume source: user-data inline or from a Secret ({@code secretRef},
 * key {@code userdata}), network-config inline or from a Secret ({@code networkDataSecretRef}, key
 * {@code networkdata}). {@link #toString()} never shows inline data.
 *
 * <pre>{@code
 * CloudInitNoCloud seed = CloudInitNoCloud.builder().secretRef("tank-alice-cloudinit").build();
 * }</pre>
 */
public final class CloudInitNoCloud {
  private final String userData;
  private final SecretRef secretRef;
  private final String networkData;
  private final SecretRef networkDataSecretRef;

  private CloudInitNoCloud(Builder b) {
    this.userData = b.userData;
    this.secretRef = b.secretRef;
    this.networkData = b.networkData;
    this.networkDataSecretRef = b.networkDataSecretRef;
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
   * A builder holding this source.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder()
        .userData(userData)
        .secretRef(secretRef)
        .networkData(networkData)
        .networkDataSecretRef(networkDataSecretRef);
  }

  /**
   * Inline user-data.
   *
   * @return the text, or null
   */
  public String userData() {
    return userData;
  }

  /**
   * The Secret holding user-data (key {@code userdata}).
   *
   * @return the reference, or null
   */
  public SecretRef secretRef() {
    return secretRef;
  }

  /**
   * Inline network-config.
   *
   * @return the text, or null
   */
  public String networkData() {
    return networkData;
  }

  /**
   * The Secret holding network-config (key {@code networkdata}).
   *
   * @return the reference, or null
   */
  public SecretRef networkDataSecretRef() {
    return networkDataSecretRef;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudInitNoCloud c
        && Objects.equals(userData, c.userData)
        && Objects.equals(secretRef, c.secretRef)
        && Objects.equals(networkData, c.networkData)
        && Objects.equals(networkDataSecretRef, c.networkDataSecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userData, secretRef, networkData, networkDataSecretRef);
  }

  @Override
  public String toString() {
    return "CloudInitNoCloud{userData="
        + (userData == null ? "none" : userData.length() + " chars")
        + ", secretRef="
        + (secretRef == null ? "none" : secretRef.name())
        + ", networkData="
        + (networkData == null ? "none" : networkData.length() + " chars")
        + ", networkDataSecretRef="
        + (networkDataSecretRef == null ? "none" : networkDataSecretRef.name())
        + "}";
  }

  /** Builds {@link CloudInitNoCloud}. */
  public static final class Builder {
    private String userData;
    private SecretRef secretRef;
    private String networkData;
    private SecretRef networkDataSecretRef;

    private Builder() {}

    /**
     * Sets inline user-data.
     *
     * @param userData the text, or null to clear
     * @return this builder
     */
    public Builder userData(String userData) {
      this.userData = userData;
      return this;
    }

    /**
     * Sets the user-data Secret.
     *
     * @param secretRef the reference, or null to clear
     * @return this builder
     */
    public Builder secretRef(SecretRef secretRef) {
      this.secretRef = secretRef;
      return this;
    }

    /**
     * Sets the user-data Secret by name.
     *
     * @param secretName the Secret's name
     * @return this builder
     */
    public Builder secretRef(String secretName) {
      return secretRef(new SecretRef(secretName));
    }

    /**
     * Sets inline network-config.
     *
     * @param networkData the text, or null to clear
     * @return this builder
     */
    public Builder networkData(String networkData) {
      this.networkData = networkData;
      return this;
    }

    /**
     * Sets the network-config Secret.
     *
     * @param ref the reference, or null to clear
     * @return this builder
     */
    public Builder networkDataSecretRef(SecretRef ref) {
      this.networkDataSecretRef = ref;
      return this;
    }

    /**
     * Sets the network-config Secret by name.
     *
     * @param secretName the Secret's name
     * @return this builder
     */
    public Builder networkDataSecretRef(String secretName) {
      return networkDataSecretRef(new SecretRef(secretName));
    }

    /**
     * Builds the source; the VirtualMachine's build checks that user-data comes from one place.
     *
     * @return the source
     */
    public CloudInitNoCloud build() {
      return new CloudInitNoCloud(this);
    }
  }
}
