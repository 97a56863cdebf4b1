package io.tankos.cloudinit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of system the cloud-config is for. On an image-based system ({@link #BOOTC}) the
 * operating system in {@code /usr} comes from the container image and is read-only at runtime, so
 * modules that install packages or change {@code /usr} are rejected, each with the reason.
 *
 * <pre>{@code
 * Target t = Target.of(CloudInitVersion.V25_1, Profile.BOOTC);
 * Profile.BOOTC.rejection("packages"); // Optional["installs packages at boot; ..."]
 * }</pre>
 */
public enum Profile {
  /** A package-based distribution: every module is allowed. */
  GENERIC(Map.of()),
  /** An image-based (bootc) system: package and {@code /usr} changing modules are rejected. */
  BOOTC(bootcRejections());

  private final Map<String, String> rejected;
  /** The rejected keys, to look for in a document without walking it. */
  private final String[] rejectedKeys;

  Profile(Map<String, String> rejected) {
    this.rejected = rejected;
    this.rejectedKeys = rejected.keySet().toArray(new String[0]);
  }

  /** Whether a document has a key this profile rejects. */
  boolean rejectsAnyOf(Map<?, ?> root) {
    for (String k : rejectedKeys) {
      if (root.containsKey(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why a top-level key is rejected by this profile.
   *
   * @param key a cloud-config key
   * @return the reason, or empty when the key is allowed
   */
  public Optional<String> rejection(String key) {
    return Optional.ofNullable(rejected.get(key));
  }

  /**
   * Every rejected key with its reason, in a fixed order.
   *
   * @return unmodifiable map
   */
  public Map<String, String> rejections() {
    return rejected;
  }

  private static Map<String, String> bootcRejections() {
    String image = "; on a bootc system /usr comes from the image: add it in the Containerfile";
    Map<String, String> m = new LinkedHashMap<>();
    m.put("packages", "installs packages at boot" + image);
    m.put("package_update", "updates the package index at boot" + image);
    m.put("package_upgrade", "upgrades packages at boot; a bootc system upgrades with 'bootc upgrade'");
    m.put("package_reboot_if_required", "belongs to package upgrades, which bootc does with 'bootc upgrade'");
    m.put("apt_update", "deprecated alias of package_update, which updates packages at boot" + image);
    m.put("apt_upgrade", "deprecated alias of package_upgrade; a bootc system upgrades with 'bootc upgrade'");
    m.put("apt_reboot_if_required", "deprecated alias of package_reboot_if_required");
    m.put("apt", "configures apt sources for package installs at boot" + image);
    m.put("apt_pipelining", "configures apt for package installs at boot" + image);
    m.put("yum_repos", "configures yum repositories for package installs at boot" + image);
    m.put("yum_repo_dir", "configures yum repositories for package installs at boot" + image);
    m.put("zypper", "configures zypper for package installs at boot" + image);
    m.put("apk_repos", "configures apk repositories for package installs at boot" + image);
    m.put("snap", "installs snaps at boot" + image);
    m.put("ntp", "installs the NTP client package when it is missing" + image);
    m.put("drivers", "installs driver packages at boot" + image);
    m.put("ubuntu_advantage", "installs and attaches Ubuntu Pro packages at boot" + image);
    m.put("ubuntu_pro", "installs and attaches Ubuntu Pro packages at boot" + image);
    m.put("landscape", "installs the Landscape client at boot" + image);
    m.put("puppet", "installs Puppet at boot" + image);
    m.put("chef", "installs Chef at boot" + image);
    m.put("salt_minion", "installs the Salt minion at boot" + image);
    m.put("mcollective", "installs MCollective at boot" + image);
    m.put("ansible", "can install Ansible at boot" + image);
    m.put("lxd", "installs LXD at boot" + image);
    m.put("byobu_by_default", "needs the byobu package" + image);
    m.put("rh_subscription", "registers the system for package repositories" + image);
    m.put("spacewalk", "registers the system for package repositories" + image);
    return Collections.unmodifiableMap(m);
  }
}
