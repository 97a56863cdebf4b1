package io.tankos.test;

import io.tankos.test.internal.TextDiff;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a recorded call: argv, environment and standard input, whether a {@link
 * io.tankos.core.exec.RecordingRunner} or a fake executable of {@link FakeTools} recorded it.
 *
 * <pre>{@code
 * assertThat(runner.invocations().get(0)).hasArgvStartingWith("podman", "build").hasOption("--tag", "web:1");
 * assertThat(fakes.calls("bootc").get(0)).hasArgv("bootc", "upgrade");
 * }</pre>
 */
public final class RecordedCallAssert extends AbstractAssert<RecordedCallAssert, RecordedCall> {

  RecordedCallAssert(RecordedCall actual) {
    super(actual, RecordedCallAssert.class);
  }

  private List<String> argv() {
    return actual.argv();
  }

  private Map<String, String> environment() {
    return actual.environment();
  }

  private String stdinText() {
    return actual.stdinText();
  }

  /**
   * Checks the whole argv.
   *
   * @param expected the expected words, program first
   * @return this
   */
  public RecordedCallAssert hasArgv(String... expected) {
    isNotNull();
    List<String> want = List.of(expected);
    if (!argv().equals(want)) {
      failWithMessage("Expected argv%n    %s%nbut was%n    %s%n%s", want, argv(), firstDifference(want, argv()));
    }
    return myself;
  }

  /**
   * Checks the first words of argv.
   *
   * @param prefix the expected first words
   * @return this
   */
  public RecordedCallAssert hasArgvStartingWith(String... prefix) {
    isNotNull();
    List<String> want = List.of(prefix);
    List<String> argv = argv();
    if (argv.size() < want.size() || !argv.subList(0, want.size()).equals(want)) {
      failWithMessage("Expected argv to start with%n    %s%nbut was%n    %s%n%s", want, argv, firstDifference(want, argv));
    }
    return myself;
  }

  /**
   * Checks that argv has an option followed by a value ({@code --opt value} or {@code --opt=value}).
   *
   * @param option the option, e.g. {@code --tag}
   * @param value its value
   * @return this
   */
  public RecordedCallAssert hasOption(String option, String value) {
    isNotNull();
    List<String> argv = argv();
    for (int i = 0; i < argv.size(); i++) {
      if ((argv.get(i).equals(option) && i + 1 < argv.size() && argv.get(i + 1).equals(value))
          || argv.get(i).equals(option + "=" + value)) {
        return myself;
      }
    }
    failWithMessage("Expected argv to have %s %s but was%n    %s", option, value, argv);
    return myself;
  }

  /**
   * Checks an environment variable the call set.
   *
   * @param name the variable
   * @param value its value
   * @return this
   */
  public RecordedCallAssert hasEnv(String name, String value) {
    isNotNull();
    String found = environment().get(name);
    if (!value.equals(found)) {
      failWithMessage(
          "Expected environment %s=%s but %s", name, value, found == null ? name + " is not set" : "it is " + found);
    }
    return myself;
  }

  /**
   * Checks the standard input text (secrets appear as {@code <secret:NAME>} markers where the
   * runner recorded them so).
   *
   * @param expected the expected text
   * @return this
   */
  public RecordedCallAssert hasStdin(String expected) {
    isNotNull();
    String diff = TextDiff.diff("expected", expected, "stdin", stdinText());
    if (!diff.isEmpty()) {
      failWithMessage("Expected the stdin of %s to be as expected:%n%s", argv(), diff);
    }
    return myself;
  }

  private static String firstDifference(List<String> want, List<String> got) {
    int i = 0;
    while (i < want.size() && i < got.size() && want.get(i).equals(got.get(i))) {
      i++;
    }
    String w = i < want.size() ? want.get(i) : "(nothing)";
    String g = i < got.size() ? got.get(i) : "(nothing)";
    return "first difference at argv[" + i + "]: expected " + w + " but was " + g;
  }
}
