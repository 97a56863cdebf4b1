package io.tankos.bootc.containerfile;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code FROM [--platform=p] image [AS name]}: starts a build stage.
 *
 * <pre>{@code
 * From.builder(Word.literal("quay.io/fedora/fedora-bootc:42")).as("builder").build();
 * }</pre>
 */
public final class From implements Instruction {
  /** Where a FROM built on its own reports problems: the first FROM. */
  private static final Location AT = Location.of("FROM").index(0);

  private final Word image;
  private final String stageName;
  private final List<Flag> flags;

  private From(Builder b) {
    this.image = Objects.requireNonNull(b.image, "image");
    this.stageName = b.stageName;
    this.flags = List.copyOf(b.flags);
  }

  /**
   * A FROM of the given image. An image reference has no literal {@code $}, so {@code $NAME} and
   * {@code ${NAME}} are build arguments the builder expands (declared by an ARG before the first
   * FROM).
   *
   * @param image the image reference, e.g. {@code ${BASE}} or {@code quay.io/fedora/fedora-bootc:42}
   * @return the instruction
   */
  public static From of(String image) {
    return builder(Word.expanding(image)).build();
  }

  /**
   * A builder.
   *
   * @param image the image reference
   * @return the builder
   */
  public static Builder builder(Word image) {
    return new Builder(image);
  }

  /**
   * A builder with this instruction's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(image);
    b.stageName = stageName;
    b.flags.addAll(flags);
    return b;
  }

  /**
   * The image reference.
   *
   * @return the image
   */
  public Word image() {
    return image;
  }

  /**
   * The stage name given with {@code AS}, as written.
   *
   * @return the name
   */
  public Optional<String> stageName() {
    return Optional.ofNullable(stageName);
  }

  /**
   * The flags in order ({@code --platform}; Buildah also knows {@code --after}).
   *
   * @return the flags
   */
  public List<Flag> flags() {
    return flags;
  }

  @Override
  public String keyword() {
    return "FROM";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof From f && f.image.equals(image) && Objects.equals(f.stageName, stageName) && f.flags.equals(flags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(image, stageName, flags);
  }

  /**
   * The instruction as a Containerfile line; never throws (a built FROM was checked, a parsed one
   * is written as it was read).
   */
  @Override
  public String toString() {
    return ContainerfileWriter.instructionText(this, '\\', AT, new Problems());
  }

  /** Builds a {@link From}. */
  public static final class Builder {
    private Word image;
    private String stageName;
    private final List<Flag> flags = new ArrayList<>();

    private Builder(Word image) {
      this.image = Objects.requireNonNull(image, "image");
    }

    /**
     * Names the stage ({@code AS name}); lower case, {@code [a-z][a-z0-9-_.]*}.
     *
     * @param name the stage name
     * @return this builder
     */
    public Builder as(String name) {
      this.stageName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * {@code --platform=...}, e.g. {@code Word.expanding("$BUILDPLATFORM")}.
     *
     * @param platform the platform
     * @return this builder
     */
    public Builder platform(Word platform) {
      flags.add(Flag.of("platform", platform));
      return this;
    }

    /**
     * Adds a flag as is.
     *
     * @param flag the flag
     * @return this builder
     */
    public Builder flag(Flag flag) {
      flags.add(Objects.requireNonNull(flag, "flag"));
      return this;
    }

    /**
     * Builds and checks the instruction: it must render as one FROM line that BuildKit reads back
     * as these values.
     *
     * @return the instruction
     * @throws ValidationException at {@code FROM[0].image}, {@code FROM[0].as} or {@code
     *     FROM[0].FLAG}: an image that is empty or not one word, a stage name outside {@code
     *     [a-z][a-z0-9-_.]*}, a flag value that cannot be written
     */
    public From build() {
      From from = new From(this);
      Problems problems = new Problems();
      ContainerfileWriter.instructionText(from, '\\', AT, problems);
      problems.throwIfAny();
      return from;
    }

    /** The instruction as the parser read it, unchecked: its words are kept as written. */
    From parsed() {
      return new From(this);
    }
  }
}
