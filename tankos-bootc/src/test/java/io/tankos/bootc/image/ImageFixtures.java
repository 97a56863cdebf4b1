package io.tankos.bootc.image;

import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import io.tankos.core.fs.Symlink;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** The models the image tests render: Tank-OS's default and a two-instance machine. */
final class ImageFixtures {
  /** An OpenSSH public key line (no private key exists for it in the repository). */
  static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop";

  private ImageFixtures() {}

  /** The problems, as {@code LOCATION: message} lines, of a build that must fail validation. */
  static List<String> problems(Executable build) {
    try {
      build.execute();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).toList();
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
    throw new AssertionError("no ValidationException");
  }

  /** The files of a tree under a directory, at paths relative to it. */
  static FileTree subtree(FileTree tree, String directory) {
    FileTree.Builder b = FileTree.builder();
    for (FileEntry e : tree.entries()) {
      if (e.path().startsWith(directory + "/")) {
        String rel = e.path().substring(directory.length() + 1);
        if (e instanceof RegularFile f) {
          b.file(rel, f.content(), f.mode());
        } else if (e instanceof Symlink l) {
          b.symlink(rel, l.target());
        }
      }
    }
    return b.build();
  }

  /** {@code work} (with service-gator) and {@code research} on one machine, as examples/MultiInstance. */
  static TankOsImage multiInstance() {
    return TankOsImage.tankOs().toBuilder()
        .user(AgentUser.tankOs().toBuilder().sudo(SudoPolicy.rules("ALL=(root) NOPASSWD: /usr/bin/bootc status"))
            .build())
        .clearInstances()
        .instance(AgentInstance.builder("work")
            .serviceGator(ServiceGator.builder().name("work-gator").port(8080).build())
            .build())
        .instance(AgentInstance.builder("research")
            .gatewayPort(18790)
            .clearSecrets()
            .secret(InstanceSecret.env("research_openai_api_key", "OPENAI_API_KEY"))
            .secret(InstanceSecret.file("research_ca_bundle"))
            .secret(InstanceSecret.file("research_gh_token", "GH_TOKEN_FILE"))
            .healthCheck(HealthCheck.builder().interval("10min").bootDelay("3min").build())
            .serviceGator(ServiceGator.builder().name("research-gator").port(8081).clearTokens()
                .token(InstanceSecret.file("research_gh_token", "GH_TOKEN_FILE")).build())
            .build())
        .provisioning(Provisioning.builder().sshAuthorizedKey(KEY).hostname("tank-01").build())
        .build();
  }
}
