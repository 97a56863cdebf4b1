package io.tankos.bootc.containerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.tankos.core.validation.ParseException;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** BuildKit's parser test cases: parse → render → parse must give BuildKit's {@code result} dump. */
class BuildkitCorpusTest {

  /** {@code buildkit/} cases, as the corpus's {@code SOURCE.md} counts them. */
  private static final int POSITIVE_CASES = 33;

  /** {@code buildkit-negative/} cases, as the corpus's {@code SOURCE.md} counts them. */
  private static final int NEGATIVE_CASES = 4;

  /** BuildKit's dump of the instructions, read by the streaming pass the model's parse uses. */
  static String dump(String text) {
    StringBuilder b = new StringBuilder();
    SyntaxParser.read("rendered", text, new SyntaxParser.Sink() {
      @Override
      public void line(Element element, int number) {
        // comments and blank lines are not in BuildKit's dump
      }

      @Override
      public void node(SyntaxNode node) { // reused for the next instruction: dumped now
        b.append('(').append(node.dump()).append(")\n");
      }
    });
    return b.toString();
  }

  private static List<Path> cases(String dir) throws IOException {
    try (Stream<Path> s = Files.list(Conformance.require("containerfile/" + dir))) {
      return s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void positiveAndNegativeCases() throws IOException {
    List<String> failures = new ArrayList<>();
    List<Path> positive = cases("buildkit");
    int passed = 0;
    int strict = 0;
    for (Path c : positive) {
      String text = Files.readString(c.resolve("Dockerfile"), StandardCharsets.UTF_8);
      String expected = Files.readString(c.resolve("result"), StandardCharsets.UTF_8);
      try {
        assertEquals(expected, dump(text), "direct dump " + c.getFileName());
        Containerfile model = Containerfile.parseLenient(c.getFileName().toString(), text);
        String rendered = model.toString();
        assertEquals(expected, dump(rendered), "dump after render " + c.getFileName());
        assertEquals(model, Containerfile.parseLenient("again", rendered), "model after render " + c.getFileName());
        passed++;
        try {
          Containerfile.parse(c.getFileName().toString(), text);
          strict++;
        } catch (ParseException e) {
          // the 8 parser-level cases that BuildKit's instructions.Parse rejects too
        }
      } catch (AssertionError | RuntimeException e) {
        failures.add(c.getFileName() + ": " + e.getMessage());
      }
    }
    List<Path> negative = cases("buildkit-negative");
    int rejected = 0;
    for (Path c : negative) {
      String text = Files.readString(c.resolve("Dockerfile"), StandardCharsets.UTF_8);
      try {
        Containerfile.parseLenient(c.getFileName().toString(), text);
        failures.add(c.getFileName() + ": accepted");
      } catch (ParseException e) {
        rejected++;
      }
    }
    System.out.printf(
        "buildkit parser corpus: %d/%d positive, %d/%d negative (strict instruction checks accept %d/%d)%n",
        passed, positive.size(), rejected, negative.size(), strict, positive.size());
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
    // the counts of the corpus's SOURCE.md: an empty or shrunken corpus must not pass
    assertEquals(POSITIVE_CASES, positive.size(), "positive cases");
    assertEquals(NEGATIVE_CASES, negative.size(), "negative cases");
    assertEquals(POSITIVE_CASES, passed, "positive cases passed");
    assertEquals(NEGATIVE_CASES, rejected, "negative cases refused");
    assertEquals(25, strict);
  }
}
