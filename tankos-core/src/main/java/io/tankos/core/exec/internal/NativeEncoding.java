package io.tankos.core.exec.internal;

import io.tankos.core.exec.Command;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import java.util.Map;

/**
 * The JVM passes argv, environment and paths to a new process in its native encoding ({@code
 * sun.jnu.encoding}, from the locale at JVM start) and silently turns characters it cannot encode
 * into {@code ?} (measured: under {@code LANG=C}, {@code héllo} arrived as {@code h?llo}). This
 * check refuses such a command instead of running something other than what was asked.
 */
public final class NativeEncoding {
  private NativeEncoding() {}

  /**
   * The JVM's native encoding.
   *
   * @return the charset
   */
  public static Charset charset() {
    String name = System.getProperty("sun.jnu.encoding");
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }

  /**
   * Checks that every word the process receives can be encoded.
   *
   * @param command the command
   * @param charset the native encoding
   * @throws IllegalArgumentException naming the first word that cannot (by position, not content)
   */
  public static void check(Command command, Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    List<String> argv = command.argv();
    for (int i = 0; i < argv.size(); i++) {
      if (!encoder.canEncode(argv.get(i))) {
        throw refuse("argv[" + i + "]", charset);
      }
    }
    for (Map.Entry<String, String> e : command.environment().entrySet()) {
      if (!encoder.canEncode(e.getKey()) || !encoder.canEncode(e.getValue())) {
        throw refuse(
            "environment variable " + (encoder.canEncode(e.getKey()) ? e.getKey() : "name"),
            charset);
      }
    }
    if (command.workingDirectory().isPresent()
        && !encoder.canEncode(command.workingDirectory().get().toString())) {
      throw refuse("working directory", charset);
    }
  }

  private static IllegalArgumentException refuse(String what, Charset charset) {
    return new IllegalArgumentException(
        what
            + " has characters the JVM's native encoding "
            + charset.name()
            + " cannot pass to a process (they would arrive as '?'); start the JVM with a UTF-8"
            + " locale, e.g. LANG=C.UTF-8");
  }
}
