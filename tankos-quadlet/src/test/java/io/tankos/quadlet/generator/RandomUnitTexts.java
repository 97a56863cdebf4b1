package io.tankos.quadlet.generator;

import io.tankos.testkit.Gen;
import java.util.List;

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

  static Gen<String> texts() {
    Gen<String> value = HostileValues.strings();
    Gen<String> key = Gen.of(KEYS);
    Gen<String> equals = Gen.of("=", " = ", "=", "= ");
    Gen<String> keyLine = r -> key.next(r) + equals.next(r) + value.next(r);
    Gen<String> line =
        Gen.frequency(
            Gen.weighted(12, keyLine),
            Gen.weighted(2, Gen.of(SECTIONS)),
            Gen.weighted(2, value.map(v -> "# " + v)),
            Gen.weighted(1, value.map(v -> "; " + v)),
            Gen.weighted(1, Gen.of("", "   ", "\t")),
            Gen.weighted(2, keyLine.map(l -> l + " \\")),
            Gen.weighted(1, keyLine.map(l -> "  " + l)),
            Gen.weighted(1, value.map(v -> "x" + v.replace("=", ""))));
    Gen<String> body = line.list(0, 8).map(l -> String.join("\n", l));
    Gen<String> head =
        Gen.frequency(
            Gen.weighted(5, Gen.constant("[Container]\nImage=quay.io/tankos/probe:1\n")),
            Gen.weighted(1, Gen.constant("")));
    Gen<String> end = Gen.of("\n", "");
    return r -> head.next(r) + body.next(r) + end.next(r);
  }
}
