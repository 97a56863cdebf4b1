package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Mount= line's fields, split as Go's strings.Split does (empty fields kept, trailing ones too). */
class MountFieldsTest {
  @Test
  void fieldsAreSplitOnCommasAndTheFirstEquals() {
    assertThat(MountFields.of("type=volume,source=data.volume,destination=/d,ro").orElseThrow())
        .containsExactly(Map.entry("type", "volume"), Map.entry("source", "data.volume"),
            Map.entry("destination", "/d"), Map.entry("ro", ""));
    assertThat(MountFields.of("type=bind,,src=a=b,").orElseThrow())
        .containsExactly(Map.entry("type", "bind"), Map.entry("", ""), Map.entry("src", "a=b"),
            Map.entry("", ""));
    assertThat(MountFields.of("\"type=tmpfs\" dst=/t").orElseThrow())
        .containsExactly(Map.entry("type", "tmpfs"), Map.entry("dst", "/t"));
    assertThat(MountFields.of("type=volume,source=\\q")).isEmpty(); // an escape Quadlet refuses
  }

  @Test
  void aLongLineOfEmptyFieldsIsSplitInOnePass() {
    // the '=' of a field is looked for within the field only
    assertThat(MountFields.of(",".repeat(200_000) + "source=x.volume").orElseThrow())
        .hasSize(200_001).last().isEqualTo(Map.entry("source", "x.volume"));
  }
}
