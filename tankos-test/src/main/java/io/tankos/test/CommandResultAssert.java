package io.tankos.test;

import io.tankos.core.exec.CommandResult;
import io.tankos.test.internal.TextDiff;
import io.tankos.test.internal.Texts;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link CommandResult}; failures quote the command and its stderr tail.
 *
 * <pre>{@code
 * assertThat(result).succeeded().hasStdout("5.4.2\n");
 * }</pre>
 */
public final class CommandResultAssert extends AbstractAssert<CommandResultAssert, CommandResult> {

  CommandResultAssert(CommandResult actual) {
    super(actual, CommandResultAssert.class);
  }

  /**
   * Checks exit code 0.
   *
   * @return this
   */
  public CommandResultAssert succeeded() {
    return hasExitCode(0);
  }

  /**
   * Checks the exit code.
   *
   * @param code the expected exit code
   * @return this
   */
  public CommandResultAssert hasExitCode(int code) {
    isNotNull();
    if (actual.exitCode() != code) {
      failWithMessage(
          "Expected %s to exit with %s but it exited with %s; stderr tail:%n%s",
          actual.argv(), code, actual.exitCode(), Texts.indent(actual.stderrTail()));
    }
    return this;
  }

  /**
   * Checks the whole standard output; a failure shows a unified-diff-like snippet.
   *
   * @param expected the expected text
   * @return this
   */
  public CommandResultAssert hasStdout(String expected) {
    isNotNull();
    String diff = TextDiff.diff("expected", expected, "stdout", actual.stdout());
    if (!diff.isEmpty()) {
      failWithMessage("Expected the stdout of %s to be as expected:%n%s", actual.argv(), diff);
    }
    return this;
  }
}
