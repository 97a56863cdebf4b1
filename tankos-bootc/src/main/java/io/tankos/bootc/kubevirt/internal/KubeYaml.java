package io.tankos.bootc.kubevirt.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.tankos.bootc.internal.JacksonErrors;
import io.tankos.bootc.internal.YamlAnchors;
import io.tankos.core.validation.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes manifests as text, through Jackson: plain trees (maps in insertion order, lists,
 * strings, numbers, booleans) to YAML or JSON and back. Strings are always quoted (so {@code
 * "true"}, {@code "0x1F"} or {@code "12:30"} stay strings for every YAML reader), multi-line
 * strings are literal blocks, no document marker; the bytes depend only on the tree.
 */
public final class KubeYaml {
  private static final YAMLMapper YAML = mapper(true);

  /** For trees with a string holding U+0085, U+2028 or U+2029: no literal blocks (see toYaml). */
  private static final YAMLMapper YAML_QUOTED = mapper(false);
  private static final ObjectMapper JSON = new ObjectMapper();

  private KubeYaml() {}

  private static YAMLMapper mapper(boolean literalBlocks) {
    YAMLMapper.Builder b =
        YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    return literalBlocks
        ? b.enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE).build()
        : b.disable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE).build();
  }

  /**
   * A plain tree as YAML text ending in a newline.
   *
   * @param tree the tree
   * @return the YAML
   */
  public static String toYaml(Map<String, Object> tree) {
    return toYamlText(tree).toString();
  }

  /**
   * {@link #toYaml}'s text as written: the writer's buffer (or Jackson's string), for a caller that
   * encodes the text itself and needs no string of it.
   *
   * @param tree the tree
   * @return the YAML
   */
  public static CharSequence toYamlText(Map<String, Object> tree) {
    return toYamlText(tree, new StringBuilder(YamlLength.estimate(tree)));
  }

  /**
   * {@link #toYaml}'s text written into a buffer the caller reuses, document after document: the
   * buffer (emptied first) or, for a tree the writer leaves to Jackson, Jackson's string. Read the
   * text before the buffer's next use.
   *
   * @param tree the tree
   * @param scratch the buffer
   * @return the YAML
   */
  public static CharSequence toYamlText(Map<String, Object> tree, StringBuilder scratch) {
    CharSequence yaml = KubeYamlWriter.text(tree, scratch);
    return yaml != null ? yaml : jacksonYaml(tree);
  }

  /**
   * {@link #toYaml} through Jackson: the reference {@link KubeYamlWriter} reproduces, and its
   * fallback for trees it does not cover.
   *
   * @param tree the tree
   * @return the YAML
   */
  static String jacksonYaml(Map<String, Object> tree) {
    // SnakeYAML writes NEL, LS and PS raw inside a literal block, where every YAML reader takes
    // them for line breaks; such trees get double-quoted strings, where they are escaped.
    YAMLMapper mapper = hasUnicodeLineBreak(tree) ? YAML_QUOTED : YAML;
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write YAML: " + e.getOriginalMessage(), e);
    }
  }

  private static boolean hasUnicodeLineBreak(Object value) {
    if (value instanceof CharSequence text) { // a string, or text being built (KubeYamlWriter)
      String s = text.toString();
      return s.indexOf('\u0085') >= 0 || s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0;
    }
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (hasUnicodeLineBreak(e.getKey()) || hasUnicodeLineBreak(e.getValue())) {
          return true;
        }
      }
    }
    if (value instanceof List<?> l) {
      for (Object o : l) {
        if (hasUnicodeLineBreak(o)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A plain tree as indented JSON text ending in a newline.
   *
   * @param tree the tree
   * @return the JSON
   */
  public static String toJson(Map<String, Object> tree) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads one YAML (or JSON) document whose top level is a mapping.
   *
   * @param source the source's name for messages
   * @param text the text
   * @return the plain tree
   * @throws ParseException when the text is not one mapping
   */
  public static Map<String, Object> parse(String source, String text) {
    List<Map<String, Object>> docs = parseAll(source, text);
    if (docs.size() != 1) {
      throw new ParseException(source, 0, "expected one document, found " + docs.size());
    }
    return docs.get(0);
  }

  /**
   * Reads one JSON document whose top level is an object. (A YAML reader would fold a raw U+0085 or
   * U+2028 inside a JSON string into a space; JSON is read as JSON.)
   *
   * @param source the source's name for messages
   * @param text the text
   * @return the plain tree
   * @throws ParseException when the text is not one JSON object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseJson(String source, String text) {
    try {
      Object doc = JSON.readValue(text, Object.class);
      if (!(doc instanceof Map)) {
        throw new ParseException(source, 0, "the document is not a JSON object");
      }
      return (Map<String, Object>) doc;
    } catch (JacksonException e) {
      throw JacksonErrors.parseException(source, e, "", 0);
    }
  }

  /**
   * Reads every YAML document of a stream; empty documents are skipped.
   *
   * @param source the source's name for messages
   * @param text the text
   * @return the plain trees, in order
   * @throws ParseException when a document is not a mapping, or uses an anchor or alias
   */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> parseAll(String source, String text) {
    List<Map<String, Object>> docs = new ArrayList<>();
    try (var it = YAML.readerFor(Object.class).readValues(new NoAliases(source, YAML.createParser(text)))) {
      while (it.hasNextValue()) {
        Object doc = it.nextValue();
        if (doc == null) {
          continue;
        }
        if (!(doc instanceof Map)) {
          throw new ParseException(source, 0, "a document is not a mapping");
        }
        docs.add((Map<String, Object>) doc);
      }
    } catch (JacksonException e) {
      throw JacksonErrors.parseException(source, e, "", 0);
    } catch (java.io.IOException e) {
      throw new ParseException(source, 0, e.getMessage());
    }
    return docs;
  }

  /** Refuses anchors and aliases ({@link YamlAnchors}) token by token while a manifest is read. */
  private static final class NoAliases extends JsonParserDelegate {
    private final String source;

    NoAliases(String source, JsonParser parser) {
      super(parser);
      this.source = source;
    }

    @Override
    public JsonToken nextToken() throws java.io.IOException {
      JsonToken t = super.nextToken();
      if (t != null) {
        YamlAnchors.refuse(source, delegate, delegate.currentTokenLocation().getLineNr(), "a manifest");
      }
      return t;
    }
  }
}
