package io.tankos.test;

import io.tankos.core.exec.Invocation;
import java.util.List;
import java.util.Map;

/**
 * Assertions on an {@link Invocation} recorded by a {@link io.tankos.core.exec.RecordingRunner}.
 *
 * <pre>{@code
 * assertThat(runner.invocations().get(0)).hasArgvStartingWith("podman", "build").hasOption("--tag", "web:1");
 * }</pre>
 */
public final class InvocationAssert extends AbstractCallAssert<InvocationAssert, Invocation> {

  InvocationAssert(Invocation actual) {
    super(actual, InvocationAssert.class);
  }

  @Override
  List<String> argv() {
    return actual.argv();
  }

  @Override
  Map<String, String> environment() {
    return actual.environment();
  }

  @Override
  String stdinText() {
    return actual.stdinText();
  }
}
