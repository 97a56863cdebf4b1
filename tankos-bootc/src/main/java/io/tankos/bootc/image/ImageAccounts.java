package io.tankos.bootc.image;

import io.tankos.core.systemd.SysusersFile;
import io.tankos.core.systemd.TmpfilesFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent user's account, home, state directories, subordinate IDs and linger flag, in the two
 * forms of {@link AccountsForm}: {@code sysusers.d}/{@code tmpfiles.d} files applied at build time,
 * or {@code groupadd}/{@code useradd}/{@code install -d} commands.
 */
final class ImageAccounts {
  /** The sysusers.d and tmpfiles.d file name. */
  static final String CONF = "tank-os.conf";

  /** Where sysusers.d files go, relative to the image root. */
  static final String SYSUSERS_DIR = "usr/lib/sysusers.d";

  /** Where tmpfiles.d files go, relative to the image root. */
  static final String TMPFILES_DIR = "usr/lib/tmpfiles.d";

  /** The directory of linger flags. */
  static final String LINGER_DIR = "/var/lib/systemd/linger";

  private ImageAccounts() {}

  /** The directories under the home the user owns (0700), parents first. */
  static List<String> homeDirectories(AgentUser user, List<AgentInstance> instances) {
    List<String> dirs = new ArrayList<>();
    dirs.add(user.home());
    for (AgentInstance i : instances) {
      chain(user.home(), i.stateDirectory(), dirs);
      i.serviceGator().ifPresent(g -> chain(user.home(), g.configDirectory(), dirs));
    }
    return dirs;
  }

  private static void chain(String home, String relative, List<String> dirs) {
    String path = home;
    for (String segment : relative.split("/")) {
      path = path + "/" + segment;
      if (!dirs.contains(path)) {
        dirs.add(path);
      }
    }
  }

  /** The {@code sysusers.d} file. */
  static SysusersFile sysusers(AgentUser user) {
    SysusersFile.Builder b = SysusersFile.builder()
        .group(user.name(), user.gid())
        .user(user.name(), user.uid(), user.gid(), user.gecos(), user.home(), user.shell());
    user.groups().forEach(g -> b.member(user.name(), g));
    return b.build();
  }

  /** The {@code tmpfiles.d} file: home and state directories, the linger flag. */
  static TmpfilesFile tmpfiles(AgentUser user, List<AgentInstance> instances) {
    TmpfilesFile.Builder b = TmpfilesFile.builder();
    for (String dir : homeDirectories(user, instances)) {
      b.directory(dir, 0700, user.name(), user.name());
    }
    if (user.linger()) {
      b.file(LINGER_DIR + "/" + user.name(), 0644, "root", "root", "");
    }
    return b.build();
  }

  /** The build step of the {@link AccountsForm#SYSUSERS} form (after {@code COPY rootfs/ /}). */
  static List<String> sysusersCommands(AgentUser user) {
    List<String> c = new ArrayList<>();
    c.add("systemd-sysusers /" + SYSUSERS_DIR + "/" + CONF);
    c.add("systemd-tmpfiles --create /" + TMPFILES_DIR + "/" + CONF);
    subIds(user, c);
    return c;
  }

  /** The build step of the {@link AccountsForm#USERADD} form (before {@code COPY rootfs/ /}). */
  static List<String> useraddCommands(AgentUser user, List<AgentInstance> instances) {
    String name = ShellWords.word(user.name());
    List<String> c = new ArrayList<>();
    c.add("getent group " + name + " >/dev/null || groupadd -g " + user.gid() + " " + name);
    c.add("id -u " + name + " >/dev/null 2>&1 || useradd -u " + user.uid() + " -g " + user.gid() + " -M -d "
        + ShellWords.word(user.home()) + " -s " + ShellWords.word(user.shell()) + " -c "
        + ShellWords.word(user.gecos()) + " " + name);
    for (String g : user.groups()) {
      String group = ShellWords.word(g);
      c.add("getent group " + group + " >/dev/null || groupadd -r " + group);
      c.add("usermod -aG " + group + " " + name);
    }
    subIds(user, c);
    String parent = user.home().substring(0, user.home().lastIndexOf('/'));
    c.add("install -d -m 0755 " + ShellWords.word(parent));
    for (String dir : homeDirectories(user, instances)) {
      c.add("install -d -m 0700 -o " + user.uid() + " -g " + user.gid() + " " + ShellWords.word(dir));
    }
    if (user.linger()) {
      c.add("install -d -m 0755 " + LINGER_DIR);
      c.add("touch " + LINGER_DIR + "/" + name);
    }
    return c;
  }

  /** Adds the user's line to /etc/subuid and /etc/subgid unless it has one. */
  private static void subIds(AgentUser user, List<String> c) {
    String line = ShellWords.word(user.subIds().line(user.name()));
    for (String file : List.of("/etc/subuid", "/etc/subgid")) {
      c.add("grep -q " + ShellWords.word("^" + user.name() + ":") + " " + file + " 2>/dev/null || echo " + line
          + " >> " + file);
    }
  }
}
