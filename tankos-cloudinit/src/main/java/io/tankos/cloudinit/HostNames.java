package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.core.validation.Location;
import java.util.regex.Pattern;

/** The {@code hostname} and {@code fqdn} keys: a host name label, and dot-separated labels. */
final class HostNames {
  /** A host name label. */
  static final Pattern LABEL = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$");

  private HostNames() {}

  static void hostname(Object v, Location at, Checks c) {
    if (c.string(v, at) && !LABEL.matcher((String) v).matches()) {
      c.add(at, "'" + v + "' is not a host name (letters, digits and '-', at most 63;"
          + " put a dotted name in fqdn)");
    }
  }

  static void fqdn(Object v, Location at, Checks c) {
    if (!c.string(v, at)) {
      return;
    }
    String s = (String) v;
    boolean ok = s.length() <= 253;
    for (String label : s.split("\\.", -1)) {
      ok &= LABEL.matcher(label).matches();
    }
    if (!ok) {
      c.add(at, "'" + s + "' is not a fully qualified domain name"
          + " (dot-separated labels, no trailing dot)");
    }
  }
}
