package io.tankos.quadlet;

import static io.tankos.quadlet.ValueRenderingTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Duration keys take the caller's text, kept as written, in the syntax that reads it. */
class DurationTextTest {

  @Test
  void systemdTimeSpansAreKeptAsWritten() {
    ContainerUnit unit = ContainerUnit.builder("web").image("x:1")
        .timeoutStartSec("900").timeoutStopSec("1min 30s").restartSec("infinity").build();
    assertThat(unit.render()).contains("TimeoutStartSec=900\n", "TimeoutStopSec=1min 30s\n", "RestartSec=infinity\n");
    assertThat(unit.timeoutStartSec()).contains("900");
    assertThat(ContainerUnit.builder("web").image("x:1").timeoutStartSec(Duration.ofMinutes(15)).build()
        .timeoutStartSec()).contains("15m");
    assertThat(catchValidation(() -> ContainerUnit.builder("web").image("x:1").timeoutStartSec("soon").build())
        .getMessage()).isEqualTo("Service.TimeoutStartSec: 'soon' is not a systemd time span (900, 15min, 1h 30s, infinity)");
    assertThat(catchValidation(() -> ContainerUnit.builder("web").image("x:1").timeoutStartSec("-5").build())
        .getMessage()).contains("negative");
  }

  @Test
  void podmanDurationsAreKeptAsWrittenAndNeedAUnit() {
    ContainerUnit unit = ContainerUnit.builder("web").image("x:1").healthInterval("1m30s").retryDelay("500ms").build();
    assertThat(unit.healthInterval()).contains("1m30s");
    assertThat(unit.retryDelay()).contains("500ms");
    assertThat(catchValidation(() -> ContainerUnit.builder("web").image("x:1").healthInterval("90").build())
        .getMessage()).startsWith("Container.HealthInterval: '90' is not a duration Podman reads");
    assertThat(ContainerUnit.builder("web").image("x:1").healthIntervalDisabled().build().healthInterval())
        .contains("disable");
  }
}
