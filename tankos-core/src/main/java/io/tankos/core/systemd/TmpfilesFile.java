package io.tankos.core.systemd;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code tmpfiles.d} file: directories and files {@code systemd-tmpfiles --create} makes at boot
 * with their modes and owners, the image-friendly way to create state under {@code /var}. Immutable;
 * {@link #toString()} is the text, one line per entry in insertion order.
 *
 * <pre>{@code
 * TmpfilesFile tmp = TmpfilesFile.builder()
 *     .directory("/var/home/openclaw", 0700, "openclaw", "openclaw")
 *     .file("/var/lib/systemd/linger/openclaw", 0644, "root", "root", "")
 *     .build();
 * // d /var/home/openclaw 0700 openclaw openclaw -
 * // f /var/lib/systemd/linger/openclaw 0644 root root -
 * }</pre>
 */
public final class TmpfilesFile {
  private final List<String> lines;

  private TmpfilesFile(List<String> lines) {
    this.lines = List.copyOf(lines);
  }

  /**
   * A builder for an empty file.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this file's lines.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (String line : lines) {
      b.lines.add(line);
      b.paths.add(line.split(" ")[1]);
    }
    return b;
  }

  /**
   * The lines, without line endings.
   *
   * @return unmodifiable list
   */
  public List<String> lines() {
    return lines;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TmpfilesFile f && f.lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  /** The file text: each line ending in {@code \n}. */
  @Override
  public String toString() {
    return ConfigFields.text(lines);
  }

  /** Mutable builder; not thread-safe. Problems are reported by {@link #build()}. */
  public static final class Builder {
    private final List<String> lines = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private final Problems problems = new Problems();

    private Builder() {}

    /**
     * A {@code d} line: creates the directory with mode and owner (an existing one gets them).
     *
     * @param path absolute path
     * @param mode permission bits, {@code 0} to {@code 07777}
     * @param user owner name or numeric id; null for root
     * @param group group name or numeric id; null for root
     * @return this builder
     */
    public Builder directory(String path, int mode, String user, String group) {
      return line("d", "directory", path, mode, user, group, null);
    }

    /**
     * An {@code f} line: creates the file when missing, with mode, owner and content.
     *
     * @param path absolute path
     * @param mode permission bits
     * @param user owner name or numeric id; null for root
     * @param group group name or numeric id; null for root
     * @param content the text written into a new file (no NUL); empty for an empty file
     * @return this builder
     */
    public Builder file(String path, int mode, String user, String group, String content) {
      return line("f", "file", path, mode, user, group, Objects.requireNonNull(content, "content"));
    }

    private Builder line(String type, String kind, String path, int mode, String user,
        String group, String content) {
      Objects.requireNonNull(path, "path");
      int index = lines.size();
      // every field is checked (& evaluates both sides); a location is made only for a problem
      boolean ok = check(index, kind, "path", ConfigFields.pathProblem(path, true));
      ok &= check(index, kind, "mode", mode < 0 || mode > 07777
          ? "mode " + Integer.toOctalString(mode) + " is not within 0..07777" : null);
      ok &= check(index, kind, "user", ConfigFields.ownerProblem(user));
      ok &= check(index, kind, "group", ConfigFields.ownerProblem(group));
      ok &= check(index, kind, "content", content != null && content.indexOf('\0') >= 0
          ? "cannot contain a NUL character (at index " + content.indexOf('\0') + ")" : null);
      if (ok && !paths.add(path)) {
        ok = check(index, kind, "path", path + " is listed twice (systemd-tmpfiles ignores the second line)");
      }
      if (ok) {
        String text = type + " " + UnitNames.escape(path) + " "
            + ConfigFields.mode(mode) + " " + ConfigFields.field(user) + " "
            + ConfigFields.field(group) + " -";
        lines.add(content == null || content.isEmpty() ? text : text + " " + argument(content));
      }
      return this;
    }

    /**
     * The argument field: read to the end of the line, C-unescaped and specifier-expanded by
     * systemd-tmpfiles, so backslashes, control characters, non-ASCII bytes as they are, and white
     * space at either end are escaped.
     */
    private static String argument(String content) {
      StringBuilder out = new StringBuilder();
      byte[] utf8 = content.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < utf8.length; i++) {
        int b = utf8[i] & 0xFF;
        boolean edge = i == 0 || i == utf8.length - 1;
        if (b == '\\') {
          out.append("\\\\");
        } else if (b == '%') {
          out.append("%%");
        } else if (b < 0x20 || b == 0x7F || (b == ' ' && edge)) {
          out.append(String.format(Locale.ROOT, "\\x%02x", b));
        } else if (b < 0x80) {
          out.append((char) b);
        } else {
          int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
          out.append(new String(utf8, i, len, StandardCharsets.UTF_8));
          i += len - 1;
        }
      }
      return out.toString();
    }

    /** Adds a problem of a field of line {@code index}, if any; true when there is none. */
    private boolean check(int index, String kind, String field, String problem) {
      if (problem != null) {
        problems.add(Location.of("TmpfilesFile").child("lines").index(index).child(kind).child(field), problem);
      }
      return problem == null;
    }

    /**
     * Builds the file.
     *
     * @return the immutable file
     * @throws ValidationException listing every problem, located like {@code
     *     TmpfilesFile.lines[0].directory.mode}
     */
    public TmpfilesFile build() {
      problems.throwIfAny();
      return new TmpfilesFile(lines);
    }
  }
}
