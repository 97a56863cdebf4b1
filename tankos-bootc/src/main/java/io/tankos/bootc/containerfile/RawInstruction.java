package io.tankos.bootc.containerfile;

import java.util.List;
import java.util.Objects;

/**
 * An instruction kept verbatim because the model does not interpret it: a line BuildKit's parser
 * accepts but its instruction checks reject (unknown keyword or flag, a missing argument), or a
 * Buildah-only construct. Only {@link Containerfile#parseLenient(String, String)} produces it;
 * rendering writes {@link #line()} back on one line, followed by the heredoc bodies.
 *
 * <pre>{@code
 * RawInstruction raw = new RawInstruction("COPY --user=me foo /tmp/", List.of(), "unknown flag: user");
 * }</pre>
 *
 * @param line the logical line (continuations joined)
 * @param heredocs heredoc bodies that follow the line
 * @param reason why the instruction was not interpreted
 */
public record RawInstruction(String line, List<Heredoc> heredocs, String reason) implements Instruction {

  /**
   * Checks the components.
   *
   * @param line the line
   * @param heredocs heredoc bodies
   * @param reason why it was kept raw
   */
  public RawInstruction {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(reason, "reason");
    heredocs = List.copyOf(heredocs);
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a raw instruction is one line");
    }
  }

  @Override
  public String keyword() {
    String t = GoText.trimSpace(line);
    int i = 0;
    while (i < t.length() && !GoText.isWordSeparator(t.charAt(i))) {
      i++;
    }
    return t.substring(0, i).toUpperCase(java.util.Locale.ROOT);
  }
}
