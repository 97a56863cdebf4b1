package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Gzip;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.cloudinit.internal.Yaml11;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of {@code write_files}. The encoding is chosen from the content: text as is, binary
 * content (not UTF-8, or with control characters) as {@code b64}, large content as {@code gz+b64}
 * when that is smaller; base64 longer than one 76-character line is written in lines of 76, as a
 * literal block (cloud-init's {@code base64.b64decode} skips the line feeds). Permissions are written as a quoted octal string ({@code '0644'}), never
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

  private static final String PATH = "path";
  private static final String CONTENT = "content";
  private static final String ENCODING = "encoding";
  private static final String OWNER = "owner";
  private static final String PERMISSIONS = "permissions";
  private static final String APPEND = "append";
  private static final String DEFER = "defer";
  private static final String SOURCE = "source";
  private static final String TEXT = "text/plain";
  private static final String B64 = "b64";
  private static final String BASE64 = "base64";
  private static final String GZ_B64 = "gz+b64";
  private static final String GZ_BASE64 = "gz+base64";
  private static final String GZIP_B64 = "gzip+b64";
  private static final String GZIP_BASE64 = "gzip+base64";
  /** The encodings the schema knows. */
  private static final Set<String> ENCODINGS =
      Set.of("gz", "gzip", GZ_BASE64, GZIP_BASE64, GZ_B64, GZIP_B64, B64, BASE64, TEXT);
  /** Octal permission strings cloud-init decodes with {@code int(value, 8)}. */
  private static final Pattern OCTAL = Pattern.compile("^(0|0o)?[0-7]{3,4}$");
  /** Where a file built on its own reports problems: the key's path without an index. */
  private static final Location AT = Location.of(ConfigKey.WRITE_FILES.key());

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
    return fields.get(PATH) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The encoding as written ({@code text/plain} when absent).
   *
   * @return the encoding
   */
  public String encoding() {
    return fields.get(ENCODING) instanceof String s ? s : TEXT;
  }

  /**
   * The permissions string, e.g. {@code 0644}.
   *
   * @return the permissions, if set
   */
  public Optional<String> permissions() {
    return fields.get(PERMISSIONS) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The decoded content: base64 and gzip undone as cloud-init does; gzip content is inflated to at
   * most {@link CloudInitLimits#MAX_BYTES}.
   *
   * @return the bytes
   * @throws io.tankos.core.validation.LimitExceededException when gzip content inflates beyond it
   */
  public byte[] content() {
    Object c = fields.get(CONTENT);
    if (c == null) {
      return new byte[0];
    }
    if (c instanceof byte[] b) {
      return b.clone();
    }
    byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
    String enc = encoding();
    if (enc.contains(B64) || enc.contains(BASE64)) {
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

  /** Checks the value of the top-level {@code write_files} key: a list of file entries. */
  static void checkAll(Object v, Location at, Checks c) {
    if (!(v instanceof List<?> l)) {
      c.add(at, "must be a list of files, not " + Raw.aTypeName(v));
      return;
    }
    for (int i = 0; i < l.size(); i++) {
      if (l.get(i) instanceof Map<?, ?> m) {
        entry(m, at.index(i), c);
      } else {
        c.add(at.index(i), "must be a mapping with at least 'path'");
      }
    }
  }

  private static void entry(Map<?, ?> m, Location at, Checks c) {
    if (!m.containsKey(PATH)) {
      c.add(at.child(PATH), "is required");
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String key = String.valueOf(e.getKey());
      Location f = at.child(key);
      Object v = e.getValue();
      switch (key) {
        case PATH -> c.absolutePath(v, f);
        case CONTENT -> {
          if (!(v instanceof String) && !(v instanceof byte[]) && v != null) {
            c.add(f, "must be a string, not " + Raw.aTypeName(v));
          }
        }
        case ENCODING -> {
          if (!(v instanceof String s) || !ENCODINGS.contains(s)) {
            c.add(f, "must be one of text/plain, b64, base64, gz, gzip, gz+b64,"
                + " gz+base64, gzip+b64, gzip+base64");
          }
        }
        case OWNER -> owner(v, f, c);
        case PERMISSIONS -> permissions(v, f, c);
        case APPEND, DEFER -> c.bool(v, f);
        case SOURCE -> c.lacking(version -> !version.acceptsWriteFileSource(), f,
            "does not know write_files source (added in 24.x); write the content instead");
        default -> c.add(f, "is not a field of a write_files entry");
      }
    }
  }

  private static void owner(Object v, Location at, Checks c) {
    if (!(v instanceof String s)) {
      c.add(at, "must be a string USER[:GROUP], not " + Raw.aTypeName(v));
      return;
    }
    String[] parts = s.split(":", -1);
    if (parts.length > 2 || !Checks.isName(parts[0])
        || (parts.length == 2 && !Checks.isName(parts[1]))) {
      c.add(at, "'" + s + "' is not USER or USER:GROUP");
    }
  }

  private static void permissions(Object v, Location at, Checks c) {
    if (v instanceof String s) {
      if (!OCTAL.matcher(s).matches()) {
        c.add(at, "'" + s + "' is not an octal mode such as '0644'");
      }
    } else {
      c.add(at, "must be an octal string such as '0644', not " + Raw.aTypeName(v)
          + (v instanceof Integer ? " (an unquoted 0644 is read as the integer 420)" : ""));
    }
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

  /** Mutable builder; {@link #build()} checks the values. */
  public static final class Builder {
    private final String path;
    private byte[] content;
    private String encoding;
    private String owner;
    private String permissions;
    private Integer mode;
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
     * gz+b64} (and their spellings {@code base64}, {@code gz+base64}, {@code gzip+b64}, {@code
     * gzip+base64}).
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
      this.mode = mode;
      this.permissions = null;
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
      this.mode = null;
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
     * Builds and checks the entry; a file built on its own reports at {@code write_files.FIELD}.
     *
     * @return the entry
     * @throws io.tankos.core.validation.ValidationException listing every problem: a relative
     *     path, an owner that is not USER[:GROUP], a mode outside 0..07777, an encoding tankos
     *     cannot produce, text/plain content that is not UTF-8
     */
    public WriteFile build() {
      Problems problems = new Problems();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(PATH, path);
      if (content != null) {
        String enc = encoding != null ? encoding : chooseEncoding(content);
        String encoded = encode(content, enc);
        if (encoded == null) {
          problems.add(AT.child(ENCODING), "'" + enc + "' cannot be produced; use text/plain, b64 or gz+b64");
        } else if (enc.equals(TEXT) && utf8(content) == null) {
          problems.add(AT.child(CONTENT), "is not UTF-8 text; use the b64 encoding");
        }
        m.put(CONTENT, encoded);
        if (!enc.equals(TEXT)) {
          m.put(ENCODING, enc);
        }
      }
      if (owner != null) {
        m.put(OWNER, owner);
      }
      if (mode != null) {
        if (mode < 0 || mode > 07777) {
          problems.add(AT.child(PERMISSIONS), "mode " + Integer.toOctalString(mode) + " is not within 0..07777");
        }
        m.put(PERMISSIONS, String.format(Locale.ROOT, "%04o", mode & 07777));
      } else if (permissions != null) {
        m.put(PERMISSIONS, permissions);
      }
      if (append != null) {
        m.put(APPEND, append);
      }
      if (defer != null) {
        m.put(DEFER, defer);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> copy = (Map<String, Object>) Raw.copy(m, AT, problems);
      entry(copy, AT, Checks.of(null, problems));
      problems.throwIfAny();
      return new WriteFile(copy);
    }

    static String chooseEncoding(byte[] content) {
      boolean text = isText(content);
      if (content.length > COMPRESS_ABOVE) {
        int gz = (Gzip.compress(content).length + 2) / 3 * 4;
        if (!text || gz < content.length) {
          return GZ_B64;
        }
      }
      return text ? TEXT : B64;
    }

    /** The content in an encoding, or null for one tankos cannot produce. */
    private static String encode(byte[] content, String enc) {
      switch (enc) {
        case TEXT:
          return new String(content, StandardCharsets.UTF_8);
        case B64:
        case BASE64:
          return base64(content);
        case GZ_B64:
        case GZ_BASE64:
        case GZIP_B64:
        case GZIP_BASE64:
          return base64(Gzip.compress(content));
        default:
          return null;
      }
    }

    /**
     * Base64 on one line when it is short, else wrapped as {@link Yaml11#base64Lines} wraps it
     * (written as a literal block): cloud-init's {@code base64.b64decode} skips the line feeds
     * (cc_write_files.extract_contents in 22.4.2 and 25.1.4), and the YAML keeps no line longer
     * than {@link CloudInitLimits#MAX_YAML_LINE_LENGTH}.
     */
    private static String base64(byte[] content) {
      return content.length <= 57 ? Base64.getEncoder().encodeToString(content)
          : Yaml11.base64Lines(content);
    }

    /** The content as UTF-8 text, or null when it is not valid UTF-8. */
    private static String utf8(byte[] content) {
      return Utf8.decodeIfValid(content).orElse(null);
    }


    private static boolean isText(byte[] content) {
      String s = utf8(content);
      if (s == null) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == '\u0085'
            || c == '\u2028' || c == '\u2029' || c == '\ufeff' || (c >= 0x80 && c < 0xa0)) {
          return false;
        }
      }
      return true;
    }
  }
}
