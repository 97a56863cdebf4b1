package io.tankos.cloudinit.internal;

import java.util.regex.Pattern;

/**
 * Python {@code re} patterns of cloud-init's schemas as Java patterns (used with {@code find}, as
 * Python's {@code re.search}): the constructs the schemas use mean the same in both.
 */
final class PythonRegex {
  private PythonRegex() {}

  static Pattern compile(String python) {
    return Pattern.compile(python.replace("(?P<", "(?<"));
  }
}
