package io.tankos.cloudinit.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One node of a rule table ({@link SchemaRules}): the constraints a value must meet, all of them
 * together (a JSON Schema draft-4 node as cloud-init's validator reads it). Fields are set once by
 * {@link SchemaRules} while linking and never change afterwards.
 */
public final class Rule {
  /**
   * The node's keywords in the order the schema writes them: the order jsonschema applies them in,
   * and so the order of the errors it finds at one value.
   */
  List<String> keywords;
  /** Distinct, in the schema's order; a list, so that a check walks it by index. */
  List<String> types;
  List<Object> enumValues;
  Rule ref;
  String refName;
  Map<String, Rule> properties;
  List<Map.Entry<Pattern, Rule>> patternProperties;
  /** The patterns' texts as jsonschema names them in a message: sorted, each in Python's repr. */
  String patternNames;
  boolean noExtraProperties;
  Rule extraProperties;
  List<String> required;
  Rule items;
  List<Rule> tupleItems;
  boolean noExtraItems;
  Rule extraItems;
  Integer minItems;
  Integer maxItems;
  Integer minProperties;
  Integer maxLength;
  Double minimum;
  Double maximum;
  boolean uniqueItems;
  Pattern pattern;
  String format;
  List<Rule> oneOf;
  /**
   * The {@code oneOf} schemas as written (maps, lists, strings, integers), for jsonschema's message
   * that shows them; null when they hold prose the tables leave out.
   */
  List<Object> oneOfSchemas;
  List<Rule> anyOf;
  List<Rule> allOf;
  String deprecatedIn;
  String changedIn;

  Rule() {}

  /**
   * The names of the properties this node defines, in table order.
   *
   * @return the names, or an empty set
   */
  public Set<String> propertyNames() {
    return properties == null ? Set.of() : properties.keySet();
  }

  /**
   * The node of a defined property.
   *
   * @param name the property
   * @return the node, or null
   */
  public Rule property(String name) {
    return properties == null ? null : properties.get(name);
  }

  /**
   * The nodes this one requires as well ({@code allOf} and the reference), in order.
   *
   * @return the nodes
   */
  public List<Rule> alsoRequired() {
    List<Rule> out = new java.util.ArrayList<>();
    if (ref != null) {
      out.add(ref);
    }
    if (allOf != null) {
      out.addAll(allOf);
    }
    return out;
  }
}
