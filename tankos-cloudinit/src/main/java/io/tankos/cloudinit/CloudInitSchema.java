package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.LoweredText;
import io.tankos.cloudinit.internal.Rule;
import io.tankos.cloudinit.internal.SchemaCheck;
import io.tankos.cloudinit.internal.SchemaRules;
import io.tankos.cloudinit.internal.Yaml11;
import io.tankos.cloudinit.internal.YamlLines;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The verdict of {@code cloud-init schema} without cloud-init: each version's rules (tankos's own
 * tables of the facts of cloud-init's schema), checked the way that version's validator checks
 * them, including what it does in code: the {@code #cloud-config} header (a byte-prefix match on
 * 22.4; on 25.1 any known user-data header, case-insensitive, other types not evaluated, Jinja
 * templates rendered first), YAML errors reported as {@code format-lLINE.cCOL}, a document that is
 * not a mapping, unknown top-level keys (ignored by 22.4, rejected by 25.1), and deprecations as
 * warnings that never fail a document. Every finding names the key path and line.
 *
 * <pre>{@code
 * SchemaVerdict v = CloudInitSchema.check("user-data", bytes, CloudInitVersion.V25_1);
 * v.errors().forEach(e -> System.err.println(e));   // line 4: users.0.sudo: ...
 * }</pre>
 */
public final class CloudInitSchema {
  private static final String HEADER = "#cloud-config";
  /** 25.1's user-data types by header, longest first (cloudinit/handlers); header, type. */
  static final List<String[]> TYPES = List.of(
      new String[] {"text/x-shellscript-per-instance", "text/x-shellscript-per-instance"},
      new String[] {"text/x-shellscript-per-boot", "text/x-shellscript-per-boot"},
      new String[] {"text/x-shellscript-per-once", "text/x-shellscript-per-once"},
      new String[] {"#cloud-config-archive", "text/cloud-config-archive"},
      new String[] {"## template: jinja", "text/jinja2"},
      new String[] {"#cloud-config-jsonp", "text/cloud-config-jsonp"},
      new String[] {"#cloud-boothook", "text/cloud-boothook"},
      new String[] {"#include-once", "text/x-include-once-url"},
      new String[] {"#part-handler", "text/part-handler"},
      new String[] {"#cloud-config", "text/cloud-config"},
      new String[] {"#include", "text/x-include-url"},
      new String[] {"#!", "text/x-shellscript"});


  /** The headers 25.1's message lists: those of {@link #TYPES} that start with '#', sorted. */
  private static final String VALID_HEADERS = TYPES.stream().map(t -> t[0]).filter(h -> h.startsWith("#"))
      .sorted(Utf8::compareCodePoints).collect(java.util.stream.Collectors.joining(", "));

  private CloudInitSchema() {}

  /**
   * Checks a user-data file as {@code cloud-init schema -c FILE} of a version does.
   *
   * @param source name for messages
   * @param content the file's bytes
   * @param version the cloud-init version
   * @return the verdict
   */
  public static SchemaVerdict check(String source, byte[] content, CloudInitVersion version) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(version, "version");
    String text;
    if (version == CloudInitVersion.V22_4) {
      if (!startsWith(content, HEADER)) {
        return SchemaVerdict.error("format-l1.c1", 1,
            "File " + source + " needs to begin with \"" + HEADER + "\"");
      }
      text = utf8(content);
      if (text == null) {
        return SchemaVerdict.error("format-l1.c1", 1, "File " + source + " is not valid yaml: not UTF-8");
      }
    } else {
      text = utf8(content);
      if (text == null) {
        return SchemaVerdict.error("", 0, "user-data is not UTF-8 (cloud-init fails decoding it)");
      }
      if (text.isEmpty()) {
        return SchemaVerdict.notEvaluated("empty user-data, nothing to validate");
      }
      String type = typeOf(text);
      if ("text/jinja2".equals(type)) {
        text = renderJinja(text);
        type = typeOf(text);
      }
      if (type == null) {
        int end = text.indexOf('\n'); // Python's partition("\n"): a CR stays in the line
        String first = end < 0 ? text : text.substring(0, end);
        return SchemaVerdict.error("format-l1.c1", 1, "Unrecognized user-data header in " + source
            + ": \"" + first + "\".\nExpected first line to be one of: " + VALID_HEADERS);
      }
      if (!type.equals("text/cloud-config")) {
        return SchemaVerdict.notEvaluated("user-data type '" + type
            + "' not currently evaluated by cloud-init schema");
      }
    }
    return checkYaml(source, text, version);
  }

  /**
   * Checks a network-config file as {@code cloud-init schema -t network-config -c FILE} of 25.1
   * does (22.4 has no network-config schema): version 1 or 2, bare or under {@code network:}.
   *
   * @param source name for messages
   * @param content the file's bytes
   * @return the verdict
   */
  public static SchemaVerdict checkNetworkConfig(String source, byte[] content) {
    Objects.requireNonNull(source, "source");
    String text = utf8(Objects.requireNonNull(content, "content"));
    if (text == null) {
      return SchemaVerdict.error("", 0, "network-config is not UTF-8");
    }
    if (text.isEmpty()) {
      return SchemaVerdict.notEvaluated("empty network-config, nothing to validate");
    }
    Yaml11.Loaded loaded;
    try {
      loaded = Yaml11.loadWithLines(source, text);
    } catch (ParseException e) {
      return syntax(e);
    }
    Object value = loaded.value();
    if (!(value instanceof Map<?, ?> m)) {
      return SchemaVerdict.error("", 0, "network-config " + source + " is not a YAML dict.");
    }
    Object inner = m.containsKey("network") ? m.get("network") : m;
    if (!truthy(inner)) {
      return SchemaVerdict.notEvaluated("empty network-config, schema validation skipped");
    }
    if (!(inner instanceof Map<?, ?> net)) {
      return SchemaVerdict.error("network", loaded.lines().line(List.of("network"), "network"),
          "network is not a mapping (cloud-init fails reading its version)");
    }
    Object v = net.get("version");
    boolean one = v instanceof Boolean b ? b : v instanceof Number n && n.doubleValue() == 1;
    return findings(value, rules(one ? "network-v1-25.1" : "network-v2-25.1"), loaded.lines(), true);
  }

  /**
   * Checks loaded cloud-config values against a version's schema (no header or YAML to check).
   *
   * @param values the top-level mapping
   * @param version the cloud-init version
   * @return the verdict; findings have no line
   */
  public static SchemaVerdict check(Map<?, ?> values, CloudInitVersion version) {
    return check(values, version, YamlLines.none());
  }

  /** Checks loaded values whose lines are known. */
  static SchemaVerdict check(Map<?, ?> values, CloudInitVersion version, YamlLines lines) {
    Objects.requireNonNull(values, "values");
    return findings(values, rules(Objects.requireNonNull(version, "version").cloudConfigTable()),
        lines, version == CloudInitVersion.V25_1);
  }

  private static SchemaVerdict checkYaml(String source, String text, CloudInitVersion version) {
    Yaml11.Loaded loaded;
    try {
      loaded = Yaml11.loadWithLines(source, text);
    } catch (ParseException e) {
      return syntax(e);
    }
    if (!(loaded.value() instanceof Map<?, ?>)) {
      // a RuntimeError in cloud-init, not a schema error: its message names no key path
      return SchemaVerdict.error("", 0, version == CloudInitVersion.V25_1
          ? "cloud-config " + source + " is not a YAML dict." : "Cloud-config is not a YAML dict.");
    }
    return findings(loaded.value(), rules(version.cloudConfigTable()), loaded.lines(),
        version == CloudInitVersion.V25_1);
  }

  private static SchemaVerdict syntax(ParseException e) {
    int line = Math.max(1, e.line());
    return SchemaVerdict.error("format-l" + line + ".c1", line, e.reason());
  }

  private static SchemaVerdict findings(Object value, Rule rules, YamlLines lines,
      boolean version25) {
    List<SchemaCheck.Finding> found = SchemaCheck.check(value, rules, version25);
    if (found.isEmpty()) {
      return SchemaVerdict.NOTHING_FOUND; // what the lists below would make of no finding
    }
    List<SchemaFinding> errors = new ArrayList<>();
    List<SchemaFinding> deprecations = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) { // by index: no iterator over the unmodifiable list
      SchemaCheck.Finding f = found.get(i);
      String dotted = f.dotted();
      SchemaFinding s = new SchemaFinding(dotted, location(f.path()), lines.line(f.path(), dotted),
          f.message());
      (f.deprecation() ? deprecations : errors).add(s);
    }
    return version25 ? SchemaVerdict.of(ReportedFindings.of25(errors), ReportedFindings.of25(deprecations))
        : SchemaVerdict.of(errors, deprecations);
  }

  private static Location location(List<Object> path) {
    Location at = Location.ROOT;
    for (int n = 0; n < path.size(); n++) {
      Object p = path.get(n);
      at = p instanceof Integer i ? at.index(i) : at.child(String.valueOf(p));
    }
    return at;
  }

  private static Rule rules(String name) {
    return SchemaRules.root(name);
  }

  private static boolean truthy(Object o) {
    if (o == null || Boolean.FALSE.equals(o)) {
      return false;
    }
    if (o instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (o instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (o instanceof String s) {
      return !s.isEmpty();
    }
    return !(o instanceof Number n) || n.doubleValue() != 0;
  }

  /**
   * The user-data type its first characters give, lower-cased as Python's {@code str.lower()} (and
   * Java's {@code toLowerCase(Locale.ROOT)}) does, or null.
   */
  static String typeOf(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    for (String[] t : TYPES) {
      if (LoweredText.end(text, start, t[0]) >= 0) {
        return t[1];
      }
    }
    return null;
  }

  /** Jinja as cloud-init renders it without instance data: header gone, variables filled in. */
  static String renderJinja(String text) {
    int nl = text.indexOf('\n');
    String body = nl < 0 ? "" : text.substring(nl + 1);
    return replaceOnLines(replaceOnLines(body, "{{", "}}", "jinja-value"), "{%", "%}", "");
  }

  /**
   * Replaces each {@code open … close} within one line (the first {@code close} after {@code
   * open}), as the regex {@code open.*?close} would, in one pass: the regex looked for a close from
   * every open to the end of its line, which took seconds for a line of 20,000 {@code {{}.
   */
  private static String replaceOnLines(String text, String open, String close, String with) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (true) {
      int start = text.indexOf(open, from);
      if (start < 0) {
        break;
      }
      int lineEnd = text.indexOf('\n', start);
      int end = indexWithin(text, close, start + open.length(), lineEnd < 0 ? text.length() : lineEnd);
      if (end < 0) {
        // no close on this line: no later open on it has one either
        int next = lineEnd < 0 ? text.length() : lineEnd;
        out.append(text, from, next);
        from = next;
        continue;
      }
      out.append(text, from, start).append(with);
      from = end + close.length();
    }
    return out.append(text, from, text.length()).toString();
  }

  /** The first {@code s} wholly inside {@code text[from, to)}, or -1. */
  private static int indexWithin(String text, String s, int from, int to) {
    for (int i = from; i + s.length() <= to; i++) {
      if (text.startsWith(s, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] content, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    if (content.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (content[i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  private static String utf8(byte[] content) {
    return Utf8.decodeIfValid(content).orElse(null);
  }

}
