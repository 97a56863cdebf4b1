package io.tankos.cloudinit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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

  /**
   * Checks the components.
   *
   * @param filename absolute path
   * @param size size
   * @param maxsize maximum size or null
   */
  public Swap {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(size, "size");
  }

  /**
   * A swap file of a given size.
   *
   * @param filename absolute path
   * @param size e.g. {@code 2G} or {@code 2147483648}
   * @param maxsize maximum or null
   * @return the swap setting
   */
  public static Swap of(String filename, String size, String maxsize) {
    return new Swap(filename, size, maxsize);
  }

  /**
   * A swap file sized by cloud-init.
   *
   * @param filename absolute path
   * @return the swap setting
   */
  public static Swap auto(String filename) {
    return new Swap(filename, "auto", null);
  }

  Object toRaw() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filename", filename);
    m.put("size", size.matches("[0-9]+") ? (Object) Long.valueOf(size) : size);
    if (maxsize != null) {
      m.put("maxsize", maxsize.matches("[0-9]+") ? (Object) Long.valueOf(maxsize) : maxsize);
    }
    return m;
  }
}
