package io.tankos.test.internal;

/** Small text helpers for assertion messages. */
public final class Texts {
  private Texts() {}

  /**
   * Indents every line of a text by four spaces, for quoting a document in a message.
   *
   * @param text the text
   * @return the indented text, ending without a line break
   */
  public static String indent(String text) {
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return "    " + body.replace("\n", "\n    ");
  }

  /**
   * The octal form of a file mode, e.g. {@code 0440}.
   *
   * @param mode the mode bits
   * @return four octal digits
   */
  public static String octal(int mode) {
    return String.format(java.util.Locale.ROOT, "%04o", mode);
  }
}
