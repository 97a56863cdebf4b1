package io.tankos.core.fs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A regular file: its bytes and permission bits. Immutable (the content is copied in and out).
 */
public final class RegularFile implements FileEntry {
  private final String path;
  private final byte[] content;
  private final int mode;

  RegularFile(String path, byte[] content, int mode) {
    this(content.clone(), path, mode);
  }

  /** Takes {@code owned} without a copy: the caller made it for this file and keeps no reference. */
  private RegularFile(byte[] owned, String path, int mode) {
    this.path = path;
    this.content = owned;
    this.mode = mode;
  }

  /**
   * A file holding an array no one else changes, without copying it.
   *
   * @param path the path
   * @param owned the content, handed over
   * @param mode the permission bits
   * @return the file
   */
  static RegularFile owning(String path, byte[] owned, int mode) {
    return new RegularFile(owned, path, mode);
  }

  @Override
  public String path() {
    return path;
  }

  /**
   * A copy of the content.
   *
   * @return the bytes
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * The content decoded as UTF-8.
   *
   * @return the text
   */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  /**
   * The content's length in bytes.
   *
   * @return the size
   */
  public int size() {
    return content.length;
  }

  /**
   * The permission bits, e.g. {@code 0644}.
   *
   * @return the mode
   */
  public int mode() {
    return mode;
  }

  byte[] contentNoCopy() {
    return content;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegularFile f
        && f.path.equals(path)
        && f.mode == mode
        && Arrays.equals(f.content, content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, mode, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "RegularFile[" + path + ", " + content.length + " bytes, mode " + Integer.toOctalString(mode) + "]";
  }
}
