package io.tankos.bootc.fleet;

import static io.tankos.bootc.fleet.FleetFixtures.CSV_HEADER;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV host list: RFC 4180 quoting, list fields, and every error at its FILE:LINE. */
class HostListCsvTest {
  @TempDir Path tmp;

  static List<ListedHost> read(String text) {
    List<ListedHost> out = new ArrayList<>();
    try (HostList l = HostList.readCsv("hosts.csv", text)) {
      l.forEachRemaining(out::add);
    }
    return out;
  }

  static List<String> problems(String text) {
    List<String> out = new ArrayList<>();
    read(text).forEach(h -> out.addAll(h.problems()));
    return out;
  }

  @Test
  void readsEveryField() {
    List<ListedHost> hosts = read(CSV_HEADER
        + "tank-01,tank-01-v2,\"" + KEY + ";" + KEY2 + "\",work;research,52:54:00:AA:BB:01,192.0.2.11/24,192.0.2.1,"
        + "192.0.2.53;192.0.2.54,site=lab;tier=gold\n"
        + "tank-02,,\"" + KEY + "\",,,,,,\n");
    assertThat(hosts).hasSize(2);
    FleetHost h = hosts.get(0).host().orElseThrow();
    assertThat(h.hostname()).isEqualTo("tank-01");
    assertThat(h.instanceId()).isEqualTo("tank-01-v2");
    assertThat(h.sshAuthorizedKeys()).containsExactly(KEY, KEY2);
    assertThat(h.instances()).containsExactly("work", "research");
    assertThat(h.mac()).contains("52:54:00:aa:bb:01");
    assertThat(h.address()).contains("192.0.2.11/24");
    assertThat(h.gateway()).contains("192.0.2.1");
    assertThat(h.dns()).containsExactly("192.0.2.53", "192.0.2.54");
    assertThat(h.labels()).containsExactly(Map.entry("site", "lab"), Map.entry("tier", "gold"));
    assertThat(hosts.get(0).location()).isEqualTo("hosts.csv:2");
    FleetHost d = hosts.get(1).host().orElseThrow();
    assertThat(d.instanceId()).isEqualTo("tank-02-local");
    assertThat(d.instances()).isEmpty();
    assertThat(d.address()).isEmpty();
  }

  @Test
  void rfc4180QuotingLineEndsAndBlankLines() {
    List<ListedHost> hosts = read("hostname,\"instance_id\",ssh_authorized_keys,labels\r\n"
        + "\r\n"
        + "tank-01,tank-01,\"" + KEY + "\",\r\n"
        + "tank-02,tank-02,\"" + KEY.replace(" admin@laptop", " \"\"quoted\"\"") + "\",\n"
        + "\n"
        + "tank-03,tank-03,\"" + KEY + ";\r\n" + KEY2 + "\",site=a\n"
        + "tank-04,tank-04," + KEY + ",\n");
    assertThat(hosts).extracting(ListedHost::location)
        .containsExactly("hosts.csv:3", "hosts.csv:4", "hosts.csv:6", "hosts.csv:8");
    assertThat(hosts).allSatisfy(h -> assertThat(h.problems()).isEmpty());
    assertThat(hosts.get(1).host().orElseThrow().sshAuthorizedKeys().get(0)).endsWith(" \"quoted\"");
    assertThat(hosts.get(2).host().orElseThrow().sshAuthorizedKeys()).containsExactly(KEY, KEY2);
  }

  @Test
  void headerErrorsEndTheList() {
    assertThatThrownBy(() -> read("")).isInstanceOf(ParseException.class)
        .hasMessage("hosts.csv:1: empty host list: the first line must be a header row naming the fields");
    assertThatThrownBy(() -> read("hostname,ssh_authorized_keys\n")).isInstanceOf(ParseException.class)
        .hasMessage("hosts.csv:1: missing column 'instance_id' (required: hostname, instance_id, ssh_authorized_keys)");
    assertThatThrownBy(() -> read("\n\nhostname,instance_id,ssh_authorized_keys,colour\n"))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("hosts.csv:3: unknown column 'colour' (columns: hostname, instance_id, ");
    assertThatThrownBy(() -> read("hostname,instance_id,ssh_authorized_keys,mac,mac\n"))
        .isInstanceOf(ParseException.class).hasMessage("hosts.csv:1: column 'mac' appears twice");
    assertThatThrownBy(() -> read("hostname,\"instance_id,ssh_authorized_keys\n"))
        .isInstanceOf(ParseException.class).hasMessage("hosts.csv:1: quoted field not closed before the end of the file");
  }

  @Test
  void recordErrorsAreReportedAndReadingGoesOn() {
    String text = CSV_HEADER
        + "tank-01,tank-01,\"" + KEY + "\"\n"                                      // 2: too few fields
        + "tank-02,tank-02,\"" + KEY + "\"x,,,,,,\n"                               // 3: after the quote
        + "tank\"03,tank-03,\"" + KEY + "\",,,,,,\n"                              // 4: stray quote
        + "tank-04,tank-04,\"" + KEY + "\",,,,,,\n";                              // 5: fine
    List<ListedHost> hosts = read(text);
    assertThat(hosts).hasSize(4);
    assertThat(problems(text)).containsExactly(
        "hosts.csv:2: 3 fields, the header has 9",
        "hosts.csv:3: character after the closing quote of field 3 (quote the whole field)",
        "hosts.csv:4: quote inside unquoted field 1 (quote the whole field, \"\" for a quote)");
    assertThat(hosts.get(3).host()).isPresent();
  }

  @Test
  void unterminatedQuoteAfterHostsIsFatalAtItsRecord() {
    try (HostList l = HostList.readCsv("hosts.csv", CSV_HEADER + "tank-01,,\"" + KEY + "\",,,,,,\n"
        + "\n"
        + "tank-02,,\"" + KEY + "\n")) {
      assertThat(l.next().host()).isPresent();
      assertThatThrownBy(l::hasNext).isInstanceOf(ParseException.class)
          .hasMessage("hosts.csv:4: quoted field not closed before the end of the file");
    }
  }

  @Test
  void valueErrorsAtTheirLine() {
    String text = CSV_HEADER
        + FleetFixtures.row(",,\"" + KEY + "\"", "", "", "", "", "", "")                       // 2
        + FleetFixtures.row("tank_01,,\"" + KEY + "\"", "", "", "", "", "", "")                // 3
        + FleetFixtures.row("tank-02,other-id,\"" + KEY + "\"", "", "", "", "", "", "")        // 4
        + FleetFixtures.row("tank-03,,\"" + KEY + ";-----BEGIN OPENSSH PRIVATE KEY-----\"", "", "", "", "", "", "") // 5
        + FleetFixtures.row("tank-04,,", "", "", "", "", "", "")                               // 6
        + FleetFixtures.row("tank-05,,\"" + KEY + "\"", "work;work", "52:54:00", "", "", "", "") // 7
        + FleetFixtures.row("tank-06,,\"" + KEY + "\"", "", "", "192.0.2.300/24", "gw", "1.1.1.1;dns.example", "") // 8
        + FleetFixtures.row("tank-07,,\"" + KEY + "\"", "", "", "", "192.0.2.1", "", "-bad=x;ok=not ok") // 9
        + FleetFixtures.row("tank-08,,\"" + KEY + "\"", "", "", "192.0.2.8/33", "", "", "");   // 10
    assertThat(problems(text)).containsExactly(
        "hosts.csv:2: missing field hostname",
        "hosts.csv:3: hostname: 'tank_01' is not a host name",
        "hosts.csv:4: instance_id: 'other-id' is not an instance id of host tank-02 (it must be tank-02 or start with"
            + " tank-02-): set the instance id for this host",
        problems(CSV_HEADER + FleetFixtures.row("tank-03,,\"" + KEY + ";-----BEGIN OPENSSH PRIVATE KEY-----\"", "", "", "", "", "", "")).get(0).replace("csv:2", "csv:5"),
        "hosts.csv:6: sshAuthorizedKeys: no SSH public key (the agent user's password is locked)".replace("sshAuthorizedKeys", "ssh_authorized_keys"),
        "hosts.csv:7: instances[1]: selected twice",
        "hosts.csv:7: mac: not a MAC address (six hex pairs joined by ':')",
        "hosts.csv:8: address: not an address with a prefix length (e.g. 192.0.2.11/24)",
        "hosts.csv:8: gateway: not an IP address",
        "hosts.csv:8: dns[1]: not an IP address",
        "hosts.csv:9: gateway: needs a static address",
        "hosts.csv:9: labels.-bad: not a label name ([PREFIX/]NAME, NAME up to 63 letters, digits, '-', '_', '.')",
        "hosts.csv:9: labels.ok: not a label value (up to 63 letters, digits, '-', '_', '.', alphanumeric at both ends)",
        "hosts.csv:10: address: not an address with a prefix length (e.g. 192.0.2.11/24)");
    assertThat(problems(text).get(3)).startsWith("hosts.csv:5: ssh_authorized_keys[1]: ").doesNotContain("BEGIN");
  }

  @Test
  void aByteOrderMarkAndCrLfLinesAreRead() throws Exception {
    Map<String, String> files = Map.of(
        "a.csv", "hostname,instance_id,ssh_authorized_keys\r\ntank-01,,\"" + KEY + "\"\r\n",
        "b.csv", "\"hostname\",instance_id,ssh_authorized_keys\r\ntank-01,,\"" + KEY + "\"\r\n",
        "c.yaml", "- hostname: tank-01\r\n  ssh_authorized_keys: [\"" + KEY + "\"]\r\n",
        "d.json", "[{\"hostname\": \"tank-01\", \"ssh_authorized_keys\": [\"" + KEY + "\"]}]\r\n");
    for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
      Path p = tmp.resolve(f.getKey());
      Files.writeString(p, "\uFEFF" + f.getValue(), StandardCharsets.UTF_8);
      List<ListedHost> hosts = new ArrayList<>();
      try (HostList l = HostList.read(p)) {
        l.forEachRemaining(hosts::add);
      }
      assertThat(hosts).as(f.getKey()).singleElement().satisfies(h -> {
        assertThat(h.problems()).isEmpty();
        assertThat(h.hostname()).contains("tank-01");
      });
    }
    Path inside = tmp.resolve("e.csv");
    Files.writeString(inside, "hostname,instance_id,ssh_authorized_keys\n\uFEFFtank-01,,\"" + KEY + "\"\n");
    try (HostList l = HostList.read(inside)) {
      assertThat(l.next().problems()).as("a mark inside the text is not skipped").isNotEmpty();
    }
  }

  @Test
  void invalidUtf8IsFatalAtItsLine() throws Exception {
    Path f = tmp.resolve("hosts.csv");
    byte[] head = (CSV_HEADER + "tank-01,,\"" + KEY + "\",,,,,,\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "tank-\u00ff2,,x,,,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Files.write(f, all);
    try (HostList l = HostList.readCsv(f)) {
      assertThatThrownBy(() -> {
        while (l.hasNext()) {
          l.next();
        }
      }).isInstanceOf(ParseException.class).hasMessage(f + ":3: not UTF-8 text");
    }
  }

  @Test
  void readChoosesTheFormatByExtension() throws Exception {
    Path csv = FleetFixtures.file(tmp, "h.CSV", "hostname,instance_id,ssh_authorized_keys\nt1,,\"" + KEY + "\"\n");
    try (HostList l = HostList.read(csv)) {
      assertThat(l.next().location()).isEqualTo(csv + ":2");
    }
    assertThatThrownBy(() -> HostList.read(tmp.resolve("hosts.txt"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("hosts.txt: unknown host list format (use a .csv, .yaml, .yml or .json file)");
  }
}
