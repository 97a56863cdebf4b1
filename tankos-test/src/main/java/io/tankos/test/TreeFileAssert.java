package io.tankos.test;

import io.tankos.core.fs.RegularFile;
import io.tankos.test.internal.TextDiff;
import io.tankos.test.internal.Texts;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one regular file of a {@link io.tankos.core.fs.FileTree}, reached through {@link
 * FileTreeAssert#hasFile(String)}.
 *
 * <pre>{@code
 * assertThat(tree).hasFile("etc/hostname").withMode(0644).withText("web-1\n");
 * }</pre>
 */
public final class TreeFileAssert extends AbstractAssert<TreeFileAssert, RegularFile> {
  private final FileTreeAssert tree;

  TreeFileAssert(RegularFile actual, FileTreeAssert tree) {
    super(actual, TreeFileAssert.class);
    this.tree = tree;
  }

  /**
   * Checks the file's permission bits.
   *
   * @param mode the expected mode, e.g. {@code 0440}
   * @return this
   */
  public TreeFileAssert withMode(int mode) {
    if (actual.mode() != mode) {
      failWithMessage(
          "Expected %s to have mode %s but it has %s", actual.path(), Texts.octal(mode), Texts.octal(actual.mode()));
    }
    return this;
  }

  /**
   * Checks the file's text (UTF-8); a failure shows a unified-diff-like snippet.
   *
   * @param expected the expected text
   * @return this
   */
  public TreeFileAssert withText(String expected) {
    String diff = TextDiff.diff("expected", expected, actual.path(), actual.text());
    if (!diff.isEmpty()) {
      failWithMessage("Expected %s to have the expected text:%n%s", actual.path(), diff);
    }
    return this;
  }

  /**
   * Checks that the file's text contains a line.
   *
   * @param line the line
   * @return this
   */
  public TreeFileAssert containsLine(String line) {
    if (actual.text().lines().noneMatch(line::equals)) {
      failWithMessage("Expected %s to have the line%n    %s%nbut it is:%n%s", actual.path(), line, Texts.indent(actual.text()));
    }
    return this;
  }

  /**
   * Goes back to the tree, to check another entry.
   *
   * @return the tree's assertions
   */
  public FileTreeAssert and() {
    return tree;
  }
}
