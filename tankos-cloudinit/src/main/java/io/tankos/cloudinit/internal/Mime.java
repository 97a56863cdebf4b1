package io.tankos.cloudinit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minimal MIME multipart writing and reading for cloud-init user-data (RFC 2045/2046 as Python's
 * {@code email} package reads it): deterministic headers and boundary, 7bit or base64 parts.
 */
public final class Mime {
  private Mime() {}

  /**
   * One message or part, read in place: its headers (names lower-cased, first occurrence wins) and
   * where its body lies in the text (no copy per nesting level).
   *
   * @param headers the headers
   * @param text the whole text the entity is part of
   * @param start index of the entity's first character
   * @param bodyStart index of the body's first character
   * @param bodyEnd index after the body's last character
   */
  public record Entity(Map<String, String> headers, String text, int start, int bodyStart,
      int bodyEnd) {
    /**
     * A header value.
     *
     * @param name lower-case name
     * @return the value or null
     */
    public String header(String name) {
      return headers.get(name);
    }

    /**
     * The body text, not transfer-decoded.
     *
     * @return the body
     */
    public String body() {
      return text.substring(bodyStart, bodyEnd);
    }
  }

  /** A part to write. */
  public record OutPart(String contentType, String filename, String mergeType, String text) {}

  /**
   * Writes a multipart/mixed message.
   *
   * @param parts the parts
   * @param boundary the boundary (must not occur in any part)
   * @return the message text
   */
  public static String write(List<OutPart> parts, String boundary) {
    StringBuilder sb = new StringBuilder();
    sb.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\n");
    sb.append("MIME-Version: 1.0\n\n");
    for (OutPart p : parts) {
      sb.append("--").append(boundary).append('\n');
      sb.append("Content-Type: ").append(p.contentType()).append("; charset=\"utf-8\"\n");
      sb.append("MIME-Version: 1.0\n");
      boolean plain = sevenBit(p.text());
      sb.append("Content-Transfer-Encoding: ").append(plain ? "7bit" : "base64").append('\n');
      if (p.filename() != null) {
        sb.append("Content-Disposition: attachment; filename=\"").append(p.filename()).append("\"\n");
      }
      if (p.mergeType() != null) {
        sb.append("X-Merge-Type: ").append(p.mergeType()).append('\n');
      }
      sb.append('\n');
      if (plain) {
        sb.append(p.text());
      } else {
        sb.append(Base64.getMimeEncoder(76, new byte[] {'\n'})
            .encodeToString(p.text().getBytes(StandardCharsets.UTF_8)));
      }
      sb.append('\n');
    }
    sb.append("--").append(boundary).append("--\n");
    return sb.toString();
  }

  /**
   * Whether text can go into a part unencoded: ASCII without CR or NUL, lines of at most 998
   * characters, and not ending in a line that looks like a boundary.
   *
   * @param text the text
   * @return true for 7bit
   */
  static boolean sevenBit(String text) {
    int line = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c == '\r' || c == 0) {
        return false;
      }
      line = c == '\n' ? 0 : line + 1;
      if (line > 998) {
        return false;
      }
    }
    return !text.startsWith("--") && !text.contains("\n--");
  }

  /**
   * Whether text starts with a MIME header block.
   *
   * @param text the text
   * @return true when the first line is a {@code Content-Type} or {@code MIME-Version} header
   */
  public static boolean looksLikeMime(String text) {
    return LoweredText.end(text, 0, "content-type:") >= 0
        || LoweredText.end(text, 0, "mime-version:") >= 0;
  }

  /**
   * Reads a message in place: the headers and where the raw body is. Header lines end at the first
   * empty line; a line that is not a header starts the body.
   *
   * @param text the text holding the message
   * @param start index of the message's first character
   * @param end index after its last character
   * @return the entity (body not transfer-decoded)
   */
  public static Entity read(String text, int start, int end) {
    Map<String, String> headers = new LinkedHashMap<>();
    String name = null;
    int pos = start;
    while (pos < end) {
      int eol = lineEnd(text, pos, end);
      String line = stripCr(text.substring(pos, eol));
      int next = Math.min(eol + 1, end);
      if (line.isEmpty()) {
        pos = eol < end ? next : end;
        break;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && name != null) {
        headers.put(name, headers.get(name) + " " + line.trim());
        pos = eol < end ? next : end;
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        break;
      }
      name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      headers.putIfAbsent(name, line.substring(colon + 1).trim());
      pos = eol < end ? next : end;
    }
    return new Entity(headers, text, start, pos, end);
  }

  /**
   * Splits a multipart body at its boundary, in place. The preamble before the first delimiter and
   * the epilogue after the closing one are skipped.
   *
   * @param text the text holding the body
   * @param start index of the body's first character
   * @param end index after its last character
   * @param boundary the boundary
   * @param maxParts the most parts accepted; one more stops the split
   * @return {start, end} of each part (headers and body), in order; at most {@code maxParts + 1}
   */
  public static List<int[]> split(String text, int start, int end, String boundary, int maxParts) {
    List<int[]> parts = new ArrayList<>();
    String delimiter = "--" + boundary;
    int partStart = -1;
    int pos = start;
    while (pos <= end) {
      int eol = lineEnd(text, pos, end);
      boolean close = isDelimiter(text, pos, eol, delimiter + "--");
      if (close || isDelimiter(text, pos, eol, delimiter)) {
        if (partStart >= 0) {
          parts.add(new int[] {partStart, Math.max(partStart, pos - 1)});
          if (parts.size() > maxParts) {
            return parts;
          }
        }
        if (close) {
          return parts;
        }
        partStart = eol < end ? eol + 1 : -2;
      }
      if (eol >= end) {
        break;
      }
      pos = eol + 1;
    }
    if (partStart >= 0) {
      parts.add(new int[] {partStart, end});
    }
    return parts;
  }

  private static boolean isDelimiter(String text, int from, int to, String delimiter) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end - from == delimiter.length() && text.startsWith(delimiter, from);
  }

  private static int lineEnd(String text, int from, int end) {
    int nl = text.indexOf('\n', from);
    return nl < 0 || nl > end ? end : nl;
  }

  /**
   * Decodes a body by its Content-Transfer-Encoding; other bodies are their UTF-8 bytes.
   *
   * @param entity the entity
   * @return the decoded bytes
   * @throws IllegalArgumentException when a base64 body is not base64
   */
  public static byte[] decodeBody(Entity entity) {
    String cte = String.valueOf(entity.header("content-transfer-encoding")).trim()
        .toLowerCase(Locale.ROOT);
    String body = entity.body();
    if (cte.equals("base64")) {
      return Base64.getMimeDecoder().decode(body.getBytes(StandardCharsets.ISO_8859_1));
    }
    if (cte.equals("quoted-printable")) {
      return quotedPrintable(body);
    }
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** Quoted-printable as Python's {@code quopri}: soft line breaks removed, bad escapes kept. */
  private static byte[] quotedPrintable(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '=' && i + 1 < b.length && b[i + 1] == '\n') {
        i++;
      } else if (b[i] == '=' && i + 2 < b.length && b[i + 1] == '\r' && b[i + 2] == '\n') {
        i += 2;
      } else if (b[i] == '=' && i + 2 < b.length && hex(b[i + 1]) >= 0 && hex(b[i + 2]) >= 0) {
        out.write(hex(b[i + 1]) * 16 + hex(b[i + 2]));
        i += 2;
      } else {
        out.write(b[i]);
      }
    }
    return out.toByteArray();
  }

  private static int hex(byte c) {
    return Character.digit((char) (c & 0xFF), 16);
  }

  /**
   * A parameter of a header value, e.g. {@code boundary} of {@code multipart/mixed; boundary="x"}.
   *
   * @param value the header value
   * @param name the parameter name
   * @return the value or null
   */
  public static String parameter(String value, String name) {
    if (value == null) {
      return null;
    }
    for (String p : value.split(";")) {
      String t = p.trim();
      int eq = t.indexOf('=');
      if (eq > 0 && t.substring(0, eq).trim().equalsIgnoreCase(name)) {
        String v = t.substring(eq + 1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v;
      }
    }
    return null;
  }

  /**
   * The media type of a Content-Type value, lower-cased, without parameters.
   *
   * @param value the header value
   * @return e.g. {@code text/cloud-config}
   */
  public static String mediaType(String value) {
    if (value == null) {
      return "text/plain";
    }
    int semi = value.indexOf(';');
    return (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
