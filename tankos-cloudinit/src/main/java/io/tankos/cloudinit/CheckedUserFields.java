package io.tankos.cloudinit;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The fields of a user that {@link CloudUser.Builder#build()} copied and checked: the unmodifiable
 * deep copy of {@code Raw.copy}, which found no problem, and which the user rules every version
 * shares (the check of an entry without a version) found no problem in either. Only that method
 * makes one, so an instance is the proof: a cloud-config holding it shares it instead of copying
 * it again, and skips the checks whose verdict cannot have changed (the value rules, the SSH keys);
 * the rules of a version, and the line widths at the depth where the user sits, are still checked.
 */
final class CheckedUserFields extends AbstractMap<String, Object> {
  private final Map<String, Object> fields;

  /** The copy, unmodifiable, that no one else holds. */
  CheckedUserFields(Map<String, Object> fields) {
    this.fields = fields;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return fields.entrySet();
  }

  @Override
  public Set<String> keySet() {
    return fields.keySet();
  }

  @Override
  public Collection<Object> values() {
    return fields.values();
  }

  @Override
  public int size() {
    return fields.size();
  }

  @Override
  public boolean containsKey(Object key) {
    return fields.containsKey(key);
  }

  @Override
  public Object get(Object key) {
    return fields.get(key);
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    fields.forEach(action);
  }
}
