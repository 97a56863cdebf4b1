package io.tankos.bootc.containerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code COPY} or {@code ADD}: sources and a destination, flags, and heredoc sources. Paths are read
 * through the builder's lexer in both forms (also the JSON form), so they are escaped for it; a path
 * with blanks is written in the JSON form.
 *
 * <pre>{@code
 * Copy.builder().from("builder").chown(Word.literal("0:0")).source("/out/").destination("/usr/").build();
 * Copy.builder().heredoc("hello\n").destination("/etc/motd").build();
 * Copy.addBuilder().checksum("sha256:...").source("https://example.com/a.tar.gz").destination("/opt/").build();
 * }</pre>
 */
public final class Copy implements Instruction {
  private final boolean add;
  private final List<Flag> flags;
  private final List<Word> sources;
  private final Word destination;
  private final boolean json;
  private final List<Heredoc> heredocs;

  private Copy(boolean add, List<Flag> flags, List<Word> sources, Word destination, boolean json, List<Heredoc> heredocs) {
    this.add = add;
    this.flags = List.copyOf(flags);
    this.sources = List.copyOf(sources);
    this.destination = Objects.requireNonNull(destination, "destination");
    this.json = json;
    this.heredocs = List.copyOf(heredocs);
  }

  /**
   * A COPY or ADD as parsed, without a builder: the sources with the raw {@code <<NAME} words of
   * the heredocs, whose bodies are given in order.
   */
  static Copy parsed(boolean add, List<Flag> flags, List<Word> sources, Word destination, boolean json, List<Heredoc> heredocs) {
    return new Copy(add, flags, sources, destination, json, heredocs);
  }

  /**
   * A COPY builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(false);
  }

  /**
   * An ADD builder.
   *
   * @return the builder
   */
  public static Builder addBuilder() {
    return new Builder(true);
  }

  /**
   * A builder with this instruction's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(add);
    b.flags.addAll(flags);
    b.sources.addAll(sources);
    b.destination = destination;
    b.json = json;
    b.heredocs.addAll(heredocs);
    return b;
  }

  /**
   * Whether this is ADD rather than COPY.
   *
   * @return true for ADD
   */
  public boolean isAdd() {
    return add;
  }

  /**
   * The flags, in order.
   *
   * @return the flags
   */
  public List<Flag> flags() {
    return flags;
  }

  /**
   * The sources; a heredoc source is the raw word {@code <<NAME}.
   *
   * @return the sources
   */
  public List<Word> sources() {
    return sources;
  }

  /**
   * The destination.
   *
   * @return the destination
   */
  public Word destination() {
    return destination;
  }

  /**
   * Whether the JSON form is forced.
   *
   * @return true for the JSON form
   */
  public boolean json() {
    return json;
  }

  /**
   * The heredoc bodies.
   *
   * @return the heredocs
   */
  public List<Heredoc> heredocs() {
    return heredocs;
  }

  @Override
  public String keyword() {
    return add ? "ADD" : "COPY";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Copy c
        && c.add == add
        && c.flags.equals(flags)
        && c.sources.equals(sources)
        && c.destination.equals(destination)
        && c.json == json
        && c.heredocs.equals(heredocs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(add, flags, sources, destination, json, heredocs);
  }

  @Override
  public String toString() {
    return ContainerfileWriter.instructionText(this, '\\');
  }

  /** Builds a {@link Copy}. */
  public static final class Builder {
    private final boolean add;
    private final List<Flag> flags = new ArrayList<>();
    private final List<Word> sources = new ArrayList<>();
    private Word destination;
    private boolean json;
    private final List<Heredoc> heredocs = new ArrayList<>();

    private Builder(boolean add) {
      this.add = add;
    }

    /**
     * {@code --from=stage|image} (COPY). A literal name: BuildKit does not expand it.
     *
     * @param stage the stage name or image
     * @return this builder
     */
    public Builder from(String stage) {
      return flag(Flag.of("from", stage));
    }

    /**
     * {@code --chown=user[:group]}.
     *
     * @param owner the owner
     * @return this builder
     */
    public Builder chown(Word owner) {
      return flag(Flag.of("chown", owner));
    }

    /**
     * {@code --chmod=mode}, e.g. {@code 0644}.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder chmod(String mode) {
      return flag(Flag.of("chmod", mode));
    }

    /**
     * {@code --link}.
     *
     * @return this builder
     */
    public Builder link() {
      return flag(Flag.bare("link"));
    }

    /**
     * {@code --parents} (COPY).
     *
     * @return this builder
     */
    public Builder parents() {
      return flag(Flag.bare("parents"));
    }

    /**
     * {@code --exclude=pattern}; may be repeated.
     *
     * @param pattern the pattern
     * @return this builder
     */
    public Builder exclude(Word pattern) {
      return flag(Flag.of("exclude", pattern));
    }

    /**
     * {@code --checksum=sha256:...} (ADD).
     *
     * @param checksum the checksum
     * @return this builder
     */
    public Builder checksum(String checksum) {
      return flag(Flag.of("checksum", checksum));
    }

    /**
     * {@code --keep-git-dir=true|false} (ADD).
     *
     * @param keep whether to keep the .git directory
     * @return this builder
     */
    public Builder keepGitDir(boolean keep) {
      return flag(Flag.of("keep-git-dir", Boolean.toString(keep)));
    }

    /**
     * {@code --unpack=true|false} (ADD, BuildKit only).
     *
     * @param unpack whether to unpack archives
     * @return this builder
     */
    public Builder unpack(boolean unpack) {
      return flag(Flag.of("unpack", Boolean.toString(unpack)));
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
     * Adds a literal source path.
     *
     * @param path the path
     * @return this builder
     */
    public Builder source(String path) {
      return source(Word.literal(path));
    }

    /**
     * Adds a source.
     *
     * @param path the path
     * @return this builder
     */
    public Builder source(Word path) {
      sources.add(Objects.requireNonNull(path, "path"));
      return this;
    }

    /**
     * Adds a heredoc source whose body becomes the file content, not expanded by the builder.
     *
     * @param content the file content, each line ending in {@code \n}
     * @return this builder
     */
    public Builder heredoc(String content) {
      String name = Heredocs.delimiterFor(content + String.join("\n", names()));
      sources.add(Word.raw("<<'" + name + "'"));
      heredocs.add(new Heredoc(name, content, false, false, 0));
      return this;
    }

    private List<String> names() {
      List<String> n = new ArrayList<>();
      heredocs.forEach(h -> n.add(h.name()));
      return n;
    }

    /**
     * The literal destination.
     *
     * @param path the destination
     * @return this builder
     */
    public Builder destination(String path) {
      return destination(Word.literal(path));
    }

    /**
     * The destination.
     *
     * @param path the destination
     * @return this builder
     */
    public Builder destination(Word path) {
      this.destination = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * Forces the JSON form.
     *
     * @param json whether to use the JSON form
     * @return this builder
     */
    public Builder json(boolean json) {
      this.json = json;
      return this;
    }

    /**
     * Builds the instruction.
     *
     * @return the instruction
     */
    public Copy build() {
      if (destination == null) {
        throw new IllegalStateException("destination == null");
      }
      return new Copy(add, flags, sources, destination, json, heredocs);
    }
  }
}
