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

  /** One decoded part: its headers (names lower-cased) and body bytes. */
  public record Entity(Map<String, String> headers, byte[] body) {
    /**
     * A header value.
     *
     * @param name lower-case name
     * @return the value or null
     */
    public String header(String name) {
      return headers.get(name);
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
    String first = text.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
    return first.startsWith("content-type:") || first.startsWith("mime-version:");
  }

  /**
   * Reads a message: the headers and the raw body.
   *
   * @param text the message
   * @return the entity (body not transfer-decoded)
   */
  public static Entity read(String text) {
    Map<String, String> headers = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    String name = null;
    for (; i < lines.length; i++) {
      String line = stripCr(lines[i]);
      if (line.isEmpty()) {
        i++;
        break;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && name != null) {
        headers.put(name, headers.get(name) + " " + line.trim());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        break;
      }
      name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      headers.putIfAbsent(name, line.substring(colon + 1).trim());
    }
    StringBuilder body = new StringBuilder();
    for (int j = i; j < lines.length; j++) {
      body.append(lines[j]);
      if (j < lines.length - 1) {
        body.append('\n');
      }
    }
    return new Entity(headers, body.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Splits a multipart body at its boundary.
   *
   * @param body the body text
   * @param boundary the boundary
   * @return the parts' texts (headers and body each)
   */
  public static List<String> split(String body, String boundary) {
    List<String> parts = new ArrayList<>();
    String delimiter = "--" + boundary;
    String[] lines = body.split("\n", -1);
    StringBuilder current = null;
    for (String raw : lines) {
      String line = stripCr(raw).stripTrailing();
      if (line.equals(delimiter) || line.equals(delimiter + "--")) {
        if (current != null) {
          parts.add(current.length() > 0 ? current.substring(0, current.length() - 1) : "");
        }
        if (line.equals(delimiter + "--")) {
          return parts;
        }
        current = new StringBuilder();
        continue;
      }
      if (current != null) {
        current.append(raw).append('\n');
      }
    }
    if (current != null && current.length() > 0) {
      parts.add(current.substring(0, current.length() - 1));
    }
    return parts;
  }

  /**
   * Decodes a body by its Content-Transfer-Encoding.
   *
   * @param entity the entity
   * @return the decoded bytes
   */
  public static byte[] decodeBody(Entity entity) {
    String cte = String.valueOf(entity.header("content-transfer-encoding")).trim()
        .toLowerCase(Locale.ROOT);
    byte[] body = entity.body();
    if (cte.equals("base64")) {
      return Base64.getMimeDecoder().decode(body);
    }
    if (cte.equals("quoted-printable")) {
      return quotedPrintable(new String(body, StandardCharsets.US_ASCII));
    }
    return body;
  }

  private static byte[] quotedPrintable(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '=' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        i++;
      } else if (c == '=' && i + 2 < s.length()) {
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
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
