package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.tankos.core.validation.ParseException;
import io.tankos.testkit.HostileBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real cloud-init (22.4 and 25.1) on bytes tankos refuses: characters PyYAML refuses and
 * malformed UTF-8 are rejected by both versions, so tankos refuses them too (it used to read
 * malformed UTF-8 as U+FFFD and call such a file valid); the characters both accept, tankos reads.
 * Tabs outside quoted and block scalars and comments, which SnakeYAML accepts, are rejected by
 * both versions, and by tankos.
 */
@Tag("hostile")
class BadBytesRealToolsTest {

  @Test
  void tankosAndBothCloudInitVersionsAgreeOnBadBytes() {
    Path dir = RealCloudInit.tempDir("tankos-ci-bytes");
    Map<Path, Boolean> expectValid = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    Random rnd = new Random(HostileBytes.seeds().get(0));
    String base = "#cloud-config\nhostname: tank\u00e9-01\nfinal_message: \u4e2d\u6587 done\n";
    int n = 0;
    for (char c : new char[] {0, 1, 8, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0xFFFE, 0xFFFF,
        HostileBytes.control(rnd), HostileBytes.control(rnd)}) {
      files.add(write(dir, "ctl-" + n++, "#cloud-config\nhostname: tank" + c + "01\n"));
      expectValid.put(files.get(files.size() - 1), c == '\t' || c == '\n' || c == '\r');
    }
    for (HostileBytes.Corruption c : HostileBytes.corruptions(rnd.nextLong(), base, 0)) {
      if (c.offset() < "#cloud-config\n".length() || rnd.nextInt(4) != 0) {
        continue; // keep the header intact so the verdict is about the bytes; a sample suffices
      }
      Path f = RealCloudInit.write(dir.resolve("utf8-" + n++), c.bytes());
      files.add(f);
      expectValid.put(f, false);
    }
    for (String ok : new String[] {"'tank\t01'", "tank\u00a001", "tank\ufffd01", "'tank\u0085 01'"}) {
      files.add(write(dir, "ok-" + n++, "#cloud-config\nhostname: " + ok + "\n"));
      expectValid.put(files.get(files.size() - 1), true);
    }
    // tabs: PyYAML accepts them only in quoted and block scalars and in comments
    Map<String, Boolean> tabs = new LinkedHashMap<>();
    tabs.put("hostname: tank\t01\n", false);
    tabs.put("hostname: tank01\t\n", false);
    tabs.put("hostname: tank01 \t# c\n", false);
    tabs.put("hostname:\ttank01\n", false);
    tabs.put("runcmd:\n\t- echo\n", false);
    tabs.put("runcmd: [echo,\ta]\n", false);
    tabs.put("hostname: tank01 # c\tc\n", true);
    tabs.put("# \t\nhostname: \"tank\t01\"\n", true);
    tabs.put("write_files:\n- path: /x\n  content: |\n    a\tb\n", true);
    for (Map.Entry<String, Boolean> t : tabs.entrySet()) {
      files.add(write(dir, "tab-" + n++, "#cloud-config\n" + t.getKey()));
      expectValid.put(files.get(files.size() - 1), t.getValue());
    }
    for (String version : RealCloudInit.versions()) {
      Map<String, RealCloudInit.Verdict> verdicts = RealCloudInit.validate(version, files, false);
      for (Path f : files) {
        assertThat(verdicts.get(f.toString()).valid()).as("cloud-init %s on %s: %s", version,
            f.getFileName(), verdicts.get(f.toString())).isEqualTo(expectValid.get(f));
      }
    }
    for (Path f : files) {
      Throwable t = catchThrowable(() -> UserData.parse(f.getFileName().toString(), read(f)));
      if (expectValid.get(f)) {
        assertThat(t).as(f.getFileName().toString()).isNull();
      } else {
        assertThat(t).as(f.getFileName().toString()).isExactlyInstanceOf(ParseException.class);
      }
    }
  }

  private static Path write(Path dir, String name, String text) {
    return RealCloudInit.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] read(Path f) {
    try {
      return java.nio.file.Files.readAllBytes(f);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
