package io.tankos.core.exec;

import io.tankos.core.podman.PodmanSecret;
import io.tankos.core.text.Shown;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one place that checks the names, references, paths and hosts tankos hands to a tool as
 * operands (podman, bootc, bootc-image-builder, ssh): one check per kind, each refusing a value that
 * the tool could read as an option. Wrappers also put {@code --} before operands where the tool
 * accepts it (podman and bootc-image-builder use cobra, bootc uses clap, ssh uses getopt: all do),
 * so these checks are the second line of defence, and the only one for option values. A refusal is
 * a {@link ValidationException} at the given location; the message names the kind and the reason.
 *
 * <pre>{@code
 * String image = Operands.imageReference(Location.of("Podman.removeImage").child("image"), "--all");
 * // ValidationException: Podman.removeImage.image: an image reference must not start with '-' ...
 * }</pre>
 */
public final class Operands {
  /** Longest image reference accepted (Podman's own limit is far above any real name). */
  public static final int MAX_IMAGE_REFERENCE_LENGTH = 4096;

  /** Longest OCI tag: 128 characters (OCI distribution spec). */
  public static final int MAX_TAG_LENGTH = 128;

  /** Longest container name accepted: 253 characters, as for secrets. */
  public static final int MAX_CONTAINER_NAME_LENGTH = 253;

  /** Longest ssh host or user accepted: 255 characters (a DNS name's limit). */
  public static final int MAX_SSH_WORD_LENGTH = 255;

  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  private static final Pattern CONTAINER_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

  private Operands() {}

  /**
   * An image reference as podman, bootc and bootc-image-builder take it: a name with optional tag
   * or digest ({@code localhost/tank-os:1}), an id, or a transport reference ({@code
   * containers-storage:…}, {@code oci:DIR}, {@code docker://…}). Refused: empty, longer than
   * {@value #MAX_IMAGE_REFERENCE_LENGTH}, starting with {@code -}, or containing whitespace or a
   * control character.
   *
   * @param at where the value comes from
   * @param reference the reference
   * @return the reference
   * @throws ValidationException when refused
   */
  public static String imageReference(Location at, String reference) {
    word(at, reference, "an image reference", MAX_IMAGE_REFERENCE_LENGTH);
    return reference;
  }

  /**
   * An OCI tag (the part after {@code :}, e.g. {@code stable}): {@code [A-Za-z0-9_][A-Za-z0-9_.-]*},
   * at most {@value #MAX_TAG_LENGTH} characters.
   *
   * @param at where the value comes from
   * @param tag the tag
   * @return the tag
   * @throws ValidationException when refused
   */
  public static String tag(Location at, String tag) {
    word(at, tag, "a tag", MAX_TAG_LENGTH);
    if (!TAG.matcher(tag).matches()) {
      throw refuse(at, "a tag may only contain [A-Za-z0-9_.-] and must not start with '.' or '-'", tag);
    }
    return tag;
  }

  /**
   * A container name (also the name of a manifest list's container when podman asks for one):
   * Podman's rule {@code [a-zA-Z0-9][a-zA-Z0-9_.-]*}, at most {@value #MAX_CONTAINER_NAME_LENGTH}
   * characters.
   *
   * @param at where the value comes from
   * @param name the name
   * @return the name
   * @throws ValidationException when refused
   */
  public static String containerName(Location at, String name) {
    word(at, name, "a container name", MAX_CONTAINER_NAME_LENGTH);
    if (!CONTAINER_NAME.matcher(name).matches()) {
      throw refuse(
          at, "a container name may only contain [a-zA-Z0-9_.-] and must start with a letter or digit", name);
    }
    return name;
  }

  /**
   * A Podman secret name or id: Podman's rule, {@link PodmanSecret#nameProblem(String)}.
   *
   * @param at where the value comes from
   * @param name the name
   * @return the name
   * @throws ValidationException when refused
   */
  public static String secretName(Location at, String name) {
    Objects.requireNonNull(name, at.toString());
    PodmanSecret.nameProblem(name).ifPresent(problem -> {
      throw new ValidationException(at, problem);
    });
    return name;
  }

  /**
   * A file system path handed to a tool (a device, a context directory, a key file). Refused: empty,
   * starting with {@code -} (write {@code ./-name} for such a file), or containing NUL.
   *
   * @param at where the value comes from
   * @param path the path
   * @return the path
   * @throws ValidationException when refused
   */
  public static String path(Location at, String path) {
    Objects.requireNonNull(path, at.toString());
    if (path.isEmpty()) {
      throw new ValidationException(at, "a path must not be empty");
    }
    if (path.startsWith("-")) {
      throw refuse(at, "a path must not start with '-' (write ./" + path + ")", path);
    }
    if (path.indexOf('\0') >= 0) {
      throw new ValidationException(at, "a path must not contain NUL");
    }
    return path;
  }

  /**
   * A file system path handed to a tool; see {@link #path(Location, String)}.
   *
   * @param at where the value comes from
   * @param path the path
   * @return the path
   * @throws ValidationException when refused
   */
  public static Path path(Location at, Path path) {
    path(at, Objects.requireNonNull(path, at.toString()).toString());
    return path;
  }

  /**
   * A systemd unit name with its type suffix, as {@code systemctl} takes it: {@code web.service},
   * a template {@code worker@.service} or an instance {@code worker@one.service}, by systemd's
   * rule ({@link io.tankos.core.systemd.SystemdUnit#nameProblem(String)}). Refused also when it
   * starts with {@code -}, although systemd allows that ({@code -.mount}): no tool may read it as
   * an option.
   *
   * @param at where the value comes from
   * @param name the unit name
   * @return the name
   * @throws ValidationException when refused
   */
  public static String unitName(Location at, String name) {
    word(at, name, "a unit name", Integer.MAX_VALUE);
    io.tankos.core.systemd.SystemdUnit.nameProblem(name).ifPresent(problem -> {
      throw new ValidationException(at, "a unit name: " + problem);
    });
    return name;
  }

  /**
   * A user or group name as {@code runuser} and {@code chown} take it, by the rule of
   * systemd-sysusers ({@link io.tankos.core.systemd.SysusersFile#nameProblem(String)}).
   *
   * @param at where the value comes from
   * @param name the name
   * @return the name
   * @throws ValidationException when refused
   */
  public static String userName(Location at, String name) {
    word(at, name, "a user name", Integer.MAX_VALUE);
    io.tankos.core.systemd.SysusersFile.nameProblem(name).ifPresent(problem -> {
      throw new ValidationException(at, "a user name: " + problem);
    });
    return name;
  }

  /**
   * An ssh destination host (name, address or {@code ssh_config} alias). Refused: empty, longer
   * than {@value #MAX_SSH_WORD_LENGTH}, starting with {@code -}, or containing whitespace or a
   * control character.
   *
   * @param at where the value comes from
   * @param host the host
   * @return the host
   * @throws ValidationException when refused
   */
  public static String sshHost(Location at, String host) {
    word(at, host, "an ssh host", MAX_SSH_WORD_LENGTH);
    return host;
  }

  /**
   * An ssh login name ({@code -l}); the same rule as {@link #sshHost(Location, String)}.
   *
   * @param at where the value comes from
   * @param user the user
   * @return the user
   * @throws ValidationException when refused
   */
  public static String sshUser(Location at, String user) {
    word(at, user, "an ssh user", MAX_SSH_WORD_LENGTH);
    return user;
  }

  /**
   * A value given to an option ({@code --skip NAME}, {@code --karg ARG}): not empty, not starting
   * with {@code -}, no whitespace or control character. Tools built on clap (bootc) read a value
   * starting with {@code -} as the next option.
   *
   * @param at where the value comes from
   * @param value the value
   * @return the value
   * @throws ValidationException when refused
   */
  public static String optionValue(Location at, String value) {
    word(at, value, "an option value", Integer.MAX_VALUE);
    return value;
  }

  private static void word(Location at, String value, String kind, int maxLength) {
    Objects.requireNonNull(value, at.toString());
    if (value.isEmpty()) {
      throw new ValidationException(at, kind + " must not be empty");
    }
    if (value.length() > maxLength) {
      throw new ValidationException(at, kind + " must be at most " + maxLength + " characters, is " + value.length());
    }
    if (value.startsWith("-")) {
      throw refuse(at, kind + " must not start with '-' (a tool would read it as an option)", value);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new ValidationException(
            at, kind + " must not contain whitespace or control characters (index " + i + ")");
      }
    }
  }

  private static ValidationException refuse(Location at, String reason, String value) {
    return new ValidationException(at, reason + ", found '" + Shown.value(value, 64) + "'");
  }
}
