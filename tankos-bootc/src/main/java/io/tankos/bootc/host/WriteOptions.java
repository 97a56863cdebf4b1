package io.tankos.bootc.host;

import io.tankos.core.exec.Operands;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@link HostFiles#write} places a file: its mode (default {@code 0644}), an optional owner
 * ({@code user} or {@code user:group}, applied with {@code chown}, so the writer must be allowed to)
 * and whether missing parent directories are made ({@code mkdir -p}, default no).
 *
 * <pre>{@code
 * WriteOptions secret = WriteOptions.builder().mode(0600).owner("openclaw", "openclaw").parents(true).build();
 * }</pre>
 */
public final class WriteOptions {
  private static final Location AT = Location.of("WriteOptions");

  private final int mode;
  private final String owner;
  private final boolean parents;

  private WriteOptions(Builder b) {
    this.mode = b.mode;
    this.owner = b.owner;
    this.parents = b.parents;
  }

  /**
   * Mode 0644, owner unchanged, parents not made.
   *
   * @return the defaults
   */
  public static WriteOptions defaults() {
    return builder().build();
  }

  /**
   * A builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.mode = mode;
    b.owner = owner;
    b.parents = parents;
    return b;
  }

  /**
   * The permission bits, e.g. {@code 0644}.
   *
   * @return the mode
   */
  public int mode() {
    return mode;
  }

  /**
   * The mode as four octal digits for {@code chmod}, e.g. {@code 0644}.
   *
   * @return the octal text
   */
  public String octalMode() {
    return String.format(Locale.ROOT, "%04o", mode);
  }

  /**
   * The owner for {@code chown}, {@code user} or {@code user:group}.
   *
   * @return the owner, empty to leave it as written
   */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  /**
   * Whether missing parent directories are made.
   *
   * @return true for {@code mkdir -p}
   */
  public boolean parents() {
    return parents;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WriteOptions w && w.mode == mode && w.parents == parents
        && java.util.Objects.equals(w.owner, owner);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(mode, owner, parents);
  }

  @Override
  public String toString() {
    return "WriteOptions{mode=" + octalMode() + ", owner=" + owner + ", parents=" + parents + "}";
  }

  /** Builds {@link WriteOptions}; mutable, not thread-safe. */
  public static final class Builder {
    private int mode = 0644;
    private String owner;
    private boolean parents;

    private Builder() {}

    /**
     * The permission bits, {@code 0} to {@code 07777}.
     *
     * @param mode e.g. {@code 0600}
     * @return this builder
     * @throws ValidationException at {@code WriteOptions.mode} when out of range
     */
    public Builder mode(int mode) {
      if (mode < 0 || mode > 07777) {
        throw new ValidationException(AT.child("mode"),
            "a mode must be between 0000 and 7777 (octal), is " + Integer.toOctalString(mode));
      }
      this.mode = mode;
      return this;
    }

    /**
     * The owning user, group unchanged.
     *
     * @param user e.g. {@code openclaw}
     * @return this builder
     * @throws ValidationException at {@code WriteOptions.owner} for a bad name
     */
    public Builder owner(String user) {
      this.owner = Operands.userName(AT.child("owner"), user);
      return this;
    }

    /**
     * The owning user and group.
     *
     * @param user e.g. {@code openclaw}
     * @param group e.g. {@code openclaw}
     * @return this builder
     * @throws ValidationException at {@code WriteOptions.owner} or {@code .group} for a bad name
     */
    public Builder owner(String user, String group) {
      Operands.userName(AT.child("owner"), user);
      Operands.userName(AT.child("group"), group);
      this.owner = user + ":" + group;
      return this;
    }

    /**
     * Leaves the owner as the writing user makes it.
     *
     * @return this builder
     */
    public Builder noOwner() {
      this.owner = null;
      return this;
    }

    /**
     * Whether missing parent directories are made ({@code mkdir -p}).
     *
     * @param parents true to make them
     * @return this builder
     */
    public Builder parents(boolean parents) {
      this.parents = parents;
      return this;
    }

    /**
     * The options.
     *
     * @return the options
     */
    public WriteOptions build() {
      return new WriteOptions(this);
    }
  }
}
