package io.tankos.core.validation;

import java.util.Objects;

/**
 * Where a problem is: a dotted path of names and indexes such as {@code Container.PublishPort[2]} or
 * {@code users[0].ssh_authorized_keys[1]}.
 *
 * <pre>{@code
 * Location at = Location.of("Container").child("PublishPort").index(2);
 * at.toString(); // "Container.PublishPort[2]"
 * }</pre>
 *
 * @param path the rendered path, never blank
 */
public record Location(String path) {

  /** The location of the whole document. */
  public static final Location ROOT = new Location("(root)");

  /**
   * Checks the path.
   *
   * @param path the rendered path
   */
  public Location {
    Objects.requireNonNull(path, "path");
    if (path.isBlank()) {
      throw new IllegalArgumentException("location path is blank");
    }
  }

  /**
   * A location from its rendered path.
   *
   * @param path e.g. {@code Container.Image}
   * @return the location
   */
  public static Location of(String path) {
    return new Location(path);
  }

  /**
   * A named child: {@code Container} → {@code Container.Image}.
   *
   * @param name the child's name
   * @return the child location
   */
  public Location child(String name) {
    Objects.requireNonNull(name, "name");
    return this == ROOT || path.equals(ROOT.path) ? new Location(name) : new Location(path + "." + name);
  }

  /**
   * An indexed element: {@code Container.PublishPort} → {@code Container.PublishPort[2]}.
   *
   * @param index zero-based index
   * @return the element's location
   */
  public Location index(int index) {
    return new Location(path + "[" + index + "]");
  }

  @Override
  public String toString() {
    return path;
  }
}
