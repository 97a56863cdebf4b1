package io.tankos.core.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The builder's checks read paths in place and find files used as directories in one pass: both are
 * compared here with their definitions on generated trees, and a builder reused after {@code build}
 * leaves the built tree as it was.
 */
class FileTreeBuildRulesTest {
  /** Characters that sort before and after '/', so runs of a prefix interleave as they can. */
  private static final String ALPHABET = "a/-.b/ /0";

  @Test
  void pathProblemsAreThoseOfTheSegmentRule() {
    Random random = new Random(7);
    for (int n = 0; n < 100_000; n++) {
      String path = word(random, 1 + random.nextInt(8));
      if (random.nextInt(20) == 0) {
        path = "/" + path;
      }
      String expected = path.startsWith("/") ? "path must be relative" : segmentProblem(path);
      assertThat(FilePaths.problem(path)).as("path '%s'", path).isEqualTo(expected);
    }
    assertThat(FilePaths.problem("")).isEqualTo("path is empty");
    assertThat(FilePaths.problem("a\0b")).isEqualTo("path contains NUL");
    assertThat(FilePaths.problem("...")).isNull();
    assertThat(FilePaths.problem(".a/..b")).isNull();
  }

  private static String segmentProblem(String path) {
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return "path has an empty, '.' or '..' segment";
      }
    }
    return null;
  }

  @Test
  void filesUsedAsDirectoriesAreFoundAsTheAncestorRuleFindsThem() {
    Random random = new Random(11);
    int conflicts = 0;
    for (int tree = 0; tree < 20_000; tree++) {
      Map<String, Boolean> entries = new LinkedHashMap<>(); // path -> is a directory
      int count = 1 + random.nextInt(8);
      while (entries.size() < count) {
        String path = goodPath(random);
        entries.put(path, random.nextBoolean());
      }
      FileTree.Builder b = FileTree.builder();
      entries.forEach((path, dir) -> {
        if (dir) {
          b.directory(path, 0755);
        } else {
          b.file(path, path);
        }
      });
      List<String> expected = ancestorRule(entries);
      ValidationException e = catchThrowableOfType(b::build, ValidationException.class);
      List<String> found = new ArrayList<>();
      if (e != null) {
        for (Problem p : e.problems()) {
          found.add(p.location().path() + ": " + p.message());
        }
        conflicts++;
      }
      assertThat(found).as("seed 11, tree %d: %s", tree, entries).isEqualTo(expected);
    }
    assertThat(conflicts).as("trees with a conflict among 20,000").isBetween(1_000, 19_000);
  }

  /** Every entry with a file or link among its ancestors, in path order, nearest ancestor first. */
  private static List<String> ancestorRule(Map<String, Boolean> entries) {
    List<String> problems = new ArrayList<>();
    for (String path : new TreeMap<>(entries).keySet()) {
      for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        Boolean dir = entries.get(path.substring(0, slash));
        if (dir != null && !dir) {
          problems.add(path + ": parent " + path.substring(0, slash) + " is not a directory");
        }
      }
    }
    return problems;
  }

  private static String goodPath(Random random) {
    StringBuilder b = new StringBuilder();
    int segments = 1 + random.nextInt(3);
    for (int i = 0; i < segments; i++) {
      if (i > 0) {
        b.append('/');
      }
      b.append("ab-.".charAt(random.nextInt(2))); // segments never '.' or '..'
      int more = random.nextInt(3);
      for (int k = 0; k < more; k++) {
        b.append("ab-. 0".charAt(random.nextInt(6)));
      }
    }
    return b.toString();
  }

  private static String word(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  @Test
  void aBuilderChangedAfterBuildLeavesTheBuiltTreeAlone() {
    FileTree.Builder b = FileTree.builder().file("etc/a", "1\n");
    FileTree first = b.build();
    FileTree second = b.file("etc/b", "2\n").build();
    FileTree third = b.file("etc/c", "3\n").build();
    assertThat(first.paths()).containsExactly("etc/a");
    assertThat(second.paths()).containsExactly("etc/a", "etc/b");
    assertThat(third.paths()).containsExactly("etc/a", "etc/b", "etc/c");
  }

  @Test
  void contentGivenAsBytesIsCopiedAndTextIsEncodedOnce() {
    byte[] bytes = "x\n".getBytes(StandardCharsets.UTF_8);
    FileTree t = FileTree.builder().file("a", bytes).file("b", "y\u00e9\n").build();
    bytes[0] = 'z';
    assertThat(t.text("a")).contains("x\n");
    assertThat(t.text("b")).contains("y\u00e9\n");
    assertThat(t.under("p").text("p/b")).contains("y\u00e9\n");
  }
}
