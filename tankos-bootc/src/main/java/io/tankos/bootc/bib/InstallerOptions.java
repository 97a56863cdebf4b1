package io.tankos.bootc.bib;

import java.util.List;

/**
 * Anaconda installer options of an ISO image ({@code [customizations.installer]}); null
 * components are left out.
 *
 * @param unattended whether the installation runs without questions, or null
 * @param sudoNopasswd users and {@code %groups} that get passwordless sudo, or null
 * @param kickstart the kickstart text ({@code installer.kickstart.contents}), or null; cannot be
 *     combined with {@link ImageUser}s
 * @param enableModules Anaconda modules to enable, or null
 * @param disableModules Anaconda modules to disable, or null
 */
public record InstallerOptions(
    Boolean unattended,
    List<String> sudoNopasswd,
    String kickstart,
    List<String> enableModules,
    List<String> disableModules) {

  /**
   * Copies the lists.
   *
   * @param unattended the flag, or null
   * @param sudoNopasswd the users, or null
   * @param kickstart the kickstart, or null
   * @param enableModules modules to enable, or null
   * @param disableModules modules to disable, or null
   */
  public InstallerOptions {
    sudoNopasswd = sudoNopasswd == null ? null : List.copyOf(sudoNopasswd);
    enableModules = enableModules == null ? null : List.copyOf(enableModules);
    disableModules = disableModules == null ? null : List.copyOf(disableModules);
  }

  /**
   * An installer section with only a kickstart.
   *
   * @param contents the kickstart text
   * @return the installer options
   */
  public static InstallerOptions kickstart(String contents) {
    return new InstallerOptions(null, null, contents, null, null);
  }
}
