package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Seeded;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import io.tankos.testkit.RealTools;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Content far over {@link CloudInitLimits#MAX_YAML_LINE_LENGTH}: binary {@code write_files} is
 * written wrapped, so tankos reads back what it rendered and PyYAML and cloud-init read the same
 * bytes; a scalar that cannot be wrapped is refused when it is built, at its location.
 */
class LargeContentRealToolsTest {
  private static final int SIZE = 2 * 1024 * 1024;

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(Seeded.baseSeed()).nextBytes(bytes);
    return bytes;
  }

  private static CloudConfig withFile(byte[] content, String encoding) {
    WriteFile.Builder file = WriteFile.builder("/var/lib/tank-os/blob").content(content);
    if (encoding != null) {
      file.encoding(encoding);
    }
    return CloudConfig.builder().writeFile(file.build()).build();
  }

  private static int longestLine(String text) {
    return text.lines().mapToInt(String::length).max().orElse(0);
  }

  @Test
  void twoMebibytesOfBinaryRoundTripThroughTankos() {
    byte[] content = random(SIZE);
    for (String encoding : new String[] {null, "b64"}) {
      CloudConfig config = withFile(content, encoding);
      String text = config.render();
      assertThat(longestLine(text)).isLessThanOrEqualTo(CloudInitLimits.MAX_YAML_LINE_LENGTH);
      CloudConfig back = CloudConfig.parse("large", text);
      assertThat(back).isEqualTo(config);
      assertThat(back.values()).isEqualTo(config.values());
      assertThat(back.writeFiles().get(0).content()).isEqualTo(content);
    }
  }

  @Test
  void parsedBinaryScalarRendersWrappedAndReadsBack() {
    byte[] content = random(SIZE);
    String text = "#cloud-config\nrandom_seed:\n  data: !!binary |\n"
        + Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(content)
            .replaceAll("(?m)^", "    ") + "\n";
    CloudConfig parsed = CloudConfig.parse("binary", text);
    String rendered = parsed.render();
    assertThat(longestLine(rendered)).isLessThanOrEqualTo(CloudInitLimits.MAX_YAML_LINE_LENGTH);
    Object data = ((Map<?, ?>) CloudConfig.parse("again", rendered).values().get("random_seed"))
        .get("data");
    assertThat((byte[]) data).isEqualTo(content);
  }

  @Test
  void scalarsThatCannotBeWrappedAreRefusedAtBuildWithTheirLocation() {
    String line = "x".repeat(CloudInitLimits.MAX_YAML_LINE_LENGTH);
    ValidationException text = catchThrowableOfType(() -> withFile(
        line.getBytes(StandardCharsets.UTF_8), "text/plain"), ValidationException.class);
    assertThat(text.problems()).anySatisfy(p -> {
      assertThat(p.location().toString()).isEqualTo("write_files.content");
      assertThat(p.message()).contains("CloudInitLimits.MAX_YAML_LINE_LENGTH");
    });
    ValidationException command = catchThrowableOfType(
        () -> CloudConfig.builder().set("runcmd", List.of("true", line)).build(),
        ValidationException.class);
    assertThat(command.problems()).anySatisfy(p -> {
      assertThat(p.location().toString()).isEqualTo("runcmd[1]");
      assertThat(p.message()).contains("CloudInitLimits.MAX_YAML_LINE_LENGTH");
    });
    // the same length in lines of text is fine: a literal block keeps the lines
    String lines = ("x".repeat(1000) + "\n").repeat(CloudInitLimits.MAX_YAML_LINE_LENGTH / 1000);
    CloudConfig config = withFile(lines.getBytes(StandardCharsets.UTF_8), "text/plain");
    assertThat(CloudConfig.parse("lines", config.render())).isEqualTo(config);
  }

  @Test
  void aFoldedScalarThatWouldRenderOnOneLongLineIsRefusedWhenParsed() {
    // a plain scalar folded over short lines is one line of 1.1 Mi characters once written
    String folded = "#cloud-config\nfinal_message: " + ("y".repeat(999) + "\n  ").repeat(1100)
        + "end\n";
    assertThat(catchThrowableOfType(() -> CloudConfig.parse("folded", folded),
        ParseException.class))
        .hasMessageContaining("final_message: would be written as a YAML line of up to")
        .hasMessageContaining("CloudInitLimits.MAX_YAML_LINE_LENGTH");
  }

  @Test
  void pyyamlAndBothCloudInitVersionsReadTheSameBytes() throws Exception {
    byte[] content = random(SIZE);
    Path dir = RealCloudInit.tempDir("tankos-ci-large");
    Map<Path, Path> requests = new LinkedHashMap<>();
    Map<Path, String> decoders = new LinkedHashMap<>();
    decoders.put(dir.resolve("b64.yaml"), "b");
    decoders.put(dir.resolve("gz.yaml"), "gzip.decompress(b)");
    for (Path f : decoders.keySet()) {
      CloudConfig config = withFile(content, f.getFileName().toString().startsWith("b64")
          ? "b64" : null);
      RealCloudInit.write(f, config.render().getBytes(StandardCharsets.UTF_8));
      requests.put(f, RealCloudInit.write(dir.resolve(f.getFileName() + ".json"),
          TaggedJson.of(config.values()).getBytes(StandardCharsets.UTF_8)));
    }
    RealCloudInit.pyyaml(requests).values().forEach(l -> assertThat(l.same())
        .as("PyYAML on %s: %s", l.file(), l.error()).isTrue());
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    Path python = RealTools.get().requireExecutable("python.pyyaml");
    for (Map.Entry<Path, String> d : decoders.entrySet()) {
      // what cc_write_files.extract_contents does: base64.b64decode (not validating), then gzip
      String script = "import base64, gzip, hashlib, sys, yaml\n"
          + "c = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))['write_files'][0]['content']\n"
          + "b = base64.b64decode(c)\nprint(hashlib.sha256(" + d.getValue() + ").hexdigest())\n";
      Process p = new ProcessBuilder(python.toString(), "-c", script, d.getKey().toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertThat(p.waitFor()).as(out).isZero();
      assertThat(out).as(d.getKey().toString()).isEqualTo(sha);
    }
    for (String version : RealCloudInit.versions()) {
      Map<String, RealCloudInit.Verdict> verdicts =
          RealCloudInit.validate(version, List.copyOf(decoders.keySet()), false);
      assertThat(verdicts.values()).as(version).allSatisfy(v -> assertThat(v.valid())
          .as("%s %s: %s", version, v.file(), v.errors()).isTrue());
    }
  }
}
