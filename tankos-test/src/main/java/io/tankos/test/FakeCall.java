package io.tankos.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call of a fake executable of {@link FakeTools}, as it recorded itself.
 *
 * @param tool the executable's name, e.g. {@code podman}
 * @param arguments the arguments (without the program name)
 * @param environment the environment the process saw
 * @param stdin the bytes read from standard input
 */
public record FakeCall(String tool, List<String> arguments, Map<String, String> environment, byte[] stdin) {
  /** Copies the parts. */
  public FakeCall {
    Objects.requireNonNull(tool, "tool");
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
    stdin = stdin.clone();
  }

  /**
   * argv as the tool was called: its name, then the arguments.
   *
   * @return the argv
   */
  public List<String> argv() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(tool), arguments.stream()).toList();
  }

  /**
   * Standard input as UTF-8 text.
   *
   * @return the text
   */
  public String stdinText() {
    return new String(stdin, StandardCharsets.UTF_8);
  }

  @Override
  public byte[] stdin() {
    return stdin.clone();
  }

  @Override
  public String toString() {
    return "FakeCall" + argv();
  }
}
