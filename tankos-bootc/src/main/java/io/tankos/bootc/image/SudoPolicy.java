package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.List;
import java.util.Objects;

/**
 * What the agent user may run with {@code sudo}: nothing (production), scoped rules, or everything
 * without a password (Tank-OS's demo images). Rules are written to {@code /etc/sudoers.d/USER}
 * (mode 0440) and into the seed's user entry.
 *
 * <pre>{@code
 * SudoPolicy.none();
 * SudoPolicy.rules("ALL=(root) NOPASSWD: /usr/bin/bootc status");
 * SudoPolicy.passwordless(); // ALL=(ALL) NOPASSWD:ALL
 * }</pre>
 */
public final class SudoPolicy {
  /** The demo rule Tank-OS ships. */
  public static final String PASSWORDLESS_RULE = "ALL=(ALL) NOPASSWD:ALL";

  private static final SudoPolicy NONE = new SudoPolicy(List.of());

  private final List<String> rules;

  private SudoPolicy(List<String> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * No sudo rights: no sudoers file.
   *
   * @return the policy
   */
  public static SudoPolicy none() {
    return NONE;
  }

  /**
   * Everything without a password, as Tank-OS's demo images (production images should not).
   *
   * @return the policy
   */
  public static SudoPolicy passwordless() {
    return new SudoPolicy(List.of(PASSWORDLESS_RULE));
  }

  /**
   * Scoped rules, each what follows the user name in a sudoers line.
   *
   * @param rules e.g. {@code ALL=(root) NOPASSWD: /usr/bin/bootc status}
   * @return the policy
   * @throws io.tankos.core.validation.ValidationException at {@code SudoPolicy.rules[i]} for a rule
   *     that is not one line or starts with {@code #}
   */
  public static SudoPolicy rules(String... rules) {
    List<String> list = List.of(rules);
    Problems problems = new Problems();
    for (int i = 0; i < list.size(); i++) {
      Location at = Location.of("SudoPolicy").child("rules").index(i);
      ImageChecks.line(list.get(i), at, problems);
      if (list.get(i).strip().startsWith("#") || !list.get(i).contains("=")) {
        problems.add(at, "a rule is 'HOSTS=(RUNAS) COMMANDS', e.g. ALL=(root) NOPASSWD: /usr/bin/bootc status");
      }
    }
    problems.throwIfAny();
    return new SudoPolicy(list);
  }

  /**
   * The rules.
   *
   * @return unmodifiable, empty for {@link #none()}
   */
  public List<String> rules() {
    return rules;
  }

  /**
   * The {@code /etc/sudoers.d/USER} text.
   *
   * @param user the user name
   * @return one line per rule
   */
  public String sudoers(String user) {
    StringBuilder b = new StringBuilder();
    rules.forEach(r -> b.append(user).append(' ').append(r).append('\n'));
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SudoPolicy p && p.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules);
  }

  @Override
  public String toString() {
    return "SudoPolicy" + rules;
  }
}
