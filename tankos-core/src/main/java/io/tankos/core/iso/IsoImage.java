package io.tankos.core.iso;

import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * An ISO 9660 image writer: turns a {@link FileTree} into a CD-ROM image with Joliet and Rock Ridge
 * names, such as a cloud-init NoCloud {@code cidata} seed. The output is deterministic: every date
 * in the image is {@link #timestamp()} (1970-01-01T00:00:00Z unless set), owners are 0:0, records
 * are in the order the standard prescribes, and nothing depends on the host.
 *
 * <pre>{@code
 * FileTree seed = FileTree.builder()
 *     .file("user-data", "#cloud-config\nhostname: tank-01\n")
 *     .file("meta-data", "instance-id: tank-01\n")
 *     .build();
 * byte[] iso = IsoImage.builder().volumeId("cidata").build().write(seed);
 * }</pre>
 *
 * <p>The image has three views of the same files:
 *
 * <ul>
 *   <li>the ISO 9660 level 1 hierarchy, with names mapped to 8.3 upper-case identifiers ({@code
 *       user-data} becomes {@code USER_DAT.;1}, clashes get a numeric suffix);
 *   <li>Rock Ridge ({@link #rockRidge()}, on by default): the exact POSIX names, permission bits
 *       and symbolic links, which Linux and xorriso read;
 *   <li>Joliet ({@link #joliet()}, on by default): the exact names in UCS-2, which Windows reads;
 *       symbolic links are left out of this view.
 * </ul>
 *
 * <p>Names a chosen view cannot carry exactly are rejected, never altered: a Joliet name longer
 * than 64 characters, ending with {@code .}, or with {@code * / : ; ? \}, control characters or
 * characters outside UCS-2; a Rock Ridge name longer than 255 UTF-8 bytes; a link target longer
 * than the 1023 bytes xorriso reads, or with an empty component; directories nested deeper than the
 * eight levels ISO 9660 allows; a symbolic link without Rock Ridge; and, with neither extension,
 * any name that is not already a level 1 name. Files are stored in one extent each: their size is
 * below 4 GiB by construction of {@link FileTree}.
 */
public final class IsoImage {
  /** Longest primary volume identifier (ECMA-119 8.4.6). */
  public static final int VOLUME_ID_MAX = 32;

  /** Longest Joliet volume identifier, in UCS-2 characters (32 bytes). */
  public static final int JOLIET_VOLUME_ID_MAX = 16;

  private final String volumeId;
  private final boolean joliet;
  private final boolean rockRidge;
  private final Instant timestamp;

  private IsoImage(Builder b) {
    this.volumeId = b.volumeId;
    this.joliet = b.joliet;
    this.rockRidge = b.rockRidge;
    this.timestamp = b.timestamp;
  }

  /**
   * A builder; set at least {@link Builder#volumeId(String)}.
   *
   * @return a new builder with Joliet and Rock Ridge on and the timestamp 1970-01-01T00:00:00Z
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this image's settings.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.volumeId = volumeId;
    b.joliet = joliet;
    b.rockRidge = rockRidge;
    b.timestamp = timestamp;
    return b;
  }

  /**
   * The volume identifier (the label {@code blkid} reports), e.g. {@code cidata}.
   *
   * @return the volume identifier
   */
  public String volumeId() {
    return volumeId;
  }

  /**
   * Whether the image has a Joliet supplementary volume descriptor and hierarchy.
   *
   * @return true when Joliet names are written
   */
  public boolean joliet() {
    return joliet;
  }

  /**
   * Whether the primary hierarchy carries Rock Ridge (RRIP 1991A) names, modes and links.
   *
   * @return true when Rock Ridge entries are written
   */
  public boolean rockRidge() {
    return rockRidge;
  }

  /**
   * The date of the volume and of every file, directory and link in it.
   *
   * @return the fixed timestamp
   */
  public Instant timestamp() {
    return timestamp;
  }

  /**
   * Writes the image of a tree.
   *
   * @param tree the files; directories not listed get mode {@code 0755}
   * @return the image bytes
   * @throws ValidationException naming every path the image cannot carry exactly, or when the image
   *     is too large for a byte array (use {@link #write(FileTree, OutputStream)})
   */
  public byte[] write(FileTree tree) {
    IsoWriter writer = layout(tree);
    long bytes = writer.totalBlocks * IsoBytes.BLOCK;
    if (bytes > Integer.MAX_VALUE - 8) {
      throw new ValidationException(
          Location.ROOT,
          "image is " + bytes + " bytes, too large for a byte array; write it to a stream");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) bytes);
    emit(writer, out);
    return out.toByteArray();
  }

  /**
   * Writes the image of a tree to a stream.
   *
   * @param tree the files
   * @param out where to write; not closed
   * @throws ValidationException naming every path the image cannot carry exactly
   * @throws UncheckedIOException when the stream fails
   */
  public void write(FileTree tree, OutputStream out) {
    Objects.requireNonNull(out, "out");
    emit(layout(tree), out);
  }

  private IsoWriter layout(FileTree tree) {
    Objects.requireNonNull(tree, "tree");
    Problems problems = new Problems();
    IsoTree iso = IsoTree.of(tree, this, problems);
    problems.throwIfAny();
    IsoWriter writer = new IsoWriter(this, iso);
    if (writer.totalBlocks > 0xFFFF_FFFFL) {
      throw new ValidationException(
          Location.ROOT, "image has more blocks than ISO 9660 can address");
    }
    return writer;
  }

  private static void emit(IsoWriter writer, OutputStream out) {
    try {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsoImage i
        && i.volumeId.equals(volumeId)
        && i.joliet == joliet
        && i.rockRidge == rockRidge
        && i.timestamp.equals(timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(volumeId, joliet, rockRidge, timestamp);
  }

  @Override
  public String toString() {
    return "IsoImage[volumeId="
        + volumeId
        + ", joliet="
        + joliet
        + ", rockRidge="
        + rockRidge
        + ", timestamp="
        + timestamp
        + "]";
  }

  /** Mutable builder; not thread-safe. {@link #build()} checks the settings. */
  public static final class Builder {
    private String volumeId = "";
    private boolean joliet = true;
    private boolean rockRidge = true;
    private Instant timestamp = Instant.EPOCH;

    private Builder() {}

    /**
     * The volume identifier: 1 to 32 characters from {@code A-Z a-z 0-9 _ - .} (ISO 9660
     * d-characters, plus the lower case letters, {@code -} and {@code .} that genisoimage and
     * xorriso also write, e.g. {@code cidata}, {@code config-2}); at most 16 with Joliet.
     *
     * @param volumeId the label
     * @return this builder
     */
    public Builder volumeId(String volumeId) {
      this.volumeId = Objects.requireNonNull(volumeId, "volumeId");
      return this;
    }

    /**
     * Whether to write the Joliet hierarchy (default true).
     *
     * @param joliet true for Joliet names
     * @return this builder
     */
    public Builder joliet(boolean joliet) {
      this.joliet = joliet;
      return this;
    }

    /**
     * Whether to write Rock Ridge entries (default true).
     *
     * @param rockRidge true for POSIX names, modes and symbolic links
     * @return this builder
     */
    public Builder rockRidge(boolean rockRidge) {
      this.rockRidge = rockRidge;
      return this;
    }

    /**
     * The date of the volume and every entry (default 1970-01-01T00:00:00Z); years 1900 to 2155.
     * Recording dates keep whole seconds.
     *
     * @param timestamp the fixed date
     * @return this builder
     */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the immutable writer settings
     * @throws ValidationException when the volume identifier or the timestamp is invalid
     */
    public IsoImage build() {
      Problems problems = new Problems();
      Location at = Location.of("volumeId");
      if (volumeId.isEmpty()) {
        problems.add(at, "is required");
      } else if (volumeId.length() > VOLUME_ID_MAX) {
        problems.add(
            at, "is " + volumeId.length() + " characters, ISO 9660 allows " + VOLUME_ID_MAX);
      } else if (joliet && volumeId.length() > JOLIET_VOLUME_ID_MAX) {
        problems.add(
            at,
            "is "
                + volumeId.length()
                + " characters, Joliet allows "
                + JOLIET_VOLUME_ID_MAX
                + " (or turn Joliet off)");
      }
      for (int i = 0; i < volumeId.length(); i++) {
        char c = volumeId.charAt(i);
        boolean ok =
            (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '-'
                || c == '.';
        if (!ok) {
          problems.add(
              at,
              String.format(
                  java.util.Locale.ROOT,
                  "has character U+%04X at index %d; allowed are A-Z a-z 0-9 _ - .",
                  (int) c,
                  i));
          break;
        }
      }
      int year = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC).getYear();
      if (year < 1900 || year > 2155) {
        problems.add(
            Location.of("timestamp"),
            "year " + year + " is outside 1900..2155, which ISO 9660 dates hold");
      }
      problems.throwIfAny();
      return new IsoImage(this);
    }
  }
}
