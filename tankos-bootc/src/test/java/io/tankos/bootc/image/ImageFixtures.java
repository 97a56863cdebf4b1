package io.tankos.bootc.image;

/** The models the image tests render: Tank-OS's default and a two-instance machine. */
final class ImageFixtures {
  /** An OpenSSH public key line (no private key exists for it in the repository). */
  static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop";

  private ImageFixtures() {}

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
