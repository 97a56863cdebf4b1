package io.tankos.quadlet.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the Quadlet key table: tab-separated, a header line, 13 columns a row. */
final class KeyTable {
  /** The table, relative to the module directory. */
  static final Path PATH = Path.of("src/main/codegen/quadlet-keys.tsv");

  private KeyTable() {}

  static List<KeyRow> read(Path tsv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<KeyRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] c = lines.get(i).split("\t", -1);
      if (c.length != 13) {
        throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": " + c.length + " columns, expected 13");
      }
      rows.add(new KeyRow(c[0], c[1], c[2].equals("yes"), c[3], c[4], c[8], c[10]));
    }
    return rows;
  }
}
