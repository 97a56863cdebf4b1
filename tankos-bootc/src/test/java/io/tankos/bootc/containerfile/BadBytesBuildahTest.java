package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tankos.core.validation.ParseException;
import io.tankos.testkit.RealTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the real builder (Buildah in the recorded podman) does with the bytes tankos refuses: it
 * writes malformed UTF-8 in a LABEL into the image as U+FFFD (the value is rewritten) and its lexer
 * complains about a NUL ("invalid character NUL"). tankos refuses both at their line instead.
 */
@Tag("hostile")
class BadBytesBuildahTest {
  @TempDir Path dir;

  @Test
  void buildahRewritesMalformedUtf8AndComplainsAboutNul() throws Exception {
    byte[] bad = "FROM scratch\nLABEL a=\"x\u00ffy\"\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Containerfile.parse("bad", bad))
        .isExactlyInstanceOf(ParseException.class)
        .hasMessage("bad:2: not valid UTF-8: byte 0xff at byte offset 23 (byte 11 of line 2)");
    Build b = build(bad);
    assertThat(b.label()).isEqualTo("x\ufffdy");

    byte[] nul = "FROM scratch\nLABEL a=\"x\0y\"\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Containerfile.parse("nul", nul))
        .isExactlyInstanceOf(ParseException.class)
        .hasMessageStartingWith("nul:2: NUL character at column 11;");
    assertThat(build(nul).output()).contains("invalid character NUL");
  }

  private record Build(String output, String label) {}

  private Build build(byte[] containerfile) throws Exception {
    RealTools tools = RealTools.get();
    String podman = tools.requireExecutable("podman.path").toString();
    List<String> extra = tools.value("podman.args").filter(s -> !s.isBlank())
        .map(s -> List.of(s.split(" "))).orElse(List.of());
    Files.write(dir.resolve("Containerfile"), containerfile);
    String tag = "localhost/tankos-bad-bytes:" + ProcessHandle.current().pid();
    try {
      String out = run(podman, extra, List.of("build", "-q", "-t", tag, "-f", "Containerfile", "."));
      String json = run(podman, extra, List.of("image", "inspect", tag));
      String label = new ObjectMapper().readTree(json.substring(json.indexOf('[')))
          .get(0).get("Config").get("Labels").get("a").asText();
      return new Build(out, label);
    } finally {
      run(podman, extra, List.of("rmi", "-f", tag));
    }
  }

  private String run(String podman, List<String> extra, List<String> args) throws Exception {
    List<String> argv = new ArrayList<>(List.of(podman));
    argv.addAll(extra);
    argv.addAll(args);
    Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("%s: %s", argv, out).isZero();
    return out;
  }
}
