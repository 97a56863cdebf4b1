package io.tankos.quadlet.codegen;

import static io.tankos.quadlet.codegen.JavaNames.camel;
import static io.tankos.quadlet.codegen.JavaNames.doc;
import static io.tankos.quadlet.codegen.JavaNames.pascal;
import static io.tankos.quadlet.codegen.JavaNames.plural;

import java.util.ArrayList;
import java.util.List;

/**
 * The typed methods of one key: builder methods that set a single-valued key, or add to, remove from
 * and clear a repeatable one (put/remove/clear for {@code NAME=VALUE} lists); and the unit's
 * read-back method, which returns what Quadlet reads.
 */
final class KeyMethods {
  private static final String THIS = "@return this builder";

  private final KeyRow row;
  private final String since;
  private final List<Method> out = new ArrayList<>();

  private KeyMethods(KeyRow row, String since) {
    this.row = row;
    this.since = since;
  }

  /**
   * The builder methods of a key.
   *
   * @param row the key
   * @param since e.g. {@code Podman 4.4+}
   * @return the methods
   */
  static List<Method> setters(KeyRow row, String since) {
    KeyMethods m = new KeyMethods(row, since);
    m.setters();
    return m.out;
  }

  /**
   * The unit's read-back methods of a key.
   *
   * @param row the key
   * @return the methods (none for {@code ServiceName}: {@code serviceName()} reads it)
   */
  static List<Method> getters(KeyRow row) {
    KeyMethods m = new KeyMethods(row, "");
    m.getters();
    return m.out;
  }

  private List<String> head(String first) {
    List<String> d = new ArrayList<>();
    d.add(first);
    if (!row.flag().isEmpty()) {
      d.add("Podman: {@code " + doc(row.flag()) + "}.");
    }
    d.add("");
    return d;
  }

  private String what() {
    return doc(row.shape()) + " (" + since + ")";
  }

  private String key() {
    return "{@code " + row.key() + "=}";
  }

  private void add(List<String> doc, String type, String signature, String body, String... tags) {
    List<String> d = new ArrayList<>(doc);
    d.addAll(List.of(tags));
    out.add(new Method(d, type, signature, body));
  }

  private void set(String signature, String value, String param) {
    add(head("Sets " + key() + ": " + what() + "; a later value replaces it."), null, signature, "return set($K, " + value + ");",
        param, THIS);
  }

  private void setters() {
    String kind = KeyFacts.kind(row.readAs());
    String name = camel(row.key());
    String enumType = KeyFacts.ENUMS.get(row.qualified());
    if (row.repeatable()) {
      repeatable(kind);
    } else if (kind.equals("BOOLEAN")) {
      set(name + "(boolean value)", "Values.flag(value)", "@param value the flag");
    } else if (kind.equals("UINT32")) {
      set(name + "(long value)", "Values.number(value)", "@param value 0 … 4294967295");
    } else if (enumType != null) {
      set(name + "(" + enumType + " value)", "SystemdValue.literal(value.token())", "@param value the choice");
      if (row.key().equals("Notify")) {
        set(name + "(boolean value)", "Values.flag(value)", "@param value true: the container notifies systemd itself");
      }
      if (KeyFacts.ENUM_OR_TEXT.contains(row.qualified())) {
        set(name + "(String value)", "SystemdValue.literal(value)", "@param value any value Podman accepts, literal");
      }
    } else if (kind.equals("EXEC")) {
      set(name + "(String... words)", "Values.literals(words)", "@param words the command and arguments, literal");
      set(name + "(List<SystemdValue> words)", "Values.words(words)",
          "@param words the command and arguments, with their systemd expansion");
    } else {
      single(name);
    }
  }

  private void single(String name) {
    String shape = row.shape();
    if (shape.startsWith("duration")) {
      set(name + "(Duration value)", "Values.duration(value)", "@param value the duration, written like {@code 1m30s}");
      set(name + "(String value)", "SystemdValue.literal(value)",
          "@param value the duration as Podman reads it, kept as written: {@code 90s}, {@code 1m30s}");
      if (shape.contains("disable")) {
        add(List.of("Sets {@code " + row.key() + "=disable}.", ""), null, name + "Disabled()",
            "return set($K, SystemdValue.literal(\"disable\"));", THIS);
      }
      return;
    }
    if (shape.startsWith("uint") || shape.startsWith("string: numeric") || shape.equals("int")) {
      set(name + "(long value)", "Values.number(value)",
          shape.equals("int") ? "@param value a number, -1 for unlimited" : "@param value a non-negative number");
      if (shape.startsWith("string: numeric")) {
        set(name + "(SystemdValue value)", "value", "@param value the value, with its systemd expansion (e.g. {@code %G})");
      }
      return;
    }
    if (row.key().equals("UserNS")) {
      set(name + "(UserNs value)", "SystemdValue.literal(value.text())", "@param value the mode");
    }
    String empty = row.qualified().equals("Container.Entrypoint") ? " (empty clears the image's entrypoint, Podman 5.5+)" : "";
    set(name + "(String value)", "SystemdValue.literal(value)", "@param value the value, literal" + empty);
    set(name + "(SystemdValue value)", "value", "@param value the value, with its systemd expansion");
  }

  private void repeatable(String kind) {
    String p = pascal(row.key());
    boolean verb = row.key().startsWith("Add") || row.key().startsWith("Drop");
    String adder = verb ? camel(row.key()) : "add" + p;
    String reader = plural(camel(row.key()));
    switch (kind) {
      case "KEY_VALUE_LIST" -> keyValues(p);
      case "VERBATIM_LIST" -> {
        add(head("Adds a " + key() + " line: " + what() + "."), null, adder + "(String value)",
            "return add($K, SystemdValue.literal(value));", "@param value the value, literal", THIS);
        add(head("Adds a " + key() + " line: " + what() + "."), null, adder + "(SystemdValue value)",
            "return add($K, value);",
            "@param value the value, with its systemd expansion", THIS);
        add(List.of("Removes the " + key() + " lines Quadlet reads as the value.", ""), null,
            "remove" + p + "(String value)", "return remove($K, value);",
            "@param value the value as {@code " + reader + "()} returns it", THIS);
      }
      default -> {
        add(head("Adds a " + key() + " line: " + what() + "."), null, adder + "(String... words)",
            "return add($K, Values.literals(words));", "@param words the words of the line, literal", THIS);
        add(head("Adds a " + key() + " line: " + what() + "."), null, adder + "(List<SystemdValue> words)",
            "return add($K, Values.words(words));", "@param words the words of the line, with their systemd expansion",
            THIS);
        add(List.of("Removes the " + key() + " lines Quadlet reads as these words.", ""), null,
            "remove" + p + "(String... words)", "return remove($K, words);",
            "@param words the words of a line, as Quadlet reads them", THIS);
      }
    }
    add(List.of("Removes every {@code " + row.key() + "=} line.", ""), null, "clear" + p + "()", "return clear($K);",
        THIS);
  }

  private void keyValues(String p) {
    String name = camel(row.key());
    List<String> d = head("Sets one {@code NAME=VALUE} of " + key() + ": " + what()
        + "; an earlier value of the name is replaced.");
    add(d, null, name + "(String name, String value)", "return put($K, name, SystemdValue.literal(value));",
        "@param name the name", "@param value the value, literal", THIS);
    add(d, null, name + "(String name, SystemdValue value)", "return put($K, name, value);",
        "@param name the name", "@param value the value, with its systemd expansion", THIS);
    add(d, null, name + "(Map<String, String> values)", "return putAll($K, values);",
        "@param values names and literal values, in the map's iteration order", THIS);
    if (row.key().equals(KeyFacts.ENVIRONMENT)) {
      add(List.of("Sets {@code " + row.key() + "=NAME}: the variable is passed on from Podman's own environment",
          "(Podman 5.5+; earlier versions drop it).", ""), null, name + "Inherited(String name)",
          "return putName($K, name);", "@param name the variable name", THIS);
    }
    add(List.of("Removes a name from {@code " + row.key() + "=}.", ""), null, "remove" + p + "(String name)",
        "return remove($K, name);", "@param name the name", THIS);
  }

  private void get(String type, String name, String reading, String returns) {
    add(List.of("{@code " + row.key() + "=} as Quadlet reads it.", ""), type, name + "()",
        "return QuadletReading." + reading + "(values($K));", returns);
  }

  private void getters() {
    if (row.key().equals(KeyFacts.SERVICE_NAME)) {
      return;
    }
    String name = KeyFacts.GETTER_NAMES.getOrDefault(row.qualified(), camel(row.key()));
    String many = plural(name);
    switch (KeyFacts.kind(row.readAs())) {
      case "SINGLE" -> get("Optional<String>", name, "single", "@return the value, if set");
      case "LAST" -> get("Optional<String>", name, "last", "@return the value, if set");
      case "BOOLEAN" -> get("Optional<Boolean>", name, "flag", "@return the flag, if set");
      case "UINT32" -> get("OptionalLong", name, "uint32", "@return the number, if set and readable");
      case "VERBATIM_LIST" -> get("List<String>", many, "verbatim", "@return the values in order");
      case "WORD_LIST" -> get("List<String>", many, "strv", "@return the words in order");
      case "ARG_LIST" -> get("List<String>", many, "args", "@return the words in order");
      case "EXEC" -> get("List<String>", name, "exec", "@return the command and arguments");
      case "KEY_VALUE_LIST" -> {
        get("Map<String, String>", many, "keyValues", "@return names and values, in the order the names first appear");
        if (row.key().equals(KeyFacts.ENVIRONMENT)) {
          add(List.of("The names of {@code " + row.key() + "=} without a value (passed on from Podman's environment).",
              ""), "List<String>", name + "Inherited()", "return QuadletReading.namesWithoutValue(values($K));",
              "@return the names");
        }
      }
      default -> throw new IllegalStateException(row.readAs());
    }
  }
}
