package io.tankos.quadlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a key's assignments are, by the parser's line rules. */
class LineFinderTest {
  private static final String TEXT = String.join("\n",
      "# head",                       // 1
      "[Unit]",                       // 2
      "Description=x",                // 3
      "  [Container]  ",              // 4
      "\tImage = a",                  // 5
      "; Image=commented",            // 6
      "Exec=a \\",                    // 7
      "Image=continued, not a key",   // 8
      "# a comment inside does not end it \\", // 9
      "  b",                          // 10
      "Image=b",                      // 11
      "[broken",                      // 12
      "Image=c",                      // 13
      "[Unit]",                       // 14
      "Description=again",            // 15
      "= no key",                     // 16
      "Label=a=b");                   // 17

  @Test
  void assignmentsAreFoundByGroupKeyAndOccurrence() {
    LineFinder lines = LineFinder.lines(TEXT);
    assertThat(lines.line("Container", "Image", 0)).isEqualTo(5);
    assertThat(lines.line("Container", "Exec", 0)).isEqualTo(7);
    assertThat(lines.line("Container", "Image", 1)).isEqualTo(11);
    // "[broken" is no group header (no ']'); its line "Image=c" is an assignment of the group before
    assertThat(lines.line("Container", "Image", 2)).isEqualTo(13);
    assertThat(lines.line("Container", "Image", 3)).isZero();
    assertThat(lines.line("Unit", "Description", 1)).isEqualTo(15);
    assertThat(lines.line("Unit", "Label", 0)).isEqualTo(17);
    assertThat(lines.line("Unit", "Image", 0)).isZero();
    assertThat(lines.line("Nope", "Image", 0)).isZero();
    assertThat(lines.line("Container", "Image", -1)).isZero();
  }

  @Test
  void aLongFileWithoutBracketsOrAssignmentsIsReadToTheEnd() {
    // each line is read within itself: lines with no ']' or '=' do not send a search to the end
    String text = "[A]\n" + "x\n".repeat(200_000) + "K=v\n";
    assertThat(LineFinder.line(text, "A", "K", 0)).isEqualTo(200_002);
  }
}
