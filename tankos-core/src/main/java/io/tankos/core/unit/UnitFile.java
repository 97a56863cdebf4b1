package io.tankos.core.unit;

import io.tankos.core.text.BoundedInput;
import io.tankos.core.text.TextLimits;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A systemd-style unit file (Quadlet units, drop-ins, services): sections in order, each with its
 * comments and {@code Key=Value} entries. Immutable; {@link #toString()} is the rendered text.
 *
 * <p>Parsing follows Podman's Quadlet parser: lines are trimmed, {@code #}/{@code ;} start comments, a
 * trailing backslash joins the next line with no separator, repeated sections are merged. Bytes
 * must be strict UTF-8, a NUL character is refused at its line, and the limits of {@link
 * UnitFileLimits} apply (4 MiB, 1 MiB lines as systemd's {@code LONG_LINE_MAX}, 100,000 lines).
 * Rendering is deterministic ({@code \n}, one blank line between sections, final newline). Building
 * refuses any section name, key, value or comment that the parser would read back differently, with
 * its location ({@code Container.Image[0]}), so that {@link #render()} and {@link #toString()} never
 * fail.
 *
 * <pre>{@code
 * UnitFile unit = UnitFile.builder()
 *     .section(Section.builder("Container").add("Image", "quay.io/openclaw/openclaw:latest").build())
 *     .build();
 * String text = unit.render();            // "[Container]\nImage=quay.io/openclaw/openclaw:latest\n"
 * UnitFile back = UnitFile.parse("openclaw.container", text);
 * }</pre>
 */
public final class UnitFile {
  private final List<Section> sections;
  private final List<UnitComment> comments;

  private UnitFile(List<Section> sections, List<UnitComment> comments) {
    this.sections = ListCopies.copyOf(sections);
    this.comments = comments.isEmpty() ? List.of() : List.copyOf(comments);
  }

  /**
   * A file of sections with distinct names and, only when there is no section, file comments (as the
   * parser reads them), checked as {@link Builder#build()} checks.
   */
  static UnitFile of(List<Section> sections, List<UnitComment> comments) {
    UnitFileChecks.check(sections, comments, true);
    return new UnitFile(sections, comments);
  }

  /**
   * {@link #of} for the parser's sections, whose names and keys it has checked as it read them:
   * only values and comments are checked again.
   */
  static UnitFile parsed(List<Section> sections, List<UnitComment> comments) {
    UnitFileChecks.check(sections, comments, false);
    return new UnitFile(sections, comments);
  }

  /**
   * A builder for an empty unit file.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this file's content.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (Section s : sections) { // a loop: merging drop-ins is on a check's path, kept free of lambdas
      b.section(s);
    }
    b.comments.addAll(comments);
    return b;
  }

  /**
   * Parses unit-file text. A NUL character anywhere (key, value, section name or comment) is an
   * error at its line: Quadlet cuts a value at a NUL or passes it on to a unit systemd rejects.
   * The limits of {@link UnitFileLimits} apply.
   *
   * @param source the name used in error messages, e.g. the file name
   * @param text the file content
   * @return the parsed file
   * @throws ParseException naming the source and line when the text is not a unit file, or naming
   *     the source and the entry when the parser reads a value that cannot be written back unchanged
   *     (e.g. trailing white space joined from a continuation line)
   * @throws io.tankos.core.validation.LimitExceededException when the text is over a limit of
   *     {@link UnitFileLimits}
   */
  public static UnitFile parse(String source, String text) {
    TextLimits.checkSize(source, text, UnitFileLimits.MAX_FILE_BYTES,
        "UnitFileLimits.MAX_FILE_BYTES");
    try {
      return UnitFileParser.parse(source, text, true);
    } catch (ValidationException e) {
      throw new ParseException(source, 0, e.getMessage());
    }
  }

  /**
   * Parses unit-file text for its sections and entries only, as systemd and Quadlet read it: the
   * same sections, entries and errors as {@link #parse(String, String)}, without the comments and
   * blank lines (so {@link #render()} writes none). For checks that read values and never write the
   * file back; a check of many files keeps no copy of their comments.
   *
   * @param source the name used in error messages
   * @param text the file content
   * @return the parsed file, without comments
   * @throws ParseException on invalid syntax
   * @throws io.tankos.core.validation.LimitExceededException when the text is over a limit of
   *     {@link UnitFileLimits}
   */
  public static UnitFile parseWithoutComments(String source, String text) {
    TextLimits.checkSize(source, text, UnitFileLimits.MAX_FILE_BYTES,
        "UnitFileLimits.MAX_FILE_BYTES");
    try {
      return UnitFileParser.parse(source, text, false);
    } catch (ValidationException e) {
      throw new ParseException(source, 0, e.getMessage());
    }
  }

  /**
   * Parses unit-file text; errors name the source {@code <input>}.
   *
   * @param text the file content
   * @return the parsed file
   */
  public static UnitFile parse(String text) {
    return parse("<input>", text);
  }

  /**
   * Parses unit-file bytes, which must be UTF-8: malformed UTF-8 is an error naming its line and
   * byte offset, never replaced. The size is checked before anything is decoded.
   *
   * @param source the name used in error messages
   * @param bytes the file content
   * @return the parsed file
   * @throws ParseException when the bytes are not UTF-8 or not a unit file
   * @throws io.tankos.core.validation.LimitExceededException when the content is over a limit of
   *     {@link UnitFileLimits}
   */
  public static UnitFile parse(String source, byte[] bytes) {
    return parse(source, decode(source, bytes));
  }

  /**
   * The text of unit-file bytes, as every byte-taking unit-file parser reads it: at most {@link
   * UnitFileLimits#MAX_FILE_BYTES}, strictly UTF-8 (nothing replaced).
   *
   * @param source the name used in error messages
   * @param bytes the file content
   * @return the text
   * @throws ParseException when the bytes are not UTF-8, naming line and byte offset
   * @throws io.tankos.core.validation.LimitExceededException when there are too many bytes
   */
  public static String decode(String source, byte[] bytes) {
    if (bytes.length > UnitFileLimits.MAX_FILE_BYTES) {
      throw BoundedInput.tooLarge(source, UnitFileLimits.MAX_FILE_BYTES,
          "UnitFileLimits.MAX_FILE_BYTES");
    }
    return Utf8.decode(source, bytes);
  }

  /**
   * The sections, in order; names are unique.
   *
   * @return unmodifiable list
   */
  public List<Section> sections() {
    return sections;
  }

  /**
   * Comments of a file that has no section at all.
   *
   * @return unmodifiable list, empty when the file has sections
   */
  public List<UnitComment> comments() {
    return comments;
  }

  /**
   * A section by name.
   *
   * @param name the section name
   * @return the section, if present
   */
  public Optional<Section> section(String name) {
    for (int i = 0; i < sections.size(); i++) { // a loop: this lookup runs for every key a check reads
      Section s = sections.get(i);
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Every value of a key in a section.
   *
   * @param section section name
   * @param key key
   * @return the values in order, empty when absent
   */
  public List<String> values(String section, String key) {
    for (int i = 0; i < sections.size(); i++) { // indexed: no iterator for each lookup
      Section s = sections.get(i);
      if (s.name().equals(section)) {
        return s.values(key);
      }
    }
    return List.of();
  }

  /**
   * The last value of a key in a section.
   *
   * @param section section name
   * @param key key
   * @return the last value, if present
   */
  public Optional<String> lastValue(String section, String key) {
    return section(section).flatMap(s -> s.lastValue(key));
  }

  /**
   * The rendered text; never fails (the content was checked when the file was built).
   *
   * @return the text, {@code \n} line endings, ending with a newline unless empty
   */
  public String render() {
    return UnitFileWriter.render(sections, comments);
  }

  /**
   * The exact length of {@link #render()}'s text, without writing it: what a caller sizes a
   * builder for when it writes several files into one ({@link #renderTo(StringBuilder)}).
   *
   * @return the number of chars
   */
  public int renderedLength() {
    return UnitFileWriter.length(sections, comments);
  }

  /**
   * Appends the text of {@link #render()} to a builder (grown once to fit), for a caller that
   * encodes or joins the text without making it a string first.
   *
   * @param out the builder
   * @return the builder
   */
  public StringBuilder renderTo(StringBuilder out) {
    UnitFileWriter.renderTo(sections, comments, out);
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitFile u && u.sections.equals(sections) && u.comments.equals(comments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sections, comments);
  }

  /** The rendered text, see {@link #render()}. */
  @Override
  public String toString() {
    return render();
  }

  /** Mutable builder; not thread-safe. Adding a section whose name exists merges it into that one. */
  public static final class Builder {
    private final List<Section> sections = new ArrayList<>();
    private final List<UnitComment> comments = new ArrayList<>();
    /** Section positions by name, made once there are {@link #INDEXED} sections; a scan before. */
    private Map<String, Integer> index;

    private Builder() {}

    /**
     * Adds a section; one with the same name as an existing section is appended to it, as Quadlet
     * merges repeated groups.
     *
     * @param section the section
     * @return this builder
     */
    public Builder section(Section section) {
      Objects.requireNonNull(section, "section");
      int i = indexOf(section.name());
      if (i >= 0) {
        Section.Builder merged = sections.get(i).toBuilder();
        for (UnitComment c : section.comments()) { // a loop: no lambda on a check's path
          merged.headerComment(c);
        }
        merged.lines(section.lines());
        sections.set(i, merged.build());
        return this;
      }
      added(section);
      return this;
    }

    private static final int INDEXED = 8;

    /** The position of a section, or -1. */
    private int indexOf(String name) {
      if (index != null) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < sections.size(); i++) { // a few sections: a scan, no map
        if (sections.get(i).name().equals(name)) {
          return i;
        }
      }
      return -1;
    }

    private void added(Section section) {
      sections.add(section);
      if (index != null) {
        index.put(section.name(), sections.size() - 1);
      } else if (sections.size() >= INDEXED) {
        reindex();
      }
    }

    private void reindex() {
      index = new HashMap<>();
      for (int i = 0; i < sections.size(); i++) {
        index.put(sections.get(i).name(), i);
      }
    }

    /**
     * Replaces the section of the same name, or appends it.
     *
     * @param section the section
     * @return this builder
     */
    public Builder replace(Section section) {
      int i = indexOf(section.name());
      if (i >= 0) {
        sections.set(i, section);
        return this;
      }
      added(section);
      return this;
    }

    /**
     * Removes a section.
     *
     * @param name the section name
     * @return this builder
     */
    public Builder removeSection(String name) {
      if (sections.removeIf(s -> s.name().equals(name)) && index != null) {
        reindex();
      }
      return this;
    }

    /**
     * Adds a comment to a file; only kept on render when the file has no section, otherwise it is
     * appended to the last section.
     *
     * @param comment the comment
     * @return this builder
     */
    public Builder comment(UnitComment comment) {
      comments.add(Objects.requireNonNull(comment, "comment"));
      return this;
    }

    /**
     * Builds the file. When it has sections, file-level comments move to the end of the last section
     * (where the parser would put them).
     *
     * @return the immutable file
     * @throws ValidationException listing every section name, key, value or comment that cannot be
     *     written so that it reads back unchanged, located like {@code Container.Image[0]}
     */
    public UnitFile build() {
      if (!sections.isEmpty() && !comments.isEmpty()) {
        int last = sections.size() - 1;
        sections.set(last, sections.get(last).toBuilder().lines(comments).build());
        comments.clear();
      }
      return of(sections, comments);
    }
  }
}
