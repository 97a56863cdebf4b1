package io.tankos.cloudinit.internal;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys each cloud-init version's schema defines, read from its rule table ({@link
 * SchemaRules}): top level (the root's properties and those of every module it requires) and in a
 * {@code users} entry.
 */
public final class SchemaKeys {
  /** The sets made, by version label, each made once (a version's table does not change). */
  private static final Map<String, Set<String>> TOP_LEVEL = new ConcurrentHashMap<>();

  private static final Map<String, Set<String>> USER_FIELDS = new ConcurrentHashMap<>();

  private SchemaKeys() {}

  /**
   * The top-level keys of a version.
   *
   * @param label e.g. {@code 22.4}
   * @return the keys, sorted, unmodifiable
   */
  public static Set<String> of(String label) {
    return TOP_LEVEL.computeIfAbsent(label, l -> properties(SchemaRules.root(table(l))));
  }

  /**
   * The fields of a {@code users} entry in a version.
   *
   * @param label e.g. {@code 22.4}
   * @return the fields, sorted, unmodifiable
   */
  public static Set<String> userFields(String label) {
    return USER_FIELDS.computeIfAbsent(label,
        l -> properties(SchemaRules.named(table(l), "d.users_groups.user")));
  }

  private static String table(String label) {
    return "cloud-config-" + label;
  }

  /** The properties a node and the nodes it requires as well define. */
  private static Set<String> properties(Rule start) {
    Set<String> keys = new TreeSet<>();
    Set<Rule> seen = new HashSet<>();
    Deque<Rule> todo = new ArrayDeque<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      Rule r = todo.pop();
      if (seen.add(r)) {
        keys.addAll(r.propertyNames());
        todo.addAll(r.alsoRequired());
      }
    }
    return Collections.unmodifiableSet(keys);
  }
}
