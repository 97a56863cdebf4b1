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
 * <p>A child or an element keeps its parent and its own step, and writes its path the first time
 * the path is asked for: checks make a location for every value they look at, and most are never
 * shown. Two locations are equal when their paths are.
 */
public final class Location {

  /** The location of the whole document. */
  public static final Location ROOT = new Location("(root)");

  /** Null for a location made from its path. */
  private final Location parent;

  /** The child's name; null for an element, whose index is {@link #index}. */
  private final String name;

  private final int index;

  /** The rendered path, made once when first asked for (a benign race, as {@code String.hash}). */
  private String path;

  /**
   * A location from its rendered path.
   *
   * @param path the rendered path, never blank
   */
  public Location(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isBlank()) {
      throw new IllegalArgumentException("location path is blank");
    }
    this.parent = null;
    this.name = null;
    this.index = 0;
    this.path = path;
  }

  private Location(Location parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
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
   * A named child: {@code Container} → {@code Container.Image}. Under {@link #ROOT} the child is
   * the top-level location of that name. A blank name (a YAML key of spaces, or none) is shown in
   * double quotes at any depth: {@code a.""}, not {@code a.}.
   *
   * @param name the child's name
   * @return the child location
   */
  public Location child(String name) {
    Objects.requireNonNull(name, "name");
    // only a location made from its path can be the root: a child's or element's path has a '.'
    // or '[' after its parent's
    String n = name.isBlank() ? quotedBlank(name) : name;
    return parent == null && (this == ROOT || path.equals(ROOT.path))
        ? new Location(n)
        : new Location(this, n, 0);
  }

  /**
   * A blank name from data (a YAML key of spaces, or none) as a path step: in double quotes,
   * each character but a space written as its Java escape, so the path is neither blank nor more
   * than one line.
   */
  private static String quotedBlank(String name) {
    StringBuilder out = new StringBuilder(name.length() + 2).append('"');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(c == ' ' ? " " : String.format("\\u%04x", (int) c));
    }
    return out.append('"').toString();
  }

  /**
   * An indexed element: {@code Container.PublishPort} → {@code Container.PublishPort[2]}.
   *
   * @param index zero-based index
   * @return the element's location
   */
  public Location index(int index) {
    return new Location(this, null, index);
  }

  /**
   * The rendered path.
   *
   * @return e.g. {@code Container.PublishPort[2]}
   */
  public String path() {
    String p = path;
    if (p == null) {
      p = render();
      path = p;
    }
    return p;
  }

  /** Writes the path from the nearest ancestor that has one, without recursion. */
  private String render() {
    int steps = 0;
    Location l = this;
    while (l.path == null) {
      steps++;
      l = l.parent;
    }
    Location[] chain = new Location[steps];
    l = this;
    for (int i = steps - 1; i >= 0; i--) {
      chain[i] = l;
      l = l.parent;
    }
    StringBuilder b = new StringBuilder(l.path);
    for (Location step : chain) {
      if (step.name != null) {
        b.append('.').append(step.name);
      } else {
        b.append('[').append(step.index).append(']');
      }
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && path().equals(l.path());
  }

  @Override
  public int hashCode() {
    return path().hashCode();
  }

  @Override
  public String toString() {
    return path();
  }
}
