package io.tankos.core.exec;

/**
 * Run by {@link BoundedMemoryTest} in a JVM with a small heap: 1 GiB of standard output in
 * 100-byte lines, then 64 MiB of standard error without a single newline, through the local runner
 * with default settings and a text to redact; prints what the result kept.
 */
public final class BoundedOutputMain {
  private BoundedOutputMain() {}

  /**
   * Runs the command and prints {@code exit=… stdout=… truncated=… stderrChars=… maxHeap=…}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Command command =
        Command.builder(
                "sh",
                "-c",
                "yes \"$0\" | head -c 1073741824; head -c 67108864 /dev/zero | tr '\\0' e >&2",
                "a".repeat(99))
            .redact("never-printed-secret")
            .build();
    CommandResult result = CommandRunner.local().runChecked(command);
    System.out.println(
        "exit=" + result.exitCode()
            + " stdout=" + result.stdoutBytes().length
            + " truncated=" + result.stdoutTruncated()
            + " stderrChars=" + result.stderrTail().length()
            + " maxHeap=" + Runtime.getRuntime().maxMemory());
  }
}
