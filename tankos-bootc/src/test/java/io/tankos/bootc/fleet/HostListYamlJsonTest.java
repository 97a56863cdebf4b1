package io.tankos.bootc.fleet;

import static io.tankos.bootc.fleet.FleetFixtures.KEY;
import static io.tankos.bootc.fleet.FleetFixtures.KEY2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML and JSON host lists: the same fields, streamed, every problem at its line. */
class HostListYamlJsonTest {

  static List<ListedHost> read(BiFunction<String, String, HostList> reader, String source, String text) {
    List<ListedHost> out = new ArrayList<>();
    try (HostList l = reader.apply(source, text)) {
      l.forEachRemaining(out::add);
    }
    return out;
  }

  static List<String> problems(BiFunction<String, String, HostList> reader, String source, String text) {
    List<String> out = new ArrayList<>();
    read(reader, source, text).forEach(h -> out.addAll(h.problems()));
    return out;
  }

  @Test
  void yamlHostsWithEveryField() {
    String yaml = "hosts:\n"
        + "  - hostname: tank-01\n"
        + "    instance_id: tank-01-v3\n"
        + "    ssh_authorized_keys:\n"
        + "      - " + KEY + "\n"
        + "      - " + KEY2 + "\n"
        + "    instances: [work]\n"
        + "    mac: 52:54:00:aa:bb:01\n"
        + "    address: 192.0.2.11/24\n"
        + "    gateway: 192.0.2.1\n"
        + "    dns: 192.0.2.53\n"
        + "    labels: {site: lab, tier: gold}\n"
        + "  - hostname: tank-02\n"
        + "    ssh_authorized_keys: " + KEY + "\n";
    List<ListedHost> hosts = read(HostList::readYaml, "hosts.yaml", yaml);
    assertThat(hosts).extracting(ListedHost::location).containsExactly("hosts.yaml:2", "hosts.yaml:13");
    FleetHost h = hosts.get(0).host().orElseThrow();
    assertThat(h.instanceId()).isEqualTo("tank-01-v3");
    assertThat(h.sshAuthorizedKeys()).containsExactly(KEY, KEY2);
    assertThat(h.instances()).containsExactly("work");
    assertThat(h.dns()).containsExactly("192.0.2.53");
    assertThat(h.labels()).containsExactly(Map.entry("site", "lab"), Map.entry("tier", "gold"));
    assertThat(hosts.get(1).host().orElseThrow().sshAuthorizedKeys()).containsExactly(KEY);
  }

  @Test
  void yamlProblemsAtTheirFieldLines() {
    String yaml = "- hostname: tank-01\n"                         // 1
        + "  ssh_authorized_keys: [" + KEY + "]\n"               // 2
        + "  mac: nope\n"                                        // 3
        + "  colour: blue\n"                                     // 4
        + "- hostname: tank-02\n"                                // 5
        + "  ssh_authorized_keys: {a: b}\n"                      // 6
        + "  labels: [x]\n"                                      // 7
        + "- just a string\n"                                    // 8
        + "- ssh_authorized_keys: " + KEY + "\n"                 // 9
        + "- hostname: tank-04\n"                                // 10
        + "  ssh_authorized_keys: " + KEY + "\n"                 // 11
        + "  hostname: tank-05\n";                               // 12
    assertThat(problems(HostList::readYaml, "h.yaml", yaml)).containsExactly(
        "h.yaml:4: unknown field 'colour' (fields: hostname, instance_id, ssh_authorized_keys, instances, mac,"
            + " address, gateway, dns, labels)",
        "h.yaml:6: ssh_authorized_keys: must be a string or a list of strings (quote a YAML value such as yes, no or null)",
        "h.yaml:7: labels: must be a mapping of label names to values (quote a YAML value such as yes, no or null)",
        "h.yaml:8: a host must be a mapping of fields",
        "h.yaml:9: missing field hostname",
        "h.yaml:12: field 'hostname' appears twice");
    // a value problem is reported at its field's line once the host reads cleanly
    assertThat(problems(HostList::readYaml, "h.yaml", "- hostname: tank-01\n  ssh_authorized_keys: [" + KEY
        + "]\n\n  mac: nope\n")).containsExactly("h.yaml:4: mac: not a MAC address (six hex pairs joined by ':')");
  }

  @Test
  void yamlScalarsThatAreNotStringsAreRefused() {
    assertThat(problems(HostList::readYaml, "h.yaml", "- hostname: tank-01\n  ssh_authorized_keys: " + KEY
        + "\n  instance_id: true\n")).containsExactly(
        "h.yaml:3: instance_id: must be a string (quote a YAML value such as yes, no or null)");
  }

  @Test
  void invalidUtf8EndsTheListWithAPlainMessage(@TempDir Path tmp) throws Exception {
    for (String name : List.of("h.yaml", "h.json")) {
      String good = name.endsWith("yaml") ? "- hostname: tank-01\n  ssh_authorized_keys: [\"" + KEY + "\"]\n- hostname: tank-"
          : "[{\"hostname\": \"tank-01\", \"ssh_authorized_keys\": [\"" + KEY + "\"]},\n{\"hostname\": \"tank-";
      byte[] head = good.getBytes(StandardCharsets.UTF_8);
      byte[] all = java.util.Arrays.copyOf(head, head.length + 4);
      all[head.length] = (byte) 0xff;
      all[head.length + 1] = '2';
      all[head.length + 2] = '"';
      all[head.length + 3] = '\n';
      Path f = tmp.resolve(name);
      Files.write(f, all);
      assertThatThrownBy(() -> {
        try (HostList l = HostList.read(f)) {
          l.forEachRemaining(h -> { });
        }
      }).as(name).isInstanceOf(ParseException.class).hasMessageEndingWith(": not UTF-8 text")
          .hasMessageStartingWith(f + ":").hasMessageNotContaining("java.");
    }
  }

  @Test
  void anchorsAndAliasesEndTheListInsteadOfBeingReadAsTheirNames() {
    // Jackson alone reads *id as the string "id": tank-02 would get the instance id "id"
    assertThatThrownBy(() -> read(HostList::readYaml, "h.yaml", "- hostname: tank-01\n  instance_id: &id tank-01-a\n"
        + "  ssh_authorized_keys: [\"" + KEY + "\"]\n- hostname: tank-02\n  instance_id: *id\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("h.yaml:5: aliases (*id) are not allowed in a host list: write the value out");
    assertThatThrownBy(() -> read(HostList::readYaml, "h.yaml", "- &h {hostname: tank-01}\n"))
        .isInstanceOf(ParseException.class).hasMessage("h.yaml:1: anchors (&h) are not allowed in a host list");
  }

  @Test
  void malformedYamlAndJsonEndTheListAtTheirLine() {
    assertThatThrownBy(() -> read(HostList::readYaml, "h.yaml", "- hostname: tank-01\n  ssh_authorized_keys: ["
        + KEY + "\n- hostname: [\n")).isInstanceOf(ParseException.class).hasMessageStartingWith("h.yaml:3: ");
    assertThatThrownBy(() -> read(HostList::readJson, "h.json", "[\n  {\"hostname\": \"tank-01\"}\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("h.json:3: Unexpected end-of-input: expected close marker for Array (opened at line 1)");
    assertThatThrownBy(() -> read(HostList::readJson, "h.json", "[\n{\"hostname\": \"tank-01\",\n\"mac\" \"x\"}]"))
        .isInstanceOf(ParseException.class).hasMessageStartingWith("h.json:3: Unexpected character");
    assertThatThrownBy(() -> read(HostList::readJson, "h.json", "{\"nodes\": []}"))
        .isInstanceOf(ParseException.class)
        .hasMessage("h.json:1: expected a list of hosts or a mapping with the single key 'hosts'");
    assertThatThrownBy(() -> read(HostList::readYaml, "h.yaml", "hostname: tank-01\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("h.yaml:1: expected a list of hosts or a mapping with the single key 'hosts'");
    assertThatThrownBy(() -> read(HostList::readJson, "h.json", "[".repeat(5000) + "]".repeat(5000)))
        .isInstanceOf(ParseException.class)
        .hasMessage("h.json:1: Document nesting depth (1001) exceeds the maximum allowed (1000)");
    assertThatThrownBy(() -> read(HostList::readJson, "h.json", "[" + "x".repeat(5000) + "]"))
        .isInstanceOf(ParseException.class).hasMessageStartingWith("h.json:1: Unrecognized token")
        .satisfies(e -> assertThat(e.getMessage().length()).as("bounded").isLessThan(260));
    assertThatThrownBy(() -> read(HostList::readJson, "h.json", "[]\n[]"))
        .isInstanceOf(ParseException.class).hasMessageStartingWith("h.json:2: ");
  }

  @Test
  void jsonHostsAndProblems() {
    String json = "{\"hosts\": [\n"
        + "  {\"hostname\": \"tank-01\", \"ssh_authorized_keys\": [\"" + KEY + "\"], \"address\": \"2001:db8::11/64\",\n"
        + "   \"gateway\": \"2001:db8::1\"},\n"
        + "  {\"hostname\": \"tank-02\",\n"
        + "   \"ssh_authorized_keys\": [\"" + KEY + "\"],\n"
        + "   \"instances\": [1, [2]]}\n"
        + "]}\n";
    List<ListedHost> hosts = read(HostList::readJson, "hosts.json", json);
    assertThat(hosts.get(0).host().orElseThrow().address()).contains("2001:db8::11/64");
    assertThat(hosts.get(1).problems()).containsExactly(
        "hosts.json:6: instances: must be a list of strings (quote a YAML value such as yes, no or null)");
    assertThat(read(HostList::readJson, "e.json", "[]")).isEmpty();
    assertThat(read(HostList::readYaml, "e.yaml", "")).isEmpty();
  }
}
