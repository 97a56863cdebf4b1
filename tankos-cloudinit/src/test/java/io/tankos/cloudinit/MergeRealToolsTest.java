package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.RealTools;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * cloud-init's own user-data processing (MIME split, gzip, part handler with merge rules) on
 * tankos multi-part user-data: with {@link Part#MERGE_APPEND_LISTS} the second part's runcmd is
 * appended; without it, it replaces the first part's, as cloud-init documents.
 */
class MergeRealToolsTest {

  @Test
  void mergeTypesAreAppliedByCloudInitOfBothVersions() throws Exception {
    CloudConfig one = CloudConfig.builder().runcmd(CloudCommand.argv("echo", "one"))
        .set("write_files", List.of(java.util.Map.of("path", "/a", "content", "a"))).build();
    CloudConfig two = CloudConfig.builder().runcmd(CloudCommand.argv("echo", "two")).hostname("tank-01").build();
    UserData appended = UserData.builder().cloudConfig(one)
        .part(Part.cloudConfig(two).withMergeType(Part.MERGE_APPEND_LISTS)).build();
    UserData replaced = UserData.builder().cloudConfig(one).cloudConfig(two).build();
    Path dir = RealCloudInit.tempDir("tankos-ci-merge");
    Path a = RealCloudInit.write(dir.resolve("appended"), appended.bytes());
    Path b = RealCloudInit.write(dir.resolve("replaced.gz"), replaced.gzip());
    String script;
    try (InputStream s = getClass().getResourceAsStream("cloudinit_merge.py")) {
      script = new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String version : RealCloudInit.versions()) {
      Path python = RealTools.get().requireExecutable("cloudinit." + version + ".python");
      Process p = new ProcessBuilder(python.toString(), "-c", script, a.toString(), b.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).isZero();
      List<String> merged = new ArrayList<>();
      out.lines().filter(l -> l.startsWith("MERGED ")).forEach(l -> merged.add(l.substring(7)));
      assertThat(merged).as("cloud-init " + version).containsExactly(
          "{\"hostname\": \"tank-01\", \"runcmd\": [[\"echo\", \"one\"], [\"echo\", \"two\"]],"
              + " \"write_files\": [{\"content\": \"a\", \"path\": \"/a\"}]}",
          "{\"hostname\": \"tank-01\", \"runcmd\": [[\"echo\", \"two\"]],"
              + " \"write_files\": [{\"content\": \"a\", \"path\": \"/a\"}]}");
    }
  }
}
