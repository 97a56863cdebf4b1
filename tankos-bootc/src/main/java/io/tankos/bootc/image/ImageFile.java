package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.List;
import java.util.Objects;

/**
 * An extra file the image carries, copied in with {@code COPY rootfs/ /}: an absolute path under
 * {@code /etc}, {@code /usr} or {@code /opt} (bootc keeps {@code /var} for state and creates it from
 * {@code tmpfiles.d}), UTF-8 text and a mode. Never a secret: the file is in every copy of the image.
 *
 * <pre>{@code
 * ImageFile hostname = ImageFile.of("/etc/hostname", "tank\n", 0644);
 * }</pre>
 */
public final class ImageFile {
  private static final List<String> ROOTS = List.of("/etc/", "/usr/", "/opt/");

  private final String path;
  private final String text;
  private final int mode;

  private ImageFile(String path, String text, int mode) {
    this.path = path;
    this.text = text;
    this.mode = mode;
  }

  /**
   * A file.
   *
   * @param path absolute path under {@code /etc}, {@code /usr} or {@code /opt}
   * @param text the content
   * @param mode permission bits, {@code 0} to {@code 07777}
   * @return the file
   * @throws io.tankos.core.validation.ValidationException at {@code ImageFile.path} or {@code
   *     ImageFile.mode}
   */
  public static ImageFile of(String path, String text, int mode) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Problems problems = new Problems();
    Location at = Location.of("ImageFile");
    ImageChecks.absolutePath(path, at.child("path"), problems);
    if (ROOTS.stream().noneMatch(path::startsWith)) {
      problems.add(at.child("path"), "'" + ImageChecks.printable(path) + "' is not under /etc, /usr or /opt"
          + " (bootc images keep /var for state: create it with tmpfiles.d)");
    }
    if (mode < 0 || mode > 07777) {
      problems.add(at.child("mode"), "mode " + Integer.toOctalString(mode) + " is not within 0..07777");
    }
    problems.throwIfAny();
    return new ImageFile(path, text, mode);
  }

  /**
   * The absolute path in the image.
   *
   * @return e.g. {@code /etc/hostname}
   */
  public String path() {
    return path;
  }

  /**
   * The path relative to the image root, as in the build context's {@code rootfs/}.
   *
   * @return e.g. {@code etc/hostname}
   */
  public String rootfsPath() {
    return path.substring(1);
  }

  /**
   * The content.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The permission bits.
   *
   * @return e.g. {@code 0644}
   */
  public int mode() {
    return mode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageFile f && f.path.equals(path) && f.text.equals(text) && f.mode == mode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, text, mode);
  }

  @Override
  public String toString() {
    return "ImageFile[" + path + ", " + Integer.toOctalString(mode) + ", " + text.length() + " chars]";
  }
}
