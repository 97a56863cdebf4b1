package io.tankos.test;

import io.tankos.bootc.bib.ImageType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a fake executable of {@link FakeTools} answers: side effects (files written where the call's
 * options or volume mounts say), then standard output, standard error and an exit code. Immutable;
 * methods return changed copies.
 *
 * <pre>{@code
 * FakeReply.success().writesAfterOption("--iidfile", "sha256:1234\n").stdout("STEP 1/2: FROM ...\n")
 * }</pre>
 */
public final class FakeReply {
  private final int exitCode;
  private final String stdout;
  private final String stderr;
  private final List<Effect> effects;

  /**
   * A file a reply writes.
   *
   * @param kind {@code option} (the path follows an option) or {@code mount} (a path under the host
   *     side of a {@code -v host:container} volume)
   * @param key the option or the container-side directory
   * @param relativePath for {@code mount}, the path under the host directory; empty otherwise
   * @param content the bytes written
   */
  record Effect(String kind, String key, String relativePath, byte[] content) {}

  private FakeReply(int exitCode, String stdout, String stderr, List<Effect> effects) {
    this.exitCode = exitCode;
    this.stdout = Objects.requireNonNull(stdout, "stdout");
    this.stderr = Objects.requireNonNull(stderr, "stderr");
    this.effects = List.copyOf(effects);
  }

  /**
   * Exit code 0, no output.
   *
   * @return the reply
   */
  public static FakeReply success() {
    return exitCode(0);
  }

  /**
   * The given exit code, no output.
   *
   * @param code the exit code, 0 to 255
   * @return the reply
   */
  public static FakeReply exitCode(int code) {
    if (code < 0 || code > 255) {
      throw new IllegalArgumentException("exit code must be 0 to 255, found " + code);
    }
    return new FakeReply(code, "", "", List.of());
  }

  /**
   * Sets the standard output.
   *
   * @param text the text
   * @return a changed copy
   */
  public FakeReply stdout(String text) {
    return new FakeReply(exitCode, text, stderr, effects);
  }

  /**
   * Sets the standard error.
   *
   * @param text the text
   * @return a changed copy
   */
  public FakeReply stderr(String text) {
    return new FakeReply(exitCode, stdout, text, effects);
  }

  /**
   * Writes text to the path given after an option ({@code --iidfile FILE}, {@code --digestfile=FILE}).
   *
   * @param option the option
   * @param text the text, UTF-8
   * @return a changed copy
   */
  public FakeReply writesAfterOption(String option, String text) {
    return with(new Effect("option", option, "", text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes a file under the host side of a volume mount ({@code -v HOST:CONTAINER}).
   *
   * @param containerDir the container side, e.g. {@code /output}
   * @param relativePath the file under it, e.g. {@code qcow2/disk.qcow2}
   * @param content the bytes
   * @return a changed copy
   */
  public FakeReply writesUnderMount(String containerDir, String relativePath, byte[] content) {
    return with(new Effect("mount", containerDir, relativePath, content.clone()));
  }

  /**
   * Writes a placeholder disk image where bootc-image-builder would, under the {@code /output}
   * mount.
   *
   * @param type the image type, e.g. {@link ImageType#QCOW2}
   * @return a changed copy
   */
  public FakeReply writesDiskImage(ImageType type) {
    return writesUnderMount("/output", ToolReplies.outputFile(type), ToolReplies.placeholder(type));
  }

  private FakeReply with(Effect effect) {
    List<Effect> all = new ArrayList<>(effects);
    all.add(effect);
    return new FakeReply(exitCode, stdout, stderr, all);
  }

  int exit() {
    return exitCode;
  }

  String out() {
    return stdout;
  }

  String err() {
    return stderr;
  }

  List<Effect> effects() {
    return effects;
  }

  @Override
  public String toString() {
    return "FakeReply[exitCode=" + exitCode + ", " + effects.size() + " side effects]";
  }
}
