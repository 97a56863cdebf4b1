package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CloudUser#checkSshAuthorizedKeys} finds what {@link CloudUser.Builder#build()} finds in a
 * user's keys: the same problems, messages and locations, on generated key lists of good keys,
 * private keys, garbage, lone surrogates and lines too long.
 */
class CloudUserKeysCheckTest {
  private static final String GOOD =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop";
  private static final List<String> ENTRIES = List.of(GOOD, "no-pty " + GOOD, GOOD + " \ud800",
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----",
      "ssh-rsa AAAA=B", "ssh-ed25519", "", "junk", "ssh-ed25519 " + "A".repeat(70_000),
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaR");
  private static final Location KEYS = Location.of(ConfigKey.USERS.key()).child("ssh_authorized_keys");

  @Test
  void findsWhatBuildingAUserFinds() {
    Gen<String> entry = random -> ENTRIES.get(random.nextInt(ENTRIES.size()));
    Seeded.cases("cloudUserKeysCheck", entry.list(0, 4)).tries(500).check(keys -> {
      CloudUser.Builder b = CloudUser.builder("alice");
      keys.forEach(b::sshAuthorizedKey);
      List<Problem> built;
      try {
        b.build();
        built = List.of();
      } catch (ValidationException e) {
        built = e.problems();
      }
      Problems checked = new Problems();
      boolean ok = CloudUser.checkSshAuthorizedKeys(keys, KEYS, checked);
      assertThat(checked.list()).as("%s", keys).isEqualTo(built);
      assertThat(ok).isEqualTo(built.isEmpty());
    });
  }

  @Test
  void aNullKeyIsNamedByItsPlace() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CloudUser.checkSshAuthorizedKeys(
            java.util.Arrays.asList(GOOD, null), io.tankos.core.validation.Location.of("keys"),
            new io.tankos.core.validation.Problems()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("keys[1] is null");
  }
}
