package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Objects;

/**
 * A build argument the image declares after its labels ({@code ARG NAME=default}), for the steps a
 * caller adds; never a secret (build arguments stay in the image's history).
 *
 * <pre>{@code
 * BuildArg arg = new BuildArg("OPENCLAW_REF", "2026.7.1");
 * }</pre>
 *
 * @param name the variable name, {@code [A-Za-z_][A-Za-z0-9_]*}
 * @param defaultValue the default, one line
 */
public record BuildArg(String name, String defaultValue) {

  /**
   * Checks the name and the default.
   *
   * @param name the name
   * @param defaultValue the default
   * @throws io.tankos.core.validation.ValidationException at {@code BuildArg.name} or {@code
   *     BuildArg.defaultValue}
   */
  public BuildArg {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Problems problems = new Problems();
    ImageChecks.variable(name, Location.of("BuildArg").child("name"), problems);
    if (defaultValue.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      problems.add(Location.of("BuildArg").child("defaultValue"), "must not contain control characters");
    }
    problems.throwIfAny();
  }
}
