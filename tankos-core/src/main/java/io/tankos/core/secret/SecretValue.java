package io.tankos.core.secret;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A secret (an API key, a token, a password): its bytes can only be written to a stream, such as a
 * process's standard input; {@link #toString()}, {@code equals} and every message show only its
 * name. Call {@link #destroy()} (or use try-with-resources) to wipe the bytes once they are used.
 *
 * <pre>{@code
 * try (SecretValue key = SecretValue.of("anthropic_api_key", System.getenv("ANTHROPIC_API_KEY"))) {
 *   runner.run(io.tankos.core.exec.Command.builder("podman", "secret", "create", "anthropic_api_key", "-")
 *       .stdin(key) // the value reaches the child on stdin only
 *       .build());
 * }
 * }</pre>
 */
public final class SecretValue implements AutoCloseable {
  private final String name;
  private final byte[] value;
  private volatile boolean destroyed;

  private SecretValue(String name, byte[] value) {
    this.name = Objects.requireNonNull(name, "name");
    this.value = value;
  }

  /**
   * A secret from text (encoded as UTF-8).
   *
   * @param name a name for messages, never the value
   * @param value the secret text
   * @return the secret
   */
  public static SecretValue of(String name, String value) {
    Objects.requireNonNull(value, "value of secret " + name);
    return new SecretValue(name, value.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A secret from bytes (copied).
   *
   * @param name a name for messages, never the value
   * @param value the secret bytes
   * @return the secret
   */
  public static SecretValue of(String name, byte[] value) {
    Objects.requireNonNull(value, "value of secret " + name);
    return new SecretValue(name, value.clone());
  }

  /**
   * A secret from characters (copied; the caller may wipe its array afterwards).
   *
   * @param name a name for messages
   * @param value the secret characters
   * @return the secret
   */
  public static SecretValue of(String name, char[] value) {
    Objects.requireNonNull(value, "value of secret " + name);
    java.nio.ByteBuffer buf = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(value));
    byte[] bytes = new byte[buf.remaining()];
    buf.get(bytes);
    Arrays.fill(buf.array(), (byte) 0);
    return new SecretValue(name, bytes);
  }

  /**
   * The secret's name (safe to print).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The value's length in bytes.
   *
   * @return the length
   */
  public int length() {
    checkAlive();
    return value.length;
  }

  /**
   * Writes the value to a stream, e.g. a process's standard input.
   *
   * @param out the stream; not closed
   * @throws IOException when writing fails
   * @throws IllegalStateException after {@link #destroy()}
   */
  public void writeTo(OutputStream out) throws IOException {
    checkAlive();
    out.write(value);
  }

  /**
   * Whether the given text occurs in this secret's value or the value occurs in the text; for
   * redaction checks, never to reveal the value.
   *
   * @param text text to look through
   * @return true when the value appears in the text
   */
  public boolean appearsIn(String text) {
    checkAlive();
    if (value.length == 0) {
      return false;
    }
    return text.contains(new String(value, StandardCharsets.UTF_8));
  }

  /**
   * Replaces every occurrence of the value in a text by {@code <redacted>}.
   *
   * @param text text that may contain the value
   * @return the redacted text
   */
  public String redact(String text) {
    if (destroyed || value.length == 0 || text == null) {
      return text;
    }
    return text.replace(new String(value, StandardCharsets.UTF_8), "<redacted>");
  }

  /** Overwrites the value with zeros; later uses throw. */
  public void destroy() {
    Arrays.fill(value, (byte) 0);
    destroyed = true;
  }

  /**
   * Whether {@link #destroy()} was called.
   *
   * @return true once destroyed
   */
  public boolean isDestroyed() {
    return destroyed;
  }

  /** Same as {@link #destroy()}. */
  @Override
  public void close() {
    destroy();
  }

  private void checkAlive() {
    if (destroyed) {
      throw new IllegalStateException("secret " + name + " was destroyed");
    }
  }

  @Override
  public String toString() {
    return "SecretValue[name=" + name + ", value=<redacted>]";
  }
}
