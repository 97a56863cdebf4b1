package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.core.validation.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code swap} module: a swap file.
 *
 * <pre>{@code
 * Swap.of("/var/swap.img", "2G", "4G");   // or Swap.auto("/var/swap.img")
 * }</pre>
 *
 * @param filename absolute path of the swap file
 * @param size bytes as decimal digits, a size such as {@code 2G}, or {@code auto}
 * @param maxsize upper limit for {@code auto}, or null
 */
public record Swap(String filename, String size, String maxsize) {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private static final String FILENAME = "filename";
  private static final String SIZE = "size";
  private static final String MAXSIZE = "maxsize";

  /**
   * Checks the components.
   *
   * @param filename absolute path
   * @param size size
   * @param maxsize maximum size or null
   * @throws io.tankos.core.validation.ValidationException at {@code swap.filename} for a relative
   *     path
   */
  public Swap {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(size, "size");
    ConfigKey.SWAP.require(raw(filename, size, maxsize));
  }

  /**
   * A swap file of a fixed size.
   *
   * @param filename absolute path
   * @param size e.g. {@code 2G} or {@code 2147483648}
   * @param maxsize maximum or null
   * @return the setting
   */
  public static Swap of(String filename, String size, String maxsize) {
    return new Swap(filename, size, maxsize);
  }

  /**
   * A swap file sized by cloud-init.
   *
   * @param filename absolute path
   * @return the setting
   */
  public static Swap auto(String filename) {
    return new Swap(filename, "auto", null);
  }

  Object toRaw() {
    return raw(filename, size, maxsize);
  }

  private static Map<String, Object> raw(String filename, String size, String maxsize) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(FILENAME, filename);
    m.put(SIZE, DIGITS.matcher(size).matches() ? (Object) Long.valueOf(size) : size);
    if (maxsize != null) {
      m.put(MAXSIZE, DIGITS.matcher(maxsize).matches() ? (Object) Long.valueOf(maxsize) : maxsize);
    }
    return m;
  }

  static void check(Object v, Location at, Checks c) {
    if (!(v instanceof Map<?, ?> m)) {
      c.add(at, "must be a mapping with filename, size and maxsize");
      return;
    }
    if (m.containsKey(FILENAME)) {
      c.absolutePath(m.get(FILENAME), at.child(FILENAME));
    }
    for (String k : List.of(SIZE, MAXSIZE)) {
      Object s = m.get(k);
      if (m.containsKey(k) && !(Checks.isInteger(s) || s instanceof String)) {
        c.add(at.child(k), "must be a number of bytes, 'auto' or a size such as '2G', not " + Raw.aTypeName(s));
      }
    }
  }
}
