package io.tankos.bootc.containerfile;

import io.tankos.core.text.BoundedInput;
import io.tankos.core.text.TextLimits;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsed syntax to the typed model, within {@link ContainerfileLimits}: each instruction is read as
 * the syntax pass hands it over. An error reading one is thrown once the syntax pass has read the
 * whole text, whose own errors come first, and nothing after it is read.
 */
final class ContainerfileReader implements SyntaxParser.Sink {
  private final String source;
  private final boolean strict;
  private final List<Element> elements;
  /** The source line of each element; as long as the text has lines, which bounds the elements. */
  private final int[] lines;
  private boolean seenFrom;
  /** What reading an instruction threw, or null. */
  private RuntimeException failure;

  private ContainerfileReader(String source, boolean strict, int capacity) {
    this.source = source;
    this.strict = strict;
    this.elements = new ArrayList<>(capacity);
    this.lines = new int[capacity];
  }

  /**
   * The text of Containerfile bytes: at most {@link ContainerfileLimits#MAX_FILE_BYTES}, strictly
   * UTF-8.
   */
  static String decode(String source, byte[] bytes) {
    if (bytes.length > ContainerfileLimits.MAX_FILE_BYTES) {
      throw BoundedInput.tooLarge(source, ContainerfileLimits.MAX_FILE_BYTES,
          "ContainerfileLimits.MAX_FILE_BYTES");
    }
    return Utf8.decode(source, bytes);
  }

  static Containerfile read(String source, String text, boolean strict) {
    TextLimits.checkSize(source, text, ContainerfileLimits.MAX_FILE_BYTES,
        "ContainerfileLimits.MAX_FILE_BYTES");
    ContainerfileReader reader = new ContainerfileReader(source, strict, lineCount(text));
    List<Directive> directives = SyntaxParser.read(source, text, reader);
    if (reader.failure != null) {
      throw reader.failure;
    }
    try {
      // one line number an element: lineOf past the last element throws, and a long heredoc's
      // lines are not kept
      return Containerfile.parsed(directives, reader.elements,
          java.util.Arrays.copyOf(reader.lines, reader.elements.size()), text.length());
    } catch (ShellLexer.DepthLimit e) {
      throw SyntaxParser.tooDeep(source, 0);
    } catch (ValidationException e) {
      throw new ParseException(source, 0, "cannot be rendered back: " + e.getMessage());
    }
  }

  /**
   * The lines of the text, at most one more than {@link ContainerfileLimits#MAX_LINES} (the syntax
   * pass refuses more): every element starts a line of its own.
   */
  private static int lineCount(String text) {
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0 && count <= ContainerfileLimits.MAX_LINES; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    return count;
  }

  @Override
  public void line(Element element, int number) {
    if (failure == null) {
      add(element, number);
    }
  }

  @Override
  public void node(SyntaxNode n) {
    if (failure != null) {
      return;
    }
    try {
      for (int k = 0; k < n.interiorComments.size(); k++) {
        add(new Comment(n.interiorComments.get(k)), n.startLine);
      }
      add(instruction(n), n.startLine);
    } catch (RuntimeException e) {
      failure = e;
    }
  }

  private Instruction instruction(SyntaxNode n) {
    try {
      Instruction i = InstructionReader.read(n);
      if (i instanceof From) {
        seenFrom = true;
      } else if (!seenFrom && !(i instanceof Arg)) {
        throw new IllegalArgumentException("no build stage in current context");
      }
      return i;
    } catch (ShellLexer.DepthLimit e) {
      throw SyntaxParser.tooDeep(source, n.startLine);
    } catch (IllegalArgumentException e) {
      if (strict) {
        throw new ParseException(source, n.startLine, e.getMessage());
      }
      return new RawInstruction(n.original(), n.heredocs, e.getMessage());
    }
  }

  private void add(Element element, int line) {
    lines[elements.size()] = line;
    elements.add(element);
  }
}
