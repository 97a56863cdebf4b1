package io.tankos.core.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.RealTools;
import io.tankos.testkit.RequiresTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sysusers.d and tmpfiles.d files as systemd-sysusers and systemd-tmpfiles read them. */
@RequiresTools({RealTools.SYSTEMD_SYSUSERS, RealTools.SYSTEMD_TMPFILES})
class ProvisioningFilesRealToolsTest {
  private static final Pattern GROUP = Pattern.compile("Creating group '([^']+)' with GID (\\d+)\\.");
  private static final Pattern USER =
      Pattern.compile("Creating user '([^']+)' \\((.*)\\) with UID (\\d+) and GID (\\d+)\\.");

  @TempDir Path root;

  @Test
  void sysusersWouldCreateExactlyTheDeclaredAccounts() throws IOException {
    SysusersFile file = SysusersFile.builder()
        .group("openclaw", 1000)
        .user("openclaw", 1000, 1000, "OpenClaw agent, 100%", "/var/home/openclaw", "/bin/bash")
        .user("gator", 1001, 1000, null, "/var/lib/gator", null)
        .member("openclaw", "wheel")
        .range(500, 500)
        .build();
    Path conf = root.resolve("usr/lib/sysusers.d/tank-os.conf");
    Files.createDirectories(conf.getParent());
    Files.writeString(conf, file.toString());
    Files.createDirectories(root.resolve("etc"));

    SystemdTools.Run r = SystemdTools.run(List.of(RealTools.get().systemdSysusers().toString(),
        "--root", root.toString(), "--dry-run"), root, Map.of());

    assertThat(r.exitCode()).as(r.output()).isZero();
    List<String> groups = new ArrayList<>();
    Matcher g = GROUP.matcher(r.output());
    while (g.find()) {
      groups.add(g.group(1) + ":" + g.group(2));
    }
    List<String> users = new ArrayList<>();
    Matcher u = USER.matcher(r.output());
    while (u.find()) {
      users.add(u.group(1) + ":" + u.group(2) + ":" + u.group(3) + ":" + u.group(4));
    }
    assertThat(groups).hasSize(2).contains("openclaw:1000")
        .anySatisfy(x -> assertThat(x).matches("wheel:(999|[5-9]\\d\\d)"));
    assertThat(users).containsExactlyInAnyOrder(
        "openclaw:OpenClaw agent, 100%:1000:1000", "gator:n/a:1001:1000");
    assertThat(r.output()).doesNotContain("Failed", "ignoring");
    assertThat(root.resolve("etc/passwd")).doesNotExist();

    SystemdTools.Run real = SystemdTools.run(List.of(
        RealTools.get().systemdSysusers().toString(), "--root", root.toString()), root, Map.of());
    assertThat(real.exitCode()).as(real.output()).isZero();
    assertThat(Files.readAllLines(root.resolve("etc/passwd"))).containsExactlyInAnyOrder(
        "openclaw:x:1000:1000:OpenClaw agent, 100%:/var/home/openclaw:/bin/bash",
        "gator:x:1001:1000::/var/lib/gator:/usr/sbin/nologin");
    assertThat(Files.readAllLines(root.resolve("etc/group")))
        .contains("openclaw:x:1000:").anySatisfy(l -> assertThat(l).matches("wheel:x:\\d+:openclaw"));
  }

  @Test
  void tmpfilesCreatesDirectoriesAndFilesWithModesOwnersAndContent() throws IOException {
    TmpfilesFile file = TmpfilesFile.builder()
        .directory("/var/home/openclaw", 0700, "openclaw", "openclaw")
        .directory("/var/home/openclaw/.config", 0750, "1000", "1000")
        .directory("/var/lib/tank-os%", 02755, null, null)
        .file("/var/lib/systemd/linger/openclaw", 0644, "root", "root", "")
        .file("/etc/tank-os-note", 0600, "openclaw", null, " lead\ttab\nback\\slash 100% é \n")
        .build();
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/passwd"),
        "root:x:0:0::/root:/bin/sh\nopenclaw:x:1000:1000::/var/home/openclaw:/bin/bash\n");
    Files.writeString(root.resolve("etc/group"), "root:x:0:\nopenclaw:x:1000:\n");
    Path conf = root.resolve("usr/lib/tmpfiles.d/tank-os.conf");
    Files.createDirectories(conf.getParent());
    Files.writeString(conf, file.toString());

    SystemdTools.Run r = SystemdTools.run(List.of(RealTools.get().systemdTmpfiles().toString(),
        "--root", root.toString(), "--create"), root, Map.of());

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).isEmpty();
    expect("var/home/openclaw", "rwx------", 1000, 1000);
    expect("var/home/openclaw/.config", "rwxr-x---", 1000, 1000);
    expect("var/lib/tank-os%", "rwxr-xr-x", 0, 0);
    assertThat((Integer) Files.getAttribute(root.resolve("var/lib/tank-os%"), "unix:mode") & 07777)
        .isEqualTo(02755);
    expect("var/lib/systemd/linger/openclaw", "rw-r--r--", 0, 0);
    assertThat(Files.size(root.resolve("var/lib/systemd/linger/openclaw"))).isZero();
    expect("etc/tank-os-note", "rw-------", 1000, 0);
    assertThat(Files.readString(root.resolve("etc/tank-os-note"), StandardCharsets.UTF_8))
        .isEqualTo(" lead\ttab\nback\\slash 100% é \n");
  }

  private void expect(String path, String perms, int uid, int gid) throws IOException {
    Path p = root.resolve(path);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p,
        LinkOption.NOFOLLOW_LINKS))).as(path).isEqualTo(perms);
    assertThat(Files.getAttribute(p, "unix:uid")).as(path + " uid").isEqualTo(uid);
    assertThat(Files.getAttribute(p, "unix:gid")).as(path + " gid").isEqualTo(gid);
  }
}
