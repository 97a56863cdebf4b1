package io.tankos.quadlet.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated method: its Javadoc lines, return type ({@code null}: the builder), signature and
 * body. {@code $K} in the body stands for the key expression, which differs between a unit class
 * ({@code QuadletKeys.CONTAINER_IMAGE}) and a shared interface.
 *
 * @param doc the Javadoc lines, without comment markers
 * @param type the return type, or null for the builder's own type
 * @param signature e.g. {@code image(String value)}
 * @param body the statement, e.g. {@code return set($K, SystemdValue.literal(value));}
 */
record Method(List<String> doc, String type, String signature, String body) {

  /** The code without Javadoc: what decides whether sections can share the method. */
  String code() {
    return type + " " + signature + " " + body;
  }

  /**
   * The method's source.
   *
   * @param indent the indentation
   * @param modifier {@code public} or {@code default}
   * @param self the builder type ({@code Builder} or {@code B})
   * @param key the key expression
   * @return the lines
   */
  List<String> render(String indent, String modifier, String self, String key) {
    List<String> out = new ArrayList<>();
    out.add(indent + "/**");
    for (String d : doc) {
      out.add(d.isEmpty() ? indent + " *" : indent + " * " + d);
    }
    out.add(indent + " */");
    out.add(indent + modifier + " " + (type == null ? self : type) + " " + signature + " {");
    out.add(indent + "  " + body.replace("$K", key));
    out.add(indent + "}");
    return out;
  }
}
