package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * YAML timestamps where cloud-config wants text, against the real {@code cloud-init schema} of
 * 22.4.2 and 25.1.4: every error message the same, word for word, with the value as Python's
 * {@code repr} shows PyYAML's dates and times ({@code datetime.date(2030, 1, 1)}, zones as {@code
 * datetime.timezone(...)}, a zero second or microsecond left out). (A timestamp key where the
 * schema matches keys by pattern, under {@code apt.sources}, makes both versions crash with a
 * {@code TypeError}, as do unexpected keys that Python cannot sort for the message (a string and a
 * number, a date and a time, a time with and one without a zone); the offline check reports the
 * keys as not allowed, in the document's order: the same verdict.)
 */
class SchemaDatesRealToolsTest {
  // also unexpected keys, which jsonschema lists sorted (strings by code point, numbers by value)
  private static final List<String> DOCUMENTS = List.of(
      "users:\n- name: a\n  expiredate: 2030-01-01\n",
      "hostname: 2001-12-14t21:59:43.10Z\n",
      "hostname: 2001-12-14 21:59:43.123456789 +0\n",
      "hostname: 2001-12-14 21:59:43.10 -5\n",
      "hostname: 2001-12-14T21:59:43-05:30\n",
      "hostname: 2001-12-14\n",
      "fqdn: 2001-12-14 21:59:00\n",
      "fqdn: 2001-12-14 00:00:00.000007\n",
      "runcmd: [2001-12-14 21:59:43 +17:59]\n",
      "write_files:\n- path: 2001-01-01\n  content: x\n",
      "bootcmd:\n- [echo, 2024-02-29]\n",
      "2001-01-01: x\n",
      "ntp:\n  2001-01-11 10:00:00: 5\n  2001-01-02 10:00:00.5: 6\n",
      "ntp:\n  2001-01-02 10:00:00.5 +01:00: 6\n  2001-01-02 09:30:00 +00:00: 6\n",
      "ntp:\n  2001-01-12: 5\n  2001-01-02: 6\n",
      "zz: 1\naa: 2\nntp: {zq: 1, \u00e9: 2, ab: 3}\nwrite_files:\n- {path: /a, zz: 1, Zz: 2}\n",
      "ntp: {10: 4, 9: 5, -3: 1}\n",
      "write_files:\n- path: /a\n  2001-01-01: x\n");

  @Test
  void datesAndTimesAreShownAsCloudInitShowsThem() throws IOException {
    Path dir = RealCloudInit.tempDir("tankos-ci-dates");
    List<Path> files = new ArrayList<>();
    for (String doc : DOCUMENTS) {
      files.add(RealCloudInit.write(dir.resolve("d-" + files.size() + ".yaml"),
          ("#cloud-config\n" + doc).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    List<String> disagreements = new ArrayList<>();
    int messages = 0;
    for (CloudInitVersion version : CloudInitVersion.values()) {
      Map<String, RealCloudInit.Verdict> real = RealCloudInit.validate(version.label(), files, false);
      messages += RealCloudInit.compareMessages(version.label(), real,
          p -> CloudInitSchema.check(p.toString(), RealCloudInit.read(p), version), disagreements);
    }
    System.out.printf("date message disagreements: %d (%d documents, %d messages)%n",
        disagreements.size(), DOCUMENTS.size(), messages);
    disagreements.forEach(d -> System.out.println("  disagreement: " + d));
    assertThat(disagreements).isEmpty();
    assertThat(messages).isGreaterThanOrEqualTo(2 * DOCUMENTS.size());
  }
}
