package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Messages whose words or order follow how jsonschema walks a schema, against the real {@code
 * cloud-init schema} of 22.4.2 and 25.1.4, word for word and in order: one value's errors in the
 * order its schema node writes the keywords ({@code keyboard}'s unexpected key before its missing
 * {@code layout}; 25.1's best match among a network entry's branches, the first of equally
 * relevant errors); a value that holds under more than one {@code oneOf} branch, shown with the
 * branches as written where they hold no prose; keys beside {@code patternProperties} named with
 * the patterns they miss; a document that is not a mapping, refused outside the schema check with
 * the file's name on 25.1.
 */
class SchemaMessagesRealToolsTest {
  private static final List<String> CLOUD_CONFIGS = List.of(
      "#cloud-config\nkeyboard: {not_a_key_1: 1}\n",
      "#cloud-config\nkeyboard: {name: x, model: 5}\nsnap: reboot\n",
      "#cloud-config\nssh_keys: {dsa_private: x, dsa_public: y, rsa_public: z}\n",
      "#cloud-config\nssh_keys: {dsa_public: y}\n",
      "#cloud-config\ngroups: {admins: 5, '': 1}\n",
      "#cloud-config\nusers:\n- name: a\n  not_a_key: 1\n  lock_passwd: 5\n",
      "#cloud-config\nuser: 5\n",
      "#cloud-config\nusers: [1.5, {}, [x]]\n",
      "#cloud-config\n- a\n",
      "#cloud-config\n",
      "#cloud-config\n42\n");
  private static final List<String> NETWORK_CONFIGS = List.of(
      "network:\n  version: 1\n  config:\n  - type: [a, a]\n    name: interface0\n"
          + "    mac_address: '00:11:22:33:44:55'\n    subnets: [{type: static, address: 192.168.23.14/24}]\n",
      "network:\n  version: 1\n  config:\n  - type: {name: alice}\n    name: eth0\n    mtu: x\n",
      "network:\n  version: 1\n  config:\n  - type: physical\n    name: eth0\n    bogus: 1\n    mtu: x\n");

  @Test
  void messagesFollowTheSchemasKeywordOrderAndWords() throws IOException {
    Path dir = RealCloudInit.tempDir("tankos-ci-messages");
    List<Path> configs = write(dir, "c-", CLOUD_CONFIGS);
    List<Path> networks = write(dir, "n-", NETWORK_CONFIGS);
    List<String> disagreements = new ArrayList<>();
    int messages = 0;
    for (CloudInitVersion version : CloudInitVersion.values()) {
      Map<String, RealCloudInit.Verdict> real = RealCloudInit.validate(version.label(), configs, false);
      if (version == CloudInitVersion.V25_1) {
        real.putAll(RealCloudInit.validate(version.label(), networks, true));
      }
      messages += RealCloudInit.compareMessages(version.label(), real,
          p -> networks.contains(p) ? CloudInitSchema.checkNetworkConfig(p.toString(), RealCloudInit.read(p))
              : CloudInitSchema.check(p.toString(), RealCloudInit.read(p), version), disagreements);
    }
    System.out.printf("schema message disagreements: %d (%d documents, %d messages)%n",
        disagreements.size(), CLOUD_CONFIGS.size() * 2 + NETWORK_CONFIGS.size(), messages);
    disagreements.forEach(d -> System.out.println("  disagreement: " + d));
    assertThat(disagreements).isEmpty();
    assertThat(messages).isGreaterThanOrEqualTo(CLOUD_CONFIGS.size() * 2 + NETWORK_CONFIGS.size());
  }

  private static List<Path> write(Path dir, String prefix, List<String> docs) {
    List<Path> out = new ArrayList<>();
    for (String doc : docs) {
      out.add(RealCloudInit.write(dir.resolve(prefix + out.size() + ".yaml"),
          doc.getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }
}
