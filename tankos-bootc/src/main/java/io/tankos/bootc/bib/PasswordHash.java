package io.tankos.bootc.bib;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.util.Objects;

/**
 * A password as a crypt(3) hash for a bootc-image-builder user: {@code $6$…} (SHA-512), {@code
 * $5$…} (SHA-256) or {@code $2b$…} (bcrypt) — the prefixes osbuild passes through unchanged.
 * Plaintext is rejected: osbuild would hash it into the build manifest and the config file would
 * carry it in clear. {@link #toString()} does not show the hash.
 *
 * <pre>{@code
 * // hash with e.g. `openssl passwd -6` or `mkpasswd -m sha-512`, never in the config
 * PasswordHash hash = PasswordHash.of("$6$rounds=4096$salt$...");
 * }</pre>
 */
public final class PasswordHash {
  private final String crypt;

  private PasswordHash(String crypt) {
    this.crypt = crypt;
  }

  /**
   * A password hash.
   *
   * @param crypt the crypt(3) string
   * @return the hash
   * @throws ValidationException at {@code password} when the text is not a {@code $6$}, {@code
   *     $5$} or {@code $2b$} hash (the message never repeats the text)
   */
  public static PasswordHash of(String crypt) {
    Objects.requireNonNull(crypt, "crypt");
    if (!isCrypted(crypt)) {
      throw new ValidationException(Location.of("password"), problem());
    }
    return new PasswordHash(crypt);
  }

  /**
   * Whether text is a hash osbuild passes through ({@code $6$}, {@code $5$}, {@code $2b$}).
   *
   * @param text the text
   * @return true for a crypt hash
   */
  public static boolean isCrypted(String text) {
    boolean prefix = text.startsWith("$6$") || text.startsWith("$5$") || text.startsWith("$2b$");
    return prefix && text.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
  }

  /**
   * The reason a plaintext password is rejected, for messages.
   *
   * @return the reason
   */
  static String problem() {
    return "plaintext password rejected: give a crypt hash starting with $6$, $5$ or $2b$ "
        + "(e.g. from `openssl passwd -6`)";
  }

  /**
   * The crypt string, as written into the config.
   *
   * @return the hash
   */
  public String crypt() {
    return crypt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordHash && ((PasswordHash) o).crypt.equals(crypt);
  }

  @Override
  public int hashCode() {
    return crypt.hashCode();
  }

  @Override
  public String toString() {
    return "PasswordHash[" + crypt.substring(0, crypt.indexOf('$', 1) + 1) + "…]";
  }
}
