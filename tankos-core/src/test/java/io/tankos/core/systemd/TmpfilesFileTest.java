package io.tankos.core.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class TmpfilesFileTest {

  @Test
  void rendersDirectoriesAndFilesWithEscapedContent() {
    TmpfilesFile f = TmpfilesFile.builder()
        .directory("/var/home/openclaw", 0700, "openclaw", "openclaw")
        .directory("/var/lib/tank%", 02755, null, null)
        .file("/var/lib/systemd/linger/openclaw", 0644, "root", "root", "")
        .file("/etc/note", 0600, "1000", null, " a\tb\nc\\d 5% é ")
        .build();
    assertThat(f.toString()).isEqualTo("""
        d /var/home/openclaw 0700 openclaw openclaw -
        d /var/lib/tank%% 2755 - - -
        f /var/lib/systemd/linger/openclaw 0644 root root -
        f /etc/note 0600 1000 - - \\x20a\\x09b\\x0ac\\\\d 5%% é\\x20
        """);
    assertThat(f.toBuilder().build()).isEqualTo(f).hasSameHashCodeAs(f);
    assertThatThrownBy(() -> f.toBuilder().directory("/etc/note", 0755, null, null).build())
        .hasMessage("TmpfilesFile.lines[4].directory.path: /etc/note is listed twice"
            + " (systemd-tmpfiles ignores the second line)");
  }

  @Test
  void pathsModesOwnersAndContentAreValidatedWithLocations() {
    assertThatThrownBy(() -> TmpfilesFile.builder()
        .directory("var/x", 010000, "bad user", "65535")
        .file("/a b", -1, null, "g", "x\0y")
        .directory("/a/../b", 0755, null, null)
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "TmpfilesFile.lines[0].directory.path: 'var/x' is not an absolute path",
                "TmpfilesFile.lines[0].directory.mode: mode 10000 is not within 0..07777",
                "TmpfilesFile.lines[0].directory.user: 'bad user' is not a user or group name (a"
                    + " letter or '_', then letters, digits, '_' or '-', at most 31 characters)",
                "TmpfilesFile.lines[0].directory.group: 65535 is not a valid id (0..4294967294,"
                    + " not 65535)",
                "TmpfilesFile.lines[0].file.path: path cannot contain white space or control"
                    + " characters (at index 2)",
                "TmpfilesFile.lines[0].file.mode: mode 37777777777 is not within 0..07777",
                "TmpfilesFile.lines[0].file.content: cannot contain a NUL character (at index 1)",
                "TmpfilesFile.lines[0].directory.path: path '/a/../b' is not normalized (no '//',"
                    + " '.', '..' or trailing '/')"));
  }
}
