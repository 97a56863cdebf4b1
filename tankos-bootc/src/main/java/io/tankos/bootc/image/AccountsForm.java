package io.tankos.bootc.image;

/**
 * How the image creates the agent user, its home, state directories and linger flag.
 *
 * <pre>{@code
 * BaseImage.builder("localhost/debian-base:12").accounts(AccountsForm.USERADD).build();
 * }</pre>
 */
public enum AccountsForm {
  /**
   * The bootc way: {@code /usr/lib/sysusers.d/} and {@code /usr/lib/tmpfiles.d/} files in the image
   * (so every boot recreates what is missing), applied once at build time with {@code
   * systemd-sysusers} and {@code systemd-tmpfiles --create}. Needs systemd in the base.
   */
  SYSUSERS,
  /**
   * For bases without systemd's tools: {@code groupadd}/{@code useradd} at build time, the home and
   * state directories with {@code install -d}, and the linger flag as a file.
   */
  USERADD
}
