package io.tankos.bootc.image;

import io.tankos.bootc.image.internal.SpecParser;
import io.tankos.bootc.image.internal.SpecReader;
import io.tankos.bootc.image.internal.SpecWriter;
import io.tankos.core.text.BoundedInput;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@link TankOsImage} as a spec file: YAML 1.1 (or JSON, which is YAML) whose keys mirror the
 * model's names, documented in {@code docs/spec-format.md}. A spec starts from a preset ({@code
 * preset: tank-os} is {@link TankOsImage#tankOs()}, {@code preset: none} the defaults of {@link
 * TankOsImage#builder()}); a list or map it gives replaces the preset's (labels are merged), an
 * object it gives overrides only the fields it names.
 *
 * <p>Every error names the line: {@code FILE:LINE: message}. Syntax errors and input over a limit
 * throw {@link ParseException} ({@link LimitExceededException}); anchors, aliases and tags are
 * refused, so nothing is ever expanded. Problems with the content throw {@link ValidationException}
 * listing every problem, each located {@code FILE:LINE} with a message that starts with the spec
 * path: unknown keys (with the closest known key, {@code did you mean 'gatewayPort'?}), wrong types
 * ({@code expected a number, found "abc"}), missing required keys, duplicate instance names, and
 * the model's own problems on the line of the value they concern ({@code instances[1].gatewayPort:
 * port 18789 already used by instances[0]}).
 *
 * <pre>{@code
 * TankOsImage image = ImageSpec.read(Path.of("examples/multi-instance.yaml"));
 * image.buildContext().writeTo(Path.of("out/tank-os"));
 * String canonical = ImageSpec.write(TankOsImage.tankOs());   // preset: none, every key written out
 * ImageSpec.read("tank-os.yaml", canonical).equals(TankOsImage.tankOs());   // true
 * }</pre>
 */
public final class ImageSpec {
  /** The largest spec accepted, in UTF-8 bytes (1 MiB). */
  public static final int MAX_BYTES = 1024 * 1024;

  /** The deepest nesting of mappings and lists accepted. */
  public static final int MAX_DEPTH = 16;

  /** The most values (mappings, lists and scalars) a spec may hold. */
  public static final int MAX_NODES = 100_000;

  private ImageSpec() {}

  /**
   * Reads a spec.
   *
   * @param source the file name for messages
   * @param text the spec's text
   * @return the image
   * @throws ParseException {@code SOURCE:LINE: reason} when the text is not one YAML document, or
   *     uses anchors, aliases, tags or characters YAML refuses
   * @throws LimitExceededException when the text is over {@link #MAX_BYTES}, {@link #MAX_DEPTH} or
   *     {@link #MAX_NODES}
   * @throws ValidationException listing every problem of the content, each located {@code
   *     SOURCE:LINE}
   */
  public static TankOsImage read(String source, String text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    return SpecReader.read(source, SpecParser.parse(source, text));
  }

  /**
   * Reads the bytes of a spec file, which must be UTF-8: malformed UTF-8 is an error naming its
   * line and byte offset.
   *
   * @param source the file name for messages
   * @param bytes the content
   * @return the image
   * @throws ParseException as {@link #read(String, String)}, and for malformed UTF-8
   * @throws LimitExceededException when there are more than {@link #MAX_BYTES} bytes
   * @throws ValidationException as {@link #read(String, String)}
   */
  public static TankOsImage read(String source, byte[] bytes) {
    Objects.requireNonNull(source, "source");
    if (bytes.length > MAX_BYTES) {
      throw BoundedInput.tooLarge(source, MAX_BYTES, "ImageSpec.MAX_BYTES");
    }
    return read(source, Utf8.decode(source, bytes));
  }

  /**
   * Reads a spec file, never more than {@link #MAX_BYTES} of it; messages name it as {@code
   * file.toString()}.
   *
   * @param file the file
   * @return the image
   * @throws ParseException as {@link #read(String, byte[])}
   * @throws LimitExceededException when the file is larger than {@link #MAX_BYTES}
   * @throws ValidationException as {@link #read(String, String)}
   * @throws UncheckedIOException when the file cannot be read
   */
  public static TankOsImage read(Path file) {
    String source = file.toString();
    return read(source, BoundedInput.readAll(source, file, MAX_BYTES, "ImageSpec.MAX_BYTES"));
  }

  /**
   * The canonical spec of an image: {@code preset: none} and every key written out, block style,
   * strings quoted only where YAML would read them otherwise. {@code read(source, write(image))}
   * equals {@code image}, and the same image gives the same text.
   *
   * @param image the image
   * @return the YAML text, {@code \n} line endings
   */
  public static String write(TankOsImage image) {
    return SpecWriter.write(Objects.requireNonNull(image, "image"));
  }
}
