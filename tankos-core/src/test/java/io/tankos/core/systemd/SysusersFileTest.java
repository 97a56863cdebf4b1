package io.tankos.core.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SysusersFileTest {

  @Test
  void rendersLinesInOrderWithQuotingAndEscapes() {
    SysusersFile f = SysusersFile.builder()
        .group("openclaw", 1000)
        .user("openclaw", 1000, 1000, "OpenClaw agent 100%", "/var/home/openclaw", "/bin/bash")
        .user("gator", 1001, 1000, null, null, null)
        .member("openclaw", "wheel")
        .range(500, 500)
        .build();
    assertThat(f.toString()).isEqualTo("""
        g openclaw 1000
        u openclaw 1000:1000 "OpenClaw agent 100%%" /var/home/openclaw /bin/bash
        u gator 1001:1000 - - -
        m openclaw wheel
        r - 500-999
        """);
    assertThat(f.lines()).hasSize(5);
    assertThat(f.toBuilder().build()).isEqualTo(f).hasSameHashCodeAs(f);
    assertThat(f.toBuilder().group("extra", 1002).build().lines()).hasSize(6);
  }

  @Test
  void namesIdsAndPathsAreValidatedWithLocations() {
    assertThatThrownBy(() -> SysusersFile.builder()
        .user("9lives", 65535, -1, "a:b", "relative", "/bin/ba sh")
        .group("ok", 4294967295L)
        .member("ok", "bad name")
        .range(10, 0)
        .user("x", 1, 1, "new\nline", "/home//x", null)
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "SysusersFile.lines[0].user.name: '9lives' is not a user or group name (a letter"
                    + " or '_', then letters, digits, '_' or '-', at most 31 characters)",
                "SysusersFile.lines[0].user.uid: 65535 is not a valid id (0..4294967294, not"
                    + " 65535)",
                "SysusersFile.lines[0].user.gid: -1 is not a valid id (0..4294967294, not 65535)",
                "SysusersFile.lines[0].user.gecos: cannot contain ':' or control characters, nor"
                    + " be '-'",
                "SysusersFile.lines[0].user.home: 'relative' is not an absolute path",
                "SysusersFile.lines[0].user.shell: path cannot contain white space or control"
                    + " characters (at index 7)",
                "SysusersFile.lines[0].group.gid: 4294967295 is not a valid id (0..4294967294,"
                    + " not 65535)",
                "SysusersFile.lines[0].member.group: 'bad name' is not a user or group name (a"
                    + " letter or '_', then letters, digits, '_' or '-', at most 31 characters)",
                "SysusersFile.lines[0].range.count: must be at least 1 and end at or below"
                    + " 4294967294",
                "SysusersFile.lines[0].user.gecos: cannot contain a newline (at index 3)",
                "SysusersFile.lines[0].user.home: path '/home//x' is not normalized (no '//', '.',"
                    + " '..' or trailing '/')"));
  }

  @Test
  void duplicatesAreRefused() {
    assertThatThrownBy(() -> SysusersFile.builder().group("a", 1).group("a", 2).build())
        .hasMessage("SysusersFile.lines[1].group.name: group a is declared twice (systemd-sysusers"
            + " ignores the second line)");
    SysusersFile one = SysusersFile.builder().user("a", 1, 1, null, null, null).build();
    assertThatThrownBy(() -> one.toBuilder().user("a", 2, 2, null, null, null).build())
        .isInstanceOf(ValidationException.class);
  }
}
