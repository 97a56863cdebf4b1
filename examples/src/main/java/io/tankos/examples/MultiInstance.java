package io.tankos.examples;

import io.tankos.bootc.image.AgentInstance;
import io.tankos.bootc.image.AgentUser;
import io.tankos.bootc.image.HealthCheck;
import io.tankos.bootc.image.InstanceSecret;
import io.tankos.bootc.image.Provisioning;
import io.tankos.bootc.image.Release;
import io.tankos.bootc.image.ServiceGator;
import io.tankos.bootc.image.SudoPolicy;
import io.tankos.bootc.image.TankOsImage;
import java.nio.file.Path;

/**
 * Two OpenClaw agents on one Tank-OS machine, {@code work} and {@code research}: each with its own
 * container, gateway port, state directory, env file, secret names and health check; {@code work}
 * with a service-gator companion. The README's Java example of the image model, compiled and tested
 * so that it stays true.
 *
 * <pre>{@code
 * TankOsImage image = MultiInstance.image("ssh-ed25519 AAAA... admin@laptop");
 * image.buildContext().writeTo(Path.of("out/multi"));
 * }</pre>
 */
public final class MultiInstance {
  private MultiInstance() {}

  /**
   * The image: Tank-OS's base, packages and files, a production user (no sudo), two instances.
   *
   * @param sshKey the agent user's SSH public key
   * @return the image, every value and collision checked
   */
  public static TankOsImage image(String sshKey) {
    AgentInstance work = AgentInstance.builder("work")
        .gatewayPort(18789)
        .serviceGator(ServiceGator.builder().name("work-gator").port(8080).build())
        .build();
    AgentInstance research = AgentInstance.builder("research")
        .gatewayPort(18790)
        .clearSecrets()
        .secret(InstanceSecret.env("research_openai_api_key", "OPENAI_API_KEY"))
        .secret(InstanceSecret.env("research_telegram_bot_token", "TELEGRAM_BOT_TOKEN"))
        .healthCheck(HealthCheck.builder().interval("10min").bootDelay("3min").build())
        .build();
    return TankOsImage.tankOs().toBuilder()
        .release(Release.builder().version("2026.12.1").summary("two OpenClaw agents, work and research").build())
        .user(AgentUser.tankOs().toBuilder().sudo(SudoPolicy.none()).build())
        .clearInstances()
        .instance(work)
        .instance(research)
        .provisioning(Provisioning.builder().sshAuthorizedKey(sshKey).hostname("tank-01").build())
        .build();
  }

  /**
   * Writes the build context into a directory.
   *
   * @param args the output directory and the SSH public key line
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: MultiInstance OUT_DIR 'ssh-ed25519 AAAA... comment'");
      System.exit(2);
    }
    image(args[1]).buildContext().writeTo(Path.of(args[0]));
  }
}
