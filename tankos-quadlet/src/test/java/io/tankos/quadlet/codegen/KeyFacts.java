package io.tankos.quadlet.codegen;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the generator knows beyond the key table: the Java types of enumerated values, the unit
 * types, and the methods that take another unit as a reference.
 */
final class KeyFacts {
  /** Keys whose value is one of an enum's tokens, with the enum. */
  static final Map<String, String> ENUMS = Map.ofEntries(
      Map.entry("Container.AutoUpdate", "AutoUpdatePolicy"), Map.entry("Container.CgroupsMode", "CgroupsMode"),
      Map.entry("Container.HealthOnFailure", "HealthOnFailure"), Map.entry("Container.Notify", "NotifyMode"),
      Map.entry("Container.Pull", "PullPolicy"), Map.entry("Build.Pull", "PullPolicy"),
      Map.entry("Image.Policy", "PullPolicy"), Map.entry("Container.RemapUsers", "RemapUsers"),
      Map.entry("Pod.RemapUsers", "RemapUsers"), Map.entry("Kube.RemapUsers", "RemapUsers"),
      Map.entry("Network.Driver", "NetworkDriver"), Map.entry("Network.IPAMDriver", "IpamDriver"),
      Map.entry("Pod.ExitPolicy", "PodExitPolicy"), Map.entry("Kube.ExitCodePropagation", "ExitCodePropagation"),
      Map.entry("Kube.SetWorkingDirectory", "KubeWorkingDirectory"), Map.entry("Container.LogDriver", "LogDriver"),
      Map.entry("Kube.LogDriver", "LogDriver"));

  /** Enum keys that also take any text (Podman accepts more than the enum). */
  static final Set<String> ENUM_OR_TEXT = Set.of("Container.LogDriver", "Kube.LogDriver");

  /** Keys whose lines accumulate only from a later version than the key's first. */
  static final Map<String, String> REPEATABLE_SINCE = Map.of("Kube.Yaml", "V5_5");

  /** The key whose value is a Podman secret mount. */
  static final String SECRET = "Container.Secret";

  /** The key/value keys whose names may be given without a value (Podman 5.5+). */
  static final String ENVIRONMENT = "Environment";

  /** Read-back names that differ from the key's ({@code notify()} is Object's). */
  static final Map<String, String> GETTER_NAMES = Map.of("Container.Notify", "notifyMode");

  /** The key whose read-back is {@code QuadletUnit.serviceName()}. */
  static final String SERVICE_NAME = "ServiceName";

  /** A unit type: its constant, section, class, extension, the podman command and an example. */
  record Type(String constant, String section, String className, String ext, String command, String example) {}

  static final List<Type> TYPES = List.of(
      new Type("CONTAINER", "Container", "ContainerUnit", "container", "podman run",
          "ContainerUnit web = ContainerUnit.builder(\"web\")\n *     .image(\"quay.io/example/web:1.0\")\n"
              + " *     .addPublishPort(\"127.0.0.1:8080:80\")\n *     .environment(\"TZ\", \"UTC\")\n"
              + " *     .addVolume(SystemdValue.withSpecifiers(\"%h/web:/data:Z\"))\n"
              + " *     .wantedBy(\"default.target\")\n *     .build();\n"
              + " * web.publishPorts();                  // [127.0.0.1:8080:80]"),
      new Type("VOLUME", "Volume", "VolumeUnit", "volume", "podman volume create",
          "VolumeUnit data = VolumeUnit.builder(\"web-data\").label(\"app\", \"web\").build();\n"
              + " * data.labels();                       // {app=web}"),
      new Type("NETWORK", "Network", "NetworkUnit", "network", "podman network create",
          "NetworkUnit net = NetworkUnit.builder(\"web\").addSubnet(\"10.89.10.0/24\").addGateway(\"10.89.10.1\").build();"),
      new Type("POD", "Pod", "PodUnit", "pod", "podman pod create",
          "PodUnit pod = PodUnit.builder(\"app\").addPublishPort(\"8080:80\").build();"),
      new Type("KUBE", "Kube", "KubeUnit", "kube", "podman kube play",
          "KubeUnit kube = KubeUnit.builder(\"app\").addYaml(\"/etc/containers/kube/app.yaml\").build();"),
      new Type("IMAGE", "Image", "ImageUnit", "image", "podman image pull",
          "ImageUnit img = ImageUnit.builder(\"web\").image(\"quay.io/example/web:1.0\").build();"),
      new Type("BUILD", "Build", "BuildUnit", "build", "podman build",
          "BuildUnit b = BuildUnit.builder(\"web\").addImageTag(\"localhost/web:latest\").file(\"./Containerfile\").build();"),
      new Type("ARTIFACT", "Artifact", "ArtifactUnit", "artifact", "podman artifact pull (Podman 5.7+)",
          "ArtifactUnit a = ArtifactUnit.builder(\"model\").artifact(\"quay.io/example/model:1\").build();"));

  /**
   * A method taking another unit of the set as the value of a key.
   *
   * @param section the section
   * @param key the key
   * @param unitClass the referenced unit's class
   * @param what what the reference means
   */
  record Ref(String section, String key, String unitClass, String what) {}

  static final List<Ref> REFS = List.of(
      new Ref("Container", "Image", "ImageUnit", "the {@code .image} unit whose image to run"),
      new Ref("Container", "Image", "BuildUnit", "the {@code .build} unit whose image to run"),
      new Ref("Container", "Network", "NetworkUnit", "the {@code .network} unit to join"),
      new Ref("Container", "Network", "ContainerUnit", "the {@code .container} whose network namespace to share"),
      new Ref("Container", "Pod", "PodUnit", "the {@code .pod} unit to run in"),
      new Ref("Container", "Volume", "VolumeUnit", "a {@code .volume} unit of the set"),
      new Ref("Pod", "Network", "NetworkUnit", "the {@code .network} unit to join"),
      new Ref("Pod", "Volume", "VolumeUnit", "a {@code .volume} unit of the set"),
      new Ref("Kube", "Network", "NetworkUnit", "the {@code .network} unit to join"),
      new Ref("Build", "Network", "NetworkUnit", "the {@code .network} unit to use"),
      new Ref("Build", "Volume", "VolumeUnit", "a {@code .volume} unit of the set"),
      new Ref("Volume", "Image", "ImageUnit", "the {@code .image} unit (with {@code Driver=image})"),
      new Ref("Volume", "Image", "BuildUnit", "the {@code .build} unit (with {@code Driver=image})"));

  private KeyFacts() {}

  /** The ValueKind constant of a {@code Lookup*} method. */
  static String kind(String readAs) {
    return switch (readAs) {
      case "Lookup" -> "SINGLE";
      case "LookupLast" -> "LAST";
      case "LookupBoolean", "LookupBooleanWithDefault" -> "BOOLEAN";
      case "LookupUint32" -> "UINT32";
      case "LookupAll" -> "VERBATIM_LIST";
      case "LookupAllStrv" -> "WORD_LIST";
      case "LookupAllArgs" -> "ARG_LIST";
      case "LookupAllKeyVal" -> "KEY_VALUE_LIST";
      case "LookupLastArgs" -> "EXEC";
      default -> throw new IllegalArgumentException("unknown lookup " + readAs);
    };
  }
}
