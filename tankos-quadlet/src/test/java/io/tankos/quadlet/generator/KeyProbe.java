package io.tankos.quadlet.generator;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.NetworkUnit;
import io.tankos.quadlet.PodUnit;
import io.tankos.quadlet.VolumeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One way to put a hostile value into a typed unit, and the podman words that must carry it in the
 * generated service: a contiguous run of words in one of its {@code Exec*=} lines, or the end of
 * {@code ExecStart=}.
 *
 * @param name what the probe sets, e.g. {@code Container.Environment (value)}
 * @param key the Quadlet key a rejection must name in its location
 * @param extension the unit type ({@code container}, {@code network}, {@code pod}, {@code volume})
 * @param render builds and renders a unit with the value; throws {@code ValidationException}
 * @param expected the words that must appear
 * @param atEnd whether the words must end {@code ExecStart=} rather than appear anywhere
 */
record KeyProbe(
    String name,
    String key,
    String extension,
    Renderer render,
    Function<String, List<String>> expected,
    boolean atEnd) {

  /** Image used by every container probe that does not probe {@code Image=} itself. */
  static final String IMAGE = "quay.io/tankos/probe:1";

  /** Builds and renders one unit. */
  @FunctionalInterface
  interface Renderer {
    String render(String unitName, PodmanVersion version, String value);
  }

  /**
   * The service the generator makes from a probe unit.
   *
   * @param unitName the unit's name
   * @return the service file name
   */
  String serviceName(String unitName) {
    return ServiceNames.of(unitName + "." + extension, java.util.Optional.empty());
  }

  private static KeyProbe container(
      String name,
      String key,
      BiConsumer<ContainerUnit.Builder, String> set,
      Function<String, List<String>> expected) {
    return new KeyProbe(
        name,
        key,
        "container",
        (unit, version, value) -> {
          ContainerUnit.Builder b = ContainerUnit.builder(unit).image(IMAGE);
          set.accept(b, value);
          return b.build().render(version, TargetPolicy.STRICT);
        },
        expected,
        false);
  }

  /**
   * Every probe.
   *
   * @return the probes
   */
  static List<KeyProbe> all() {
    List<KeyProbe> p = new ArrayList<>();
    p.add(
        new KeyProbe(
            "Container.Image",
            "Image",
            "container",
            (unit, version, value) ->
                ContainerUnit.builder(unit).image(value).build().render(version, TargetPolicy.STRICT),
            v -> List.of(v),
            true));
    p.add(container("Container.ContainerName", "ContainerName", (b, v) -> b.set("ContainerName", v), v -> List.of("--name", v)));
    p.add(container("Container.Environment (value)", "Environment", (b, v) -> b.environment("HOSTILE", v), v -> List.of("--env", "HOSTILE=" + v)));
    p.add(container("Container.Environment (name)", "Environment", (b, v) -> b.environment(v, "x"), v -> List.of("--env", v + "=x")));
    p.add(container("Container.Label (value)", "Label", (b, v) -> b.label("tankos.probe", v), v -> List.of("--label", "tankos.probe=" + v)));
    p.add(container("Container.Label (name)", "Label", (b, v) -> b.label(v, "x"), v -> List.of("--label", v + "=x")));
    p.add(container("Container.Annotation", "Annotation", (b, v) -> b.annotation("tankos.probe", v), v -> List.of("--annotation", "tankos.probe=" + v)));
    p.add(container("Container.PublishPort", "PublishPort", (b, v) -> b.set("PublishPort", v), v -> List.of("--publish", v)));
    p.add(container("Container.Volume", "Volume", (b, v) -> b.addVolume("/srv/" + v + ":/data"), v -> List.of("-v", "/srv/" + v + ":/data")));
    p.add(container("Container.Exec", "Exec", (b, v) -> b.exec("echo", v, "end"), v -> List.of(IMAGE, "echo", v, "end")));
    p.add(container("Container.PodmanArgs", "PodmanArgs", (b, v) -> b.set("PodmanArgs", "--hostname", v), v -> List.of("--hostname", v)));
    p.add(container("Container.Secret", "Secret", (b, v) -> b.addSecret(v), v -> List.of("--secret", v)));
    p.add(container("Container.HealthCmd", "HealthCmd", (b, v) -> b.set("HealthCmd", v), v -> List.of("--health-cmd", v)));
    p.add(container("Container.AddCapability", "AddCapability", (b, v) -> b.set("AddCapability", v), v -> List.of("--cap-add", v.toLowerCase(Locale.ROOT))));
    p.add(container("Container.Sysctl", "Sysctl", (b, v) -> b.addSysctl("net.tankos.probe=" + v), v -> List.of("--sysctl", "net.tankos.probe=" + v)));
    p.add(container("Container.Network", "Network", (b, v) -> b.addNetwork("n" + v + "n"), v -> List.of("--network", "n" + v + "n")));
    p.add(container("Container.AddHost", "AddHost", (b, v) -> b.set("AddHost", v), v -> List.of("--add-host", v)));
    p.add(container("Service.ExecStartPre", "ExecStartPre", (b, v) -> b.addExecStartPre("/usr/bin/echo", v), v -> List.of("/usr/bin/echo", v)));
    p.add(
        new KeyProbe(
            "Network.Label",
            "Label",
            "network",
            (unit, version, value) ->
                NetworkUnit.builder(unit).set("Label", "tankos.probe=" + value).build().render(version, TargetPolicy.STRICT),
            v -> List.of("--label", "tankos.probe=" + v),
            false));
    p.add(
        new KeyProbe(
            "Network.Options",
            "Options",
            "network",
            (unit, version, value) ->
                NetworkUnit.builder(unit).set("Options", "tankos=" + value).build().render(version, TargetPolicy.STRICT),
            v -> List.of("--opt", "tankos=" + v),
            false));
    p.add(
        new KeyProbe(
            "Volume.Label",
            "Label",
            "volume",
            (unit, version, value) ->
                VolumeUnit.builder(unit).set("Label", "tankos.probe=" + value).build().render(version, TargetPolicy.STRICT),
            v -> List.of("--label", "tankos.probe=" + v),
            false));
    p.add(
        new KeyProbe(
            "Pod.PodmanArgs",
            "PodmanArgs",
            "pod",
            (unit, version, value) ->
                PodUnit.builder(unit).set("PodmanArgs", "--hostname", value).build().render(version, TargetPolicy.STRICT),
            v -> List.of("--hostname", v),
            false));
    p.add(
        new KeyProbe(
            "Pod.Label",
            "Label",
            "pod",
            (unit, version, value) ->
                PodUnit.builder(unit).set("Label", "tankos.probe=" + value).build().render(version, TargetPolicy.STRICT),
            v -> List.of("--label", "tankos.probe=" + v),
            false));
    return List.copyOf(p);
  }

  @Override
  public String toString() {
    return name;
  }
}
