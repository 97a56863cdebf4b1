package io.tankos.bootc.host;

import java.util.Locale;

/** Why a {@code bootc} command failed, classified from its {@code error: …} line on stderr. */
public enum BootcError {
  /** {@code System not booted via bootc} (or {@code usroverlay only applies on booted hosts}). */
  NOT_BOOTED_VIA_BOOTC("system not booted via bootc", "only applies on booted hosts"),
  /** {@code Detected container; this command requires a booted host system.} */
  IN_CONTAINER("detected container"),
  /** Not root or no {@code CAP_SYS_ADMIN}. */
  NOT_ROOT("must be executed as the root user", "requires full root privileges"),
  /** {@code No rollback available}. */
  NO_ROLLBACK_AVAILABLE("no rollback available"),
  /** {@code No staged deployment found} ({@code --download-only}/{@code --from-downloaded}/{@code --apply}). */
  NO_STAGED_DEPLOYMENT("no staged deployment found"),
  /** The deployment has local rpm-ostree modifications. */
  LOCAL_MODIFICATIONS("local rpm-ostree modifications"),
  /** {@code --soft-reboot required} but the staged deployment cannot soft-reboot. */
  SOFT_REBOOT_NOT_POSSIBLE("not soft-reboot capable"),
  /** {@code Unsupported format version: N}. */
  UNSUPPORTED_FORMAT_VERSION("unsupported format version"),
  /** Any other error (registry, network, storage, …): see the message. */
  OTHER();

  private final String[] markers;

  BootcError(String... markers) {
    this.markers = markers;
  }

  /**
   * Classifies an error message.
   *
   * @param message the text after {@code error: }
   * @return the kind, {@link #OTHER} when none matches
   */
  public static BootcError classify(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    for (BootcError e : values()) {
      for (String m : e.markers) {
        if (lower.contains(m)) {
          return e;
        }
      }
    }
    return OTHER;
  }
}
