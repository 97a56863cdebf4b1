package io.tankos.bootc.fleet;

import io.tankos.cloudinit.MetaData;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.core.fs.FileTree;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A host's seed files as {@link Fleet#seed} renders them, without building the seed model per
 * host: the user-data bytes are rendered once per key and instance selection, and the meta-data is
 * spliced from its two values when both are plain YAML strings (what the YAML dump writes for them
 * unquoted); anything else, and the ISO, takes the model's path.
 */
final class SeedFiles {
  /** Strings YAML 1.1 reads as strings when written plain: a letter first, no indicator inside. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
  /** Plain words PyYAML resolves to booleans or null. */
  /** Host names the meta-data check accepts and YAML writes plain. */
  private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z]([A-Za-z0-9.-]*[A-Za-z0-9])?");
  private static final Set<String> WORDS =
      Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

  private SeedFiles() {}

  /**
   * The files of a host's seed: {@code user-data}, {@code meta-data}, {@code network-config} for a
   * static address, and {@code seed.iso} on request.
   *
   * @throws io.tankos.core.validation.ValidationException as {@link Fleet#seed} does
   */
  static FileTree of(Fleet fleet, FleetHost host, boolean iso) {
    if (iso || !plain(host.instanceId()) || !HOSTNAME.matcher(host.hostname()).matches() || !plain(host.hostname())) {
      NoCloudSeed seed = fleet.seed(host);
      FileTree files = seed.toFileTree();
      return iso ? files.toBuilder().file("seed.iso", seed.toIso()).build() : files;
    }
    FileTree.Builder t = FileTree.builder()
        .file("meta-data", metaData(host.instanceId(), host.hostname()))
        .file("user-data", fleet.shared(host).bytes());
    host.networkConfig().ifPresent(n -> t.file("network-config", n.render().getBytes(StandardCharsets.UTF_8)));
    return t.build();
  }

  /** The meta-data text for plain values, as {@link MetaData#render()} writes it. */
  static String metaData(String instanceId, String hostname) {
    return "instance-id: " + instanceId + "\nlocal-hostname: " + hostname + "\n";
  }

  /** Whether the YAML dump writes the value as it is. */
  static boolean plain(String value) {
    return PLAIN.matcher(value).matches() && !WORDS.contains(value.toLowerCase(Locale.ROOT));
  }
}
