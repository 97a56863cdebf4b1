package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.internal.SchemaRules;
import io.tankos.cloudinit.internal.Yaml11;
import io.tankos.testkit.Conformance;
import io.tankos.testkit.Seeded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The offline validator against the real {@code cloud-init schema} of 22.4.2 and 25.1.4 (one batch
 * process per version): the same verdict and the same failing key paths (each as often, in the
 * same order) on every corpus file and
 * on generated documents (wrong types, enum-like words, unknown keys, dropped keys, deprecated
 * forms), cloud-config and network-config (version 1 and 2, checked with {@code -t
 * network-config} on 25.1); every error of a generated document names a line. Prints the
 * disagreement report; none are allowed.
 */
class SchemaRealToolsTest {
  private static final int GENERATED = 1500;
  private static final int GENERATED_NETWORK = 300;
  /** Version 2 documents to start from (the corpus has version 1 only). */
  private static final List<String> NETWORK_V2 = List.of(
      "network:\n  version: 2\n  ethernets:\n    eth0:\n      dhcp4: true\n",
      "version: 2\nethernets:\n  id0:\n    match: {macaddress: '00:11:22:33:44:55'}\n"
          + "    addresses: [192.0.2.10/24]\n    routes: [{to: default, via: 192.0.2.1}]\n"
          + "    nameservers: {addresses: [192.0.2.53], search: [example.com]}\n"
          + "bonds:\n  bond0:\n    interfaces: [id0]\n    parameters: {mode: active-backup}\n"
          + "vlans:\n  vlan10: {id: 10, link: id0}\n",
      "version: 2\nbridges:\n  br0:\n    interfaces: [eth1]\n    dhcp6: false\n"
          + "    parameters: {stp: false, forward-delay: 0}\n");

  @Test
  void sameVerdictAndPathsAsTheRealValidators() throws IOException {
    Path root = Conformance.require("cloud-init");
    List<String> rows = Files.readAllLines(root.resolve("expected-results.tsv"));
    List<Path> userData = new ArrayList<>();
    List<Path> network = new ArrayList<>();
    List<Map<String, Object>> seeds = new ArrayList<>();
    List<Map<String, Object>> networkSeeds = new ArrayList<>();
    for (String line : rows.subList(1, rows.size())) {
      String[] f = line.split("\t", -1);
      Path file = root.resolve(f[1]);
      (f[2].equals("network-config") ? network : userData).add(file);
      if (f[2].equals("cloud-config") && f[3].equals("0")) {
        seeds.add(Yaml11.loadMapping(f[1], Files.readString(file), "cloud-config"));
      }
      if (f[2].equals("network-config")) {
        networkSeeds.add(Yaml11.loadMapping(f[1], Files.readString(file), "network-config"));
      }
    }
    NETWORK_V2.forEach(t -> networkSeeds.add(Yaml11.loadMapping("v2", t, "network-config")));
    Set<String> keys = new LinkedHashSet<>();
    for (CloudInitVersion v : CloudInitVersion.values()) {
      keys.addAll(SchemaRules.root("cloud-config-" + v.label()).propertyNames());
      keys.addAll(v.schemaKeys());
    }
    Path dir = RealCloudInit.tempDir("tankos-ci-schema");
    List<Path> generated = new ArrayList<>();
    for (String doc : Seeded.cases("schema documents", SchemaDocuments.of(seeds, List.copyOf(keys)))
        .tries(GENERATED).values()) {
      generated.add(RealCloudInit.write(dir.resolve("gen-" + generated.size() + ".yaml"),
          doc.getBytes(StandardCharsets.UTF_8)));
    }
    List<String> networkKeys = List.of("version", "config", "network", "ethernets", "bonds",
        "bridges", "vlans", "renderer");
    for (String doc : Seeded.cases("network documents", SchemaDocuments.of(networkSeeds, networkKeys))
        .tries(GENERATED_NETWORK).values()) {
      Path p = RealCloudInit.write(dir.resolve("net-" + network.size() + ".yaml"),
          doc.getBytes(StandardCharsets.UTF_8));
      network.add(p);
      generated.add(p);
    }
    List<Path> all = new ArrayList<>(userData);
    all.addAll(generated.stream().filter(p -> !network.contains(p)).toList());
    List<java.util.function.Supplier<Map<String, RealCloudInit.Verdict>>> runs = List.of(
        () -> RealCloudInit.validate("22.4", concat(all, network), false),
        () -> RealCloudInit.validate("25.1", all, false),
        () -> RealCloudInit.validate("25.1", network, true));
    List<Map<String, RealCloudInit.Verdict>> verdicts = RealCloudInit.parallel(runs);

    List<String> disagreements = new ArrayList<>();
    List<String> messageExamples = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (CloudInitVersion version : CloudInitVersion.values()) {
      Map<String, RealCloudInit.Verdict> real = new LinkedHashMap<>(
          verdicts.get(version == CloudInitVersion.V22_4 ? 0 : 1));
      if (version == CloudInitVersion.V25_1) {
        real.putAll(verdicts.get(2));
      }
      int agree = 0;
      int invalid = 0;
      int sameMessages = 0;
      for (Path p : concat(all, network)) {
        byte[] bytes = Files.readAllBytes(p);
        SchemaVerdict ours = version == CloudInitVersion.V25_1 && network.contains(p)
            ? CloudInitSchema.checkNetworkConfig(p.toString(), bytes)
            : CloudInitSchema.check(p.toString(), bytes, version);
        RealCloudInit.Verdict theirs = real.get(p.toString());
        // each failing path as many times as it has errors (25.1 reports a repeated error once),
        // in the order cloud-init reports them
        List<String> ourPaths = ours.errors().stream().map(SchemaFinding::path)
            .filter(x -> !x.startsWith("format-")).toList();
        List<String> theirPaths = theirs.errorList().stream()
            .map(e -> e.contains(": ") ? e.substring(0, e.indexOf(": ")) : e)
            .filter(x -> !x.startsWith("format-")).toList();
        // a crash (traceback) or a message without a path names no key path to compare
        boolean samePaths = theirs.valid() || ourPaths.equals(theirPaths)
            || theirs.errorList().stream().anyMatch(e -> e.startsWith("Traceback"))
            || theirs.errorList().stream().allMatch(e -> !e.contains(": "));
        if (!theirs.valid()) {
          List<String> ourMessages = RealCloudInit.messages(ours);
          if (ourMessages.equals(theirs.errorList())) {
            sameMessages++;
          } else if (messageExamples.size() < 12) {
            messageExamples.add(version.label() + " cloud-init " + theirs.errorList() + "\n      tankos "
                + ourMessages);
          }
        }
        if (ours.valid() == theirs.valid() && samePaths) {
          agree++;
        } else {
          disagreements.add(p + " [" + version.label() + "]: cloud-init " + theirs.valid() + " "
              + theirs.errorList() + " / tankos " + ours);
        }
        if (!ours.valid()) {
          invalid++;
          if (generated.contains(p)) {
            ours.errors().forEach(e -> assertThat(e.line()).as(p + " " + e).isPositive());
          }
        }
      }
      report.append(String.format("cloud-init %s: %d documents (%d corpus, %d generated), tankos agrees"
          + " on verdict and failing paths for %d (%d invalid); every message word for word for %d of"
          + " the invalid%n", RealCloudInit.fullVersion(version.label()), all.size() + network.size(),
          rows.size() - 1, generated.size(), agree, invalid, sameMessages));
    }
    System.out.print(report);
    messageExamples.forEach(m -> System.out.println("  other words: " + m));
    System.out.printf("schema disagreements: %d%n", disagreements.size());
    disagreements.stream().limit(40).forEach(d -> System.out.println("  disagreement: " + d));
    assertThat(disagreements).isEmpty();
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
