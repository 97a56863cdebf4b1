package io.tankos.quadlet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code PodmanArgs=} equivalents of Quadlet keys that older Podman versions lack: the same Podman
 * option Quadlet itself would add for the key.
 */
public final class Downgrades {
  private static final Map<String, Function<List<String>, List<String>>> FLAGS = Map.ofEntries(
      each("Container.AppArmor", v -> List.of("--security-opt", "apparmor=" + v)),
      each("Container.HttpProxy", v -> List.of("--http-proxy=" + v)),
      each("Container.Memory", v -> List.of("--memory", v)),
      each("Container.Retry", v -> List.of("--retry", v)),
      each("Container.RetryDelay", v -> List.of("--retry-delay", v)),
      each("Container.AddHost", v -> List.of("--add-host", v)),
      each("Container.GroupAdd", v -> List.of("--group-add", v)),
      each("Container.NetworkAlias", v -> List.of("--network-alias", v)),
      each("Container.StopSignal", v -> List.of("--stop-signal", v)),
      each("Container.StopTimeout", v -> List.of("--stop-timeout", v)),
      each("Container.LogOpt", v -> List.of("--log-opt", v)),
      each("Container.HealthLogDestination", v -> List.of("--health-log-destination", v)),
      each("Container.HealthMaxLogCount", v -> List.of("--health-max-log-count", v)),
      each("Container.HealthMaxLogSize", v -> List.of("--health-max-log-size", v)),
      each("Container.ShmSize", v -> List.of("--shm-size", v)),
      each("Container.Ulimit", v -> List.of("--ulimit", v)),
      each("Container.DNS", v -> List.of("--dns", v)),
      each("Container.DNSOption", v -> List.of("--dns-option", v)),
      each("Container.DNSSearch", v -> List.of("--dns-search", v)),
      each("Container.PidsLimit", v -> List.of("--pids-limit", v)),
      each("Container.HostName", v -> List.of("--hostname", v)),
      each("Container.WorkingDir", v -> List.of("--workdir", v)),
      each("Container.Sysctl", v -> List.of("--sysctl", v)),
      each("Image.Policy", v -> List.of("--policy", v)),
      each("Image.Retry", v -> List.of("--retry", v)),
      each("Image.RetryDelay", v -> List.of("--retry-delay", v)),
      each("Build.Retry", v -> List.of("--retry", v)),
      each("Build.RetryDelay", v -> List.of("--retry-delay", v)),
      each("Build.BuildArg", v -> List.of("--build-arg", v)),
      each("Build.IgnoreFile", v -> List.of("--ignorefile", v)),
      each("Pod.HostName", v -> List.of("--hostname", v)),
      each("Pod.Label", v -> List.of("--label", v)),
      each("Pod.ExitPolicy", v -> List.of("--exit-policy", v)),
      each("Pod.ShmSize", v -> List.of("--shm-size", v)),
      each("Network.InterfaceName", v -> List.of("--interface-name", v)));

  private Downgrades() {}

  private static Map.Entry<String, Function<List<String>, List<String>>> each(
      String key, Function<String, List<String>> perPart) {
    return Map.entry(key, parts -> {
      List<String> out = new ArrayList<>();
      for (String p : parts) {
        out.addAll(perPart.apply(p));
      }
      return out;
    });
  }

  /**
   * The {@code PodmanArgs=} words for a key's escaped parts.
   *
   * @param qualifiedKey {@code Section.Key}
   * @param parts the key's value parts (one value, the words of a word list, or NAME=VALUE words)
   * @return the words, if the key has an equivalent option
   */
  public static Optional<List<String>> podmanArgs(String qualifiedKey, List<String> parts) {
    Function<List<String>, List<String>> f = FLAGS.get(qualifiedKey);
    return f == null ? Optional.empty() : Optional.of(f.apply(parts));
  }
}
