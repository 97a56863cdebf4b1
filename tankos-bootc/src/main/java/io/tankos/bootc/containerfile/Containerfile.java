package io.tankos.bootc.containerfile;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.TargetPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A Containerfile (Dockerfile): parser directives and a sequence of instructions, comments and blank
 * lines. {@link #toString()} is the rendered text; every value is written so that BuildKit and
 * Buildah/Podman read back exactly what the caller gave, or {@link #builder()}{@code .build()} fails
 * with the locations of the values that cannot be represented (e.g. {@code stage[0].RUN[3].mount[1].target}).
 *
 * <pre>{@code
 * Containerfile cf = Containerfile.builder()
 *     .from("quay.io/fedora/fedora-bootc:42")
 *     .run("dnf -y install tmux && dnf clean all")
 *     .copy("files/etc/", "/etc/")
 *     .run(Run.exec("bootc", "container", "lint"))
 *     .build();
 * String text = cf.toString();
 * ContainerfileRender forPodman = cf.render(BuilderTarget.podman(4, 3), TargetPolicy.REWRITE);
 * Containerfile parsed = Containerfile.parse("Containerfile", text);
 * }</pre>
 *
 * <p>Buildah 1.28 (podman 4.3.1, Debian bookworm) has no heredocs and no {@code RUN --network}:
 * render for {@link BuilderTarget#podman(int, int)} to gate or rewrite them.
 */
public final class Containerfile {
  private final List<Directive> directives;
  private final List<Element> elements;
  private final String text;
  /** The source line of each element, 0 where it was not parsed. */
  private final int[] lines;

  /**
   * The elements are an unmodifiable list made for the document, the lines an array made for it;
   * the size hint is the expected length of the text (that of the parsed text), or 0.
   */
  private Containerfile(List<Directive> directives, List<Element> elements, int[] lines, int sizeHint) {
    this.directives = escapeFirst(directives);
    this.elements = elements;
    this.lines = lines;
    Problems problems = new Problems();
    checkDirectives(this.directives, problems);
    this.text = ContainerfileWriter.render(this.directives, this.elements, problems, sizeHint);
    problems.throwIfAny();
  }

  /**
   * The escape directive moved before the others, the rest in their order: podman 4.3.1's parser
   * reads an escape directive only on the first line (after {@code # syntax=} it is a comment
   * there), BuildKit's on any line of the directives.
   */
  private static List<Directive> escapeFirst(List<Directive> directives) {
    List<Directive> out = new ArrayList<>(directives.size());
    for (Directive d : directives) {
      if (d.name().equals("escape")) {
        out.add(d);
      }
    }
    for (Directive d : directives) {
      if (!d.name().equals("escape")) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  private static void checkDirectives(List<Directive> directives, Problems problems) {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < directives.size(); i++) {
      if (seen.contains(directives.get(i).name())) {
        problems.add(io.tankos.core.validation.Location.of("directive").index(i), "only one " + directives.get(i).name() + " parser directive can be used");
      }
      seen.add(directives.get(i).name());
    }
  }

  /**
   * An empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this document's content.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.directives.addAll(directives);
    b.elements.addAll(elements);
    return b;
  }

  /**
   * Parses a Containerfile with BuildKit's parser rules and checks every instruction as BuildKit's
   * instruction parser does (known keywords and flags, argument counts, FROM first). A NUL
   * character is refused at its line; the limits of {@link ContainerfileLimits} apply (file size,
   * line length and count, variable-expansion nesting, heredocs per instruction).
   *
   * @param source the file name for messages
   * @param text the content
   * @return the model
   * @throws ParseException {@code SOURCE:LINE: reason}
   * @throws io.tankos.core.validation.LimitExceededException when the text is over a limit of
   *     {@link ContainerfileLimits}
   */
  public static Containerfile parse(String source, String text) {
    return ContainerfileReader.read(source, text, true);
  }

  /**
   * Parses like {@link #parse(String, String)} but keeps instructions that BuildKit's parser accepts
   * and its instruction checks reject (unknown flags, Buildah-only syntax, instructions before FROM)
   * as {@link RawInstruction}s. Syntax errors still fail.
   *
   * @param source the file name for messages
   * @param text the content
   * @return the model
   * @throws ParseException {@code SOURCE:LINE: reason}
   */
  public static Containerfile parseLenient(String source, String text) {
    return ContainerfileReader.read(source, text, false);
  }

  /**
   * Parses the bytes of a Containerfile like {@link #parse(String, String)}. The bytes must be
   * UTF-8: malformed UTF-8 is an error naming its line and byte offset (Buildah would write such
   * bytes into labels and variables as U+FFFD), never replaced.
   *
   * @param source the file name for messages
   * @param bytes the content
   * @return the model
   * @throws ParseException {@code SOURCE:LINE: reason}
   * @throws io.tankos.core.validation.LimitExceededException when the content is over a limit of
   *     {@link ContainerfileLimits}
   */
  public static Containerfile parse(String source, byte[] bytes) {
    return parse(source, ContainerfileReader.decode(source, bytes));
  }

  /**
   * Parses the bytes of a Containerfile like {@link #parseLenient(String, String)}; bytes are read
   * as in {@link #parse(String, byte[])}.
   *
   * @param source the file name for messages
   * @param bytes the content
   * @return the model
   * @throws ParseException {@code SOURCE:LINE: reason}
   */
  public static Containerfile parseLenient(String source, byte[] bytes) {
    return parseLenient(source, ContainerfileReader.decode(source, bytes));
  }

  static Containerfile of(List<Directive> directives, List<Element> elements) {
    List<Element> copy = List.copyOf(elements);
    return new Containerfile(directives, copy, new int[copy.size()], 0);
  }

  /**
   * A parsed document: the reader hands over its list of elements and the line of each, and
   * changes neither after; the text it was parsed from is about as long as the one written.
   */
  static Containerfile parsed(List<Directive> directives, List<Element> elements, int[] lines, int textLength) {
    return new Containerfile(directives, Collections.unmodifiableList(elements), lines, textLength);
  }

  /**
   * The source line where an element starts, for parsed documents.
   *
   * @param elementIndex index into {@link #elements()}
   * @return the one-based line, or 0 when the element was not parsed from text
   */
  public int lineOf(int elementIndex) {
    return lines[elementIndex];
  }

  /**
   * The parser directives as written: the escape directive first, the others in the order given
   * (podman 4.3.1 reads an escape directive only on the first line).
   *
   * @return the directives
   */
  public List<Directive> directives() {
    return directives;
  }

  /**
   * The instructions, comments and blank lines, in order.
   *
   * @return the elements
   */
  public List<Element> elements() {
    return elements;
  }

  /**
   * The instructions only, in order.
   *
   * @return the instructions
   */
  public List<Instruction> instructions() {
    List<Instruction> out = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof Instruction i) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The escape character ({@code \} unless an {@code escape} directive says otherwise).
   *
   * @return the escape character
   */
  public char escape() {
    for (Directive d : directives) {
      if (d.name().equals("escape")) {
        return d.value().charAt(0);
      }
    }
    return '\\';
  }

  /**
   * Renders for a builder, gating or rewriting what it lacks.
   *
   * @param target the builder that will read the file
   * @param policy whether to fail or rewrite unsupported constructs
   * @return the text and any context files the rewrite needs
   * @throws io.tankos.core.validation.ValidationException listing what the target cannot do
   */
  public ContainerfileRender render(BuilderTarget target, TargetPolicy policy) {
    return TargetAdapter.adapt(this, target, policy);
  }

  /**
   * The rendered text (for BuildKit, and for Buildah unless the document has {@code # escape=`}:
   * Buildah reads words with {@code \} whatever the directive says; see {@link
   * #render(BuilderTarget, TargetPolicy)}).
   *
   * @return the Containerfile text
   */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Containerfile c && c.directives.equals(directives) && c.elements.equals(elements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(directives, elements);
  }

  /** Builds a {@link Containerfile}; mutable, not thread-safe. */
  public static final class Builder {
    private final List<Directive> directives = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();

    private Builder() {}

    /**
     * {@code # syntax=...}.
     *
     * @param frontend e.g. {@code docker/dockerfile:1}
     * @return this builder
     */
    public Builder syntax(String frontend) {
      directives.add(new Directive("syntax", frontend));
      return this;
    }

    /**
     * {@code # escape=`} or {@code # escape=\}.
     *
     * @param escape the escape character
     * @return this builder
     */
    public Builder escape(char escape) {
      directives.add(new Directive("escape", String.valueOf(escape)));
      return this;
    }

    /**
     * {@code # check=...}, e.g. {@code skip=JSONArgsRecommended;error=true}.
     *
     * @param value the check configuration
     * @return this builder
     */
    public Builder check(String value) {
      directives.add(new Directive("check", value));
      return this;
    }

    /**
     * A comment line {@code # text}.
     *
     * @param text the comment
     * @return this builder
     */
    public Builder comment(String text) {
      elements.add(Comment.of(text));
      return this;
    }

    /**
     * An empty line.
     *
     * @return this builder
     */
    public Builder blankLine() {
      elements.add(new BlankLine());
      return this;
    }

    /**
     * {@code FROM image}. An image reference has no literal {@code $}: {@code $NAME} and {@code
     * ${NAME}} are build arguments the builder expands, declared by an {@link #arg(String) ARG}
     * before the first FROM ({@code .arg("BASE").from("${BASE}")}).
     *
     * @param image the image reference
     * @return this builder
     */
    public Builder from(String image) {
      return instruction(From.of(image));
    }

    /**
     * {@code FROM image AS name}; {@code $} references in the image as in {@link #from(String)}.
     *
     * @param image the image reference
     * @param stageName the stage name
     * @return this builder
     */
    public Builder from(String image, String stageName) {
      return instruction(From.builder(Word.expanding(image)).as(stageName).build());
    }

    /**
     * A shell-form {@code RUN}.
     *
     * @param script the command line
     * @return this builder
     */
    public Builder run(String script) {
      return instruction(Run.shell(script));
    }

    /**
     * A {@code RUN}.
     *
     * @param run the instruction
     * @return this builder
     */
    public Builder run(Run run) {
      return instruction(run);
    }

    /**
     * {@code COPY source destination} with literal paths.
     *
     * @param source the source path in the context
     * @param destination the destination in the image
     * @return this builder
     */
    public Builder copy(String source, String destination) {
      return instruction(Copy.builder().source(source).destination(destination).build());
    }

    /**
     * A {@code COPY} or {@code ADD}.
     *
     * @param copy the instruction
     * @return this builder
     */
    public Builder copy(Copy copy) {
      return instruction(copy);
    }

    /**
     * {@code ARG name}.
     *
     * @param name the name
     * @return this builder
     */
    public Builder arg(String name) {
      return instruction(Arg.of(name));
    }

    /**
     * {@code ENV name=value} with a literal value.
     *
     * @param name the name
     * @param value the literal value
     * @return this builder
     */
    public Builder env(String name, String value) {
      return instruction(Env.of(name, value));
    }

    /**
     * {@code LABEL name=value} with a literal value.
     *
     * @param name the name
     * @param value the literal value
     * @return this builder
     */
    public Builder label(String name, String value) {
      return instruction(Label.of(name, value));
    }

    /**
     * {@code USER user}.
     *
     * @param user the user
     * @return this builder
     */
    public Builder user(String user) {
      return instruction(new User(Word.literal(user)));
    }

    /**
     * {@code WORKDIR path}.
     *
     * @param path the directory
     * @return this builder
     */
    public Builder workdir(String path) {
      return instruction(new Workdir(Word.literal(path)));
    }

    /**
     * {@code ENTRYPOINT [argv]}.
     *
     * @param argv program and arguments
     * @return this builder
     */
    public Builder entrypoint(String... argv) {
      return instruction(new Entrypoint(CommandForm.exec(argv)));
    }

    /**
     * {@code CMD [argv]}.
     *
     * @param argv program and arguments
     * @return this builder
     */
    public Builder cmd(String... argv) {
      return instruction(new Cmd(CommandForm.exec(argv)));
    }

    /**
     * {@code STOPSIGNAL signal}.
     *
     * @param signal e.g. {@code SIGRTMIN+3}
     * @return this builder
     */
    public Builder stopSignal(String signal) {
      return instruction(new StopSignal(Word.literal(signal)));
    }

    /**
     * Any instruction.
     *
     * @param instruction the instruction
     * @return this builder
     */
    public Builder instruction(Instruction instruction) {
      elements.add(Objects.requireNonNull(instruction, "instruction"));
      return this;
    }

    /**
     * Any element.
     *
     * @param element the element
     * @return this builder
     */
    public Builder element(Element element) {
      elements.add(Objects.requireNonNull(element, "element"));
      return this;
    }

    /**
     * Builds and validates the document: instructions before the first FROM must be ARGs, a
     * variable in a FROM must be declared by such a global ARG, and every value must be
     * representable.
     *
     * @return the document
     * @throws io.tankos.core.validation.ValidationException listing every problem with its location
     */
    public Containerfile build() {
      Problems problems = new Problems();
      boolean seenFrom = false;
      int index = 0;
      for (Element e : elements) {
        if (e instanceof Instruction i) {
          if (i instanceof From) {
            seenFrom = true;
          } else if (!seenFrom && !(i instanceof Arg)) {
            problems.add(io.tankos.core.validation.Location.of("global").child(i.keyword()).index(index), "no build stage in current context (only ARG may come before the first FROM)");
          }
          index++;
        }
      }
      if (!seenFrom) {
        problems.add(io.tankos.core.validation.Location.ROOT, "a Containerfile needs a FROM");
      }
      FromArguments.check(elements, problems);
      problems.throwIfAny();
      return of(directives, elements);
    }
  }
}
