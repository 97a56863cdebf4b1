package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.validation.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedFindingsTest {
  private static SchemaFinding f(String path, int line, String message) {
    return new SchemaFinding(path, Location.ROOT, line, message);
  }

  @Test
  void eachPairOnceInPythonsOrderKeepingTheFirstFound() {
    List<SchemaFinding> found = List.of(f("users.2", 5, "b"), f("hostname", 2, "x"),
        f("users.10", 9, "a"), f("hostname", 3, "x"), f("hostname", 2, "w"), f("users.2", 5, "a"));
    assertThat(ReportedFindings.of25(found)).extracting(x -> x.path() + "@" + x.line() + ":" + x.message())
        .containsExactly("hostname@2:w", "hostname@2:x", "users.10@9:a", "users.2@5:a", "users.2@5:b");
    assertThat(ReportedFindings.of25(List.of(f("a", 1, "m")))).hasSize(1);
  }
}
