package io.tankos.bootc.image;

import java.util.List;

/**
 * How a base image installs packages: the image's one package step runs behind it and cleans the
 * package cache in the same layer, so the cache never lands in the image.
 *
 * <pre>{@code
 * BaseImage.builder("quay.io/fedora/fedora-bootc:44").packageManager(PackageManager.DNF).build();
 * }</pre>
 */
public enum PackageManager {
  /** {@code dnf -y install … && dnf clean all} (Fedora, CentOS Stream, RHEL). */
  DNF,
  /**
   * {@code apt-get update && apt-get install -y --no-install-recommends … && rm -rf
   * /var/lib/apt/lists/*} (Debian, Ubuntu).
   */
  APT,
  /** No package manager: the image model refuses extra packages. */
  NONE;

  /**
   * The shell command line that installs the packages and cleans the cache in the same layer.
   *
   * @param packages package names, already validated, at least one
   * @return the command line
   * @throws IllegalStateException for {@link #NONE}
   */
  String installCommand(List<String> packages) {
    String names = String.join(" ", packages);
    return switch (this) {
      case DNF -> "dnf -y install " + names + " && dnf clean all";
      case APT -> "apt-get update && apt-get install -y --no-install-recommends " + names
          + " && rm -rf /var/lib/apt/lists/*";
      case NONE -> throw new IllegalStateException("a base without a package manager installs no packages");
    };
  }
}
