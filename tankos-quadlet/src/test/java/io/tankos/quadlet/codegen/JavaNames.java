package io.tankos.quadlet.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Java names and literals for the generated sources. */
final class JavaNames {
  private static final Map<String, String> CAMEL = Map.of("IPv6", "ipv6", "IP6", "ip6", "IP", "ip",
      "UserNS", "userNs", "DNS", "dns", "OS", "os", "UID", "uid", "GID", "gid");
  private static final Map<String, String> PLURAL = Map.of("environment", "environment", "yaml", "yaml",
      "groupAdd", "groupAdd", "dns", "dns");
  private static final Pattern TOKEN = Pattern.compile("[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z]+[0-9]*");

  private JavaNames() {}

  /** {@code PublishPort} to {@code publishPort}, {@code DNSOption} to {@code dnsOption}. */
  static String camel(String key) {
    if (CAMEL.containsKey(key)) {
      return CAMEL.get(key);
    }
    Matcher m = TOKEN.matcher(key);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String t = m.group().toLowerCase(Locale.ROOT);
      out.append(out.length() == 0 ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1));
    }
    return out.toString();
  }

  /** {@code PublishPort} to {@code PublishPort}, {@code DNSOption} to {@code DnsOption}. */
  static String pascal(String key) {
    String c = camel(key);
    return Character.toUpperCase(c.charAt(0)) + c.substring(1);
  }

  /** {@code PublishPort} to {@code PUBLISH_PORT}. */
  static String constant(String key) {
    String c = camel(key);
    StringBuilder out = new StringBuilder();
    for (char ch : c.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        out.append('_');
      }
      out.append(Character.toUpperCase(ch));
    }
    return out.toString();
  }

  /** The name of a list's read-back method: {@code publishPort} to {@code publishPorts}. */
  static String plural(String camel) {
    if (PLURAL.containsKey(camel) || camel.endsWith("s")) {
      return PLURAL.getOrDefault(camel, camel);
    }
    if (camel.endsWith("y") && "aeiou".indexOf(camel.charAt(camel.length() - 2)) < 0) {
      return camel.substring(0, camel.length() - 1) + "ies";
    }
    if (camel.endsWith("ch") || camel.endsWith("sh") || camel.endsWith("x")) {
      return camel + "es";
    }
    return camel + "s";
  }

  /** A Java string literal. */
  static String literal(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Text safe inside a Javadoc comment. */
  static String doc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "{@literal @}")
        .replace("*/", "*&#47;");
  }

  /** The PodmanVersion constant of a table version: {@code 4.4} to {@code V4_4}. */
  static String version(String since) {
    String v = since.startsWith("6.0") ? "6.0" : since;
    String[] p = v.split("[.(]");
    return "V" + p[0] + "_" + p[1];
  }

  /** Lines joined with a new line each. */
  static String lines(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  /** Splits text on new lines. */
  static List<String> split(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }
}
