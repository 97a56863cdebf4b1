package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Raw;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One part of user-data: a cloud-config document or the text of another {@link PartType}, with an
 * optional file name and merge setting ({@code X-Merge-Type}, e.g. {@code
 * list(append)+dict(no_replace,recurse_list)+str()} so that this part's {@code runcmd} is appended
 * to the earlier parts' instead of replacing it).
 *
 * <pre>{@code
 * Part.cloudConfig(config).withMergeType(Part.MERGE_APPEND_LISTS);
 * Part.of(PartType.SHELL_SCRIPT, "#!/bin/sh\necho hi\n").withFilename("hello.sh");
 * }</pre>
 */
public final class Part {
  private static final Location TEXT = Location.of("Part").child("text");

  /** Merge setting that appends lists and merges mappings recursively. */
  public static final String MERGE_APPEND_LISTS = "list(append)+dict(no_replace,recurse_list)+str()";

  private final PartType type;
  private final CloudConfig cloudConfig;
  private final String text;
  private final String filename;
  private final String mergeType;

  private Part(PartType type, CloudConfig cloudConfig, String text, String filename,
      String mergeType) {
    this.type = type;
    this.cloudConfig = cloudConfig;
    this.text = text;
    this.filename = filename;
    this.mergeType = mergeType;
  }

  /**
   * A cloud-config part.
   *
   * @param config the document
   * @return the part
   */
  public static Part cloudConfig(CloudConfig config) {
    return new Part(PartType.CLOUD_CONFIG, Objects.requireNonNull(config, "config"), null, null,
        null);
  }

  /**
   * A part of another type, given as text.
   *
   * @param type the type (for {@link PartType#CLOUD_CONFIG} the text is parsed)
   * @param text the content
   * @return the part
   * @throws io.tankos.core.validation.ParseException for a cloud-config that does not parse
   * @throws io.tankos.core.validation.ValidationException at {@code Part.text} for a lone surrogate,
   *     which UTF-8 cannot carry (the seed would hold {@code ?} in its place)
   */
  public static Part of(PartType type, String text) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (type == PartType.CLOUD_CONFIG) {
      return cloudConfig(CloudConfig.parseBody("part", text));
    }
    Problems problems = new Problems();
    Raw.checkString(text, TEXT, problems);
    problems.throwIfAny();
    return new Part(type, null, text, null, null);
  }

  /**
   * A shell script part.
   *
   * @param script the script, starting with {@code #!}
   * @return the part
   */
  public static Part shellScript(String script) {
    return of(PartType.SHELL_SCRIPT, script);
  }

  /**
   * This part with a file name ({@code Content-Disposition}).
   *
   * @param name the file name
   * @return a copy
   */
  public Part withFilename(String name) {
    return new Part(type, cloudConfig, text, name, mergeType);
  }

  /**
   * This part with a merge setting ({@code X-Merge-Type}).
   *
   * @param merge e.g. {@link #MERGE_APPEND_LISTS}
   * @return a copy
   */
  public Part withMergeType(String merge) {
    return new Part(type, cloudConfig, text, filename, merge);
  }

  /**
   * The type.
   *
   * @return the type
   */
  public PartType type() {
    return type;
  }

  /**
   * The cloud-config of a {@link PartType#CLOUD_CONFIG} part.
   *
   * @return the document, or empty for other types
   */
  public Optional<CloudConfig> cloudConfig() {
    return Optional.ofNullable(cloudConfig);
  }

  /**
   * The file name.
   *
   * @return the name, if set
   */
  public Optional<String> filename() {
    return Optional.ofNullable(filename);
  }

  /**
   * The merge setting.
   *
   * @return the {@code X-Merge-Type} value, if set
   */
  public Optional<String> mergeType() {
    return Optional.ofNullable(mergeType);
  }

  /**
   * The content: the rendered cloud-config, or the text as given.
   *
   * @return the text
   */
  public String text() {
    return cloudConfig != null ? cloudConfig.render() : text;
  }

  /** The text of {@link #text()} handed to {@code to}, which must not keep it (nor return null). */
  <T> T text(Function<? super CharSequence, T> to) {
    return cloudConfig != null ? cloudConfig.render(to) : to.apply(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Part p && p.type == type && p.text().equals(text())
        && Objects.equals(p.filename, filename) && Objects.equals(p.mergeType, mergeType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, text(), filename, mergeType);
  }

  @Override
  public String toString() {
    return "Part[" + type.contentType() + (filename != null ? ", " + filename : "") + "]";
  }
}
