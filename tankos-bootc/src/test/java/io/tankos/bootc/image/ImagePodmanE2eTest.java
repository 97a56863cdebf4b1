package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.podman.BuildResult;
import io.tankos.bootc.podman.Podman;
import io.tankos.bootc.podman.PodmanBuild;
import io.tankos.bootc.podman.PodmanImage;
import io.tankos.core.exec.OutputLine;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PullPolicy;
import io.tankos.testkit.RealTools;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end with the real podman (4.3.1 here): the rendered build context of the multi-instance
 * image builds on the local debootstrap base (the base overridden with {@code --build-arg
 * BOOTC_BASE=…}; no package manager, {@code useradd} accounts, no lint since the base has no bootc),
 * and the image holds what the model says: the user and its subordinate IDs, linger, file modes,
 * the units in place, the enablement links and the labels. The image is probed from a second build
 * {@code FROM} it whose {@code RUN} prints {@code getent}, {@code stat} and {@code readlink} (this
 * sandbox's runtime cannot {@code podman run}).
 */
class ImagePodmanE2eTest {
  private static final String BEGIN = "<<<probe";
  private static final String END = "probe>>>";

  private final List<String> tags = new ArrayList<>();
  private Podman podman;

  @AfterEach
  void removeImages() {
    if (podman != null) {
      tags.forEach(podman::removeImage);
    }
  }

  @Test
  void theRenderedContextBuildsOnTheTestBaseAndHoldsTheModel() {
    String base = RealTools.get().require("podman.baseimage");
    podman = Podman.builder()
        .executable(RealTools.get().requireExecutable("podman.path").toString())
        .globalArgsLine(RealTools.get().valueOrEmpty("podman.args"))
        .build();
    TankOsImage image = ImageFixtures.multiInstance().toBuilder()
        .base(BaseImage.builder("localhost/debian-bootc:12").packageManager(PackageManager.NONE)
            .accounts(AccountsForm.USERADD).build())
        .clearPackages()
        .lint(false)
        .build();
    FileTree context = image.buildContext();
    String tag = tag("image");
    List<OutputLine> progress = new CopyOnWriteArrayList<>();
    podman.build(PodmanBuild.builder()
        .containerfile(context.text("Containerfile").orElseThrow())
        .context(context)
        .buildArg(TankOsImage.BASE_ARG, base)
        .isolation("chroot")
        .pull(PullPolicy.NEVER)
        .tag(tag)
        .build(), progress::add);
    assertThat(progress).extracting(OutputLine::text).anyMatch(l -> l.contains("COPY rootfs/ /"));

    PodmanImage built = podman.inspectImage(tag).orElseThrow();
    assertThat(built.labels()).containsEntry("containers.bootc", "1")
        .containsEntry("org.opencontainers.image.title", "tank-os")
        .containsEntry("org.opencontainers.image.source", "https://github.com/LobsterTrap/tank-os");

    List<String> probe = probe(tag, String.join("; ",
        "getent passwd openclaw",
        "id -nG openclaw",
        "grep '^openclaw:' /etc/subuid /etc/subgid",
        "stat -c '%a %u:%g %n' /var/lib/systemd/linger/openclaw /var/home/openclaw /var/home/openclaw/.work"
            + " /var/home/openclaw/.research /var/home/openclaw/.config/work-gator /etc/sudoers.d/openclaw"
            + " /usr/libexec/tank-os/sync-podman-secrets /usr/local/bin/openclaw /etc/tank-os-release",
        "ls /etc/containers/systemd/users/1000",
        "readlink /etc/systemd/user/timers.target.wants/work-healthcheck.timer"
            + " /etc/systemd/user/timers.target.wants/research-healthcheck.timer"
            + " /etc/systemd/system/bootc-fetch-apply-updates.timer"
            + " /etc/systemd/system/multi-user.target.wants/sshd.service",
        "cat /etc/tank-os-release"));
    assertThat(probe).containsSubsequence(
        "openclaw:x:1000:1000:OpenClaw:/var/home/openclaw:/bin/bash",
        "openclaw wheel",
        "/etc/subuid:openclaw:100000:65536",
        "/etc/subgid:openclaw:100000:65536",
        "644 0:0 /var/lib/systemd/linger/openclaw",
        "700 1000:1000 /var/home/openclaw",
        "700 1000:1000 /var/home/openclaw/.work",
        "700 1000:1000 /var/home/openclaw/.research",
        "700 1000:1000 /var/home/openclaw/.config/work-gator",
        "440 0:0 /etc/sudoers.d/openclaw",
        "755 0:0 /usr/libexec/tank-os/sync-podman-secrets",
        "755 0:0 /usr/local/bin/openclaw",
        "644 0:0 /etc/tank-os-release",
        "research-gator.container",
        "research.container",
        "work-gator.container",
        "work.container",
        "/usr/lib/systemd/user/work-healthcheck.timer",
        "/usr/lib/systemd/user/research-healthcheck.timer",
        "/dev/null",
        "/usr/lib/systemd/system/sshd.service",
        "tank-os demo build 2026-04-13");
  }

  /** Runs a shell line in a build FROM the image and returns what it printed. */
  private List<String> probe(String image, String commands) {
    List<OutputLine> out = new CopyOnWriteArrayList<>();
    podman.build(PodmanBuild.builder()
        .containerfile("FROM " + image + "\nRUN echo '" + BEGIN + "'; " + commands + "; echo '" + END + "'\n")
        .context(FileTree.empty())
        .isolation("chroot")
        .pull(PullPolicy.NEVER)
        .noCache(true)
        .tag(tag("probe"))
        .build(), out::add);
    List<String> lines = out.stream().map(OutputLine::text).toList();
    int from = lines.lastIndexOf(BEGIN);
    int to = lines.lastIndexOf(END);
    assertThat(from).as(String.join("\n", lines)).isGreaterThanOrEqualTo(0).isLessThan(to);
    return lines.subList(from + 1, to);
  }

  private String tag(String what) {
    String tag = "localhost/tankos-test-image-" + what + "-" + UUID.randomUUID().toString().substring(0, 8) + ":1";
    tags.add(tag);
    return tag;
  }
}
