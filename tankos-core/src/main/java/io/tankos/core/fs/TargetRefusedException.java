package io.tankos.core.fs;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown by {@link FileTree#writeTo(Path, WriteOptions)} when the target must not be replaced;
 * nothing was changed on disk. The message reads {@code refusing to replace TARGET: DETAIL}.
 *
 * <pre>{@code
 * try {
 *   tree.writeTo(out);
 * } catch (TargetRefusedException e) {
 *   System.err.println(e.target() + ": " + e.detail()
 *       + (e.reason().forcible() ? " (force to replace it)" : ""));
 * }
 * }</pre>
 */
public final class TargetRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a target is refused. */
  public enum Reason {
    /** The path is empty or ends in {@code .}, {@code ..} or the root instead of a name. */
    NOT_A_NAME,
    /**
     * The working directory, the home directory, a protected directory, or an ancestor of one of
     * them.
     */
    PROTECTED,
    /** A directory with entries that tankos did not write. */
    FOREIGN_DIRECTORY,
    /**
     * A tree tankos wrote in which files or directories were changed, added or removed since (what
     * the new tree would silently replace).
     */
    CHANGED_BY_HAND,
    /** A symbolic link that tankos did not create. */
    SYMLINK,
    /** A regular file or another entry that is not a directory. */
    NOT_A_DIRECTORY,
    /**
     * The name of the generation store next to the target is taken by something tankos did not
     * create, or the target lies inside a generation store.
     */
    STORE_CONFLICT;

    /**
     * Whether {@link WriteOptions.Builder#replaceForeignDirectory(boolean)} overrides this reason.
     *
     * @return true for {@link #FOREIGN_DIRECTORY} and {@link #CHANGED_BY_HAND}
     */
    public boolean forcible() {
      return this == FOREIGN_DIRECTORY || this == CHANGED_BY_HAND;
    }
  }

  /** The target as the caller gave it. */
  private final transient Path target;

  /** Why the target was refused. */
  private final Reason reason;

  /** The refusal's detail, as in the message. */
  private final String detail;

  TargetRefusedException(Path target, Reason reason, String detail) {
    super("refusing to replace " + (target.toString().isEmpty() ? "''" : target) + ": " + detail);
    this.target = Objects.requireNonNull(target, "target");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * The target as the caller gave it.
   *
   * @return the path passed to {@code writeTo}
   */
  public Path target() {
    return target;
  }

  /**
   * The kind of refusal.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * What the target is, in words, e.g. {@code "a non-empty directory that tankos did not write"}.
   *
   * @return the detail, without the path
   */
  public String detail() {
    return detail;
  }
}
