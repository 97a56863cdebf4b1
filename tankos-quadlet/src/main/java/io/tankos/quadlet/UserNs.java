package io.tankos.quadlet;

import java.util.Objects;

/**
 * A user namespace mode for {@code UserNS=} (Podman's {@code --userns}).
 *
 * <pre>{@code
 * ContainerUnit.builder("app").image("quay.io/x/app:1").userNs(UserNs.keepId(1000, 1000)).build();
 * }</pre>
 */
public final class UserNs {
  private final String text;

  private UserNs(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * {@code auto}: a unique range of IDs.
   *
   * @return the mode
   */
  public static UserNs auto() {
    return new UserNs("auto");
  }

  /**
   * {@code auto:size=N}.
   *
   * @param size number of IDs
   * @return the mode
   */
  public static UserNs auto(int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("size must be positive: " + size);
    }
    return new UserNs("auto:size=" + size);
  }

  /**
   * {@code host}: the host's user namespace.
   *
   * @return the mode
   */
  public static UserNs host() {
    return new UserNs("host");
  }

  /**
   * {@code keep-id}: the caller's UID and GID inside the container (rootless).
   *
   * @return the mode
   */
  public static UserNs keepId() {
    return new UserNs("keep-id");
  }

  /**
   * {@code keep-id:uid=U,gid=G}.
   *
   * @param uid the UID inside the container
   * @param gid the GID inside the container
   * @return the mode
   */
  public static UserNs keepId(long uid, long gid) {
    if (uid < 0 || gid < 0) {
      throw new IllegalArgumentException("uid and gid must not be negative");
    }
    return new UserNs("keep-id:uid=" + uid + ",gid=" + gid);
  }

  /**
   * {@code nomap}: the caller's IDs are not mapped (rootless).
   *
   * @return the mode
   */
  public static UserNs nomap() {
    return new UserNs("nomap");
  }

  /**
   * {@code ns:PATH}: an existing namespace.
   *
   * @param path the namespace path
   * @return the mode
   */
  public static UserNs ns(String path) {
    return new UserNs("ns:" + path);
  }

  /**
   * Any other mode text, written as given.
   *
   * @param text e.g. {@code keep-id:size=65536}
   * @return the mode
   */
  public static UserNs of(String text) {
    return new UserNs(text);
  }

  /**
   * The text written after {@code UserNS=}.
   *
   * @return the mode text
   */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserNs u && u.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
