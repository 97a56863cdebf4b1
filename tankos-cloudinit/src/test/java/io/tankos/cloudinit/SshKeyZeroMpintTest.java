package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * An RSA or DSA key whose number is written with no bytes (an SSH {@code mpint} of zero) is a key
 * problem with its reason, not a {@code NumberFormatException} from the key check.
 */
class SshKeyZeroMpintTest {
  private static byte[] string(byte[] v) {
    return ByteBuffer.allocate(4 + v.length).putInt(v.length).put(v).array();
  }

  private static String line(String type, byte[]... fields) {
    ByteArrayOutputStream blob = new ByteArrayOutputStream();
    blob.writeBytes(string(type.getBytes(StandardCharsets.US_ASCII)));
    for (byte[] f : fields) {
      blob.writeBytes(string(f));
    }
    return type + " " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " zero@host";
  }

  @Test
  void aZeroNumberIsAKeyProblem() {
    String rsa = line("ssh-rsa", new byte[] {1, 0, 1}, new byte[0]);
    assertThatThrownBy(() -> CloudUser.builder("u").sshAuthorizedKey(rsa).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("holds an RSA key of 0 bits; OpenSSH loads 1024 to 16384");
    String dsa = line("ssh-dss", new byte[0], new byte[0], new byte[] {2}, new byte[] {3});
    assertThatThrownBy(() -> CloudUser.builder("u").sshAuthorizedKey(dsa).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("holds a DSA key that is not 1024 bits");
  }
}
