package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.fs.FileTree;
import io.tankos.quadlet.generator.GeneratorAssertions;
import io.tankos.quadlet.generator.GeneratorResult;
import io.tankos.quadlet.generator.QuadletBinary;
import io.tankos.testkit.RealTools;
import io.tankos.testkit.RequiresTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's plain units, the services Quadlet generates from its Quadlets, its sysusers.d and
 * tmpfiles.d files and its enablement links, judged by systemd 252's own tools: {@code
 * systemd-analyze --user verify}, {@code systemd-sysusers --root}, {@code systemd-tmpfiles --root
 * --create} and {@code systemctl --root is-enabled}.
 *
 * <p>{@code systemd-analyze verify} checks that every {@code ExecStart*=} program exists on this
 * host; the units are verified with the image's {@code /usr/libexec/tank-os/} mapped to the rendered
 * scripts (the same files, modes and arguments, under the test's directory).
 */
@RequiresTools({RealTools.SYSTEMD_ANALYZE, RealTools.SYSTEMD_SYSUSERS, RealTools.SYSTEMD_TMPFILES,
    RealTools.SYSTEMCTL})
class ImageSystemdRealToolsTest {
  private static final String LIBEXEC = "/usr/libexec/tank-os/";

  @TempDir Path dir;

  private static TankOsImage image(String which) {
    return which.equals("default") ? TankOsImage.tankOs() : ImageFixtures.multiInstance();
  }

  /** The image's root file system, written under the test's directory. */
  private Path rendered(TankOsImage image) {
    Path root = dir.resolve("root");
    image.rootfs(RenderOptions.defaults()).writeTo(root);
    return root;
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "multi-instance"})
  void userUnitsAndGeneratedServicesPassSystemdAnalyzeVerify(String which) throws IOException {
    TankOsImage image = image(which);
    Path root = rendered(image);
    Path units = Files.createDirectories(dir.resolve("units"));
    List<String> names = new ArrayList<>();
    FileTree userUnits = ImageFixtures.subtree(image.rootfs(RenderOptions.defaults()), "usr/lib/systemd/user");
    for (String p : userUnits.paths()) {
      names.add(write(units, p, userUnits.text(p).orElseThrow(), root));
    }
    FileTree quadlets = ImageFixtures.subtree(image.rootfs(RenderOptions.defaults()),
        "etc/containers/systemd/users/" + image.user().uid());
    GeneratorResult generated = GeneratorAssertions.acceptedBy(List.of(QuadletBinary.sid()),
        io.tankos.quadlet.generator.GeneratorMode.USER, quadlets).values().iterator().next();
    for (Map.Entry<String, String> s : generated.services().entrySet()) {
      names.add(write(units, s.getKey(), s.getValue(), root));
    }
    assertThat(names).contains("openclaw-healthcheck.timer".replace("openclaw", image.instances().get(0).name()));
    List<String> argv = new ArrayList<>(List.of(RealTools.get().systemdAnalyze().toString(), "--user", "verify",
        "--man=no"));
    names.forEach(n -> argv.add("./" + n));
    CommandResult r = run(Command.builder(argv).workingDirectory(units)
        .env("XDG_RUNTIME_DIR", Files.createDirectories(dir.resolve("xdg")).toString()));
    assertThat(r.exitCode()).as(r.stdout() + r.stderrTail()).isZero();
    assertThat(r.stdout() + r.stderrTail()).as("%s", names).doesNotContain("Unknown key", "ignoring",
        "not executable");
    // the same run fails when a unit is wrong: the check can fail
    String timer = names.stream().filter(n -> n.endsWith(".timer")).findFirst().orElseThrow();
    Files.writeString(units.resolve(timer), Files.readString(units.resolve(timer)).replace("OnBootSec=", "OnBootSecs="));
    CommandResult broken = run(Command.builder(argv).workingDirectory(units)
        .env("XDG_RUNTIME_DIR", dir.resolve("xdg").toString()));
    assertThat(broken.stdout() + broken.stderrTail()).contains("OnBootSecs");
  }

  /** Writes a unit with the image's libexec directory mapped into the rendered root. */
  private static String write(Path units, String name, String text, Path root) throws IOException {
    Files.writeString(units.resolve(name), text.replace(LIBEXEC, root + LIBEXEC));
    return name;
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "multi-instance"})
  void sysusersAndTmpfilesCreateTheUserItsDirectoriesAndLinger(String which) throws IOException {
    TankOsImage image = image(which);
    Path root = rendered(image);
    Files.createDirectories(root.resolve("etc"));
    CommandResult dry = run(Command.builder(RealTools.get().systemdSysusers().toString(), "--root", root.toString(),
        "--dry-run"));
    assertThat(dry.exitCode()).as(dry.stderrTail()).isZero();
    assertThat(dry.stdout() + dry.stderrTail())
        .contains("Creating group 'openclaw' with GID 1000.", "Creating user 'openclaw' (OpenClaw) with UID 1000 and"
            + " GID 1000.")
        .doesNotContain("ignoring", "Failed");
    CommandResult users = run(Command.builder(RealTools.get().systemdSysusers().toString(), "--root",
        root.toString()));
    assertThat(users.exitCode()).as(users.stderrTail()).isZero();
    assertThat(Files.readAllLines(root.resolve("etc/passwd")))
        .contains("openclaw:x:1000:1000:OpenClaw:/var/home/openclaw:/bin/bash");
    assertThat(Files.readAllLines(root.resolve("etc/group"))).anySatisfy(l -> assertThat(l).matches("wheel:x:\\d+:openclaw"));
    CommandResult tmp = run(Command.builder(RealTools.get().systemdTmpfiles().toString(), "--root", root.toString(),
        "--create"));
    assertThat(tmp.exitCode()).as(tmp.stdout() + tmp.stderrTail()).isZero();
    expect(root, "var/home/openclaw", "rwx------", 1000, 1000);
    for (AgentInstance i : image.instances()) {
      expect(root, "var/home/openclaw/" + i.stateDirectory(), "rwx------", 1000, 1000);
      if (i.serviceGator().isPresent()) {
        expect(root, "var/home/openclaw/" + i.serviceGator().get().configDirectory(), "rwx------", 1000, 1000);
      }
    }
    expect(root, "var/lib/systemd/linger/openclaw", "rw-r--r--", 0, 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "multi-instance"})
  void systemctlReadsTheLinksAsEnabledAndMasked(String which) throws IOException {
    TankOsImage image = image(which);
    Path root = rendered(image);
    String systemctl = RealTools.get().systemctl().toString();
    for (AgentInstance i : image.instances()) {
      CommandResult r = run(Command.builder(systemctl, "--root", root.toString(), "--global", "is-enabled",
          InstanceUnits.healthName(i) + ".timer"));
      assertThat(r.stdout().strip()).as(i.name()).isEqualTo("enabled");
    }
    CommandResult masked = run(Command.builder(systemctl, "--root", root.toString(), "is-enabled",
        "bootc-fetch-apply-updates.timer"));
    assertThat(masked.stdout().strip()).isEqualTo("masked");
  }

  private static CommandResult run(Command.Builder command) {
    return CommandRunner.local().run(command.env("LC_ALL", "C.UTF-8").env("SYSTEMD_COLORS", "0")
        .timeout(Duration.ofMinutes(2)).build());
  }

  private static void expect(Path root, String path, String perms, int uid, int gid) throws IOException {
    Path p = root.resolve(path);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)))
        .as(path).isEqualTo(perms);
    assertThat(Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)).as(path + " uid").isEqualTo(uid);
    assertThat(Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS)).as(path + " gid").isEqualTo(gid);
  }
}
