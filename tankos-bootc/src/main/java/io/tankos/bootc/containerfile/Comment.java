package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * A comment line: {@code #} followed by {@link #text()} exactly. Lines of {@code Containerfile.in}
 * files such as {@code #if defined(NVIDIA)} (run through cpp by Buildah) are comments too and are kept.
 *
 * @param text what follows the {@code #}, including any leading blank
 */
public record Comment(String text) implements Element {

  /**
   * Checks the text.
   *
   * @param text the comment text without the leading {@code #}
   */
  public Comment {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a comment cannot contain a line break");
    }
  }

  /**
   * A comment rendered as {@code # text}.
   *
   * @param text the words of the comment
   * @return the comment
   */
  public static Comment of(String text) {
    return new Comment(text.isEmpty() ? "" : " " + text);
  }
}
