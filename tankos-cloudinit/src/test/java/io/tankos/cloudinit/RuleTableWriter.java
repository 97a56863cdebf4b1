package io.tankos.cloudinit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tankos.cloudinit.internal.SchemaRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes tankos's rule table (the format {@code internal/SchemaRules} reads) for one of cloud-init's
 * JSON schemas: the constraint facts only (keys, types, enums, bounds, patterns, formats,
 * deprecation versions), one node per line, without any of the schema's prose. The tables in
 * src/main/resources must equal what this writes from the conformance schemas.
 */
final class RuleTableWriter {
  private final JsonNode schema;
  private final Map<String, String> lines = new LinkedHashMap<>();
  private final List<String> order = new ArrayList<>();
  private int counter;

  private RuleTableWriter(JsonNode schema) {
    this.schema = schema;
  }

  /** The table text for a schema file. */
  static String write(Path schemaFile, String title) {
    try {
      JsonNode s = new ObjectMapper().readTree(schemaFile.toFile());
      RuleTableWriter w = new RuleTableWriter(s);
      w.node(s, "root");
      StringBuilder out = new StringBuilder("# ").append(title).append('\n');
      out.append("# tankos rule table: constraint facts of cloud-init's schema, one node per line\n");
      for (String id : w.order) {
        out.append(id).append(": ").append(w.lines.get(id)).append('\n');
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String node(JsonNode s, String wanted) {
    String id = wanted != null ? wanted : "n" + (++counter);
    order.add(id);
    lines.put(id, "");
    List<String> f = new ArrayList<>();
    if (s.has("type")) {
      List<String> t = new ArrayList<>();
      if (s.get("type").isArray()) {
        s.get("type").forEach(x -> t.add(x.asText()));
      } else {
        t.add(s.get("type").asText());
      }
      f.add("t: [" + String.join(", ", t) + "]");
    }
    if (s.has("enum")) {
      List<String> e = new ArrayList<>();
      s.get("enum").forEach(x -> e.add(x.toString()));
      f.add("e: [" + String.join(", ", e) + "]");
    }
    if (s.has("$ref")) {
      f.add("ref: " + ref(s.get("$ref").asText()));
    }
    map(s, "properties", "p", f);
    map(s, "patternProperties", "pp", f);
    falseOrNode(s, "additionalProperties", "ap", f);
    if (s.has("required")) {
      List<String> r = new ArrayList<>();
      s.get("required").forEach(x -> r.add(x.toString()));
      f.add("req: [" + String.join(", ", r) + "]");
    }
    if (s.has("items")) {
      JsonNode i = s.get("items");
      if (i.isArray()) {
        List<String> ids = new ArrayList<>();
        i.forEach(x -> ids.add(node(x, null)));
        f.add("ti: [" + String.join(", ", ids) + "]");
      } else {
        f.add("i: " + node(i, null));
      }
    }
    falseOrNode(s, "additionalItems", "ai", f);
    for (String[] k : new String[][] {{"minItems", "mini"}, {"maxItems", "maxi"},
        {"minProperties", "minp"}, {"minimum", "min"}, {"maximum", "max"}, {"maxLength", "maxl"}}) {
      if (s.has(k[0])) {
        f.add(k[1] + ": " + s.get(k[0]).asText());
      }
    }
    if (s.path("uniqueItems").asBoolean(false)) {
      f.add("uniq: true");
    }
    if (s.has("pattern")) {
      f.add("pat: " + s.get("pattern").toString());
    }
    if (s.has("format")) {
      f.add("fmt: " + s.get("format").asText());
    }
    for (String[] k : new String[][] {{"oneOf", "one"}, {"anyOf", "any"}, {"allOf", "all"}}) {
      if (s.has(k[0])) {
        List<String> ids = new ArrayList<>();
        s.get(k[0]).forEach(x -> ids.add(node(x, null)));
        f.add(k[1] + ": [" + String.join(", ", ids) + "]");
      }
    }
    if (s.has("oneOf") && factsOnly(s.get("oneOf"))) {
      f.add("onej: " + flow(s.get("oneOf")));
    }
    for (String k : new String[] {"deprecated", "changed"}) {
      if (s.path(k).asBoolean(false)) {
        String v = s.path(k + "_version").asText("");
        f.add((k.equals("deprecated") ? "dep" : "chg") + ": \"" + v + "\"");
      }
    }
    lines.put(id, "{" + String.join(", ", inSchemaOrder(s, f)) + "}");
    if (id.equals("root") && schema.has("$defs")) {
      Iterator<Map.Entry<String, JsonNode>> d = schema.get("$defs").fields();
      while (d.hasNext()) {
        Map.Entry<String, JsonNode> e = d.next();
        node(e.getValue(), "d." + e.getKey());
      }
    }
    return id;
  }

  /**
   * A line's fields in the order the schema node writes their keywords: the order jsonschema applies
   * them in, and so the order of the errors it finds at one value.
   */
  private static List<String> inSchemaOrder(JsonNode s, List<String> fields) {
    List<String> names = new ArrayList<>();
    s.fieldNames().forEachRemaining(names::add);
    List<String> out = new ArrayList<>(fields);
    out.sort(java.util.Comparator.comparingInt(
        f -> names.indexOf(SchemaRules.keyword(f.substring(0, f.indexOf(':'))))));
    return out;
  }

  /** Keywords of a schema node that state facts: a node with any other (a description) has prose. */
  private static final java.util.Set<String> FACTS = java.util.Set.of("type", "enum", "$ref",
      "properties", "patternProperties", "additionalProperties", "required", "items", "additionalItems",
      "minItems", "maxItems", "minProperties", "minimum", "maximum", "maxLength", "uniqueItems",
      "pattern", "format", "oneOf", "anyOf", "allOf", "deprecated", "deprecated_version", "changed",
      "changed_version");

  /**
   * Whether schemas hold only constraint facts (their keywords, names, values), no prose: then the
   * table may carry them as written, for the message that shows them.
   */
  private static boolean factsOnly(JsonNode n) {
    if (n.isArray()) {
      for (JsonNode x : n) {
        if (!factsOnly(x)) {
          return false;
        }
      }
      return true;
    }
    if (!n.isObject()) {
      return !n.isNumber() || n.isIntegralNumber();
    }
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!FACTS.contains(e.getKey())) {
        return false;
      }
      JsonNode v = e.getValue();
      if (e.getKey().endsWith("roperties") && v.isObject()) { // property names, then their schemas
        for (JsonNode x : v) {
          if (!factsOnly(x)) {
            return false;
          }
        }
      } else if (!e.getKey().equals("enum") && !e.getKey().equals("required") && !factsOnly(v)) {
        return false;
      }
    }
    return true;
  }

  /** A JSON value as a table's flow text: JSON strings, integers, true/false/null, ", " and ": ". */
  private static String flow(JsonNode n) {
    if (n.isArray()) {
      List<String> parts = new ArrayList<>();
      n.forEach(x -> parts.add(flow(x)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (n.isObject()) {
      List<String> parts = new ArrayList<>();
      n.fields().forEachRemaining(e -> parts.add(
          new ObjectMapper().valueToTree(e.getKey()).toString() + ": " + flow(e.getValue())));
      return "{" + String.join(", ", parts) + "}";
    }
    return n.toString();
  }

  /** A keyword that is a schema or a boolean: {@code false} written, {@code true} left out. */
  private void falseOrNode(JsonNode s, String key, String shortKey, List<String> f) {
    JsonNode a = s.get(key);
    if (a == null || a.isBoolean() && a.asBoolean()) {
      return;
    }
    f.add(shortKey + ": " + (a.isBoolean() ? "false" : node(a, null)));
  }

  private void map(JsonNode s, String key, String shortKey, List<String> f) {
    if (!s.has(key)) {
      return;
    }
    List<String> parts = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = s.get(key).fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      parts.add(new ObjectMapper().valueToTree(e.getKey()).toString() + ": " + node(e.getValue(), null));
    }
    f.add(shortKey + ": {" + String.join(", ", parts) + "}");
  }

  private static String ref(String r) {
    if (!r.startsWith("#/$defs/")) {
      throw new IllegalArgumentException("unsupported $ref " + r);
    }
    return "d." + r.substring("#/$defs/".length());
  }
}
