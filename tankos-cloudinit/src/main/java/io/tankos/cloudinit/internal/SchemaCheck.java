package io.tankos.cloudinit.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a loaded YAML value against a rule table the way cloud-init's validator does: JSON Schema
 * draft 4 with every keyword applied (also beside a reference), byte strings counting as strings,
 * {@code deprecated}/{@code changed} reported as deprecations that never fail, and {@code
 * anyOf}/{@code oneOf} ignoring deprecations when choosing a branch. Errors are reported at the
 * value's path, as cloud-init reports them.
 *
 * <pre>{@code
 * List<SchemaCheck.Finding> f = SchemaCheck.check(values, SchemaRules.root("cloud-config-25.1"));
 * }</pre>
 */
public final class SchemaCheck {
  /**
   * One finding.
   *
   * @param path keys and list indexes from the root
   * @param message what is wrong
   * @param deprecation true for a deprecation (never an error)
   */
  public record Finding(List<Object> path, String message, boolean deprecation) {
    /**
     * The path as cloud-init writes it, e.g. {@code users.0.sudo}.
     *
     * @return the dotted path, empty for the root
     */
    public String dotted() {
      StringBuilder sb = new StringBuilder();
      for (Object p : path) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(PyRepr.str(p));
      }
      return sb.toString();
    }
  }

  private final List<Object> path = new ArrayList<>();
  private final List<Finding> out = new ArrayList<>();

  private SchemaCheck() {}

  /**
   * Every error and deprecation of a value, sorted by path as cloud-init sorts them.
   *
   * @param value the loaded YAML value
   * @param root the table's root node
   * @return the findings
   */
  public static List<Finding> check(Object value, Rule root) {
    SchemaCheck c = new SchemaCheck();
    c.visit(value, root);
    List<Finding> sorted = new ArrayList<>(c.out);
    sorted.sort((a, b) -> comparePaths(a.path(), b.path()));
    return List.copyOf(sorted);
  }

  private static int comparePaths(List<Object> a, List<Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      int c = x instanceof Integer xi && y instanceof Integer yi ? Integer.compare(xi, yi)
          : PyRepr.str(x).compareTo(PyRepr.str(y));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private void error(String message) {
    out.add(new Finding(List.copyOf(path), message, false));
  }

  private void visit(Object v, Rule r) {
    if (r.deprecatedIn != null) {
      out.add(new Finding(List.copyOf(path), "deprecated"
          + (r.deprecatedIn.isEmpty() ? "" : " in " + r.deprecatedIn), true));
    }
    if (r.changedIn != null) {
      out.add(new Finding(List.copyOf(path), "this form is deprecated"
          + (r.changedIn.isEmpty() ? "" : " (changed in " + r.changedIn + ")"), true));
    }
    if (r.ref != null) {
      visit(v, r.ref);
    }
    if (r.types != null && r.types.stream().noneMatch(t -> isType(v, t))) {
      error(PyRepr.repr(v) + " is not of type " + quoteAll(r.types));
    }
    if (r.enumValues != null && r.enumValues.stream().noneMatch(e -> PyRepr.same(v, e))) {
      error(PyRepr.repr(v) + " is not one of " + PyRepr.repr(r.enumValues));
    }
    if (v instanceof Map<?, ?> m) {
      object(m, r);
    } else if (v instanceof List<?> l) {
      array(l, r);
    } else if (isString(v)) {
      string(v, r);
    } else if (isNumber(v)) {
      double d = ((Number) v).doubleValue();
      if (r.minimum != null && d < r.minimum) {
        error(PyRepr.repr(v) + " is less than the minimum of " + PyRepr.repr(r.minimum));
      }
      if (r.maximum != null && d > r.maximum) {
        error(PyRepr.repr(v) + " is greater than the maximum of " + PyRepr.repr(r.maximum));
      }
    }
    if (r.allOf != null) {
      r.allOf.forEach(s -> visit(v, s));
    }
    if (r.anyOf != null) {
      choose(v, r.anyOf, false);
    }
    if (r.oneOf != null) {
      choose(v, r.oneOf, true);
    }
  }

  private void choose(Object v, List<Rule> branches, boolean exactlyOne) {
    List<Finding> chosen = null;
    int index = 0;
    for (; index < branches.size(); index++) {
      List<Finding> f = branch(v, branches.get(index));
      if (f.stream().noneMatch(x -> !x.deprecation())) {
        chosen = f;
        break;
      }
    }
    if (chosen == null) {
      error(PyRepr.repr(v) + " is not valid under any of the given schemas");
      return;
    }
    if (exactlyOne) {
      for (int j = index + 1; j < branches.size(); j++) {
        if (branch(v, branches.get(j)).stream().noneMatch(x -> !x.deprecation())) {
          error(PyRepr.repr(v) + " is valid under more than one of the given schemas");
          return;
        }
      }
    }
    out.addAll(chosen);
  }

  private List<Finding> branch(Object v, Rule r) {
    SchemaCheck sub = new SchemaCheck();
    sub.path.addAll(path);
    sub.visit(v, r);
    return sub.out;
  }

  private void object(Map<?, ?> m, Rule r) {
    if (r.required != null) {
      for (String k : r.required) {
        if (!m.containsKey(k)) {
          error("'" + k + "' is a required property");
        }
      }
    }
    if (r.minProperties != null && m.size() < r.minProperties) {
      error(PyRepr.repr(m) + " does not have enough properties");
    }
    List<Object> extras = new ArrayList<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Object k = e.getKey();
      boolean known = false;
      if (r.properties != null && k instanceof String s && r.properties.containsKey(s)) {
        known = true;
        descend(k, e.getValue(), r.properties.get(s));
      }
      if (r.patternProperties != null && k instanceof String s) {
        for (Map.Entry<Pattern, Rule> p : r.patternProperties.entrySet()) {
          if (p.getKey().matcher(s).find()) {
            known = true;
            descend(k, e.getValue(), p.getValue());
          }
        }
      }
      if (!known) {
        extras.add(k);
        if (r.extraProperties != null) {
          descend(k, e.getValue(), r.extraProperties);
        }
      }
    }
    if (r.noExtraProperties && !extras.isEmpty()) {
      List<String> names = new ArrayList<>();
      extras.forEach(x -> names.add(PyRepr.repr(x)));
      error("Additional properties are not allowed (" + String.join(", ", names)
          + (extras.size() == 1 ? " was" : " were") + " unexpected)");
    }
  }

  private void array(List<?> l, Rule r) {
    if (r.minItems != null && l.size() < r.minItems) {
      error(PyRepr.repr(l) + " is too short");
    }
    if (r.maxItems != null && l.size() > r.maxItems) {
      error(PyRepr.repr(l) + " is too long");
    }
    if (r.uniqueItems) {
      outer:
      for (int i = 0; i < l.size(); i++) {
        for (int j = i + 1; j < l.size(); j++) {
          if (PyRepr.same(l.get(i), l.get(j))) {
            error(PyRepr.repr(l) + " has non-unique elements");
            break outer;
          }
        }
      }
    }
    if (r.items != null) {
      for (int i = 0; i < l.size(); i++) {
        descend(i, l.get(i), r.items);
      }
    } else if (r.tupleItems != null) {
      for (int i = 0; i < Math.min(l.size(), r.tupleItems.size()); i++) {
        descend(i, l.get(i), r.tupleItems.get(i));
      }
      if (r.noExtraItems && l.size() > r.tupleItems.size()) {
        error("Additional items are not allowed");
      }
      if (r.extraItems != null) {
        for (int i = r.tupleItems.size(); i < l.size(); i++) {
          descend(i, l.get(i), r.extraItems);
        }
      }
    }
  }

  private void string(Object v, Rule r) {
    if (!(v instanceof String s)) {
      return; // byte strings count as strings for the type only
    }
    if (r.maxLength != null && s.codePointCount(0, s.length()) > r.maxLength) {
      error(PyRepr.repr(v) + " is too long");
    }
    if (r.pattern != null && !r.pattern.matcher(s).find()) {
      error(PyRepr.repr(v) + " does not match " + PyRepr.repr(r.pattern.pattern()));
    }
    if (r.format != null && !Formats.conforms(r.format, s)) {
      error(PyRepr.repr(v) + " is not a " + PyRepr.repr(r.format));
    }
  }

  private void descend(Object key, Object value, Rule r) {
    path.add(key);
    visit(value, r);
    path.remove(path.size() - 1);
  }

  private static String quoteAll(java.util.Collection<String> types) {
    List<String> q = new ArrayList<>();
    types.forEach(t -> q.add("'" + t + "'"));
    return String.join(", ", q);
  }

  private static boolean isString(Object v) {
    return v instanceof String || v instanceof byte[];
  }

  private static boolean isNumber(Object v) {
    return v instanceof Integer || v instanceof Long || v instanceof BigInteger
        || v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal;
  }

  static boolean isType(Object v, String type) {
    return switch (type) {
      case "string" -> isString(v);
      case "integer" -> v instanceof Integer || v instanceof Long || v instanceof BigInteger;
      case "number" -> isNumber(v);
      case "boolean" -> v instanceof Boolean;
      case "null" -> v == null;
      case "array" -> v instanceof List<?>;
      case "object" -> v instanceof Map<?, ?>;
      default -> false;
    };
  }
}
