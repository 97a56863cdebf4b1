package io.tankos.cloudinit.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks a loaded YAML value against a rule table the way cloud-init's validator does: JSON Schema
 * draft 4 with every keyword applied (also beside a reference), byte strings counting as strings,
 * {@code deprecated}/{@code changed} reported as deprecations that never fail, and {@code
 * anyOf}/{@code oneOf} ignoring deprecations when choosing a branch. Where no branch fits, 22.4
 * reports one error at the value; 25.1 reports the errors its heuristics pick from the branches
 * (the best match for {@code anyOf}, the deepest ones for {@code oneOf}, the branch named after a
 * network entry's {@code type}), and names an unexpected top-level key as the error's path.
 *
 * <pre>{@code
 * List<SchemaCheck.Finding> f = SchemaCheck.check(values, SchemaRules.root("cloud-config-25.1"), true);
 * }</pre>
 */
public final class SchemaCheck {
  private static final Pattern UNEXPECTED = Pattern.compile(".*\\('(?<name>.*)' was unexpected\\)");
  private static final Comparator<Finding> BY_PATH =
      Comparator.comparing(Finding::path, SchemaCheck::comparePaths);

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
      if (path.size() == 1 && path.get(0) instanceof String key) {
        return key; // a top-level key, most findings' path
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < path.size(); i++) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        PyRepr.appendStr(sb, path.get(i));
      }
      return sb.toString();
    }
  }

  /** An error while checking, with what cloud-init's heuristics look at. */
  private record Err(List<Object> path, Supplier<String> text, boolean deprecation, String keyword,
      Rule schema, Object instance, List<Err> context) {
    String message() {
      return text.get();
    }
  }

  private final boolean heuristics;
  /** True while finding out whether a branch holds: the first error ends the branch. */
  private boolean failFast;
  /**
   * Set by a fail-fast check at its first error: the walk returns at once up to the branch's
   * {@link #valid} (a flag, not an exception: unwinding is what a failed branch cost most).
   */
  private boolean failed;
  private final List<Object> path = new ArrayList<>();
  private List<Err> out = new ArrayList<>();

  /**
   * One check for each reporting per thread, reused by the next check of a document: its lists
   * and visitors were most of what checking a small document allocated.
   */
  private static final ThreadLocal<SchemaCheck[]> KEPT = ThreadLocal.withInitial(() -> new SchemaCheck[2]);
  /** A kept check whose findings grew beyond this many lets go of their list. */
  private static final int KEPT_FINDINGS = 1024;
  /** Whether a check is using this one. */
  private boolean busy;

  /** The visitors of the objects being checked, by depth ({@link #object}). */
  private Properties[] visitors = new Properties[8];

  private int objectDepth;

  private SchemaCheck(boolean heuristics) {
    this.heuristics = heuristics;
  }

  /**
   * Every error and deprecation of a value: for 22.4 sorted by path as cloud-init 22.4 sorts them
   * (one path's in the order found); for 25.1 in the order found, which the caller sorts as 25.1
   * reports them (by path and message, each pair once).
   *
   * @param value the loaded YAML value
   * @param root the table's root node
   * @param version25 true for 25.1's reporting (best matches, top-level key as path)
   * @return the findings
   */
  public static List<Finding> check(Object value, Rule root, boolean version25) {
    SchemaCheck[] kept = KEPT.get();
    int slot = version25 ? 1 : 0;
    SchemaCheck c = kept[slot];
    if (c == null) {
      c = new SchemaCheck(version25);
      kept[slot] = c;
    } else if (c.busy) {
      c = new SchemaCheck(version25); // a mapping whose iteration checks again gets its own
    }
    c.busy = true;
    try {
      c.visit(value, root);
      return c.findings(root, version25);
    } finally {
      c.reset();
    }
  }

  /** Ready for the next check: nothing found, at the root, no value or key held on to. */
  private void reset() {
    if (out.size() > KEPT_FINDINGS) {
      out = new ArrayList<>();
    } else {
      out.clear();
    }
    path.clear();
    failFast = false;
    failed = false;
    objectDepth = 0;
    for (Properties p : visitors) {
      if (p != null) {
        p.start(null);
      }
    }
    busy = false;
  }

  /**
   * What the visit found, with 25.1's path for an unexpected top-level key: sorted by path for
   * 22.4, as found for 25.1 (see {@link #check}).
   */
  private List<Finding> findings(Rule root, boolean version25) {
    if (out.isEmpty()) {
      return List.of();
    }
    List<Finding> found = new ArrayList<>(out.size());
    for (Err e : out) {
      List<Object> p = e.path();
      String message = e.message();
      if (version25 && p.isEmpty() && e.schema() == root
          && "additionalProperties".equals(e.keyword())) {
        Matcher m = UNEXPECTED.matcher(message);
        if (m.matches()) {
          p = List.of(m.group("name"));
        }
      }
      found.add(new Finding(p, message, e.deprecation()));
    }
    if (!version25) {
      found.sort(BY_PATH);
    }
    return java.util.Collections.unmodifiableList(found);
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

  private void error(String keyword, Rule r, Object v, Supplier<String> message) {
    error(keyword, r, v, message, List.of());
  }

  /**
   * Whether an error found now is reported: not in a fail-fast branch, which it marks failed
   * instead. Asked before an error's message supplier is made, so a failing branch makes none.
   */
  private boolean reporting() {
    if (failFast) {
      failed = true;
      return false;
    }
    return true;
  }

  /** Records an error; its message is only made if the error is reported. */
  private void error(String keyword, Rule r, Object v, Supplier<String> message, List<Err> context) {
    if (failFast) {
      failed = true;
      return;
    }
    out.add(new Err(List.copyOf(path), message, false, keyword, r, v, context));
  }

  private void visit(Object v, Rule r) {
    if (failed) {
      return;
    }
    int found = out.size();
    if (r.ref != null) {
      visit(v, r.ref);
    }
    if (r.types != null && !anyType(v, r) && reporting()) {
      error("type", r, v, () -> quoteAll(message(v, " is not of type "), r.types));
    }
    if (r.enumValues != null && !inEnum(v, r) && reporting()) {
      error("enum", r, v, () -> PyRepr.append(message(v, " is not one of "), r.enumValues)
          .toString());
    }
    if (v instanceof Map<?, ?> m) {
      object(m, r);
    } else if (v instanceof List<?> l) {
      array(l, r);
    } else if (isString(v)) {
      string(v, r);
    } else if (isNumber(v)) {
      double d = ((Number) v).doubleValue();
      if (r.minimum != null && d < r.minimum && reporting()) {
        error("minimum", r, v, () -> PyRepr.append(message(v, " is less than the minimum of "),
            r.minimum).toString());
      }
      if (r.maximum != null && d > r.maximum && reporting()) {
        error("maximum", r, v, () -> PyRepr.append(message(v, " is greater than the maximum of "),
            r.maximum).toString());
      }
    }
    if (r.allOf != null) {
      for (int i = 0; i < r.allOf.size(); i++) { // by index: no lambda or iterator per visit
        visit(v, r.allOf.get(i));
      }
    }
    if (r.anyOf != null && !failed) {
      anyOf(v, r);
    }
    if (r.oneOf != null && !failed) {
      oneOf(v, r);
    }
    if (out.size() - found > 1) {
      inKeywordOrder(r, found);
    }
    if ((r.deprecatedIn != null || r.changedIn != null) && !failed) {
      deprecations(v, r, found);
    }
  }

  /**
   * Puts the errors a rule found at its value itself (not in a nested rule or below the value) in
   * the order the schema writes its keywords, in the places they already hold among what the
   * rule's visit found: jsonschema applies a node's keywords in that order, 22.4 lists one value's
   * errors as they came, and 25.1's best match takes the first of equally relevant errors.
   */
  private void inKeywordOrder(Rule r, int from) {
    int depth = path.size();
    int own = 0;
    for (int i = from; i < out.size(); i++) {
      own += ownError(out.get(i), r, depth) ? 1 : 0;
    }
    if (own < 2) {
      return;
    }
    int[] slots = new int[own];
    List<Err> errs = new ArrayList<>(own);
    for (int i = from; i < out.size(); i++) {
      if (ownError(out.get(i), r, depth)) {
        slots[errs.size()] = i;
        errs.add(out.get(i));
      }
    }
    errs.sort(Comparator.comparingInt(e -> r.keywords.indexOf(e.keyword())));
    for (int j = 0; j < own; j++) {
      out.set(slots[j], errs.get(j));
    }
  }

  private static boolean ownError(Err e, Rule r, int depth) {
    return e.schema() == r && !e.deprecation() && e.path().size() == depth;
  }

  /**
   * Records a rule's deprecations before what its visit found (at {@code at} in {@link #out}), as
   * if made first: made last, a branch that fails makes none.
   */
  private void deprecations(Object v, Rule r, int at) {
    List<Object> p = List.copyOf(path);
    if (r.changedIn != null) {
      out.add(at, new Err(p, () -> r.changedIn.isEmpty() ? "this form is deprecated"
          : "this form is deprecated (changed in " + r.changedIn + ")", true, "changed", r, v,
          List.of()));
    }
    if (r.deprecatedIn != null) {
      out.add(at, new Err(p, () -> r.deprecatedIn.isEmpty() ? "deprecated"
          : "deprecated in " + r.deprecatedIn, true, "deprecated", r, v, List.of()));
    }
  }

  private static boolean anyType(Object v, Rule r) {
    for (int i = 0; i < r.types.size(); i++) { // by index: no iterator per visit
      if (isType(v, r.types.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inEnum(Object v, Rule r) {
    for (int i = 0; i < r.enumValues.size(); i++) { // by index, as anyType
      if (PyRepr.same(v, r.enumValues.get(i))) {
        return true;
      }
    }
    return false;
  }

  private void anyOf(Object v, Rule r) {
    for (int i = 0; i < r.anyOf.size(); i++) {
      if (holds(v, r.anyOf.get(i))) {
        return;
      }
    }
    if (failFast) {
      failed = true;
      return;
    }
    List<Err> all = new ArrayList<>();
    boolean typed = false;
    for (Rule b : r.anyOf) {
      List<Err> errs = errorsOf(branch(v, b));
      if (heuristics && v instanceof Map<?, ?> m && m.containsKey("type") && b.refName != null
          && b.refName.contains("anyOf_type")
          && b.refName.contains("anyOf_type_" + PyRepr.str(m.get("type")))) {
        typed = true;
        out.addAll(errs);
      }
      all.addAll(errs);
    }
    if (heuristics && !typed) {
      Err best = BestMatch.of(all);
      if (best != null) {
        out.add(best);
      }
    }
    error("anyOf", r, v, () -> message(v, " is not valid under any of the given schemas")
        .toString(), all);
  }

  private void oneOf(Object v, Rule r) {
    int before = out.size();
    boolean chosen = false;
    int index = 0;
    for (; index < r.oneOf.size() && !chosen; index++) {
      chosen = holds(v, r.oneOf.get(index));
    }
    if (!chosen) {
      if (failFast && !heuristics) {
        failed = true;
        return;
      }
      List<Err> all = new ArrayList<>();
      r.oneOf.forEach(b -> all.addAll(errorsOf(branch(v, b))));
      if (heuristics) {
        // 25.1 reports only the errors its heuristic picks, which can be none: then no error
        List<Err> picked = deepest(all, v);
        if (failFast && !picked.isEmpty()) {
          failed = true;
          return;
        }
        out.addAll(picked);
      } else {
        error("oneOf", r, v, () -> message(v, " is not valid under any of the given schemas")
            .toString(),
            all);
      }
      return;
    }
    for (int j = index; j < r.oneOf.size(); j++) {
      if (holds(v, r.oneOf.get(j))) {
        if (!reporting()) {
          truncate(out, before);
          return;
        }
        String each = r.oneOfSchemas == null ? null : validUnderEach(v, r, index - 1, j);
        truncate(out, before); // no branch's deprecations
        error("oneOf", r, v, () -> each != null ? message(v, " is valid under each of ").append(each)
            .toString() : message(v, " is valid under more than one of the given schemas").toString());
        return;
      }
    }
  }

  /**
   * The schemas jsonschema names when a value holds under more than one {@code oneOf} branch: every
   * later branch it holds under, from the second, then the first.
   */
  private String validUnderEach(Object v, Rule r, int first, int second) {
    StringBuilder b = new StringBuilder();
    for (int k = second; k < r.oneOf.size(); k++) {
      if (k == second || holds(v, r.oneOf.get(k))) {
        PyRepr.append(b, r.oneOfSchemas.get(k)).append(", ");
      }
    }
    return PyRepr.append(b, r.oneOfSchemas.get(first)).toString();
  }

  /** 25.1's choice among failed {@code oneOf} branches: the deepest errors, or the type's. */
  private List<Err> deepest(List<Err> errors, Object v) {
    List<Err> best = new ArrayList<>();
    int depth = path.size();
    boolean typed = v instanceof Map<?, ?> m && m.containsKey("type");
    for (Err e : errors) {
      if (typed) {
        Object type = ((Map<?, ?>) v).get("type");
        Rule t = e.schema().property("type");
        if (t != null && t.enumValues != null
            && t.enumValues.stream().anyMatch(x -> PyRepr.same(type, x))) {
          return List.of(e);
        }
        Object last = e.path().isEmpty() ? null : e.path().get(e.path().size() - 1);
        if (e.path().size() > path.size() && last instanceof String s && s.endsWith("type")) {
          best.add(e);
        }
      } else if (e.path().size() == depth) {
        best.add(e);
      } else if (e.path().size() > depth) {
        depth = e.path().size();
        best = new ArrayList<>(List.of(e));
      }
    }
    return best;
  }

  private static List<Err> errorsOf(List<Err> f) {
    return f.stream().filter(x -> !x.deprecation()).toList();
  }

  /** All findings of a branch. */
  private List<Err> branch(Object v, Rule r) {
    SchemaCheck sub = new SchemaCheck(heuristics);
    sub.path.addAll(path);
    sub.visit(v, r);
    return sub.out;
  }

  /**
   * Whether the value meets a branch, found up to the branch's first error: if so, the branch's
   * deprecations are left recorded; if not, nothing of it is.
   */
  private boolean holds(Object v, Rule r) {
    int outSize = out.size();
    int depth = path.size();
    boolean was = failFast;
    failFast = true;
    try {
      visit(v, r);
      if (failed) {
        failed = false;
        truncate(out, outSize);
        truncate(path, depth);
        return false;
      }
      return true;
    } finally {
      failFast = was;
    }
  }

  private static void truncate(List<?> list, int size) {
    while (list.size() > size) {
      list.remove(list.size() - 1);
    }
  }

  private void object(Map<?, ?> m, Rule r) {
    if (r.required != null) {
      for (int i = 0; i < r.required.size(); i++) {
        String k = r.required.get(i);
        if (!m.containsKey(k) && reporting()) {
          error("required", r, m, () -> "'" + k + "' is a required property");
        }
      }
    }
    if (r.minProperties != null && m.size() < r.minProperties && reporting()) {
      error("minProperties", r, m, () -> message(m, " does not have enough properties")
          .toString());
    }
    if (r.properties == null && r.patternProperties == null && !r.noExtraProperties
        && r.extraProperties == null) {
      return; // a rule that says nothing of properties (a type, a reference, a choice)
    }
    // forEach, not an entry iterator: an unmodifiable map's iterator wraps every entry it returns;
    // one visitor for each depth of objects, kept for the next object at that depth
    if (objectDepth == visitors.length) {
      visitors = java.util.Arrays.copyOf(visitors, objectDepth * 2);
    }
    Properties properties = visitors[objectDepth];
    if (properties == null) {
      properties = new Properties();
      visitors[objectDepth] = properties;
    }
    properties.start(r);
    objectDepth++;
    try {
      m.forEach(properties);
    } finally {
      objectDepth--;
    }
    List<Object> unexpected = properties.extras;
    if (unexpected != null && reporting()) {
      error("additionalProperties", r, m, () -> unexpectedMessage(r, unexpected));
    }
  }

  /**
   * jsonschema's message for keys no property names: beside {@code patternProperties} it names the
   * patterns the keys do not match instead.
   */
  private static String unexpectedMessage(Rule r, List<Object> unexpected) {
    String keys = String.join(", ", PySorted.keys(unexpected).stream().map(PyRepr::repr).toList());
    if (r.patternNames != null) {
      return keys + (unexpected.size() == 1 ? " does" : " do") + " not match any of the regexes: "
          + r.patternNames;
    }
    return "Additional properties are not allowed (" + keys + (unexpected.size() == 1 ? " was" : " were")
        + " unexpected)";
  }

  /** The properties of one object checked against its rule, in the object's order. */
  private final class Properties implements java.util.function.BiConsumer<Object, Object> {
    private Rule r;
    private List<Object> extras;

    void start(Rule rule) {
      r = rule;
      extras = null;
    }

    @Override
    public void accept(Object k, Object v) {
      boolean known = false;
      if (r.properties != null && k instanceof String s) {
        Rule p = r.properties.get(s);
        if (p != null) {
          known = true;
          descend(k, v, p);
        }
      }
      if (r.patternProperties != null && k instanceof String s) {
        for (int i = 0; i < r.patternProperties.size(); i++) {
          Map.Entry<Pattern, Rule> p = r.patternProperties.get(i);
          if (ReusedMatchers.find(p.getKey(), s)) {
            known = true;
            descend(k, v, p.getValue());
          }
        }
      }
      if (!known) {
        if (r.noExtraProperties) { // collected only for the message
          if (extras == null) {
            extras = new ArrayList<>();
          }
          extras.add(k);
        }
        if (r.extraProperties != null) {
          descend(k, v, r.extraProperties);
        }
      }
    }
  }

  private void array(List<?> l, Rule r) {
    if (r.minItems != null && l.size() < r.minItems && reporting()) {
      error("minItems", r, l, () -> message(l, " is too short").toString());
    }
    if (r.maxItems != null && l.size() > r.maxItems && reporting()) {
      error("maxItems", r, l, () -> message(l, " is too long").toString());
    }
    if (r.uniqueItems && !unique(l) && reporting()) {
      error("uniqueItems", r, l, () -> message(l, " has non-unique elements").toString());
    }
    if (r.items != null) {
      for (int i = 0; i < l.size(); i++) {
        descend(i, l.get(i), r.items);
      }
    } else if (r.tupleItems != null) {
      for (int i = 0; i < Math.min(l.size(), r.tupleItems.size()); i++) {
        descend(i, l.get(i), r.tupleItems.get(i));
      }
      if (r.noExtraItems && l.size() > r.tupleItems.size() && reporting()) {
        error("additionalItems", r, l, () -> "Additional items are not allowed");
      }
      if (r.extraItems != null) {
        for (int i = r.tupleItems.size(); i < l.size(); i++) {
          descend(i, l.get(i), r.extraItems);
        }
      }
    }
  }

  /** No two items the same ({@link PyRepr#same}), by their keys in one set: linear, not pairwise. */
  private static boolean unique(List<?> l) {
    if (l.size() < 2) {
      return true;
    }
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (Object item : l) {
      if (!seen.add(PyRepr.sameKey(item))) {
        return false;
      }
    }
    return true;
  }

  private void string(Object v, Rule r) {
    if (!(v instanceof String s)) {
      return; // byte strings count as strings for the type only
    }
    if (r.maxLength != null && s.codePointCount(0, s.length()) > r.maxLength && reporting()) {
      error("maxLength", r, v, () -> message(v, " is too long").toString());
    }
    if (r.pattern != null && !ReusedMatchers.find(r.pattern, s) && reporting()) {
      error("pattern", r, v, () -> PyRepr.append(message(v, " does not match "),
          r.pattern.pattern()).toString());
    }
    if (r.format != null && !Formats.conforms(r.format, s) && reporting()) {
      error("format", r, v, () -> PyRepr.append(message(v, " is not a "), r.format)
          .toString());
    }
  }

  private void descend(Object key, Object value, Rule r) {
    path.add(key);
    visit(value, r);
    path.remove(path.size() - 1);
  }

  /**
   * A message's start, in one builder: the value as Python shows it, then {@code text}. Sized for
   * most messages, e.g. {@code 'systemctl enable --now podman.socket' is not of type 'array'}.
   */
  private static StringBuilder message(Object v, String text) {
    return PyRepr.append(new StringBuilder(80), v).append(text);
  }

  /** The message with each type appended quoted, comma-separated. */
  private static String quoteAll(StringBuilder message, List<String> types) {
    for (int i = 0; i < types.size(); i++) {
      message.append(i == 0 ? "'" : ", '").append(types.get(i)).append('\'');
    }
    return message.toString();
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

  /** Python jsonschema's {@code best_match} over errors of one instance. */
  private static final class BestMatch {
    private BestMatch() {}

    static Err of(List<Err> errors) {
      Err best = null;
      for (Err e : errors) {
        if (best == null || compare(e, best) > 0) {
          best = e;
        }
      }
      while (best != null && !best.context().isEmpty()) {
        List<Err> ctx = new ArrayList<>(best.context());
        ctx.sort(BestMatch::compare);
        if (ctx.size() >= 2 && compare(ctx.get(0), ctx.get(1)) == 0) {
          return best;
        }
        best = ctx.get(0);
      }
      return best;
    }

    /** The relevance key: shallower, not anyOf/oneOf, not matching the schema's type. */
    private static int compare(Err a, Err b) {
      int c = Integer.compare(-a.path().size(), -b.path().size());
      if (c == 0) {
        c = Boolean.compare(!weak(a), !weak(b));
      }
      if (c == 0) {
        c = Boolean.compare(!matchesType(a), !matchesType(b));
      }
      return c;
    }

    private static boolean weak(Err e) {
      return e.keyword().equals("anyOf") || e.keyword().equals("oneOf");
    }

    private static boolean matchesType(Err e) {
      return e.schema().types != null && anyType(e.instance(), e.schema());
    }
  }
}
