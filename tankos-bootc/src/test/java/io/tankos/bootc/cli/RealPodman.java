package io.tankos.bootc.cli;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.testkit.RealTools;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The recorded real podman for tests, with helpers that export an image's files. */
final class RealPodman {
  private RealPodman() {}

  static Podman podman() {
    String path = RealTools.get().requireExecutable("podman.path").toString();
    return Podman.builder()
        .executable(path)
        .globalArgsLine(RealTools.get().valueOrEmpty("podman.args"))
        .build();
  }

  static String uniqueName(String what) {
    return "tankos-test-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The image's filesystem as a tar ({@code podman create} + {@code podman export}). */
  static byte[] export(Podman podman, String image) {
    String container = uniqueName("export");
    podman.runner().runChecked(podman.command(List.of("create", "--name", container, image, "/none")).build());
    try {
      CommandResult r =
          podman.runner().runChecked(podman.command(List.of("export", container)).build());
      return r.stdoutBytes();
    } finally {
      podman.runner().run(podman.command(List.of("rm", "--force", container)).build());
    }
  }

  static Command.Builder raw(Podman podman, String... args) {
    return podman.command(new ArrayList<>(List.of(args)));
  }
}
