package io.tankos.quadlet.generator;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random {@code .container} file texts as a careless human or a broken tool would write them: real
 * and unknown keys with raw hostile values (unescaped), comments, blank and indented lines,
 * continuation lines, repeated and foreign sections, and the odd line that is not a unit-file line
 * at all. Most start with a valid {@code Image=} so the generator has something to convert.
 */
final class RandomUnitTexts {
  private static final List<String> KEYS =
      List.of(
          "Image", "Exec", "Environment", "Label", "Annotation", "PublishPort", "Volume",
          "PodmanArgs", "Secret", "HealthCmd", "AddCapability", "DropCapability", "Sysctl",
          "Network", "ContainerName", "User", "WorkingDir", "Entrypoint", "Tmpfs", "AddHost",
          "DNS", "Timezone", "Ulimit", "LogOpt", "Mask", "GlobalArgs", "image", "Bogus");

  private static final List<String> SECTIONS =
      List.of("[Container]", "[Unit]", "[Service]", "[Install]", "[X-Custom]", "[Container] ");

  private RandomUnitTexts() {}

  static Arbitrary<String> texts() {
    Arbitrary<String> value = HostileValues.strings();
    Arbitrary<String> keyLine =
        Combinators.combine(Arbitraries.of(KEYS), value, Arbitraries.of("=", " = ", "=", "= "))
            .as((k, v, eq) -> k + eq + v);
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(12, keyLine),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(SECTIONS)),
            net.jqwik.api.Tuple.of(2, value.map(v -> "# " + v)),
            net.jqwik.api.Tuple.of(1, value.map(v -> "; " + v)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("", "   ", "\t")),
            net.jqwik.api.Tuple.of(2, keyLine.map(l -> l + " \\")),
            net.jqwik.api.Tuple.of(1, keyLine.map(l -> "  " + l)),
            net.jqwik.api.Tuple.of(1, value.map(v -> "x" + v.replace("=", ""))));
    Arbitrary<String> body = line.list().ofMaxSize(8).map(l -> String.join("\n", l));
    Arbitrary<String> head =
        Arbitraries.frequency(
            net.jqwik.api.Tuple.of(5, "[Container]\nImage=quay.io/tankos/probe:1\n"),
            net.jqwik.api.Tuple.of(1, ""));
    return Combinators.combine(head, body, Arbitraries.of("\n", "")).as((h, b, end) -> h + b + end);
  }
}
