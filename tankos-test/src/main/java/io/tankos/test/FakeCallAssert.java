package io.tankos.test;

import java.util.List;
import java.util.Map;

/**
 * Assertions on a {@link FakeCall}.
 *
 * <pre>{@code
 * assertThat(fakes.calls("podman").get(0)).hasArgvStartingWith("podman", "build").hasEnv("BUILDAH_LAYERS", "true");
 * }</pre>
 */
public final class FakeCallAssert extends AbstractCallAssert<FakeCallAssert, FakeCall> {

  FakeCallAssert(FakeCall actual) {
    super(actual, FakeCallAssert.class);
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
