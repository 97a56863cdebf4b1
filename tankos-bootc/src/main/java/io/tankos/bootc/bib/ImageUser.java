package io.tankos.bootc.bib;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user baked into a disk image by bootc-image-builder ({@code [[customizations.user]]}): name,
 * SSH public key, groups and optionally a password hash.
 *
 * <pre>{@code
 * ImageUser user = ImageUser.builder("openclaw")
 *     .key("ssh-ed25519 AAAA... admin@example")
 *     .addGroup("wheel")
 *     .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} checks the user on its own and reports at its TOML path without an
 * index ({@code customizations.user.home}); {@link BuildConfig} adds the checks across users.
 */
public final class ImageUser {
  private static final Location AT = Location.of("customizations").child("user");

  private final String name;
  private final String description;
  private final PasswordHash password;
  private final String key;
  private final String home;
  private final String shell;
  private final List<String> groups;
  private final Integer uid;
  private final Integer gid;

  private ImageUser(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.password = b.password;
    this.key = b.key;
    this.home = b.home;
    this.shell = b.shell;
    this.groups = b.groups == null ? null : Collections.unmodifiableList(new ArrayList<>(b.groups));
    this.uid = b.uid;
    this.gid = b.gid;
  }

  /**
   * A builder for a user.
   *
   * @param name the user name
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder filled with this user's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.description = description;
    b.password = password;
    b.key = key;
    b.home = home;
    b.shell = shell;
    b.groups = groups == null ? null : new ArrayList<>(groups);
    b.uid = uid;
    b.gid = gid;
    return b;
  }

  /**
   * The user name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The GECOS description.
   *
   * @return the description
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The password hash.
   *
   * @return the hash
   */
  public Optional<PasswordHash> password() {
    return Optional.ofNullable(password);
  }

  /**
   * The SSH public key (one or more keys, newline-separated, as BIB accepts).
   *
   * @return the key
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * The home directory.
   *
   * @return the home directory
   */
  public Optional<String> home() {
    return Optional.ofNullable(home);
  }

  /**
   * The login shell.
   *
   * @return the shell
   */
  public Optional<String> shell() {
    return Optional.ofNullable(shell);
  }

  /**
   * Supplementary groups; empty when not set (an explicitly empty list is kept as such).
   *
   * @return the groups in order
   */
  public Optional<List<String>> groups() {
    return Optional.ofNullable(groups);
  }

  /**
   * The user id.
   *
   * @return the uid
   */
  public Optional<Integer> uid() {
    return Optional.ofNullable(uid);
  }

  /**
   * The primary group id.
   *
   * @return the gid
   */
  public Optional<Integer> gid() {
    return Optional.ofNullable(gid);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ImageUser)) {
      return false;
    }
    ImageUser u = (ImageUser) o;
    return name.equals(u.name)
        && Objects.equals(description, u.description)
        && Objects.equals(password, u.password)
        && Objects.equals(key, u.key)
        && Objects.equals(home, u.home)
        && Objects.equals(shell, u.shell)
        && Objects.equals(groups, u.groups)
        && Objects.equals(uid, u.uid)
        && Objects.equals(gid, u.gid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, key, groups, uid);
  }

  @Override
  public String toString() {
    return "ImageUser[name=" + name + (groups == null ? "" : ", groups=" + groups) + "]";
  }

  /** Builds a {@link ImageUser}; mutable, not thread-safe. */
  public static final class Builder {
    private final String name;
    private String description;
    private PasswordHash password;
    private String key;
    private String home;
    private String shell;
    private List<String> groups;
    private Integer uid;
    private Integer gid;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Sets the description.
     *
     * @param description the GECOS text, or null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the password hash (plaintext cannot be given, see {@link PasswordHash}).
     *
     * @param password the hash, or null
     * @return this builder
     */
    public Builder password(PasswordHash password) {
      this.password = password;
      return this;
    }

    /**
     * Sets the SSH public key.
     *
     * @param key the key, or null
     * @return this builder
     */
    public Builder key(String key) {
      this.key = key;
      return this;
    }

    /**
     * Sets the home directory.
     *
     * @param home the path, or null
     * @return this builder
     */
    public Builder home(String home) {
      this.home = home;
      return this;
    }

    /**
     * Sets the login shell.
     *
     * @param shell the shell, or null
     * @return this builder
     */
    public Builder shell(String shell) {
      this.shell = shell;
      return this;
    }

    /**
     * Adds a supplementary group.
     *
     * @param group the group name
     * @return this builder
     */
    public Builder addGroup(String group) {
      if (groups == null) {
        groups = new ArrayList<>();
      }
      groups.add(Objects.requireNonNull(group, "group"));
      return this;
    }

    /**
     * Sets the supplementary groups.
     *
     * @param groups the groups (an empty list is written as {@code []}), or null to leave them out
     * @return this builder
     */
    public Builder groups(List<String> groups) {
      this.groups = groups == null ? null : new ArrayList<>(groups);
      return this;
    }

    /**
     * Sets the user id.
     *
     * @param uid the uid, or null
     * @return this builder
     */
    public Builder uid(Integer uid) {
      this.uid = uid;
      return this;
    }

    /**
     * Sets the primary group id.
     *
     * @param gid the gid, or null
     * @return this builder
     */
    public Builder gid(Integer gid) {
      this.gid = gid;
      return this;
    }

    /**
     * Builds and checks the user.
     *
     * @return the user
     * @throws io.tankos.core.validation.ValidationException listing every problem, e.g. {@code
     *     customizations.user.home: must be an absolute path}
     */
    public ImageUser build() {
      Problems problems = new Problems();
      if (name.isBlank()) {
        problems.add(AT.child("name"), "is empty");
      }
      BibChecks.line(problems, AT.child("name"), name);
      BibChecks.line(problems, AT.child("shell"), shell);
      BibChecks.absolute(problems, AT.child("home"), home);
      if (groups != null) {
        for (int g = 0; g < groups.size(); g++) {
          if (groups.get(g).isBlank()) {
            problems.add(AT.child("groups").index(g), "is empty");
          }
          BibChecks.line(problems, AT.child("groups").index(g), groups.get(g));
        }
      }
      BibChecks.nonNegative(problems, AT.child("uid"), uid);
      BibChecks.nonNegative(problems, AT.child("gid"), gid);
      problems.throwIfAny();
      return new ImageUser(this);
    }
  }
}
