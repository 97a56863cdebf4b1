package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.core.validation.Location;
import java.util.List;
import java.util.Map;

/**
 * The top-level {@code groups} key: group names, alone or mapped to their member users, as a
 * comma-separated string, a mapping or a list of both.
 */
final class CloudGroups {
  private CloudGroups() {}

  static void check(Object v, Location at, Checks c) {
    if (v instanceof String s) {
      for (String g : s.split(",", -1)) {
        c.groupName(g.trim(), at);
      }
    } else if (v instanceof Map<?, ?> m) {
      members(m, at, c);
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        c.add(at, "must have at least 1 group");
      }
      for (int i = 0; i < l.size(); i++) {
        if (l.get(i) instanceof Map<?, ?> m) {
          members(m, at.index(i), c);
        } else {
          c.groupName(l.get(i), at.index(i));
        }
      }
    } else {
      c.add(at, "must be a list of groups, not " + Raw.aTypeName(v));
    }
  }

  private static void members(Map<?, ?> m, Location at, Checks c) {
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Location g = at.child(String.valueOf(e.getKey()));
      c.groupName(e.getKey(), g);
      Object members = e.getValue();
      if (members instanceof String s) {
        for (String u : s.split(",", -1)) {
          c.userName(u.trim(), g);
        }
      } else if (members instanceof List<?> l) {
        for (int j = 0; j < l.size(); j++) {
          c.userName(l.get(j), g.index(j));
        }
      } else if (members != null) {
        c.add(g, "members must be a list of user names");
      }
    }
  }
}
