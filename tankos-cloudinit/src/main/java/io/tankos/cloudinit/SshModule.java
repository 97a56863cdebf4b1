package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.cloudinit.internal.SshPublicKeys;
import io.tankos.core.validation.Location;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ssh module's keys: {@code ssh_authorized_keys} (OpenSSH public key lines only, see {@link
 * SshPublicKeys}) and the host keys of {@code ssh_keys}.
 */
final class SshModule {
  private static final Pattern HOST_KEY_NAME =
      Pattern.compile("^(rsa|dsa|ecdsa|ed25519)_(private|public|certificate)$");

  private SshModule() {}

  /** A list of authorized keys: at least one, each an OpenSSH public key line. */
  static void authorizedKeys(Object v, Location at, Checks c) {
    if (!(v instanceof List<?> keys)) {
      c.add(at, "must be a list of SSH public keys, not " + Raw.aTypeName(v));
      return;
    }
    if (keys.isEmpty()) {
      c.add(at, "must have at least 1 key");
    }
    for (int i = 0; i < keys.size(); i++) {
      c.publicKey(keys.get(i), at.index(i));
    }
  }

  /**
   * Checks the authorized keys of a whole document: the top-level list and each user's.
   *
   * @param root the document's top-level mapping
   * @param at where the document is, e.g. {@code user-data}
   * @param c the check run
   */
  static void authorizedKeysIn(Map<?, ?> root, Location at, Checks c) {
    String key = ConfigKey.SSH_AUTHORIZED_KEYS.key();
    if (root.containsKey(key)) {
      authorizedKeys(root.get(key), at.child(key), c);
    }
    if (root.get(ConfigKey.USERS.key()) instanceof List<?> users) {
      for (int i = 0; i < users.size(); i++) {
        // a built user's keys passed this check when it was built
        if (users.get(i) instanceof Map<?, ?> u && !(u instanceof CheckedUserFields)
            && u.containsKey(key)) {
          authorizedKeys(u.get(key), at.child(ConfigKey.USERS.key()).index(i).child(key), c);
        }
      }
    }
  }

  static void hostKeys(Object v, Location at, Checks c) {
    if (!(v instanceof Map<?, ?> m)) {
      c.add(at, "must be a mapping of key names to keys");
      return;
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String k = String.valueOf(e.getKey());
      Location f = at.child(k);
      if (!HOST_KEY_NAME.matcher(k).matches()) {
        c.add(f, "is not a host key name (TYPE_private, TYPE_public or TYPE_certificate)");
      } else if (k.startsWith("dsa_")) {
        c.lacking(version -> !version.acceptsDsaKeys(), f, "does not accept DSA host keys");
      }
      c.string(e.getValue(), f);
    }
  }
}
