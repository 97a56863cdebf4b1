package io.tankos.cloudinit.internal;

import io.tankos.cloudinit.CloudInitLimits;
import io.tankos.core.validation.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.Construct;
import org.yaml.snakeyaml.constructor.ConstructorException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML 1.1 as PyYAML reads and writes it: loading with {@link PyYamlResolver} into plain Java
 * values (maps, lists, strings, numbers, booleans, null, byte arrays, sets and {@code java.time}
 * values for timestamps), and dumping so that PyYAML's {@code safe_load} returns exactly those
 * values.
 */
public final class Yaml11 {
  /** PyYAML's implicit types; read-only once built, so one serves every load. */
  private static final PyYamlResolver RESOLVER = new PyYamlResolver();

  private static final Pattern TIMESTAMP_PARTS =
      Pattern.compile(
          "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
              + "(?:(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]*))?"
              + "(?:[ \\t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?$");
  private static final DateTimeFormatter LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

  private Yaml11() {}

  /**
   * Loads one YAML document as PyYAML's {@code safe_load} would, within the YAML limits of {@link
   * CloudInitLimits}: characters PyYAML refuses and overlong lines are found before parsing, the
   * nesting depth, collection aliases and node count (aliases expanded) while the document is
   * composed, and tabs where PyYAML refuses them (SnakeYAML is laxer) once it is read.
   *
   * @param source name for messages
   * @param text the YAML text
   * @return the value, with insertion-ordered maps
   * @throws ParseException on syntax errors, several documents, tags PyYAML refuses, or characters
   *     PyYAML refuses
   * @throws io.tankos.core.validation.LimitExceededException when the document is over a limit
   */
  public static Object load(String source, String text) {
    return loadWithLines(source, text).value();
  }

  /**
   * A loaded document and the lines of its paths, taken from the nodes of the same load.
   *
   * @param value the value, as {@link #load} gives it
   * @param lines the lines of its paths
   */
  public record Loaded(Object value, YamlLines lines) {}

  /**
   * Loads a document as {@link #load} does, keeping what its lines need: messages about it then
   * name lines without reading the text again.
   *
   * @param source name for messages
   * @param text the YAML text
   * @return the value and its lines
   * @throws ParseException as {@link #load}
   */
  public static Loaded loadWithLines(String source, String text) {
    YamlText.check(source, text);
    Object read = Yaml11FastReader.read(text);
    if (read != Yaml11FastReader.UNREAD) {
      return new Loaded(read, YamlLines.of(text));
    }
    return snakeLoad(source, text);
  }

  /**
   * Loads a document with SnakeYAML, as {@link #loadWithLines} does for what {@link
   * Yaml11FastReader} leaves to it; the reader's tests compare the two.
   *
   * @param source name for messages
   * @param text the YAML text, checked by {@link YamlText#check}
   * @return the value and its lines
   */
  static Loaded snakeLoad(String source, String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setWarnOnDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    // SnakeYAML's own limits stay as a backstop just above the ones LimitingParser reports
    options.setCodePointLimit(CloudInitLimits.MAX_BYTES + 1);
    options.setNestingDepthLimit(CloudInitLimits.MAX_YAML_DEPTH + 2);
    options.setMaxAliasesForCollections(CloudInitLimits.MAX_YAML_COLLECTION_ALIASES + 1);
    PyConstructor constructor = new PyConstructor(options);
    PyYamlTabs tabs = new PyYamlTabs(new ParserImpl(new StreamReader(text), options), source);
    Parser parser = new LimitingParser(tabs, source);
    constructor.setComposer(new Composer(parser, RESOLVER, options));
    try {
      Object value = constructor.getSingleData(Object.class);
      tabs.check(text);
      // lines come from the nodes as composed: nodes the value's making rewrote are read again
      return new Loaded(value, YamlLines.of(text, constructor.rewritten ? null : constructor.root));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      String reason = e.getProblem() != null ? e.getProblem() : e.getMessage();
      if (e.getContext() != null) {
        reason = e.getContext() + ", " + reason;
      }
      throw new ParseException(source, line, "not valid YAML: " + oneLine(reason));
    } catch (YAMLException e) {
      throw new ParseException(source, 0, "not valid YAML: " + oneLine(e.getMessage()));
    } catch (NumberFormatException e) {
      // SnakeYAML's scanner parses an escape's hex digits without checking that the text has them:
      // a document that ends right after an x, u or U escape (PyYAML: expected escape sequence)
      throw new ParseException(source, (int) text.lines().count(), "not valid YAML: while scanning"
          + " a double-quoted scalar, the document ends inside an escape sequence");
    }
  }

  /**
   * Loads a document that must be a mapping with string keys, as deep unmodifiable raw values.
   *
   * @param source name for messages
   * @param text the YAML
   * @param what the document's name for messages, e.g. {@code meta-data}
   * @return the mapping, in document order
   * @throws ParseException on invalid YAML, a document that is not a mapping, or a non-string key
   */
  public static java.util.Map<String, Object> loadMapping(String source, String text, String what) {
    YamlText.check(source, text);
    Object read = Yaml11FastReader.read(text);
    Object loaded = read != Yaml11FastReader.UNREAD ? read : snakeLoad(source, text).value();
    if (!(loaded instanceof java.util.Map<?, ?> m)) {
      throw new ParseException(source, 0, what + " is not a YAML mapping but "
          + (loaded == null ? "empty" : Raw.aTypeName(loaded)));
    }
    // a tree the fast reader made shares no node and is held by no one: made unmodifiable where it
    // is when a copy would find nothing to report
    java.util.Map<String, Object> sealed = read == loaded ? Raw.sealLoaded(m) : null;
    if (sealed != null) {
      return sealed;
    }
    io.tankos.core.validation.Problems problems = new io.tankos.core.validation.Problems();
    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new ParseException(source, 0, "top-level key " + e.getKey() + " is a "
            + Raw.typeName(e.getKey()) + ", not a string");
      }
      values.put(key, Raw.copyEntry(key, e.getValue(), problems));
    }
    if (!problems.isEmpty()) {
      throw new ParseException(source, 0, problems.list().get(0).toString());
    }
    return java.util.Collections.unmodifiableMap(values);
  }

  /**
   * Dumps a value in block style; every string is written so PyYAML reads it back as that string.
   *
   * @param value maps, lists, strings, numbers, booleans, null, byte arrays, sets, java.time values
   * @return the YAML text, ending in a newline
   */
  public static String dump(Object value) {
    return dump("", value);
  }

  /**
   * The text of {@link #dump(Object)}, without a string when the writer made it: its buffer.
   *
   * @param value as for {@link #dump(Object)}
   * @return the YAML text, ending in a newline
   */
  public static CharSequence dumpText(Object value) {
    CharSequence written = Yaml11Writer.text("", value);
    return written != null ? written : snakeDump(value);
  }

  /**
   * {@link #dump(Object)} after a prefix, written into the same text (a document's header line).
   *
   * @param prefix the text before the YAML, e.g. a header line with its line feed
   * @param value as for {@link #dump(Object)}
   * @return the prefix, then the YAML text
   */
  public static String dump(String prefix, Object value) {
    String written = Yaml11Writer.write(prefix, value);
    if (written != null) {
      return written;
    }
    return prefix.isEmpty() ? snakeDump(value) : prefix + snakeDump(value);
  }

  /**
   * Dumps a value with SnakeYAML, as {@link #dump} does for the values {@link Yaml11Writer} leaves
   * to it; the writer's tests compare the two.
   *
   * @param value the value
   * @return the YAML text, ending in a newline
   */
  static String snakeDump(Object value) {
    try {
      return DUMPER.get().dump(value);
    } catch (RuntimeException e) {
      DUMPER.remove(); // a failed dump may leave state in the representer: start the next one afresh
      throw e;
    }
  }

  /**
   * One dumper per thread: building one (its resolver compiles PyYAML's patterns) costs more than
   * a small dump, and a {@link Yaml} serves one dump at a time.
   */
  private static final ThreadLocal<Yaml> DUMPER = ThreadLocal.withInitial(Yaml11::dumper);

  private static Yaml dumper() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setDefaultScalarStyle(DumperOptions.ScalarStyle.PLAIN);
    options.setAllowUnicode(true);
    options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setSplitLines(false);
    options.setDereferenceAliases(true);
    return new Yaml(new PyConstructor(new LoaderOptions()), new PyRepresenter(options),
        options, new LoaderOptions(), new PyYamlResolver());
  }

  /**
   * Base64 as PyYAML's {@code represent_binary} writes it ({@code base64.encodebytes}): lines of
   * 76 characters, each ending in a line feed, so that no line of the dump grows with the data.
   * Python's {@code base64.b64decode} and {@link #binary} skip the line feeds.
   *
   * @param bytes the data
   * @return the wrapped base64 text
   */
  public static String base64Lines(byte[] bytes) {
    String lines = java.util.Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(bytes);
    return lines.isEmpty() ? lines : lines + "\n";
  }

  /**
   * An upper bound of the widest line, in code points, that {@link #dump} writes for a string
   * alone (without indentation or a key): its length times six (the longest escape, {@code
   * \\uXXXX}, for one UTF-16 unit) plus the quotes when that is within the line limit, else
   * {@link #dumpedWidth}.
   *
   * @param s the string
   * @return the bound
   */
  static long width(String s) {
    long bound = 6L * s.length() + 2;
    return bound <= CloudInitLimits.MAX_YAML_LINE_LENGTH ? bound : dumpedWidth(s);
  }

  /**
   * The widest line, in code points, that {@link #dump} writes for a string alone.
   *
   * @param s the string
   * @return the width
   */
  static long dumpedWidth(String s) {
    String text = dump(s);
    long widest = 0;
    int column = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        column = 0;
      } else if (!Character.isLowSurrogate(c)) {
        widest = Math.max(widest, ++column);
      }
    }
    return widest;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\n\\s*", " ").trim();
  }

  /** The node kind each standard tag's constructor takes. */
  private static final java.util.Map<Tag, NodeId> KINDS = java.util.Map.ofEntries(
      java.util.Map.entry(Tag.NULL, NodeId.scalar), java.util.Map.entry(Tag.BOOL, NodeId.scalar),
      java.util.Map.entry(Tag.INT, NodeId.scalar), java.util.Map.entry(Tag.FLOAT, NodeId.scalar),
      java.util.Map.entry(Tag.BINARY, NodeId.scalar), java.util.Map.entry(Tag.TIMESTAMP, NodeId.scalar),
      java.util.Map.entry(Tag.STR, NodeId.scalar), java.util.Map.entry(Tag.SEQ, NodeId.sequence),
      java.util.Map.entry(Tag.OMAP, NodeId.sequence), java.util.Map.entry(Tag.PAIRS, NodeId.sequence),
      java.util.Map.entry(Tag.MAP, NodeId.mapping), java.util.Map.entry(Tag.SET, NodeId.mapping));

  /** Safe constructor whose timestamps are {@code java.time} values, as PyYAML's are. */
  private static final class PyConstructor extends SafeConstructor {
    /** The document's root node, once loaded (null for an empty document). */
    Node root;
    /** Whether making the value rewrote a mapping's nodes (a merge key, a duplicate key dropped). */
    boolean rewritten;

    PyConstructor(LoaderOptions options) {
      super(options);
      this.yamlConstructors.put(Tag.BINARY, new ConstructBinary());
      this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructPython(Yaml11::timestamp));
      this.yamlConstructors.put(Tag.INT, new ConstructPython(PyNumbers::integer));
      this.yamlConstructors.put(Tag.FLOAT, new ConstructPython(PyNumbers::real));
    }

    /**
     * Refuses a standard tag on a node of the wrong kind ({@code !!int []}, {@code !!set} on a
     * scalar) as PyYAML does, before SnakeYAML's constructor would cast the node.
     */
    @Override
    protected Construct getConstructor(Node node) {
      NodeId expected = KINDS.get(node.getTag());
      if (expected != null && node.getNodeId() != expected) {
        throw new Refusal("expected a " + expected + " node, but found " + node.getNodeId(),
            node.getStartMark());
      }
      return super.getConstructor(node);
    }

    @Override
    protected void flattenMapping(MappingNode node, boolean forceStringKeys) {
      int tuples = node.getValue().size();
      super.flattenMapping(node, forceStringKeys);
      rewritten |= node.isMerged() || node.getValue().size() != tuples;
    }

    /** As SnakeYAML's (for {@code Object}, no root tag), keeping the root node. */
    @Override
    public Object getSingleData(Class<?> type) {
      Node node = composer.getSingleNode();
      root = node;
      if (node != null && !Tag.NULL.equals(node.getTag())) {
        return constructDocument(node);
      }
      // a root tagged !!null: its kind is checked here, as getConstructor checks every other node
      return node == null ? null : getConstructor(node).construct(node);
    }

    /** {@code !!binary} decoded as Python's {@code base64.decodebytes}: other characters skipped. */
    private final class ConstructBinary extends AbstractConstruct {
      @Override
      public Object construct(Node node) {
        return binary(constructScalar((ScalarNode) node));
      }
    }

    /** A scalar made as PyYAML makes it; one PyYAML cannot make is refused at its line. */
    private final class ConstructPython extends AbstractConstruct {
      private final Function<String, Object> make;

      ConstructPython(Function<String, Object> make) {
        this.make = make;
      }

      @Override
      public Object construct(Node node) {
        try {
          return make.apply(constructScalar((ScalarNode) node));
        } catch (Unloadable e) {
          throw new Refusal(e.getMessage(), node.getStartMark());
        }
      }
    }

    /** A scalar refused while the value is made, at its place in the text. */
    private static final class Refusal extends ConstructorException {
      private static final long serialVersionUID = 1L;

      Refusal(String problem, Mark mark) {
        super(null, null, problem, mark);
      }
    }

  }

  /**
   * Decodes base64 as Python's non-strict {@code binascii.a2b_base64}: characters outside the
   * alphabet are skipped, decoding ends at the padding.
   *
   * @param text the scalar
   * @return the bytes
   */
  static byte[] binary(String text) {
    StringBuilder data = new StringBuilder();
    boolean padded = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '=') {
        padded = true;
        break;
      }
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
          || c == '/') {
        data.append(c);
      }
    }
    int rest = data.length() % 4;
    if (rest == 1 || rest != 0 && !padded) {
      throw new YAMLException("failed to decode base64 data: incorrect padding");
    }
    return java.util.Base64.getDecoder().decode(data.toString());
  }

  /**
   * Parses a YAML 1.1 timestamp as PyYAML's {@code construct_yaml_timestamp}: a date alone is a
   * {@link LocalDate}, a time without zone a {@link LocalDateTime}, a time with zone an {@link
   * OffsetDateTime}.
   *
   * @param text the scalar
   * @return the value
   */
  static Object timestamp(String text) {
    Matcher m = TIMESTAMP_PARTS.matcher(text.trim());
    if (!m.matches()) {
      throw new YAMLException("unexpected timestamp: " + text);
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (m.group(4) == null) {
      return PyDates.date(year, month, day);
    }
    int nanos = 0;
    if (m.group(7) != null && !m.group(7).isEmpty()) {
      String frac = (m.group(7) + "000000").substring(0, 6);
      nanos = Integer.parseInt(frac) * 1000;
    }
    // PyYAML makes the zone first, then the date and time
    Integer offsetMinutes = null;
    if (m.group(8) != null) {
      offsetMinutes = m.group(8).equals("Z") ? 0 : PyDates.offsetMinutes(m.group(9).equals("-"),
          Integer.parseInt(m.group(10)), m.group(11) == null ? 0 : Integer.parseInt(m.group(11)));
    }
    LocalDateTime local = PyDates.dateTime(year, month, day, Integer.parseInt(m.group(4)),
        Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), nanos);
    return offsetMinutes == null ? local : PyDates.at(local, offsetMinutes);
  }

  /** Representer that writes {@code java.time} values as plain YAML timestamps. */
  private static final class PyRepresenter extends Representer {
    PyRepresenter(DumperOptions options) {
      super(options);
      Represent timestamp = data -> representScalar(Tag.TIMESTAMP, format(data));
      Represent plainString = this.representers.get(String.class);
      this.representers.put(String.class, data -> {
        String s = (String) data;
        // PyYAML turns a raw NEL into a line feed in plain, single-quoted and block scalars:
        // only an escape in a double-quoted scalar keeps it.
        if (s.indexOf('\u0085') >= 0 || s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0) {
          return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        }
        return plainString.representData(data);
      });
      this.multiRepresenters.put(List.class, data -> {
        List<?> list = (List<?>) data;
        return representSequence(getTag(data.getClass(), Tag.SEQ), list,
            Yaml11Writer.shortScalars(list) ? DumperOptions.FlowStyle.FLOW
                : DumperOptions.FlowStyle.BLOCK);
      });
      this.representers.put(byte[].class, data -> representScalar(Tag.BINARY,
          base64Lines((byte[]) data), DumperOptions.ScalarStyle.LITERAL));
      this.representers.put(LocalDate.class, timestamp);
      this.representers.put(LocalDateTime.class, timestamp);
      this.representers.put(OffsetDateTime.class, timestamp);
    }

    private static String format(Object data) {
      if (data instanceof LocalDate d) {
        return d.toString();
      }
      if (data instanceof LocalDateTime t) {
        return LOCAL_DATE_TIME.format(t);
      }
      OffsetDateTime o = (OffsetDateTime) data;
      String offset = o.getOffset().getTotalSeconds() == 0 ? "Z" : o.getOffset().getId();
      return LOCAL_DATE_TIME.format(o.toLocalDateTime()) + offset;
    }
  }
}
