package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * tankos's rule tables hold exactly the constraint facts of cloud-init's schemas of both versions:
 * each table equals what {@link RuleTableWriter} derives from the schema file in the conformance
 * data. Run with {@code -Dtankos.writeRules=DIR} to write the tables into DIR after a schema
 * update.
 */
class RuleTablesTest {
  /** Table name, schema file under schemas/, title line. */
  static final List<String[]> TABLES = List.of(
      new String[] {"cloud-config-22.4", "22.4.2/schema-cloud-config-v1.json",
          "cloud-init 22.4 cloud-config"},
      new String[] {"cloud-config-25.1", "25.1.4/schema-cloud-config-v1.json",
          "cloud-init 25.1 cloud-config"},
      new String[] {"network-v1-25.1", "25.1.4/schema-network-config-v1.json",
          "cloud-init 25.1 network-config version 1"},
      new String[] {"network-v2-25.1", "25.1.4/schema-network-config-v2.json",
          "cloud-init 25.1 network-config version 2"});

  @Test
  void everyTableHoldsTheFactsOfItsSchema() throws IOException {
    Path schemas = Conformance.require("cloud-init").resolve("schemas");
    String writeTo = System.getProperty("tankos.writeRules");
    for (String[] t : TABLES) {
      String expected = RuleTableWriter.write(schemas.resolve(t[1]), t[2]);
      if (writeTo != null) {
        Files.writeString(Path.of(writeTo).resolve("rules-" + t[0] + ".yaml"), expected);
        continue;
      }
      String name = "/io/tankos/cloudinit/internal/rules-" + t[0] + ".yaml";
      try (InputStream in = RuleTablesTest.class.getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(name).isEqualTo(expected);
      }
    }
  }
}
