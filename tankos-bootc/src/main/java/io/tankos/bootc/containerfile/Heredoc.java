package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * A here-document attached to RUN, COPY or ADD: {@code <<NAME} on the instruction line, the body on
 * the following lines, then a line equal to {@code NAME}.
 *
 * <pre>{@code
 * Heredoc doc = Heredoc.of("EOF", "dnf -y install tmux\n");
 * }</pre>
 *
 * @param name the delimiter (without quotes)
 * @param content the body exactly as written, every line with its {@code \n}
 * @param expand whether the builder expands variables in the body (an unquoted delimiter)
 * @param chomp whether leading tabs are stripped ({@code <<-})
 * @param fileDescriptor the file descriptor before {@code <<} (0 when none was written)
 */
public record Heredoc(String name, String content, boolean expand, boolean chomp, int fileDescriptor) {

  /**
   * Checks the components.
   *
   * @param name the delimiter
   * @param content the body
   * @param expand whether the body is expanded
   * @param chomp whether leading tabs are stripped
   * @param fileDescriptor file descriptor, 0 for none
   */
  public Heredoc {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /**
   * A heredoc with an unquoted delimiter and no tab stripping.
   *
   * @param name the delimiter
   * @param content the body, each line ending in {@code \n}
   * @return the heredoc
   */
  public static Heredoc of(String name, String content) {
    return new Heredoc(name, content, true, false, 0);
  }

  /**
   * The body as the builder uses it: leading tabs removed when {@link #chomp()} is set.
   *
   * @return the effective body
   */
  public String effectiveContent() {
    return chomp ? content.replaceAll("(?m)^\t+", "") : content;
  }
}
