package io.tankos.bootc.podman;

import io.tankos.core.exec.Command;
import io.tankos.testkit.RealTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      Path tar = Files.createTempFile("tankos-export-", ".tar");
      try {
        podman.runner().runChecked(podman.command(List.of("export", "--output", tar.toString(), container)).build());
        return Files.readAllBytes(tar);
      } finally {
        Files.deleteIfExists(tar);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      podman.runner().run(podman.command(List.of("rm", "--force", container)).build());
    }
  }

  static Command.Builder raw(Podman podman, String... args) {
    return podman.command(new ArrayList<>(List.of(args)));
  }
}
