package io.tankos.bootc.fleet.internal;

import io.tankos.core.validation.ParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV host list (RFC 4180: {@code ,} between fields, {@code "} around a field that holds a comma,
 * quote or line break, {@code ""} for a quote inside it; CRLF or LF line ends), read record by
 * record: only the current record is held. The header row names the fields; a record with the wrong
 * number of fields or a stray quote is reported at its line and reading goes on; a bad header, an
 * unterminated quote and an over-long record end the list with a {@link ParseException}. List
 * columns ({@code ssh_authorized_keys}, {@code instances}, {@code dns}) separate values by {@code
 * ;}; {@code labels} holds {@code NAME=VALUE} pairs separated by {@code ;}.
 */
public final class CsvHosts extends PullingHostSource {
  /** The longest record read, in characters. */
  public static final int MAX_RECORD = 1 << 20;

  private final String source;
  private final Reader in;
  private final List<String> header;
  /** A record's field map's initial capacity: every column without growing. */
  private final int fieldTable;
  private int line = 1;
  private int pending = -2;
  private final char[] buf = new char[4096];
  /** The field being read, one builder for the whole list (it grows to the longest field once). */
  private final StringBuilder field = new StringBuilder();
  /** The record being read. */
  private final Record record = new Record();
  private int bufPos;
  private int bufEnd;

  /**
   * Reads the header row.
   *
   * @param source file name for messages
   * @param in the text, read as needed
   * @throws ParseException for a missing, unknown or repeated column or an empty file
   */
  public CsvHosts(String source, Reader in) {
    this.source = source;
    this.in = in;
    Record h = record();
    if (h == null) {
      throw new ParseException(source, 1, "empty host list: the first line must be a header row naming the fields");
    }
    if (h.problem != null) {
      throw new ParseException(source, h.line, h.problem);
    }
    Set<String> seen = new HashSet<>();
    for (String name : h.fields) {
      if (!HostFieldNames.ALL.contains(name)) {
        throw new ParseException(source, h.line, "unknown column '" + name + "' (columns: "
            + String.join(", ", HostFieldNames.ALL) + ")");
      }
      if (!seen.add(name)) {
        throw new ParseException(source, h.line, "column '" + name + "' appears twice");
      }
    }
    for (String name : HostFieldNames.REQUIRED_CSV) {
      if (!seen.contains(name)) {
        throw new ParseException(source, h.line, "missing column '" + name + "' (required: "
            + String.join(", ", HostFieldNames.REQUIRED_CSV) + ")");
      }
    }
    this.header = List.copyOf(h.fields);
    this.fieldTable = (header.size() * 4 + 2) / 3;
  }

  @Override
  RawHost pull() {
    return host(record());
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RawHost host(Record r) {
    if (r == null) {
      return null;
    }
    List<RawHost.LineProblem> problems = List.of();
    Map<String, RawHost.Field> fields = new LinkedHashMap<>(fieldTable);
    if (r.problem != null) {
      problems = List.of(new RawHost.LineProblem(r.line, r.problem));
    } else if (r.fields.size() != header.size()) {
      problems = List.of(new RawHost.LineProblem(r.line, r.fields.size() + " fields, the header has " + header.size()));
    } else {
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i);
        String text = r.fields.get(i);
        if (!text.isEmpty()) {
          fields.put(name, new RawHost.Field(r.line, value(name, text)));
        }
      }
    }
    return new RawHost(r.line, fields, problems);
  }

  private static Object value(String name, String text) {
    if (name.equals(HostFieldNames.LABELS)) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (String pair : text.split(";", -1)) {
        int eq = pair.indexOf('=');
        labels.put((eq < 0 ? pair : pair.substring(0, eq)).strip(), eq < 0 ? "" : pair.substring(eq + 1).strip());
      }
      return labels;
    }
    if (!HostFieldNames.LISTS.contains(name)) {
      return text;
    }
    if (text.indexOf(';') < 0) { // one value: what split would give, without its array and copy
      List<String> one = new ArrayList<>(1);
      one.add(text.strip());
      return one;
    }
    List<String> values = new ArrayList<>();
    for (String v : text.split(";", -1)) {
      values.add(v.strip());
    }
    return values;
  }

  /** One record, or null at the end; blank lines are skipped. */
  private Record record() {
    int c = read();
    while (c == '\n' || c == '\r') {
      endOfLine(c);
      c = read();
    }
    if (c < 0) {
      return null;
    }
    Record r = record.reset(line);
    field.setLength(0);
    int size = 0;
    boolean quoted = false;
    boolean afterQuote = false;
    while (true) {
      if (++size > MAX_RECORD) {
        throw new ParseException(source, r.line, "record longer than " + MAX_RECORD + " characters");
      }
      if (quoted) {
        if (c < 0) {
          throw new ParseException(source, r.line, "quoted field not closed before the end of the file");
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
            c = d;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c < 0 || c == '\n' || c == '\r' || c == ',') {
        r.fields.add(field.length() == 0 ? "" : field.toString()); // an empty field is common
        field.setLength(0);
        afterQuote = false;
        if (c != ',') {
          if (c >= 0) {
            endOfLine(c);
          }
          return r;
        }
      } else if (afterQuote) {
        r.fail("character after the closing quote of field " + (r.fields.size() + 1) + " (quote the whole field)");
        skipLine();
        return r;
      } else if (c == '"') {
        if (field.length() > 0) {
          r.fail("quote inside unquoted field " + (r.fields.size() + 1) + " (quote the whole field, \"\" for a quote)");
          skipLine();
          return r;
        }
        quoted = true;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  /** Consumes a line end that starts with {@code c} (CR LF, LF or a lone CR). */
  private void endOfLine(int c) {
    line++;
    if (c == '\r') {
      int d = read();
      if (d != '\n') {
        pending = d;
      }
    }
  }

  private void skipLine() {
    int c = read();
    while (c >= 0 && c != '\n' && c != '\r') {
      c = read();
    }
    if (c >= 0) {
      endOfLine(c);
    }
  }

  private int read() {
    if (pending != -2) {
      int p = pending;
      pending = -2;
      return p;
    }
    try {
      if (bufPos == bufEnd) {
        bufEnd = in.read(buf, 0, buf.length);
        bufPos = 0;
        if (bufEnd <= 0) {
          bufEnd = 0;
          return -1;
        }
      }
      return buf[bufPos++];
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ParseException(source, line, "not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A record while it is read; one for the whole list, reset for each record. */
  private static final class Record {
    int line;
    final List<String> fields = new ArrayList<>();
    String problem;

    Record reset(int start) {
      line = start;
      fields.clear();
      problem = null;
      return this;
    }

    void fail(String message) {
      if (problem == null) {
        problem = message;
      }
    }
  }
}
