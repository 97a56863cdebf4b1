package io.tankos.core.exec;

import io.tankos.core.secret.SecretValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a process reads on standard input: nothing (EOF at once), bytes, a stream, a {@link
 * SecretValue}, or a concatenation of those. Secrets reach a process only this way, never through
 * argv or the environment; {@link #toString()} shows secrets by name only.
 *
 * <pre>{@code
 * Stdin in = Stdin.concat(Stdin.of("core:"), Stdin.secret(password), Stdin.of("\n"));
 * runner.runChecked(Command.builder("chpasswd").stdin(in).build());
 * }</pre>
 */
public final class Stdin {
  private static final Stdin EMPTY = new Stdin(List.of());

  private final List<Part> parts;

  private Stdin(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * No input: the process sees end of file at once.
   *
   * @return empty input
   */
  public static Stdin empty() {
    return EMPTY;
  }

  /**
   * Input from bytes (copied).
   *
   * @param bytes the bytes
   * @return the input
   */
  public static Stdin of(byte[] bytes) {
    return new Stdin(List.of(new BytesPart(bytes.clone())));
  }

  /**
   * Input from text, encoded as UTF-8.
   *
   * @param text the text
   * @return the input
   */
  public static Stdin of(String text) {
    return new Stdin(List.of(new BytesPart(text.getBytes(StandardCharsets.UTF_8))));
  }

  /**
   * Input copied from a stream, which is read once (a command holding it can run only once) and
   * closed afterwards.
   *
   * @param stream the stream
   * @return the input
   */
  public static Stdin from(InputStream stream) {
    return new Stdin(List.of(new StreamPart(Objects.requireNonNull(stream, "stream"))));
  }

  /**
   * Input from a secret: its bytes are written to standard input and nowhere else.
   *
   * @param secret the secret
   * @return the input
   */
  public static Stdin secret(SecretValue secret) {
    return new Stdin(List.of(new SecretPart(Objects.requireNonNull(secret, "secret"))));
  }

  /**
   * The inputs one after the other.
   *
   * @param inputs the inputs
   * @return the concatenation
   */
  public static Stdin concat(Stdin... inputs) {
    List<Part> all = new ArrayList<>();
    for (Stdin input : inputs) {
      all.addAll(input.parts);
    }
    return new Stdin(all);
  }

  /**
   * Whether there is no input at all.
   *
   * @return true for {@link #empty()}
   */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /**
   * The secrets written by this input, in order.
   *
   * @return the secrets
   */
  public List<SecretValue> secrets() {
    List<SecretValue> secrets = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof SecretPart) {
        secrets.add(((SecretPart) part).secret);
      }
    }
    return List.copyOf(secrets);
  }

  /**
   * Writes the whole input to a stream (a process's standard input); does not close it.
   *
   * @param out the stream
   * @throws IOException when writing or reading a stream part fails
   */
  public void writeTo(OutputStream out) throws IOException {
    for (Part part : parts) {
      part.writeTo(out);
    }
  }

  /**
   * The input as a test double would record it: bytes and streams as they are (streams are
   * consumed), each secret replaced by {@code <secret:NAME>}.
   *
   * @return the recorded bytes
   * @throws IOException when reading a stream part fails
   */
  public byte[] recordedBytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part part : parts) {
      if (part instanceof SecretPart) {
        out.write(
            ("<secret:" + ((SecretPart) part).secret.name() + ">")
                .getBytes(StandardCharsets.UTF_8));
      } else {
        part.writeTo(out);
      }
    }
    return out.toByteArray();
  }

  /**
   * The single secret this input consists of, if it is exactly one secret.
   *
   * @return the secret or empty
   */
  public Optional<SecretValue> onlySecret() {
    if (parts.size() == 1 && parts.get(0) instanceof SecretPart) {
      return Optional.of(((SecretPart) parts.get(0)).secret);
    }
    return Optional.empty();
  }

  /** Shows sizes and secret names, never contents. */
  @Override
  public String toString() {
    if (parts.isEmpty()) {
      return "Stdin[empty]";
    }
    StringBuilder text = new StringBuilder("Stdin[");
    for (int i = 0; i < parts.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(parts.get(i));
    }
    return text.append(']').toString();
  }

  private interface Part {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final class BytesPart implements Part {
    private final byte[] bytes;

    BytesPart(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(bytes);
    }

    @Override
    public String toString() {
      return bytes.length + " bytes";
    }
  }

  private static final class StreamPart implements Part {
    private final InputStream stream;

    StreamPart(InputStream stream) {
      this.stream = stream;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      try (InputStream in = stream) {
        in.transferTo(out);
      }
    }

    @Override
    public String toString() {
      return "stream";
    }
  }

  private static final class SecretPart implements Part {
    private final SecretValue secret;

    SecretPart(SecretValue secret) {
      this.secret = secret;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      secret.writeTo(out);
    }

    @Override
    public String toString() {
      return "secret " + secret.name();
    }
  }
}
