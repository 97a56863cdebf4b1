package io.tankos.cloudinit.internal;

import io.tankos.core.text.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * tankos's rule tables for cloud-init's validators ({@code rules-NAME.yaml}): the facts of one
 * cloud-init schema (keys, types, enums, bounds, patterns, formats, deprecation versions) in our own
 * compact format, one node per line, {@code id: {t: [types], p: {key: id}, ...}}, the first node
 * being the root. Loaded once per table and linked into {@link Rule} nodes.
 */
public final class SchemaRules {
  private static final Map<String, Map<String, Rule>> CACHE = new ConcurrentHashMap<>();

  /** The root node of each table loaded, as {@link #root} found it first. */
  private static final Map<String, Rule> ROOTS = new ConcurrentHashMap<>();

  private SchemaRules() {}

  /**
   * The root node of a table.
   *
   * @param name e.g. {@code cloud-config-25.1}
   * @return the root
   */
  public static Rule root(String name) {
    Rule root = ROOTS.get(name); // no iterator over the table for every check
    if (root == null) {
      root = CACHE.computeIfAbsent(name, SchemaRules::load).values().iterator().next();
      ROOTS.put(name, root);
    }
    return root;
  }

  /**
   * A named node of a table: {@code d.NAME} for the schema's definition NAME.
   *
   * @param name e.g. {@code cloud-config-25.1}
   * @param id e.g. {@code d.users_groups.user}
   * @return the node
   * @throws IllegalArgumentException when the table has no such node
   */
  public static Rule named(String name, String id) {
    Rule r = CACHE.computeIfAbsent(name, SchemaRules::load).get(id);
    if (r == null) {
      throw new IllegalArgumentException("rule table " + name + " has no node " + id);
    }
    return r;
  }

  /**
   * The names of the properties every node of a table defines.
   *
   * @param name e.g. {@code cloud-config-25.1}
   * @return the names, in table order, each once
   */
  static Set<String> propertyNames(String name) {
    Set<String> names = new java.util.LinkedHashSet<>();
    CACHE.computeIfAbsent(name, SchemaRules::load).values()
        .forEach(r -> names.addAll(r.propertyNames()));
    return names;
  }

  /**
   * The strings of every enum of a table.
   *
   * @param name e.g. {@code cloud-config-25.1}
   * @return the strings, in table order, each once
   */
  static Set<String> enumStrings(String name) {
    Set<String> strings = new java.util.LinkedHashSet<>();
    CACHE.computeIfAbsent(name, SchemaRules::load).values().forEach(r -> {
      if (r.enumValues != null) {
        r.enumValues.forEach(v -> {
          if (v instanceof String s) {
            strings.add(s);
          }
        });
      }
    });
    return strings;
  }

  private static Map<String, Rule> load(String name) {
    String file = "rules-" + name + ".yaml";
    Map<String, Object> raw;
    try (InputStream in = SchemaRules.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("resource " + file + " is missing");
      }
      raw = RuleTableReader.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Rule> nodes = new LinkedHashMap<>();
    raw.keySet().forEach(id -> nodes.put(id, new Rule()));
    raw.forEach((id, spec) -> link(nodes.get(id), asMap(spec), nodes));
    return Collections.unmodifiableMap(nodes);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object o) {
    return (List<Object>) o;
  }

  /**
   * The JSON Schema keyword a rule table field stands for.
   *
   * @param field a field of a table line, e.g. {@code ap}
   * @return the keyword, e.g. {@code additionalProperties}
   * @throws IllegalArgumentException for a field the tables do not have
   */
  public static String keyword(String field) {
    return switch (field) {
      case "t" -> "type";
      case "e" -> "enum";
      case "ref" -> "$ref";
      case "p" -> "properties";
      case "pp" -> "patternProperties";
      case "ap" -> "additionalProperties";
      case "req" -> "required";
      case "i", "ti" -> "items";
      case "ai" -> "additionalItems";
      case "mini" -> "minItems";
      case "maxi" -> "maxItems";
      case "minp" -> "minProperties";
      case "min" -> "minimum";
      case "max" -> "maximum";
      case "maxl" -> "maxLength";
      case "uniq" -> "uniqueItems";
      case "pat" -> "pattern";
      case "fmt" -> "format";
      case "one", "onej" -> "oneOf";
      case "any" -> "anyOf";
      case "all" -> "allOf";
      case "dep" -> "deprecated";
      case "chg" -> "changed";
      default -> throw new IllegalArgumentException("unknown rule field " + field);
    };
  }

  private static void link(Rule r, Map<String, Object> s, Map<String, Rule> nodes) {
    List<String> keywords = new ArrayList<>(s.size());
    s.keySet().forEach(k -> keywords.add(keyword(k)));
    r.keywords = List.copyOf(keywords);
    s.forEach((k, v) -> {
      switch (k) {
        case "t" -> r.types = List.copyOf(new LinkedHashSet<>(strings(v)));
        case "e" -> r.enumValues = Collections.unmodifiableList(new ArrayList<>(asList(v)));
        case "ref" -> {
          r.ref = node(v, nodes);
          r.refName = String.valueOf(v);
        }
        case "p" -> {
          Map<String, Rule> m = new LinkedHashMap<>();
          asMap(v).forEach((key, id) -> m.put(key, node(id, nodes)));
          r.properties = Collections.unmodifiableMap(m);
        }
        case "pp" -> {
          List<Map.Entry<Pattern, Rule>> l = new ArrayList<>();
          asMap(v).forEach((key, id) -> l.add(Map.entry(PythonRegex.compile(key), node(id, nodes))));
          r.patternProperties = List.copyOf(l);
          r.patternNames = String.join(", ", asMap(v).keySet().stream()
              .sorted(Utf8::compareCodePoints).map(PyRepr::repr).toList());
        }
        case "ap" -> {
          if (Boolean.FALSE.equals(v)) {
            r.noExtraProperties = true;
          } else {
            r.extraProperties = node(v, nodes);
          }
        }
        case "ai" -> {
          if (Boolean.FALSE.equals(v)) {
            r.noExtraItems = true;
          } else {
            r.extraItems = node(v, nodes);
          }
        }
        case "req" -> r.required = List.copyOf(strings(v));
        case "i" -> r.items = node(v, nodes);
        case "ti" -> r.tupleItems = nodes(v, nodes);
        case "mini" -> r.minItems = ((Number) v).intValue();
        case "maxi" -> r.maxItems = ((Number) v).intValue();
        case "minp" -> r.minProperties = ((Number) v).intValue();
        case "maxl" -> r.maxLength = ((Number) v).intValue();
        case "min" -> r.minimum = ((Number) v).doubleValue();
        case "max" -> r.maximum = ((Number) v).doubleValue();
        case "uniq" -> r.uniqueItems = Boolean.TRUE.equals(v);
        case "pat" -> r.pattern = PythonRegex.compile((String) v);
        case "fmt" -> r.format = (String) v;
        case "one" -> r.oneOf = nodes(v, nodes);
        case "onej" -> r.oneOfSchemas = Collections.unmodifiableList(asList(v));
        case "any" -> r.anyOf = nodes(v, nodes);
        case "all" -> r.allOf = nodes(v, nodes);
        case "dep" -> r.deprecatedIn = String.valueOf(v);
        case "chg" -> r.changedIn = String.valueOf(v);
        default -> throw new IllegalStateException("unknown rule field " + k); // keyword() refused it
      }
    });
  }

  private static List<String> strings(Object v) {
    List<String> out = new ArrayList<>();
    asList(v).forEach(x -> out.add(String.valueOf(x)));
    return out;
  }

  private static Rule node(Object id, Map<String, Rule> nodes) {
    Rule r = nodes.get(String.valueOf(id));
    if (r == null) {
      throw new IllegalStateException("rule table refers to missing node " + id);
    }
    return r;
  }

  private static List<Rule> nodes(Object v, Map<String, Rule> nodes) {
    List<Rule> out = new ArrayList<>();
    asList(v).forEach(id -> out.add(node(id, nodes)));
    return List.copyOf(out);
  }
}
