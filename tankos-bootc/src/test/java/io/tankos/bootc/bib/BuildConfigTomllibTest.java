package io.tankos.bootc.bib;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tankos.bootc.host.JsonSchemaCheck;
import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import io.tankos.testkit.Conformance;
import io.tankos.testkit.RealTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TOML that {@link BuildConfig} renders is read by an independent parser (Python's {@code
 * tomllib}, TOML 1.0) into the same data as the JSON rendering: one python process for all files.
 */
class BuildConfigTomllibTest {
  private static final String SCRIPT =
      "import json, sys, tomllib\n"
          + "for p in sys.argv[1:]:\n"
          + "    with open(p, 'rb') as f:\n"
          + "        print(json.dumps(tomllib.load(f), sort_keys=True))\n";

  @Test
  void renderedTomlReadsBackWithTomllib(@TempDir Path dir) throws Exception {
    String python = RealTools.get().requireExecutable("python.pyyaml").toString();
    List<BuildConfig> configs = new ArrayList<>();
    try (Stream<Path> s = Files.list(Conformance.require("bib"))) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".toml") && !name.endsWith(".json")) {
          continue;
        }
        String text = Files.readString(p).replace("\"bob\"", "\"" + BuildConfigExamplesTest.HASH.replace("$", "\\u0024") + "\"");
        configs.add(name.endsWith(".toml") ? BuildConfig.parseToml(name, text) : BuildConfig.parseJson(name, text));
      }
    }
    configs.add(
        BuildConfig.builder()
            .name("tank-os")
            .addUser(ImageUser.builder("openclaw").key("ssh-ed25519 AAAA 'quoted' \"double\" \\ back").groups(List.of()).uid(1000).build())
            .kernelAppend("a=\"b c\" d='e'")
            .fips(false)
            .build());
    configs.add(
        BuildConfig.builder()
            .installer(new InstallerOptions(true, List.of("%wheel"), "text\n# comment \"x\" 'y'\n\ttab\n", null, List.of()))
            .iso(new IsoLabels("TANKOS", null, "tankos \u00e9"))
            .build());
    List<String> args = new ArrayList<>(List.of(python, "-c", SCRIPT));
    for (int i = 0; i < configs.size(); i++) {
      Path f = dir.resolve("c" + i + ".toml");
      Files.writeString(f, configs.get(i).toToml());
      args.add(f.toString());
    }
    CommandResult r = CommandRunner.local().runChecked(Command.builder(args).build());
    List<String> lines = r.stdoutLines();
    assertThat(lines).hasSize(configs.size());
    for (int i = 0; i < configs.size(); i++) {
      JsonNode fromTomllib = BuildConfigExamplesTest.normalize(JsonSchemaCheck.MAPPER.readTree(lines.get(i)));
      JsonNode fromJson = BuildConfigExamplesTest.normalize(JsonSchemaCheck.MAPPER.readTree(configs.get(i).toJson()));
      assertThat(fromTomllib).as("config %d:%n%s", i, configs.get(i).toToml()).isEqualTo(fromJson);
    }
    System.out.println("BIB TOML read back by tomllib: " + configs.size() + " configs");
  }
}
