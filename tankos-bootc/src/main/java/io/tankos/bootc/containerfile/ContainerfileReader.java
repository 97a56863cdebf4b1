package io.tankos.bootc.containerfile;

import io.tankos.core.text.BoundedInput;
import io.tankos.core.text.TextLimits;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Parsed syntax to the typed model, within {@link ContainerfileLimits}. */
final class ContainerfileReader {
  private ContainerfileReader() {}

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
    SyntaxParser.Document doc = SyntaxParser.parse(source, text);
    int count = 0;
    for (Object item : doc.items()) {
      count += item instanceof SyntaxNode n ? 1 + n.interiorComments.size() : 1;
    }
    List<Element> elements = new ArrayList<>(count);
    int[] lines = new int[count];
    boolean seenFrom = false;
    for (Object item : doc.items()) {
      if (item instanceof SyntaxParser.Line l) {
        lines[elements.size()] = l.number();
        elements.add(l.element());
        continue;
      }
      SyntaxNode n = (SyntaxNode) item;
      for (String c : n.interiorComments) {
        lines[elements.size()] = n.startLine;
        elements.add(new Comment(c));
      }
      Instruction i;
      try {
        i = InstructionReader.read(n);
        if (i instanceof From) {
          seenFrom = true;
        } else if (!seenFrom && !(i instanceof Arg)) {
          throw new IllegalArgumentException("no build stage in current context");
        }
      } catch (ShellLexer.DepthLimit e) {
        throw SyntaxParser.tooDeep(source, n.startLine);
      } catch (IllegalArgumentException e) {
        if (strict) {
          throw new ParseException(source, n.startLine, e.getMessage());
        }
        i = new RawInstruction(n.original, n.heredocs, e.getMessage());
      }
      lines[elements.size()] = n.startLine;
      elements.add(i);
    }
    try {
      return Containerfile.parsed(doc.directives(), elements, lines, text.length());
    } catch (ShellLexer.DepthLimit e) {
      throw SyntaxParser.tooDeep(source, 0);
    } catch (ValidationException e) {
      throw new ParseException(source, 0, "cannot be rendered back: " + e.getMessage());
    }
  }
}
