package io.tankos.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a class's {@code main} in a new JVM with the current JVM's executable and class path: for
 * tests that kill a writer with SIGKILL or race two processes.
 *
 * <pre>{@code
 * Process p = ChildJvm.start(WriteLoop.class, target.toString());
 * }</pre>
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * Starts {@code main} of a class; standard error is inherited, standard output is a pipe.
   *
   * @param main a class with a {@code public static void main(String[])}
   * @param args its arguments
   * @return the running process
   */
  public static Process start(Class<?> main, String... args) {
    try {
      return new ProcessBuilder(argv(main, args)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The command line that runs {@code main} of a class in a new JVM, for callers that set up the
   * process themselves (a working directory, a prefix such as {@code setpriv}).
   *
   * @param main a class with a {@code public static void main(String[])}
   * @param args its arguments
   * @return java, its options, the class path, the class name and the arguments
   */
  public static List<String> argv(Class<?> main, String... args) {
    List<String> argv = new ArrayList<>(List.of(java(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), main.getName()));
    argv.addAll(List.of(args));
    return argv;
  }

  /**
   * The current JVM's {@code java} executable, for tests that start a jar ({@code java -jar}) or a
   * module ({@code java -p PATH -m MODULE}) themselves.
   *
   * @return the path of the executable
   */
  public static String java() {
    return ProcessHandle.current().info().command()
        .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
  }
}
