package io.tankos.bootc.fleet.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tankos.bootc.internal.JacksonErrors;
import io.tankos.bootc.internal.YamlAnchors;
import io.tankos.core.validation.ParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON host list read with Jackson's streaming parser, one host at a time: a list of
 * host mappings, or a mapping whose {@code hosts} key holds that list. A field of the wrong type, an
 * unknown or repeated key is reported at its line and reading goes on; text that does not parse
 * ends the list with a {@link ParseException} at the parser's line. Scalars must be strings (or
 * numbers, read as written): a YAML {@code yes}, {@code no} or {@code null} is refused, not guessed;
 * anchors and aliases end the list ({@link io.tankos.bootc.internal.YamlAnchors}).
 */
public final class JacksonHosts extends PullingHostSource {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  private final String source;
  private final JsonParser parser;
  private boolean done;

  private JacksonHosts(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
    open();
  }

  /**
   * A YAML host list.
   *
   * @param source file name for messages
   * @param in the text
   * @return the hosts
   */
  public static JacksonHosts yaml(String source, Reader in) {
    try {
      return new JacksonHosts(source, YAML.createParser(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JSON host list.
   *
   * @param source file name for messages
   * @param in the text
   * @return the hosts
   */
  public static JacksonHosts json(String source, Reader in) {
    try {
      return new JacksonHosts(source, JSON.createParser(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves to the start of the host list. */
  private void open() {
    JsonToken t = token();
    if (t == null) {
      done = true;
      return;
    }
    if (t == JsonToken.START_OBJECT) {
      JsonToken f = token();
      if (f != JsonToken.FIELD_NAME || !name().equals("hosts")) {
        throw fail("expected a list of hosts or a mapping with the single key 'hosts'");
      }
      t = token();
    }
    if (t != JsonToken.START_ARRAY) {
      throw fail("expected a list of hosts");
    }
  }

  @Override
  RawHost pull() {
    return done ? null : host();
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RawHost host() {
    JsonToken t = token();
    if (t == JsonToken.END_ARRAY) {
      done = true;
      JsonToken after = token();
      if (after == JsonToken.END_OBJECT) {
        after = token();
      }
      if (after != null) {
        throw fail("unexpected content after the host list");
      }
      return null;
    }
    int line = line();
    List<RawHost.LineProblem> problems = new ArrayList<>();
    Map<String, RawHost.Field> fields = new LinkedHashMap<>();
    if (t != JsonToken.START_OBJECT) {
      problems.add(new RawHost.LineProblem(line, "a host must be a mapping of fields"));
      skip();
      return new RawHost(line, fields, problems);
    }
    while ((t = token()) == JsonToken.FIELD_NAME) {
      String name = name();
      int at = line();
      token();
      if (!HostFieldNames.ALL.contains(name)) {
        problems.add(new RawHost.LineProblem(at, "unknown field '" + name + "' (fields: "
            + String.join(", ", HostFieldNames.ALL) + ")"));
        skip();
        continue;
      }
      Object value = value(name, at, problems);
      if (fields.containsKey(name)) {
        problems.add(new RawHost.LineProblem(at, "field '" + name + "' appears twice"));
      } else if (value != null) {
        fields.put(name, new RawHost.Field(at, value));
      }
    }
    return new RawHost(line, fields, problems);
  }

  /** The value at the current token, or null after reporting a wrong type. */
  private Object value(String name, int at, List<RawHost.LineProblem> problems) {
    JsonToken t = parser.currentToken();
    if (name.equals(HostFieldNames.LABELS)) {
      if (t != JsonToken.START_OBJECT) {
        return wrong(name, "a mapping of label names to values", at, problems);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      while (token() == JsonToken.FIELD_NAME) {
        String label = name();
        token();
        String v = scalar();
        if (v == null) {
          return wrong(name, "a mapping of label names to string values", at, problems);
        }
        labels.put(label, v);
      }
      return labels;
    }
    if (HostFieldNames.LISTS.contains(name) && t == JsonToken.START_ARRAY) {
      List<String> values = new ArrayList<>();
      while (token() != JsonToken.END_ARRAY) {
        String v = scalar();
        if (v == null) {
          return wrong(name, "a list of strings", at, problems);
        }
        values.add(v);
      }
      return values;
    }
    String v = scalar();
    if (v == null) {
      return wrong(name, HostFieldNames.LISTS.contains(name) ? "a string or a list of strings" : "a string", at, problems);
    }
    return HostFieldNames.LISTS.contains(name) ? List.of(v) : v;
  }

  private Object wrong(String name, String expected, int at, List<RawHost.LineProblem> problems) {
    problems.add(new RawHost.LineProblem(at, name + ": must be " + expected + " (quote a YAML value such as yes, no or null)"));
    skip();
    return null;
  }

  /** The text of a string or number at the current token, else null (structures are left as they are). */
  private String scalar() {
    JsonToken t = parser.currentToken();
    try {
      return t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
          ? parser.getText() : null;
    } catch (IOException e) {
      throw io(e);
    }
  }

  /** Skips the structure the current token opens, if any, to its end. */
  private void skip() {
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw io(e);
    }
  }

  private JsonToken token() {
    try {
      JsonToken t = parser.nextToken();
      if (t != null) {
        YamlAnchors.refuse(source, parser, line(), "a host list");
      }
      return t;
    } catch (IOException e) {
      throw io(e);
    }
  }

  private String name() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw io(e);
    }
  }

  private int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  private ParseException fail(String message) {
    return new ParseException(source, Math.max(1, line()), message);
  }

  private RuntimeException io(IOException e) {
    return JacksonErrors.readError(source, e, "", Math.max(1, line()));
  }
}
