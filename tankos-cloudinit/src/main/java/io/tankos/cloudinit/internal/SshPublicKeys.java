package io.tankos.cloudinit.internal;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rule for an {@code authorized_keys} entry: one OpenSSH public key line {@code [options] TYPE
 * BASE64 [comment]} whose type is one OpenSSH knows and whose base64 decodes to a key blob of that
 * type (the embedded type string matches and the blob holds exactly the fields of the type) and
 * whose key is one OpenSSH loads: an RSA modulus of 1024 to 16384 bits, a 1024-bit DSA key, an
 * ECDSA point on its curve. A certificate's signature is not verified.
 * Everything else is refused; a private key (OpenSSH, PEM, PKCS#8, SSH2 or PuTTY) with a message
 * that says it is a PRIVATE key. An RFC 4716 (SSH2) public key block is refused too, with the
 * command that converts it: sshd reads only the one-line form, and tankos writes values unchanged.
 * Messages never quote the value.
 */
public final class SshPublicKeys {

  private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r");
  /** Field kinds of a key blob after its type string. */
  private static final String RSA = "ss";
  private static final String DSS = "ssss";
  private static final String ECDSA = "cs";
  private static final String ED25519 = "k";
  /** Certificate fields after the key: serial, type, key id, principals, validity, options, extensions, reserved, CA key, signature. */
  private static final String CERT = "84ss88sssss";

  /** Known key types and the fields of their blobs: s string, k 32-byte key, c curve name, 4/8 integers. */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("ssh-ed25519", ED25519),
      Map.entry("ssh-rsa", RSA),
      Map.entry("ssh-dss", DSS),
      Map.entry("ecdsa-sha2-nistp256", ECDSA),
      Map.entry("ecdsa-sha2-nistp384", ECDSA),
      Map.entry("ecdsa-sha2-nistp521", ECDSA),
      Map.entry("sk-ssh-ed25519@openssh.com", ED25519 + "s"),
      Map.entry("sk-ecdsa-sha2-nistp256@openssh.com", ECDSA + "s"),
      Map.entry("ssh-ed25519-cert-v01@openssh.com", "s" + ED25519 + CERT),
      Map.entry("ssh-rsa-cert-v01@openssh.com", "s" + RSA + CERT),
      Map.entry("ssh-dss-cert-v01@openssh.com", "s" + DSS + CERT),
      Map.entry("ecdsa-sha2-nistp256-cert-v01@openssh.com", "s" + ECDSA + CERT),
      Map.entry("ecdsa-sha2-nistp384-cert-v01@openssh.com", "s" + ECDSA + CERT),
      Map.entry("ecdsa-sha2-nistp521-cert-v01@openssh.com", "s" + ECDSA + CERT),
      Map.entry("sk-ssh-ed25519-cert-v01@openssh.com", "s" + ED25519 + "s" + CERT),
      Map.entry("sk-ecdsa-sha2-nistp256-cert-v01@openssh.com", "s" + ECDSA + "s" + CERT));

  private static final Pattern PEM_PRIVATE = Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----");
  private static final String SSH2_PRIVATE = "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----";
  private static final Pattern PUTTY = Pattern.compile("(?m)^(PuTTY-User-Key-File-\\d+:|Private-Lines:)");
  /** The base64 of {@code openssh-key-v1\0}, the start of an OpenSSH private key body. */
  private static final String OPENSSH_PRIVATE_BODY = "b3BlbnNzaC1rZXktdjEA";
  private static final Pattern BLOCK_START = Pattern.compile("^(-----BEGIN |---- BEGIN |PuTTY-User-Key-File-)");
  private static final Pattern BLOCK_END = Pattern.compile("^(-----END [^-]*-----|---- END [^-]*----|Private-MAC:.*)$");

  private SshPublicKeys() {}

  /**
   * Splits the text of an {@code authorized_keys} or {@code .pub} file into entries: each line that
   * is not blank or a {@code #} comment, except that a key block (PEM, RFC 4716, PuTTY) stays one
   * entry so that it is judged, and refused, as a whole.
   *
   * @param text the file's text
   * @return the entries, in order
   */
  public static List<String> entries(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder block = null;
    for (String raw : LINE_BREAK.split(text, -1)) {
      String line = raw.strip();
      if (block != null) {
        block.append('\n').append(line);
        if (BLOCK_END.matcher(line).matches()) {
          out.add(block.toString());
          block = null;
        }
      } else if (BLOCK_START.matcher(line).find()) {
        block = new StringBuilder(line);
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        out.add(line);
      }
    }
    if (block != null) {
      out.add(block.toString());
    }
    return out;
  }

  /**
   * Checks one entry; adds at most one problem, which never quotes the value.
   *
   * @param value the entry (a string, else it is refused)
   * @param at its location, e.g. {@code users[0].ssh_authorized_keys[1]}
   * @param problems where the problem goes
   */
  public static void check(Object value, Location at, Problems problems) {
    if (!(value instanceof String s)) {
      problems.add(at, "must be an OpenSSH public key line, not " + Raw.aTypeName(value));
      return;
    }
    String privateKind = privateKind(s);
    if (privateKind != null) {
      problems.add(at, "is a PRIVATE key (" + privateKind + "), which must never be written into"
          + " user-data; give the public key (the .pub file) instead (the value is not shown)");
      return;
    }
    String problem = problem(s);
    if (problem != null) {
      problems.add(at, problem + " (the value is not shown)");
    }
  }

  private static String privateKind(String s) {
    if (s.contains("-----BEGIN OPENSSH PRIVATE KEY-----") || s.contains(OPENSSH_PRIVATE_BODY)) {
      return "OpenSSH private key";
    }
    boolean privateKey = s.contains("PRIVATE KEY"); // what the two patterns below need, found quicker
    if (privateKey && PEM_PRIVATE.matcher(s).find()) {
      return "PEM private key";
    } else if (privateKey && s.contains(SSH2_PRIVATE)) {
      return "SSH2 private key";
    } else if ((s.contains("PuTTY-User-Key-File-") || s.contains("Private-Lines:")) && PUTTY.matcher(s).find()) {
      return "PuTTY private key file";
    }
    return null;
  }

  private static String problem(String s) {
    if (s.contains("---- BEGIN SSH2 PUBLIC KEY ----")) {
      return "is an RFC 4716 (SSH2) public key block; authorized_keys needs the one-line OpenSSH"
          + " form: convert it with 'ssh-keygen -i -m RFC4716 -f FILE'";
    }
    if (s.contains("-----BEGIN PUBLIC KEY-----") || s.contains("-----BEGIN RSA PUBLIC KEY-----")) {
      return "is a PEM public key; authorized_keys needs the one-line OpenSSH form: convert it with"
          + " 'ssh-keygen -i -m PKCS8 -f FILE'";
    }
    if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return "must be one line: one key per entry";
    }
    int nul = s.indexOf('\0');
    if (nul >= 0) {
      // sshd reads the line as a C string: everything after the NUL would be lost
      return "contains a NUL character (at index " + nul + "), which sshd cannot read";
    }
    String line = s.strip();
    if (line.isEmpty()) {
      return "is empty; expected an OpenSSH public key line";
    }
    int start = 0;
    String first = token(line, 0);
    if (!TYPES.containsKey(first)) {
      int end = optionsEnd(line);
      if (end < 0) {
        return "has an unterminated quote in its options";
      }
      start = skipBlanks(line, end);
      if (start == end || start >= line.length()) {
        return "is not an OpenSSH public key line: expected [options] TYPE BASE64 [comment]";
      }
    }
    String type = start == 0 ? first : token(line, start);
    if (!TYPES.containsKey(type)) {
      return "does not name a key type OpenSSH knows (ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521,"
          + " sk-ssh-ed25519@openssh.com, sk-ecdsa-sha2-nistp256@openssh.com, ssh-dss or their"
          + " -cert-v01@openssh.com certificates)";
    }
    int dataStart = skipBlanks(line, start + type.length());
    if (dataStart >= line.length()) {
      return "has no key data after " + type;
    }
    byte[] blob = base64(line, dataStart, tokenEnd(line, dataStart));
    if (blob == null) {
      return "key data after " + type + " is not base64 (with its '=' padding)";
    }
    String structure = blob(blob, type);
    return structure != null ? structure : KeyMaterial.problem(blob, type);
  }

  private static String blob(byte[] blob, String type) {
    ByteBuffer b = ByteBuffer.wrap(blob);
    int embedded = string(b);
    if (embedded < 0) {
      return "key data after " + type + " is truncated";
    }
    if (!isLatin1(blob, b.position() - embedded, embedded, type)) {
      String inner =
          new String(blob, b.position() - embedded, embedded, StandardCharsets.ISO_8859_1);
      return "key data does not hold a " + type + " key"
          + (TYPES.containsKey(inner) ? " but a " + inner + " key" : "");
    }
    String curve = KeyMaterial.curveName(type);
    String fields = TYPES.get(type);
    for (int i = 0; i < fields.length(); i++) {
      char field = fields.charAt(i);
      switch (field) {
        case '4', '8' -> {
          if (b.remaining() < field - '0') {
            return "key data after " + type + " is truncated";
          }
          b.position(b.position() + field - '0');
        }
        default -> {
          int length = string(b);
          if (length < 0) {
            return "key data after " + type + " is truncated";
          } else if (field == 'k' && length != 32) {
            return "key data after " + type + " does not hold a 32-byte key";
          } else if (field == 'c' && !isLatin1(blob, b.position() - length, length, curve)) {
            return "key data after " + type + " names another curve";
          }
        }
      }
    }
    return b.hasRemaining() ? "key data after " + type + " has trailing bytes" : null;
  }

  /**
   * Skips a length-prefixed string of a key blob.
   *
   * @return its length, its bytes ending at the buffer's new position; -1 when it is truncated
   */
  private static int string(ByteBuffer b) {
    if (b.remaining() < 4) {
      return -1;
    }
    int length = b.getInt();
    if (length < 0 || length > b.remaining()) {
      return -1;
    }
    b.position(b.position() + length);
    return length;
  }

  /** Whether bytes read as ISO-8859-1 are a text (false for a null text). */
  private static boolean isLatin1(byte[] bytes, int from, int length, String text) {
    if (text == null || text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if ((bytes[from + i] & 0xff) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String token(String line, int from) {
    return line.substring(from, tokenEnd(line, from));
  }

  private static int tokenEnd(String line, int from) {
    int end = from;
    while (end < line.length() && !isBlank(line.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * The bytes of base64 text {@code s[from, to)} with its {@code =} padding, as {@link
   * java.util.Base64#getDecoder()} decodes it, read in place; null when the length is not a
   * multiple of four or the decoder would refuse it.
   */
  private static byte[] base64(String s, int from, int to) {
    int n = to - from;
    if (n % 4 != 0) {
      return null;
    }
    int pad = n > 0 && s.charAt(to - 1) == '=' ? (s.charAt(to - 2) == '=' ? 2 : 1) : 0;
    byte[] out = new byte[n / 4 * 3 - pad];
    int o = 0;
    int bits = 0;
    int count = 0;
    for (int i = from; i < to - pad; i++) {
      int v = base64Value(s.charAt(i));
      if (v < 0) {
        return null;
      }
      bits = bits << 6 | v;
      if (++count == 4) {
        out[o++] = (byte) (bits >> 16);
        out[o++] = (byte) (bits >> 8);
        out[o++] = (byte) bits;
        bits = 0;
        count = 0;
      }
    }
    if (count == 3) {
      out[o++] = (byte) (bits >> 10);
      out[o] = (byte) (bits >> 2);
    } else if (count == 2) {
      out[o] = (byte) (bits >> 4);
    } else if (count == 1) {
      return null;
    }
    return out;
  }

  private static int base64Value(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    } else if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    } else if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '+' ? 62 : c == '/' ? 63 : -1;
  }

  /** The end of sshd's options field: the first blank outside double quotes, or -1 when a quote is open. */
  private static int optionsEnd(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (isBlank(c) && !quoted) {
        return i;
      }
    }
    return quoted ? -1 : line.length();
  }

  private static int skipBlanks(String line, int from) {
    int i = from;
    while (i < line.length() && isBlank(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
