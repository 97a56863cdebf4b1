package io.tankos.test;

import static io.tankos.test.TankosAssertions.assertThat;
import static io.tankos.test.TankosAssertions.assertThatThrownBy;

import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.UserData;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.quadlet.QuadletUnit;
import io.tankos.test.internal.CloudInitJudge;
import io.tankos.test.internal.Verdict;
import io.tankos.testkit.RealTools;
import io.tankos.testkit.RequiresTools;
import org.junit.jupiter.api.Test;

/** Where the real tools are installed, they judge, and the failure message says so. */
class RealJudgesTest {

  @Test
  @RequiresTools("quadlet.5.4.path")
  void theRealQuadletRefusesAUnitTheOfflineValidatorLetsThrough() {
    // no Image= or Rootfs=: tankos's lenient parser keeps the unit, the generator refuses it
    QuadletUnit unit = QuadletUnit.parseLenient("web.container", "[Container]\nExec=sleep 1\n");
    String version = RealTools.get().require("quadlet.5.4.version");

    assertThatThrownBy(() -> assertThat(unit).isAcceptedByQuadlet(PodmanVersion.V5_4))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected Quadlet 5.4 to accept the set but real quadlet " + version + " (")
        .hasMessageContaining("web.container");
    assertThat(FormatExamplesTest.webSet()).isAcceptedByQuadlet(PodmanVersion.V5_4);
  }

  @Test
  @RequiresTools("cloudinit.25.1.cmd")
  void tanKosCheckerJudgesFirstThenTheRealCloudInitSchema() {
    String version = RealTools.get().require("cloudinit.25.1.version");
    // a type error tankos's checker knows from the schema: refused before any real cloud-init runs
    CloudConfig config = CloudConfig.parse("user-data", "#cloud-config\nhostname: tank-01\nkeyboard: 42\n");
    assertThatThrownBy(() -> assertThat(config).isValidFor(CloudInitVersion.V25_1))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected the cloud-config to be valid for cloud-init 25.1 but " + CloudInitJudge.OFFLINE + " refused it")
        .hasMessageContaining("keyboard");

    // a document the checker accepts goes on to the installed cloud-init, which has the last word
    Verdict verdict = CloudInitJudge.judge(UserData.of(FormatExamplesTest.config()), CloudInitVersion.V25_1);
    assertThat(verdict.accepted()).isTrue();
    assertThat(verdict.judge()).startsWith("real cloud-init " + version + " schema (");
    assertThat(FormatExamplesTest.config()).isValidFor(CloudInitVersion.V25_1);
  }
}
