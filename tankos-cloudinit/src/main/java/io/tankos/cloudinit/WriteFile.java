package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Gzip;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code write_files}. The encoding is chosen from the content: text as is, binary
 * content (not UTF-8, or with control characters) as {@code b64}, large content as {@code gz+b64}
 * when that is smaller. Permissions are written as a quoted octal string ({@code '0644'}), never
 * as a bare number that YAML would read as decimal 420.
 *
 * <pre>{@code
 * WriteFile.builder("/etc/tank-os/role")
 *     .content("agent\n")
 *     .owner("root:root")
 *     .permissions(0644)
 *     .build();
 * }</pre>
 */
public final class WriteFile {
  /** Content larger than this is gzip-compressed when that makes it smaller. */
  public static final int COMPRESS_ABOVE = 4096;

  private final Map<String, Object> fields;

  private WriteFile(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * A builder.
   *
   * @param path absolute path of the file on the instance
   * @return a new builder
   */
  public static Builder builder(String path) {
    return new Builder(Objects.requireNonNull(path, "path"));
  }

  static WriteFile fromRaw(Map<?, ?> raw) {
    Map<String, Object> m = new LinkedHashMap<>();
    raw.forEach((k, v) -> m.put(String.valueOf(k), v));
    return new WriteFile(Collections.unmodifiableMap(m));
  }

  /**
   * The path.
   *
   * @return the path, if set
   */
  public Optional<String> path() {
    return fields.get("path") instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The encoding as written ({@code text/plain} when absent).
   *
   * @return the encoding
   */
  public String encoding() {
    return fields.get("encoding") instanceof String s ? s : "text/plain";
  }

  /**
   * The permissions string, e.g. {@code 0644}.
   *
   * @return the permissions, if set
   */
  public Optional<String> permissions() {
    return fields.get("permissions") instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The decoded content: base64 and gzip undone as cloud-init does; gzip content is inflated to at
   * most {@link CloudInitLimits#MAX_BYTES}.
   *
   * @return the bytes
   * @throws io.tankos.core.validation.LimitExceededException when gzip content inflates beyond it
   */
  public byte[] content() {
    Object c = fields.get("content");
    if (c == null) {
      return new byte[0];
    }
    if (c instanceof byte[] b) {
      return b.clone();
    }
    byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
    String enc = encoding();
    if (enc.contains("b64") || enc.contains("base64")) {
      bytes = Base64.getMimeDecoder().decode(bytes);
    }
    if (enc.startsWith("gz")) {
      bytes = Gzip.decompress("write_files content of " + fields.get("path"), bytes,
          CloudInitLimits.MAX_BYTES, "CloudInitLimits.MAX_BYTES");
    }
    return bytes;
  }

  /**
   * Every field of the entry, in order.
   *
   * @return unmodifiable map
   */
  public Map<String, Object> fields() {
    return fields;
  }

  Object toRaw() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WriteFile w && w.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "WriteFile[" + path().orElse("?") + ", " + encoding() + "]";
  }

  /** Mutable builder. */
  public static final class Builder {
    private final String path;
    private byte[] content;
    private String encoding;
    private String owner;
    private String permissions;
    private Boolean append;
    private Boolean defer;

    private Builder(String path) {
      this.path = path;
    }

    /**
     * Text content (UTF-8).
     *
     * @param text content
     * @return this builder
     */
    public Builder content(String text) {
      this.content = text.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /**
     * Binary content.
     *
     * @param bytes content (copied)
     * @return this builder
     */
    public Builder content(byte[] bytes) {
      this.content = bytes.clone();
      return this;
    }

    /**
     * Forces an encoding instead of choosing one: {@code text/plain}, {@code b64} or {@code
     * gz+b64}.
     *
     * @param encoding the encoding
     * @return this builder
     */
    public Builder encoding(String encoding) {
      this.encoding = encoding;
      return this;
    }

    /**
     * The owner.
     *
     * @param owner {@code USER} or {@code USER:GROUP}
     * @return this builder
     */
    public Builder owner(String owner) {
      this.owner = owner;
      return this;
    }

    /**
     * The permission bits, written as an octal string such as {@code '0644'}.
     *
     * @param mode bits, {@code 0} to {@code 07777}
     * @return this builder
     */
    public Builder permissions(int mode) {
      if (mode < 0 || mode > 07777) {
        throw new IllegalArgumentException("mode " + Integer.toOctalString(mode) + " is not within 0..07777");
      }
      this.permissions = String.format(java.util.Locale.ROOT, "%04o", mode);
      return this;
    }

    /**
     * The permissions as an octal string such as {@code 0640}; checked on build.
     *
     * @param octal the string
     * @return this builder
     */
    public Builder permissions(String octal) {
      this.permissions = octal;
      return this;
    }

    /**
     * Append instead of replacing.
     *
     * @param value true to append
     * @return this builder
     */
    public Builder append(boolean value) {
      this.append = value;
      return this;
    }

    /**
     * Write in the final stage, after users exist and packages are installed.
     *
     * @param value true to defer
     * @return this builder
     */
    public Builder defer(boolean value) {
      this.defer = value;
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return the entry
     * @throws io.tankos.core.validation.ValidationException when a value cannot be written
     */
    public WriteFile build() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", path);
      if (content != null) {
        String enc = encoding != null ? encoding : chooseEncoding(content);
        m.put("content", encode(content, enc));
        if (!enc.equals("text/plain")) {
          m.put("encoding", enc);
        }
      }
      if (owner != null) {
        m.put("owner", owner);
      }
      if (permissions != null) {
        m.put("permissions", permissions);
      }
      if (append != null) {
        m.put("append", append);
      }
      if (defer != null) {
        m.put("defer", defer);
      }
      Problems problems = new Problems();
      @SuppressWarnings("unchecked")
      Map<String, Object> copy =
          (Map<String, Object>) Raw.copy(m, Location.of("write_files"), problems);
      problems.throwIfAny();
      return new WriteFile(copy);
    }

    static String chooseEncoding(byte[] content) {
      boolean text = isText(content);
      if (content.length > COMPRESS_ABOVE) {
        int gz = (Gzip.compress(content).length + 2) / 3 * 4;
        if (!text || gz < content.length) {
          return "gz+b64";
        }
      }
      return text ? "text/plain" : "b64";
    }

    private static String encode(byte[] content, String enc) {
      switch (enc) {
        case "text/plain":
          return new String(content, StandardCharsets.UTF_8);
        case "b64":
        case "base64":
          return Base64.getEncoder().encodeToString(content);
        case "gz+b64":
        case "gz+base64":
        case "gzip+b64":
        case "gzip+base64":
          return Base64.getEncoder().encodeToString(Gzip.compress(content));
        default:
          throw new IllegalArgumentException("encoding '" + enc
              + "' cannot be produced; use text/plain, b64 or gz+b64");
      }
    }

    private static boolean isText(byte[] content) {
      try {
        String s = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(content)).toString();
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == '\u0085'
              || c == '\u2028' || c == '\u2029' || c == '\ufeff' || (c >= 0x80 && c < 0xa0)) {
            return false;
          }
        }
        return true;
      } catch (CharacterCodingException e) {
        return false;
      }
    }
  }
}
