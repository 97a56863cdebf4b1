package io.tankos.core.text;

/**
 * Text buffers reused from one write to the next. Emptying one with {@code setLength(0)} leaves the
 * old characters in its array, so what was written (a Secret, a password hash in user-data) would
 * stay reachable from the kept buffer until overwritten; {@link #wipe} overwrites them.
 *
 * <pre>{@code
 * StringBuilder scratch = new StringBuilder();
 * scratch.append(secretYaml);
 * TextBuffers.wipe(scratch); // empty, and the secret's characters overwritten
 * }</pre>
 */
public final class TextBuffers {
  private TextBuffers() {}

  /**
   * Empties a buffer and overwrites the characters it held with {@code '\0'}.
   *
   * @param buffer the buffer
   * @return the buffer, empty
   */
  public static StringBuilder wipe(StringBuilder buffer) {
    int n = buffer.length();
    buffer.setLength(0);
    buffer.setLength(n); // a growing setLength fills with '\0'
    buffer.setLength(0);
    return buffer;
  }
}
