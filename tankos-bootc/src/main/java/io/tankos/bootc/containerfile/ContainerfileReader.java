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
    boolean seenFrom = false;
    for (Object item : doc.items()) {
      if (item instanceof Element e) {
        elements.add(e);
        continue;
      }
      SyntaxNode n = (SyntaxNode) item;
      for (String c : n.interiorComments) {
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
      } catch (IllegalArgumentException e) {
        if (strict) {
          throw new ParseException(source, n.startLine, e.getMessage());
        }
        i = new RawInstruction(n.original, n.heredocs, e.getMessage());
      }
      elements.add(i);
    }
    try {
      return Containerfile.of(doc.directives(), elements);
    } catch (ValidationException e) {
      throw new ParseException(source, 0, "cannot be rendered back: " + e.getMessage());
    }
  }
}
