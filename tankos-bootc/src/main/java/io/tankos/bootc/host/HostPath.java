package io.tankos.bootc.host;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.util.Objects;

/**
 * A path of a file on a host, as {@link HostFiles} takes it: absolute ({@code /etc/tank-os/x}) or
 * relative to the remote user's home ({@code ~/.config/containers/systemd/x.conf}, resolved on the
 * host through its {@code $HOME}). Refused: any other form, a trailing {@code /}, a {@code ..}
 * segment, NUL, line breaks or other control characters, more than {@value #MAX_LENGTH} characters.
 *
 * <pre>{@code
 * HostPath dropIn = HostPath.of("~/.config/containers/systemd/openclaw.container.d/10-secrets.conf");
 * }</pre>
 */
public final class HostPath {
  /** Longest path accepted: Linux's {@code PATH_MAX} less the NUL. */
  public static final int MAX_LENGTH = 4095;

  private static final Location AT = Location.of("HostPath");

  private final String path;

  private HostPath(String path) {
    this.path = path;
  }

  /**
   * A checked path.
   *
   * @param path {@code /ABSOLUTE/PATH} or {@code ~/RELATIVE/PATH}
   * @return the path
   * @throws ValidationException at {@code HostPath} naming the reason
   */
  public static HostPath of(String path) {
    Objects.requireNonNull(path, "path");
    String problem = problem(path);
    if (problem != null) {
      throw new ValidationException(AT, problem);
    }
    return new HostPath(path);
  }

  private static String problem(String path) {
    if (path.length() > MAX_LENGTH) {
      return "a host path must be at most " + MAX_LENGTH + " characters, is " + path.length();
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return "a host path must not contain NUL, a line break or another control character"
            + " (index " + i + ")";
      }
    }
    String rest;
    if (path.startsWith("~/")) {
      rest = path.substring(2);
    } else if (path.startsWith("/")) {
      rest = path.substring(1);
    } else {
      return "a host path must be absolute (/…) or relative to the home directory (~/…)";
    }
    if (rest.isEmpty() || rest.endsWith("/")) {
      return "a host path must name a file, not end with '/'";
    }
    for (String segment : rest.split("/", -1)) {
      if (segment.equals("..")) {
        return "a host path must not contain a '..' segment";
      }
    }
    return null;
  }

  /**
   * Whether the path is relative to the home directory ({@code ~/…}).
   *
   * @return true for {@code ~/…}
   */
  public boolean isHomeRelative() {
    return path.startsWith("~/");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HostPath p && p.path.equals(path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  /**
   * The path as given.
   *
   * @return the path
   */
  @Override
  public String toString() {
    return path;
  }
}
