package io.tankos.test;

import io.tankos.core.exec.Invocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One recorded call: of a fake executable of {@link FakeTools}, as it recorded itself, or a
 * {@link Invocation} of a {@link io.tankos.core.exec.RecordingRunner} ({@link #of(Invocation)}).
 *
 * @param tool the program, e.g. {@code podman}
 * @param arguments the arguments (without the program name)
 * @param environment the environment the process saw
 * @param stdin the bytes read from standard input
 */
public record RecordedCall(String tool, List<String> arguments, Map<String, String> environment, byte[] stdin) {
  /** Copies the parts. */
  public RecordedCall {
    Objects.requireNonNull(tool, "tool");
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
    stdin = stdin.clone();
  }

  /**
   * A runner's invocation as a call: the environment is what the command sets (not the inherited
   * one), standard input as recorded (secrets as markers).
   *
   * @param invocation the invocation
   * @return the call
   */
  public static RecordedCall of(Invocation invocation) {
    List<String> argv = invocation.argv();
    return new RecordedCall(argv.get(0), argv.subList(1, argv.size()), invocation.environment(), invocation.stdinBytes());
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
    return "RecordedCall" + argv();
  }
}
