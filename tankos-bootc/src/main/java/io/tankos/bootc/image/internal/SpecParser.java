package io.tankos.bootc.image.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.tankos.bootc.image.ImageSpec;
import io.tankos.bootc.internal.JacksonErrors;
import io.tankos.bootc.internal.YamlAnchors;
import io.tankos.core.text.TextLimits;
import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads spec text (YAML 1.1; JSON is YAML) into a {@link SpecNode} tree that keeps every node's
 * line, within the limits of {@link ImageSpec}: characters YAML refuses are found before parsing,
 * the depth and node count while the tokens are read. Anchors, aliases and tags are refused, so
 * nothing is ever expanded; a key given twice is an error.
 */
public final class SpecParser {
  private static final YAMLFactory FACTORY = factory();

  private final String source;
  private final YAMLParser parser;
  private int nodes;

  private SpecParser(String source, YAMLParser parser) {
    this.source = source;
    this.parser = parser;
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    // SnakeYAML's own limits stay as a backstop just above the ones this parser reports
    options.setCodePointLimit(ImageSpec.MAX_BYTES + 1);
    options.setNestingDepthLimit(ImageSpec.MAX_DEPTH + 2);
    options.setMaxAliasesForCollections(1);
    options.setAllowDuplicateKeys(true);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(ImageSpec.MAX_DEPTH + 2)
            .maxDocumentLength(ImageSpec.MAX_BYTES + 1L)
            .build())
        .build();
  }

  /**
   * Parses one spec document.
   *
   * @param source the name for messages
   * @param text the text
   * @return the root node
   * @throws ParseException {@code SOURCE:LINE: reason} for text that is not one YAML document, or
   *     uses anchors, aliases or tags
   * @throws LimitExceededException when the text is over a limit of {@link ImageSpec}
   */
  public static SpecNode parse(String source, String text) {
    TextLimits.checkSize(source, text, ImageSpec.MAX_BYTES, "ImageSpec.MAX_BYTES");
    characters(source, text);
    try (YAMLParser p = FACTORY.createParser(text)) {
      SpecParser reader = new SpecParser(source, p);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ParseException(source, 1, "the spec is empty: it needs at least 'preset: tank-os' or 'preset: none'");
      }
      SpecNode root = reader.node(first, 1);
      if (p.nextToken() != null) {
        throw new ParseException(source, reader.line(), "a spec is one YAML document; a second one starts here");
      }
      return root;
    } catch (JacksonException e) {
      throw JacksonErrors.parseException(source, e, "not valid YAML: ", 0);
    } catch (IOException e) {
      throw new ParseException(source, 0, "not valid YAML: " + e.getMessage());
    }
  }

  /** Refuses the characters YAML does not allow in a document, naming their line. */
  private static void characters(String source, String text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        continue;
      }
      boolean bad = (c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7f && c < 0xa0 && c != 0x85)
          || c == 0xfffe || c == 0xffff;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (bad || Character.isSurrogate(c)) {
        throw new ParseException(source, line, String.format(Locale.ROOT,
            "character U+%04X is not allowed in a spec (in a double-quoted string write it as \\u%04x)", (int) c,
            (int) c));
      }
    }
  }

  private int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  private SpecNode node(JsonToken token, int depth) throws IOException {
    int line = line();
    if (++nodes > ImageSpec.MAX_NODES) {
      throw new LimitExceededException(source, line, "more than " + ImageSpec.MAX_NODES + " values",
          "ImageSpec.MAX_NODES", ImageSpec.MAX_NODES);
    }
    YamlAnchors.refuse(source, parser, line, "a spec");
    if (parser.getTypeId() != null) {
      String tag = parser.getTypeId();
      throw new ParseException(source, line, "tags (" + SpecText.shown(tag.startsWith("tag:") ? tag : "!" + tag)
          + ") are not allowed in a spec: a value's type follows from its key");
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      if (depth > ImageSpec.MAX_DEPTH) {
        throw new LimitExceededException(source, line, "values nested deeper than " + ImageSpec.MAX_DEPTH
            + " levels", "ImageSpec.MAX_DEPTH", ImageSpec.MAX_DEPTH);
      }
      return token == JsonToken.START_OBJECT ? mapping(line, depth) : sequence(line, depth);
    }
    return scalar(token, line);
  }

  private SpecNode mapping(int line, int depth) throws IOException {
    Map<String, SpecNode.Entry> entries = new LinkedHashMap<>();
    int first = -1;
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
      String key = parser.currentName();
      int keyLine = line();
      if (first < 0) {
        first = keyLine;
      }
      SpecNode value = node(parser.nextToken(), depth + 1);
      SpecNode.Entry earlier = entries.get(key);
      if (earlier != null) {
        throw new ParseException(source, keyLine, "duplicate key '" + SpecText.shown(key) + "' (first on line "
            + earlier.line() + ")");
      }
      entries.put(key, new SpecNode.Entry(key, keyLine, value));
    }
    return new SpecNode.Mapping(first < 0 ? line : Math.min(line, first), entries);
  }

  private SpecNode sequence(int line, int depth) throws IOException {
    List<SpecNode> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      items.add(node(t, depth + 1));
    }
    return new SpecNode.Sequence(line, items);
  }

  private SpecNode scalar(JsonToken token, int line) throws IOException {
    SpecNode.Kind kind = switch (token) {
      case VALUE_STRING -> SpecNode.Kind.STRING;
      case VALUE_NUMBER_INT -> SpecNode.Kind.INTEGER;
      case VALUE_NUMBER_FLOAT -> SpecNode.Kind.FLOAT;
      case VALUE_TRUE, VALUE_FALSE -> SpecNode.Kind.BOOLEAN;
      case VALUE_NULL -> SpecNode.Kind.NULL;
      default -> throw new ParseException(source, line, "unexpected YAML token " + token);
    };
    return new SpecNode.Scalar(line, kind, parser.getText());
  }
}
