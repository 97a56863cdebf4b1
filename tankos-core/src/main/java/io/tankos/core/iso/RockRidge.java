package io.tankos.core.iso;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * System Use Sharing Protocol (SUSP 1.12) and Rock Ridge (RRIP 1991A) entries: {@code SP}, {@code
 * PX}, {@code TF}, {@code NM}, {@code SL}, {@code CE} and {@code ER}.
 */
final class RockRidge {
  static final int CE_LENGTH = 28;

  /** Payload bytes an entry can hold after its 4-byte header plus a flags byte. */
  private static final int FLAGGED_PAYLOAD_MAX = 255 - 5;

  private static final int S_IFDIR = 0040000;
  private static final int S_IFREG = 0100000;
  private static final int S_IFLNK = 0120000;

  private static final String ER_ID = "RRIP_1991A";
  private static final String ER_DESCRIPTOR =
      "THE ROCK RIDGE INTERCHANGE PROTOCOL PROVIDES SUPPORT FOR POSIX FILE SYSTEM SEMANTICS";
  private static final String ER_SOURCE =
      "PLEASE CONTACT DISC PUBLISHER FOR SPECIFICATION SOURCE.  SEE PUBLISHER IDENTIFIER IN PRIMARY"
          + " VOLUME DESCRIPTOR FOR CONTACT INFORMATION.";

  private RockRidge() {}

  /**
   * The entries of one directory record.
   *
   * @param node the node the record describes
   * @param name the NM name, or null for the {@code .} and {@code ..} records
   * @param rootDot whether this is the root's {@code .} record (gets {@code SP} and {@code ER})
   */
  static List<byte[]> entries(IsoNode node, String name, boolean rootDot, Instant time) {
    List<byte[]> out = new ArrayList<>();
    if (rootDot) {
      out.add(new byte[] {'S', 'P', 7, 1, (byte) 0xBE, (byte) 0xEF, 0});
    }
    out.add(px(node));
    out.add(tf(time));
    if (name != null) {
      out.addAll(nm(name));
    }
    if (node.kind == IsoNode.Kind.SYMLINK && name != null) {
      out.addAll(sl(node.target));
    }
    if (rootDot) {
      out.add(er());
    }
    return out;
  }

  private static byte[] header(char a, char b, int length) {
    byte[] e = new byte[length];
    e[0] = (byte) a;
    e[1] = (byte) b;
    e[2] = (byte) length;
    e[3] = 1;
    return e;
  }

  static byte[] px(IsoNode node) {
    byte[] e = header('P', 'X', 36);
    int type =
        switch (node.kind) {
          case DIRECTORY -> S_IFDIR;
          case FILE -> S_IFREG;
          case SYMLINK -> S_IFLNK;
        };
    IsoBytes.both32(e, 4, type | node.mode);
    IsoBytes.both32(e, 12, node.links());
    IsoBytes.both32(e, 20, 0);
    IsoBytes.both32(e, 28, 0);
    return e;
  }

  /** Modification, access and attribute-change times, all the image's fixed time. */
  static byte[] tf(Instant time) {
    byte[] e = header('T', 'F', 5 + 3 * 7);
    e[4] = 0x0E;
    byte[] d = IsoBytes.recordingDate(time);
    for (int i = 0; i < 3; i++) {
      System.arraycopy(d, 0, e, 5 + 7 * i, 7);
    }
    return e;
  }

  /** One or more NM entries; all but the last carry the CONTINUE flag. */
  static List<byte[]> nm(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    List<byte[]> out = new ArrayList<>();
    int off = 0;
    do {
      int n = Math.min(FLAGGED_PAYLOAD_MAX, bytes.length - off);
      byte[] e = header('N', 'M', 5 + n);
      e[4] = (byte) (off + n < bytes.length ? 1 : 0);
      System.arraycopy(bytes, off, e, 5, n);
      out.add(e);
      off += n;
    } while (off < bytes.length);
    return out;
  }

  /**
   * SL entries for a link target: components split at {@code /}, {@code .} and {@code ..} as
   * CURRENT and PARENT, a leading {@code /} as ROOT; long components continue across component
   * records and entries.
   */
  static List<byte[]> sl(String target) {
    List<byte[]> components = new ArrayList<>();
    String rest = target;
    if (rest.startsWith("/")) {
      components.add(new byte[] {0x08, 0});
      rest = rest.substring(1);
    }
    if (!rest.isEmpty()) {
      for (String c : rest.split("/", -1)) {
        if (c.equals(".")) {
          components.add(new byte[] {0x02, 0});
        } else if (c.equals("..")) {
          components.add(new byte[] {0x04, 0});
        } else {
          components.add(c.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    List<byte[]> entries = new ArrayList<>();
    ByteArrayOutputStream area = new ByteArrayOutputStream();
    for (byte[] c : components) {
      boolean special =
          c.length == 2 && c[1] == 0 && (c[0] == 0x02 || c[0] == 0x04 || c[0] == 0x08);
      if (special) {
        if (area.size() + 2 > FLAGGED_PAYLOAD_MAX) {
          entries.add(slEntry(area.toByteArray()));
          area.reset();
        }
        area.write(c, 0, 2);
        continue;
      }
      int off = 0;
      do {
        if (area.size() + 3 > FLAGGED_PAYLOAD_MAX) {
          entries.add(slEntry(area.toByteArray()));
          area.reset();
        }
        int n = Math.min(c.length - off, FLAGGED_PAYLOAD_MAX - area.size() - 2);
        area.write(off + n < c.length ? 0x01 : 0);
        area.write(n);
        area.write(c, off, n);
        off += n;
      } while (off < c.length);
    }
    entries.add(slEntry(area.toByteArray()));
    for (int i = 0; i + 1 < entries.size(); i++) {
      entries.get(i)[4] = 1;
    }
    return entries;
  }

  private static byte[] slEntry(byte[] components) {
    byte[] e = header('S', 'L', 5 + components.length);
    System.arraycopy(components, 0, e, 5, components.length);
    return e;
  }

  static byte[] ce(long block, int offset, int length) {
    byte[] e = header('C', 'E', CE_LENGTH);
    IsoBytes.both32(e, 4, block);
    IsoBytes.both32(e, 12, offset);
    IsoBytes.both32(e, 20, length);
    return e;
  }

  static byte[] er() {
    byte[] id = ER_ID.getBytes(StandardCharsets.US_ASCII);
    byte[] des = ER_DESCRIPTOR.getBytes(StandardCharsets.US_ASCII);
    byte[] src = ER_SOURCE.getBytes(StandardCharsets.US_ASCII);
    byte[] e = header('E', 'R', 8 + id.length + des.length + src.length);
    e[4] = (byte) id.length;
    e[5] = (byte) des.length;
    e[6] = (byte) src.length;
    e[7] = 1;
    System.arraycopy(id, 0, e, 8, id.length);
    System.arraycopy(des, 0, e, 8 + id.length, des.length);
    System.arraycopy(src, 0, e, 8 + id.length + des.length, src.length);
    return e;
  }
}
