package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonArrays#parse} reads a plain array of strings by hand and anything else token by token:
 * the same verdict (strings, not JSON, or "strings only") as reading the whole value into a tree,
 * which it did before, on generated texts.
 */
class JsonArraysTokenTest {
  private static final ObjectMapper TREE = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String[] PIECES = {"[", "]", "\"a b\"", "\"\"", ",", ", ", "1", "-2.5e3", "{", "}", "\"k\":",
      "null", "true", " ", "\t", "\"\\u00e9\"", "\"\\ud800\"", "\"\\ud83d\\ude00\"", "\"\\n\"", "\"\\x\"", "x", "\"",
      "[]", "{}", "/*c*/", "\u00e9", "01", "[\"s\"]"};

  /** The tree reading: the strings, null for not JSON, or the error's message. */
  private static Object byTree(String rest) {
    String t = GoText.trimLeftSpace(rest);
    if (!t.startsWith("[")) {
      return null;
    }
    JsonNode node;
    try {
      node = TREE.readTree(t);
    } catch (JsonProcessingException e) {
      return null;
    }
    if (node == null || !node.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        return "strings only";
      }
      out.add(replaceLoneSurrogates(element.textValue()));
    }
    return out;
  }

  private static String replaceLoneSurrogates(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\ufffd' : c);
      }
    }
    return b.toString();
  }

  private static Object byTokens(String rest) {
    try {
      return JsonArrays.parse(rest);
    } catch (IllegalArgumentException e) {
      return e.getMessage().contains("strings only") ? "strings only" : e.getMessage();
    }
  }

  @Test
  void tokensGiveTheTreesVerdict() {
    Random random = new Random(61);
    int arrays = 0;
    int refused = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder(random.nextInt(3) == 0 ? " " : "");
      b.append(random.nextInt(4) == 0 ? "" : "[");
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextBoolean()) {
        b.append(']');
      }
      String text = b.toString();
      Object expected = byTree(text);
      arrays += expected instanceof List ? 1 : 0;
      refused += "strings only".equals(expected) ? 1 : 0;
      assertThat(byTokens(text)).as("text '%s'", text).isEqualTo(expected);
    }
    assertThat(arrays).as("string arrays").isGreaterThan(5_000);
    assertThat(refused).as("arrays with another element").isGreaterThan(2_000);
  }

  @Test
  void nestingBeyondJacksonsLimitIsNotJson() {
    assertThat(JsonArrays.parse("[".repeat(5000) + "]".repeat(5000))).isNull();
    assertThat(byTree("[".repeat(5000) + "]".repeat(5000))).isNull();
  }
}
