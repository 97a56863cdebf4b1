package io.tankos.cloudinit.internal;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Python {@code re} patterns of cloud-init's schemas as Java patterns (used with {@code find}, as
 * Python's {@code re.search}): the constructs the schemas use mean the same in both.
 *
 * <p>Java's regex recurses once per repetition of a quantified group, so a long value overflowed
 * the stack on such a pattern (a {@code landscape.client.tags} of 40,000 tags); Python's does
 * not. Those patterns, and one whose backtracking was quadratic on a long value, are given here
 * in a possessive form that matches the same strings; {@code PythonRegexTest} holds every shipped
 * pattern with a quantified group to this list and compares the forms.
 */
final class PythonRegex {
  /** Python pattern → the same pattern with possessive repetitions. */
  static final Map<String, String> POSSESSIVE = Map.of(
      "^[-_0-9a-zA-Z]+(,[-_0-9a-zA-Z]+)*$", "^[-_0-9a-zA-Z]++(?:,[-_0-9a-zA-Z]++)*+$",
      // swap.size: backtracking made a long run of digits without a unit quadratic
      "^([0-9]+)?\\.?[0-9]+[BKMGT]$", "^(?:[0-9]*+\\.)?+[0-9]++[BKMGT]$");

  private PythonRegex() {}

  static Pattern compile(String python) {
    return Pattern.compile(POSSESSIVE.getOrDefault(python, python).replace("(?P<", "(?<"));
  }
}
