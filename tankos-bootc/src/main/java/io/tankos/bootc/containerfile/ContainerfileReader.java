package io.tankos.bootc.containerfile;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Parsed syntax to the typed model. */
final class ContainerfileReader {
  private ContainerfileReader() {}

  static Containerfile read(String source, String text, boolean strict) {
    SyntaxParser.Document doc = SyntaxParser.parse(source, text);
    List<Element> elements = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    boolean seenFrom = false;
    for (Object item : doc.items()) {
      if (item instanceof SyntaxParser.Line l) {
        elements.add(l.element());
        lines.add(l.number());
        continue;
      }
      SyntaxNode n = (SyntaxNode) item;
      for (String c : n.interiorComments) {
        elements.add(new Comment(c));
        lines.add(n.startLine);
      }
      Instruction i;
      try {
        i = InstructionReader.read(n);
        if (i instanceof From) {
          seenFrom = true;
        } else if (!seenFrom && !(i instanceof Arg)) {
          throw new IllegalArgumentException("no build stage in current context");
        }
      } catch (IllegalArgumentException e) {
        if (strict) {
          throw new ParseException(source, n.startLine, e.getMessage());
        }
        i = new RawInstruction(n.original, n.heredocs, e.getMessage());
      }
      elements.add(i);
      lines.add(n.startLine);
    }
    try {
      return Containerfile.of(doc.directives(), elements, lines);
    } catch (ValidationException e) {
      throw new ParseException(source, 0, "cannot be rendered back: " + e.getMessage());
    }
  }
}
