package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.realtools.CloudInitValidators;
import io.tankos.core.secret.SecretValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-boot user-data with secrets (a value with YAML-special characters, a binary value, a
 * second instance) through the real cloud-init 22.4.2 and 25.1.4 schema validators.
 */
class FirstBootSecretsRealToolsTest {
  @TempDir Path tmp;

  @Test
  void bothCloudInitVersionsAcceptTheUserData() throws Exception {
    byte[] binary = {0, (byte) 0xff, '\n', '\'', '"', ':', '#', 'x'};
    Path defaults = tmp.resolve("default-user-data");
    Path multi = tmp.resolve("multi-user-data");
    try (SecretValue key = SecretValue.of("anthropic_api_key", "sk-ant-example: #1 'quoted'\n");
        SecretValue token = SecretValue.of("gh_token", binary);
        SecretValue ca = SecretValue.of("research_ca_bundle", "-----BEGIN CERTIFICATE-----\nMIIB\n")) {
      Files.write(defaults, FirstBootSecrets.builder(TankOsImage.tankOs())
          .secret("openclaw", "anthropic_api_key", key)
          .secret("openclaw", "gh_token", token)
          .build().userData());
      Files.write(multi, FirstBootSecrets.builder(ImageFixtures.multiInstance())
          .secret("work", "anthropic_api_key", key)
          .secret("research", "research_ca_bundle", ca)
          .build().userData());
    }
    for (String version : CloudInitValidators.versions()) {
      assertThat(CloudInitValidators.problems(version, List.of(defaults, multi))).as(version).isEmpty();
    }
  }
}
