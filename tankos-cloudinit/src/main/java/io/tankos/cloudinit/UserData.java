package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Gzip;
import io.tankos.cloudinit.internal.Mime;
import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * CloudUser-data as handed to an instance: one document on its own, or a MIME multi-part message of
 * several {@link Part}s. The MIME boundary is derived from the content, so the same parts give the
 * same bytes; {@link #gzip()} is deterministic too (no file name, time 0).
 *
 * <pre>{@code
 * UserData data = UserData.builder()
 *     .part(Part.cloudConfig(base))
 *     .part(Part.cloudConfig(extra).withMergeType(Part.MERGE_APPEND_LISTS))
 *     .part(Part.shellScript("#!/bin/sh\necho done\n"))
 *     .build();
 * data.checkFits(PlatformLimit.EC2, true);   // gzip counted
 * byte[] upload = data.gzip();
 * }</pre>
 */
public final class UserData {
  private final List<Part> parts;
  private final boolean multipart;
  private final String boundary;
  /**
   * The text {@link #render()} made, kept once made (the same value every time; a race makes it
   * twice at most): hosts of a fleet that share a user-data render it once.
   */
  private String rendered;
  /**
   * The seed's {@code user-data} file of {@link #render()}'s bytes, kept once made (immutable: every
   * seed of this user-data shares the bytes; a race makes it twice at worst).
   */
  private FileTree seedFile;

  private UserData(List<Part> parts, boolean multipart, String boundary) {
    this.parts = List.copyOf(parts);
    this.multipart = multipart;
    this.boundary = boundary;
  }

  /**
   * CloudUser-data that is one cloud-config document, not wrapped in MIME.
   *
   * @param config the document
   * @return the user-data
   */
  public static UserData of(CloudConfig config) {
    return new UserData(List.of(Part.cloudConfig(config)), false, null);
  }

  /**
   * CloudUser-data that is one document of any type, not wrapped in MIME.
   *
   * @param part the document (file name and merge type are not written for a single document)
   * @return the user-data
   */
  public static UserData single(Part part) {
    return new UserData(List.of(Objects.requireNonNull(part, "part")), false, null);
  }

  /**
   * A builder for multi-part user-data.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses user-data: gzip is undone, MIME multi-part messages are split (nested ones flattened),
   * a single document is recognised by its first line. The bytes must be UTF-8, as cloud-init
   * decodes them: malformed UTF-8 is an error naming the line and byte offset (also inside a part),
   * never replaced. The limits of {@link CloudInitLimits} apply: raw and decoded size (so a gzip
   * bomb stops after {@link CloudInitLimits#MAX_BYTES}), MIME nesting and part count, and the YAML
   * limits for every cloud-config part.
   *
   * @param source name for messages
   * @param bytes the user-data
   * @return the user-data
   * @throws ParseException when the data is not user-data cloud-init would act on, with one line
   *     saying why
   * @throws io.tankos.core.validation.LimitExceededException when the data is over a limit
   */
  public static UserData parse(String source, byte[] bytes) {
    return UserDataReader.read(source, bytes);
  }

  /** User-data read by {@link UserDataReader}. */
  static UserData parsed(List<Part> parts, boolean multipart) {
    return new UserData(parts, multipart, null);
  }

  /**
   * The parts.
   *
   * @return unmodifiable list
   */
  public List<Part> parts() {
    return parts;
  }

  /**
   * Whether this is a MIME multi-part message.
   *
   * @return true for multi-part
   */
  public boolean isMultipart() {
    return multipart;
  }

  /**
   * The cloud-config parts' problems on a target; locations are prefixed with the part, e.g.
   * {@code part[1].users[0].name}, for multi-part user-data.
   *
   * @param target version and profile
   * @return the problems
   */
  public List<Problem> problems(Target target) {
    Problems problems = new Problems();
    for (int i = 0; i < parts.size(); i++) {
      int index = i;
      parts.get(i).cloudConfig().ifPresent(c -> {
        for (Problem p : c.problems(target)) {
          problems.add(multipart
              ? new Problem(Location.of("part[" + index + "]").child(p.location().path()),
                  p.message())
              : p);
        }
      });
    }
    return problems.list();
  }

  /**
   * The text: the single document, or the MIME message.
   *
   * @return the text
   */
  public String render() {
    String r = rendered;
    if (r == null) {
      r = text();
      rendered = r;
    }
    return r;
  }

  /**
   * The text of {@link #render()} handed to {@code to}, which must not keep it (nor return null):
   * the text made before, else a single document's text as it is written, without a string of it.
   */
  <T> T render(Function<? super CharSequence, T> to) {
    String r = rendered;
    return r != null || multipart ? to.apply(render()) : parts.get(0).text(to);
  }

  /**
   * A tree of the one file {@code user-data}, the rendered text's UTF-8 bytes (encoded as written,
   * no string made): a seed adds it, so the seeds of hosts that share this user-data share its
   * bytes instead of encoding them again.
   */
  FileTree seedFile() {
    FileTree t = seedFile;
    if (t == null) {
      t = render(text -> FileTree.builder().file("user-data", text).build());
      seedFile = t;
    }
    return t;
  }

  private String text() {
    if (!multipart) {
      return parts.get(0).text();
    }
    List<Mime.OutPart> out = new ArrayList<>();
    Problems problems = new Problems();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      checkHeaderValue(p.filename().orElse(null), Location.of("part[" + i + "]").child("filename"), problems);
      checkHeaderValue(p.mergeType().orElse(null), Location.of("part[" + i + "]").child("merge_type"), problems);
      out.add(new Mime.OutPart(p.type().contentType(), p.filename().orElse(null),
          p.mergeType().orElse(null), p.text()));
    }
    problems.throwIfAny();
    return Mime.write(out, boundary != null ? boundary : boundaryFor(out));
  }

  private static void checkHeaderValue(String v, Location at, Problems problems) {
    if (v != null && (v.isEmpty() || v.chars().anyMatch(c -> c < 0x20 || c >= 0x7f || c == '"'))) {
      problems.add(at, "must be printable ASCII without quotes (it goes into a MIME header)");
    }
  }

  private static String boundaryFor(List<Mime.OutPart> parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int attempt = 0; ; attempt++) {
        for (Mime.OutPart p : parts) {
          sha.update(p.contentType().getBytes(StandardCharsets.UTF_8));
          sha.update(p.text().getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) attempt);
        String b = "==tankos-" + HexFormat.of().formatHex(sha.digest(), 0, 12) + "==";
        boolean clash = parts.stream().anyMatch(p -> p.text().contains(b));
        if (!clash) {
          return b;
        }
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /**
   * The rendered text as UTF-8 bytes.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return render().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The bytes gzip-compressed, deterministically; cloud-init recognises gzip by its magic bytes.
   *
   * @return gzip bytes
   */
  public byte[] gzip() {
    return Gzip.compress(bytes());
  }

  /**
   * The bytes base64-encoded (what APIs such as OpenStack expect).
   *
   * @param gzipped whether to gzip first
   * @return the base64 text
   */
  public String base64(boolean gzipped) {
    return Base64.getEncoder().encodeToString(gzipped ? gzip() : bytes());
  }

  /**
   * The size in every encoding.
   *
   * @return the sizes
   */
  public SizeReport sizes() {
    long raw = bytes().length;
    long gz = gzip().length;
    return new SizeReport(raw, gz, (raw + 2) / 3 * 4, (gz + 2) / 3 * 4);
  }

  /**
   * Throws when the user-data is larger than a platform accepts.
   *
   * @param limit the platform
   * @param gzipped whether the data is uploaded gzip-compressed
   * @return this user-data
   * @throws ValidationException at location {@code user-data} naming both sizes
   */
  public UserData checkFits(PlatformLimit limit, boolean gzipped) {
    long raw = gzipped ? gzip().length : bytes().length;
    long counted = limit.countedSize(raw);
    if (counted > limit.maxBytes()) {
      throw new ValidationException(Location.of("user-data"), (gzipped ? "gzip-compressed " : "")
          + "size " + counted + " B" + (limit.countsBase64() ? " (base64)" : "")
          + " is over the " + limit.platform() + " limit of " + limit.maxBytes() + " B"
          + (gzipped ? "" : "; gzip would make it " + limit.countedSize(gzip().length) + " B"));
    }
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserData u && u.render().equals(render());
  }

  @Override
  public int hashCode() {
    return render().hashCode();
  }

  /** The rendered text, as {@link #render()}. */
  @Override
  public String toString() {
    return render();
  }

  /** Mutable builder for multi-part user-data. */
  public static final class Builder {
    private final List<Part> parts = new ArrayList<>();
    private String boundary;

    private Builder() {}

    /**
     * Adds a part.
     *
     * @param part the part
     * @return this builder
     */
    public Builder part(Part part) {
      parts.add(Objects.requireNonNull(part, "part"));
      return this;
    }

    /**
     * Adds a cloud-config part.
     *
     * @param config the document
     * @return this builder
     */
    public Builder cloudConfig(CloudConfig config) {
      return part(Part.cloudConfig(config));
    }

    /**
     * Sets a fixed MIME boundary instead of the content-derived one.
     *
     * @param value the boundary: 1 to 70 characters of letters, digits and {@code '()+_,-./:=?}
     * @return this builder
     */
    public Builder boundary(String value) {
      if (!value.matches("[A-Za-z0-9'()+_,\\-./:=?]{1,70}")) {
        throw new ValidationException(Location.of("boundary"), "'" + value
            + "' is not a MIME boundary (1 to 70 letters, digits or '()+_,-./:=?)");
      }
      this.boundary = value;
      return this;
    }

    /**
     * Builds the user-data.
     *
     * @return the user-data
     * @throws ValidationException without parts, or when the boundary occurs in a part
     */
    public UserData build() {
      if (parts.isEmpty()) {
        throw new ValidationException(Location.of("parts"), "user-data needs at least one part");
      }
      if (boundary != null) {
        for (int i = 0; i < parts.size(); i++) {
          if (parts.get(i).text().contains("--" + boundary)) {
            throw new ValidationException(Location.of("part[" + i + "]"),
                "contains the MIME boundary " + boundary);
          }
        }
      }
      return new UserData(parts, true, boundary);
    }
  }
}
