package io.tankos.bootc.podman;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A minimal tar reader for tests: regular files by path (ustar and pax path records). */
final class TarEntries {
  private TarEntries() {}

  static Map<String, byte[]> files(byte[] tar) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(tar));
    byte[] header = new byte[512];
    String paxPath = null;
    while (true) {
      try {
        in.readFully(header);
      } catch (java.io.EOFException e) {
        break;
      }
      if (header[0] == 0) {
        break;
      }
      String name = field(header, 0, 100);
      String prefix = field(header, 345, 155);
      if (!prefix.isEmpty()) {
        name = prefix + "/" + name;
      }
      long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
      char type = (char) header[156];
      byte[] data = new byte[(int) size];
      in.readFully(data);
      long pad = (512 - size % 512) % 512;
      in.skipBytes((int) pad);
      if (type == 'x') {
        for (String rec : new String(data, StandardCharsets.UTF_8).split("\n")) {
          int sp = rec.indexOf(' ');
          if (sp > 0 && rec.substring(sp + 1).startsWith("path=")) {
            paxPath = rec.substring(sp + 6);
          }
        }
        continue;
      }
      if (paxPath != null) {
        name = paxPath;
        paxPath = null;
      }
      if (type == '0' || type == 0) {
        files.put(name.startsWith("./") ? name.substring(2) : name, data);
      }
    }
    return files;
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }
}
