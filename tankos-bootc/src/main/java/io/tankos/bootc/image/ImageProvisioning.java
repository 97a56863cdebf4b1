package io.tankos.bootc.image;

import io.tankos.bootc.bib.BuildConfig;
import io.tankos.bootc.bib.ImageUser;
import io.tankos.cloudinit.CloudCommand;
import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.CloudUser;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.cloudinit.Target;
import java.util.List;

/** The agent user at first boot (NoCloud seed) and in a disk image (bootc-image-builder config). */
final class ImageProvisioning {
  /** The targets every seed is checked for, made once. */
  private static final Target V22_4 = Target.bootc(CloudInitVersion.V22_4);
  private static final Target V25_1 = Target.bootc(CloudInitVersion.V25_1);

  private ImageProvisioning() {}

  /** The seed: Tank-OS's user-data (user, keys, groups, sudo, linger) and meta-data. */
  static NoCloudSeed seed(AgentUser user, Provisioning p) {
    CloudUser.Builder u = CloudUser.builder(user.name())
        .gecos(user.gecos())
        .shell(user.shell())
        .lockPasswd(true);
    List<String> groups = user.groups();
    for (int i = 0; i < groups.size(); i++) { // by index: no iterator or lambda per seed
      u.groups(groups.get(i));
    }
    List<String> rules = user.sudo().rules();
    for (int i = 0; i < rules.size(); i++) {
      u.sudo(rules.get(i));
    }
    List<String> keys = p.sshAuthorizedKeys();
    for (int i = 0; i < keys.size(); i++) {
      u.sshAuthorizedKey(keys.get(i));
    }
    CloudConfig.Builder c = CloudConfig.builder().user(u.build());
    if (user.linger()) {
      c.runcmd(CloudCommand.argv("loginctl", "enable-linger", user.name()));
    }
    CloudConfig config = c.build();
    config.check(V22_4).check(V25_1);
    return NoCloudSeed.builder()
        .metaData(p.metaData())
        .userData(config)
        .build();
  }

  /** The disk-image configuration: the user in its groups, with the provisioning's keys. */
  static BuildConfig diskImage(AgentUser user, Provisioning p) {
    ImageUser.Builder u = ImageUser.builder(user.name());
    if (!p.sshAuthorizedKeys().isEmpty()) {
      u.key(String.join("\n", p.sshAuthorizedKeys()));
    }
    if (!user.groups().isEmpty()) {
      u.groups(user.groups());
    }
    return BuildConfig.builder().addUser(u.build()).build();
  }
}
