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
  /** An IPv4 address, with or without a prefix length: plain in block and flow YAML alike. */
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}(/[0-9]{1,2})?");
  /** A MAC with a hex letter in it: never a YAML 1.1 number, plain in block YAML. */
  private static final Pattern MAC_WITH_LETTER =
      Pattern.compile("(?=.*[A-Fa-f])[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}");
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
    if (host.address().isPresent()) {
      String text = networkConfig(host);
      t.file("network-config", (text != null ? text
          : host.networkConfig().orElseThrow().render()).getBytes(StandardCharsets.UTF_8));
    }
    return t.build();
  }

  /**
   * The network-config text for plain values, as {@link FleetHost#networkConfig()} renders it, or
   * null when a value is not one the dump surely writes plain (IPv6 is quoted in flow lists, a MAC
   * of digits only reads as a YAML 1.1 sexagesimal integer): the model renders those.
   */
  static String networkConfig(FleetHost host) {
    String address = host.address().orElseThrow();
    String gateway = host.gateway().orElse(null);
    String mac = host.mac().orElse(null);
    if (!IPV4.matcher(address).matches() || gateway != null && !IPV4.matcher(gateway).matches()
        || mac != null && !MAC_WITH_LETTER.matcher(mac).matches()
        || !host.dns().stream().allMatch(d -> IPV4.matcher(d).matches())) {
      return null;
    }
    StringBuilder b = new StringBuilder(256)
        .append("version: 2\nethernets:\n  primary:\n    match:\n")
        .append(mac != null ? "      macaddress: " + mac : "      name: e*")
        .append("\n    addresses: [").append(address).append("]\n");
    if (gateway != null) {
      b.append("    routes:\n      - to: default\n        via: ").append(gateway).append('\n');
    }
    if (!host.dns().isEmpty()) {
      b.append("    nameservers:\n      addresses: [").append(String.join(", ", host.dns())).append("]\n");
    }
    return b.toString();
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
