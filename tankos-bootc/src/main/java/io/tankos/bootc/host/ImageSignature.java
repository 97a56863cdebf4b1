package io.tankos.bootc.host;

import java.util.Objects;
import java.util.Optional;

/**
 * How bootc verifies an image's signature: {@code insecure}, {@code containerPolicy} or an ostree
 * remote's keys ({@code {"ostreeRemote": "fedora"}} in {@code bootc status}).
 *
 * <pre>{@code
 * ImageSignature s = ImageSignature.ostreeRemote("fedora");
 * s.ostreeRemoteName(); // Optional[fedora]
 * }</pre>
 */
public final class ImageSignature {
  private static final ImageSignature INSECURE = new ImageSignature("insecure", null);
  private static final ImageSignature CONTAINER_POLICY = new ImageSignature("containerPolicy", null);

  private final String kind;
  private final String remote;

  private ImageSignature(String kind, String remote) {
    this.kind = kind;
    this.remote = remote;
  }

  /**
   * No signature verification.
   *
   * @return the {@code insecure} signature mode
   */
  public static ImageSignature insecure() {
    return INSECURE;
  }

  /**
   * Verification deferred to {@code containers-policy.json}.
   *
   * @return the {@code containerPolicy} signature mode
   */
  public static ImageSignature containerPolicy() {
    return CONTAINER_POLICY;
  }

  /**
   * Verification with the keys of a named ostree remote.
   *
   * @param remote the remote's name
   * @return the {@code ostreeRemote} signature mode
   */
  public static ImageSignature ostreeRemote(String remote) {
    Objects.requireNonNull(remote, "remote");
    return new ImageSignature("ostreeRemote", remote);
  }

  /**
   * The mode's name as bootc writes it: {@code insecure}, {@code containerPolicy} or {@code
   * ostreeRemote}.
   *
   * @return the mode's name
   */
  public String kind() {
    return kind;
  }

  /**
   * The ostree remote's name, for the {@code ostreeRemote} mode.
   *
   * @return the remote's name, or empty for the other modes
   */
  public Optional<String> ostreeRemoteName() {
    return Optional.ofNullable(remote);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageSignature
        && ((ImageSignature) o).kind.equals(kind)
        && Objects.equals(((ImageSignature) o).remote, remote);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, remote);
  }

  @Override
  public String toString() {
    return remote == null ? kind : kind + "(" + remote + ")";
  }
}
