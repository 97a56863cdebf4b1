package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** A NUL character in an authorized key line (sshd reads C strings) is refused, never written. */
class SshKeyNulTest {
  @Test
  void aNulInTheCommentOrTheKeyIsRefusedAtItsEntry() {
    for (String key : new String[] {TestKeys.ADMIN + " ad\0min", "ssh-ed\0" + TestKeys.ADMIN.substring(6)}) {
      assertThatThrownBy(() -> CloudUser.builder("openclaw").sshAuthorizedKey(TestKeys.ADMIN)
          .sshAuthorizedKeys(key + "\n").build())
          .isInstanceOfSatisfying(ValidationException.class, e -> org.assertj.core.api.Assertions
              .assertThat(e.problems()).singleElement().asString()
              .startsWith("users.ssh_authorized_keys[1]: contains a NUL character (at index ")
              .endsWith("which sshd cannot read (the value is not shown)"));
    }
  }
}
