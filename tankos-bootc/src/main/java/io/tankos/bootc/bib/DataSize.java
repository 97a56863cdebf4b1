package io.tankos.bootc.bib;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A size in a bootc-image-builder config: integer bytes ({@code 10737418240}) or a number with a
 * unit ({@code "10 GiB"}), kept as written so that the config renders back unchanged.
 *
 * <pre>{@code
 * DataSize.of("20 GiB");
 * DataSize.bytes(1L << 30);
 * }</pre>
 *
 * <p>An invalid size is refused with a {@link ValidationException} at {@code minsize}, the key
 * every size of a config is written under.
 */
public final class DataSize {
  private static final Location AT = Location.of("minsize");
  private static final Pattern TEXT =
      Pattern.compile("[0-9]+(\\.[0-9]+)? *(B|kB|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?");

  private final Long bytes;
  private final String text;

  private DataSize(Long bytes, String text) {
    this.bytes = bytes;
    this.text = text;
  }

  /**
   * A size in bytes.
   *
   * @param bytes at least 1
   * @return the size
   * @throws ValidationException when the size is not positive
   */
  public static DataSize bytes(long bytes) {
    if (bytes <= 0) {
      throw new ValidationException(AT, "size must be positive, found " + bytes);
    }
    return new DataSize(bytes, null);
  }

  /**
   * A size with a unit, e.g. {@code "10 GiB"}, {@code "512 MiB"}, {@code "1 TB"}.
   *
   * @param text the size text
   * @return the size
   * @throws ValidationException when the text is not a positive size with a known unit
   */
  public static DataSize of(String text) {
    Objects.requireNonNull(text, "text");
    if (!TEXT.matcher(text).matches()) {
      throw new ValidationException(AT,
          "not a size: '" + text + "' (expected e.g. \"10 GiB\"; units B, kB, KiB, MB, MiB, GB, GiB, TB, TiB)");
    }
    if (text.replaceAll("[^0-9]", "").chars().allMatch(c -> c == '0')) {
      throw new ValidationException(AT, "size must be positive, found '" + text + "'");
    }
    return new DataSize(null, text);
  }

  /**
   * Whether the size is written as integer bytes.
   *
   * @return true for {@link #bytes(long)} sizes
   */
  public boolean isBytes() {
    return bytes != null;
  }

  /**
   * The size as written: the integer or the text.
   *
   * @return the value as text
   */
  @Override
  public String toString() {
    return bytes != null ? bytes.toString() : text;
  }

  /**
   * The integer bytes of a {@link #bytes(long)} size.
   *
   * @return the bytes
   * @throws IllegalStateException for a size with a unit
   */
  public long byteCount() {
    if (bytes == null) {
      throw new IllegalStateException("size is written with a unit: " + text);
    }
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataSize
        && Objects.equals(((DataSize) o).bytes, bytes)
        && Objects.equals(((DataSize) o).text, text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bytes, text);
  }
}
