package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.RealCloudInit;
import io.tankos.core.secret.SecretValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first-boot user-data with secrets (a binary value among them) through the real cloud-init
 * 22.4.2 and 25.1.4 schema validators.
 */
class FirstBootSecretsRealToolsTest {

  @Test
  void bothCloudInitVersionsAcceptTheUserData() {
    byte[] binary = {0, (byte) 0xff, '\n', '\'', '"', ':', '#', 'x'};
    byte[] userData;
    try (SecretValue key = SecretValue.of("anthropic_api_key", "sk-ant-example: #1 'quoted'\n");
        SecretValue token = SecretValue.of("gh_token", binary)) {
      userData = FirstBootSecrets.builder(TankOsImage.tankOs())
          .secret("openclaw", "anthropic_api_key", key)
          .secret("openclaw", "gh_token", token)
          .build().userData();
    }
    Path dir = RealCloudInit.tempDir("tankos-first-boot");
    Path file = RealCloudInit.write(dir.resolve("user-data"), userData);
    for (String version : RealCloudInit.versions()) {
      Map<String, RealCloudInit.Verdict> v = RealCloudInit.validate(version, List.of(file), false);
      assertThat(v.values()).allSatisfy(x -> assertThat(x.valid()).as(version + " " + x.errors()).isTrue());
    }
  }
}
