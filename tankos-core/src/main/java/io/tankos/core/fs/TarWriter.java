package io.tankos.core.fs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a {@link FileTree} as a deterministic POSIX (pax) tar stream. */
final class TarWriter {
  private static final int BLOCK = 512;

  private TarWriter() {}

  static void write(FileTree tree, OutputStream out) throws IOException {
    Map<String, Integer> dirs = tree.directories();
    java.util.TreeMap<String, FileEntry> all = new java.util.TreeMap<>();
    for (Map.Entry<String, Integer> d : dirs.entrySet()) {
      all.put(d.getKey(), new Directory(d.getKey(), d.getValue()));
    }
    for (FileEntry e : tree.entries()) {
      all.putIfAbsent(e.path(), e);
    }
    for (FileEntry e : all.values()) {
      if (e instanceof RegularFile f) {
        entry(out, f.path(), '0', f.mode(), f.contentNoCopy(), "");
      } else if (e instanceof Symlink s) {
        entry(out, s.path(), '2', 0777, new byte[0], s.target());
      } else {
        Directory d = (Directory) e;
        entry(out, d.path() + "/", '5', d.mode(), new byte[0], "");
      }
    }
    out.write(new byte[BLOCK * 2]);
  }

  private static void entry(OutputStream out, String name, char type, int mode, byte[] data, String link)
      throws IOException {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    byte[] linkBytes = link.getBytes(StandardCharsets.UTF_8);
    Map<String, String> pax = new LinkedHashMap<>();
    if (nameBytes.length > 100 || !isAscii(name)) {
      pax.put("path", name);
    }
    if (linkBytes.length > 100 || !isAscii(link)) {
      pax.put("linkpath", link);
    }
    if (!pax.isEmpty()) {
      byte[] body = paxBody(pax);
      header(out, "PaxHeaders/" + shortName(name), 'x', 0644, body.length, "");
      out.write(body);
      pad(out, body.length);
    }
    header(out, shortName(name), type, mode, data.length, pax.containsKey("linkpath") ? "" : link);
    out.write(data);
    pad(out, data.length);
  }

  private static String shortName(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : name.toCharArray()) {
      b.append(c < 0x80 ? c : '_');
      if (b.length() == 100) {
        break;
      }
    }
    return b.toString();
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  private static byte[] paxBody(Map<String, String> records) {
    StringBuilder all = new StringBuilder();
    for (Map.Entry<String, String> r : records.entrySet()) {
      String rest = " " + r.getKey() + "=" + r.getValue() + "\n";
      int restLen = rest.getBytes(StandardCharsets.UTF_8).length;
      int len = restLen + 1;
      while (String.valueOf(len).length() + restLen != len) {
        len = String.valueOf(len).length() + restLen;
      }
      all.append(len).append(rest);
    }
    return all.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void header(OutputStream out, String name, char type, int mode, long size, String link)
      throws IOException {
    byte[] h = new byte[BLOCK];
    put(h, 0, 100, name.getBytes(StandardCharsets.UTF_8));
    octal(h, 100, 8, mode);
    octal(h, 108, 8, 0);
    octal(h, 116, 8, 0);
    octal(h, 124, 12, size);
    octal(h, 136, 12, 0);
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    h[156] = (byte) type;
    put(h, 157, 100, link.getBytes(StandardCharsets.UTF_8));
    put(h, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
    put(h, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xFF;
    }
    octal(h, 148, 7, sum);
    h[155] = ' ';
    out.write(h);
  }

  private static void put(byte[] h, int off, int len, byte[] value) {
    System.arraycopy(value, 0, h, off, Math.min(len, value.length));
  }

  private static void octal(byte[] h, int off, int len, long value) {
    String s = Long.toOctalString(value);
    StringBuilder b = new StringBuilder();
    for (int i = s.length(); i < len - 1; i++) {
      b.append('0');
    }
    b.append(s);
    put(h, off, len - 1, b.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static void pad(OutputStream out, int length) throws IOException {
    int rest = length % BLOCK;
    if (rest != 0) {
      out.write(new byte[BLOCK - rest]);
    }
  }
}
