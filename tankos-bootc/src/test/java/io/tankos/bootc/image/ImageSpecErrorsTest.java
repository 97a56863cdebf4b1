package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of spec error, with its exact {@code FILE:LINE: message}. */
class ImageSpecErrorsTest {

  private static List<String> problems(String yaml) {
    try {
      ImageSpec.read("spec.yaml", yaml);
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("no problem found in:\n" + yaml);
  }

  private static String parseError(String yaml) {
    try {
      ImageSpec.read("spec.yaml", yaml);
    } catch (ParseException e) {
      return e.getMessage();
    }
    throw new AssertionError("no parse error for:\n" + yaml);
  }

  @Test
  void unknownKeysSuggestTheClosestKnownOne() {
    assertThat(problems("preset: tank-os\ninstances:\n  - name: work\n    gatewayPrt: 18790\n"))
        .containsExactly("spec.yaml:4: instances[0]: unknown key 'gatewayPrt' (did you mean 'gatewayPort'?)");
    assertThat(problems("preset: none\ninstance: []\n"))
        .containsExactly("spec.yaml:2: unknown key 'instance' (did you mean 'instances'?)");
    assertThat(problems("preset: tank-os\nuser:\n  sub_ids: {start: 1}\n"))
        .containsExactly("spec.yaml:3: user: unknown key 'sub_ids' (did you mean 'subIds'?)");
    assertThat(problems("preset: tank-os\nrelease:\n  colour: blue\n"))
        .containsExactly("spec.yaml:3: release: unknown key 'colour' (known keys: name, version, summary)");
  }

  @Test
  void unknownUnitSectionsSuggestAndUnknownSystemdKeysAreRefusedAtTheirLine() {
    assertThat(problems("preset: tank-os\nuserUnits:\n  - name: x.timer\n    Timer:\n      OnBootSec: 5min\n"
        + "    Instal:\n      WantedBy: timers.target\n"))
        .containsExactly("spec.yaml:6: userUnits[0]: unknown key 'Instal' (did you mean 'Install'?)");
    assertThat(problems("preset: tank-os\nuserUnits:\n  - name: x.timer\n    Timer:\n      OnBootSec: 5min\n"
        + "      OnBootSecs: 5min\n"))
        .containsExactly("spec.yaml:6: userUnits[0].Timer.OnBootSecs: unknown key: systemd 252 does not read"
            + " OnBootSecs= in [Timer] (it would warn and ignore it)");
    assertThat(problems("preset: tank-os\nsystemUnits:\n  - name: x.socks\n"))
        .containsExactly("spec.yaml:3: systemUnits[0].name: 'x.socks' does not end in .service, .timer, .target,"
            + " .path or .socket");
  }

  @Test
  void wrongTypesNameWhatWasExpectedAndFound() {
    assertThat(problems("preset: tank-os\ninstances:\n  - name: work\n    gatewayPort: abc\n"))
        .containsExactly("spec.yaml:4: instances[0].gatewayPort: expected a number, found \"abc\"");
    assertThat(problems("preset: tank-os\ninstances:\n  - name: work\n    gatewayPort: 0x4965\n"))
        .containsExactly("spec.yaml:4: instances[0].gatewayPort: expected a number, found 0x4965 (write it in"
            + " decimal digits)");
    assertThat(problems("{\"preset\": \"tank-os\", \"instances\": [{\"name\": \"a\", \"gatewayPort\": 18790.0}]}"))
        .containsExactly("spec.yaml:1: instances[0].gatewayPort: expected a whole number, found 18790.0");
    assertThat(problems("preset: tank-os\nrelease:\n  version: 1.5\n"))
        .containsExactly("spec.yaml:3: release.version: expected a string, found 1.5 (a number): quote it to mean"
            + " the text");
    assertThat(problems("preset: tank-os\nuser:\n  linger: maybe\n  groups: wheel\n"))
        .containsExactly("spec.yaml:3: user.linger: expected true or false, found \"maybe\"",
            "spec.yaml:4: user.groups: expected a list, found \"wheel\"");
    assertThat(problems("preset: tank-os\nuser: openclaw\n"))
        .containsExactly("spec.yaml:2: user: expected a mapping, found \"openclaw\"");
    assertThat(problems("preset: tank-os\nbase:\n  packageManager: yum\n"))
        .containsExactly("spec.yaml:3: base.packageManager: expected one of dnf, apt, none, found \"yum\"");
    assertThat(problems("preset: tank-os\nfiles:\n  - path: /etc/motd\n    text: hi\n    mode: 0999\n"))
        .containsExactly("spec.yaml:5: files[0].mode: expected an octal mode such as \"0644\", found \"0999\"");
    assertThat(problems("preset: tank-os\nuser:\n  sudo: always\n"))
        .containsExactly("spec.yaml:3: user.sudo: expected none, passwordless or a list of sudoers rules, found"
            + " \"always\"");
    assertThat(problems("preset: latest\n"))
        .containsExactly("spec.yaml:1: preset: expected one of tank-os, none, found \"latest\"");
  }

  @Test
  void missingRequiredKeysAreReportedAtTheirMapping() {
    assertThat(problems("lint: true\n"))
        .containsExactly("spec.yaml:1: missing required key 'preset' (tank-os to start from the default Tank-OS"
            + " image, none to describe everything)");
    assertThat(problems("preset: tank-os\ninstances:\n  - name: work\n  - gatewayPort: 18790\n"))
        .containsExactly("spec.yaml:4: instances[1]: missing required key 'name'");
    assertThat(problems("preset: tank-os\nfiles:\n  - path: /etc/motd\n"))
        .containsExactly("spec.yaml:3: files[0]: missing required key 'text'");
    assertThat(problems("preset: tank-os\ninstances:\n  - name: work\n    secrets:\n      - name: k\n"))
        .containsExactly("spec.yaml:5: instances[0].secrets[0]: missing required key 'variable' (as: env needs the"
            + " environment variable)");
  }

  @Test
  void duplicateKeysAndInstanceNamesAreRefused() {
    assertThat(parseError("preset: tank-os\nlint: true\nlint: false\n"))
        .isEqualTo("spec.yaml:3: duplicate key 'lint' (first on line 2)");
    assertThat(parseError("preset: tank-os\ninstances:\n  - name: a\n    name: b\n"))
        .isEqualTo("spec.yaml:4: duplicate key 'name' (first on line 3)");
    assertThat(problems("preset: tank-os\ninstances:\n  - name: work\n  - name: research\n    gatewayPort: 18790\n"
        + "  - name: work\n    gatewayPort: 18791\n"))
        .containsExactly("spec.yaml:6: instances[2].name: instance name 'work' is already instances[0]");
  }

  @Test
  void modelProblemsAreMappedToTheLineOfTheValueTheyConcern() {
    String two = "preset: tank-os\ninstances:\n  - name: work\n  - name: research\n    gatewayPort: 18789\n"
        + "    containerName: work\n";
    assertThat(problems(two)).containsExactly(
        "spec.yaml:5: instances[1].gatewayPort: port 18789 already used by instances[0]",
        "spec.yaml:6: instances[1].containerName: container name work already used by instances[0]");
    // a value that came from a default is reported at the nearest node the spec has
    assertThat(problems("preset: tank-os\ninstances:\n  - name: work\n    stateDirectory: .research\n"
        + "  - name: research\n    gatewayPort: 18790\n"))
        .containsExactly("spec.yaml:5: instances[1].stateDirectory: directory ~/.research already used by"
            + " instances[0]", "spec.yaml:5: instances[1].envFile: env file .research/openclaw.env already used by"
            + " instances[0]");
    assertThat(problems("preset: tank-os\ninstances:\n  - name: work\n    gatewayPort: 70000\n"))
        .containsExactly("spec.yaml:4: instances[0].gatewayPort: port 70000 is not within 1..65535");
    assertThat(problems("preset: tank-os\nuser:\n  uid: 100500\n"))
        .containsExactly("spec.yaml:3: user.uid: UID 100500 is not a regular user's (1..60000)",
            "spec.yaml:3: user.subIds: range 100000/65536 contains the user's UID 100500");
    assertThat(problems("preset: tank-os\nlabels:\n  ok: x\n  bad label: y\n"))
        .containsExactly("spec.yaml:4: labels: 'bad label' is not a label name ([A-Za-z0-9._/-])");
    assertThat(problems("preset: none\n"))
        .containsExactly("spec.yaml:1: instances: an image needs at least one agent instance");
    assertThat(problems("preset: tank-os\nprovisioning:\n  hostname: tank-01\n  instanceId: other\n"))
        .containsExactly("spec.yaml:4: provisioning.instanceId: 'other' is not an instance id of host tank-01 (it"
            + " must be tank-01 or start with tank-01-): set the instance id for this host");
    assertThat(problems("preset: tank-os\nuser:\n  sudo:\n    - ALL\n"))
        .containsExactly("spec.yaml:4: user.sudo[0]: a rule is 'HOSTS=(RUNAS) COMMANDS', e.g. ALL=(root) NOPASSWD:"
            + " /usr/bin/bootc status");
    assertThat(problems("preset: tank-os\nuserUnits:\n  - name: x.timer\n    Timer:\n      OnUnitActiveSec: 5min\n"
        + "      OnBootSec: soon\n"))
        .containsExactly("spec.yaml:6: userUnits[0].Timer.OnBootSec: 'soon' is not a systemd time span (900, 15min,"
            + " 1h 30s, infinity)");
  }

  @Test
  void everyProblemIsReportedInLineOrder() {
    assertThat(problems("preset: tank-os\nuser:\n  linger: maybe\ninstances:\n  - name: work\n    gatewayPrt: 1\n"
        + "lintt: true\n"))
        .containsExactly("spec.yaml:3: user.linger: expected true or false, found \"maybe\"",
            "spec.yaml:6: instances[0]: unknown key 'gatewayPrt' (did you mean 'gatewayPort'?)",
            "spec.yaml:7: unknown key 'lintt' (did you mean 'lint'?)");
  }

  @Test
  void syntaxErrorsNameTheLine() {
    assertThat(parseError("preset: tank-os\nuser: {name: x\n"))
        .startsWith("spec.yaml:3: not valid YAML: ");
    assertThat(parseError("")).isEqualTo("spec.yaml:1: the spec is empty: it needs at least 'preset: tank-os' or"
        + " 'preset: none'");
    assertThat(parseError("preset: tank-os\n---\npreset: none\n"))
        .isEqualTo("spec.yaml:3: a spec is one YAML document; a second one starts here");
    assertThat(problems("- preset\n")).containsExactly("spec.yaml:1: expected a mapping, found a list");
  }

  @Test
  void anchorsAliasesAndTagsAreRefused() {
    assertThat(parseError("preset: tank-os\nuser: &u\n  name: x\n"))
        .isEqualTo("spec.yaml:2: anchors (&u) are not allowed in a spec");
    assertThat(parseError("preset: tank-os\npackages: [*p]\n"))
        .startsWith("spec.yaml:2: ");
    assertThat(parseError("preset: tank-os\nlint: !!bool true\n"))
        .isEqualTo("spec.yaml:2: tags (tag:yaml.org,2002:bool) are not allowed in a spec: a value's type follows"
            + " from its key");
    assertThat(parseError("preset: !custom tank-os\n"))
        .isEqualTo("spec.yaml:1: tags (!custom) are not allowed in a spec: a value's type follows from its key");
  }

  @Test
  void readPathIsBoundedAndStrict(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("bad.yaml");
    java.nio.file.Files.write(file, "preset: tank-os\nlabels:\n  x: \"caf\u00e9\"\n  y: \"\u00ff\"\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ImageSpec.read(file)).isInstanceOf(ParseException.class)
        .hasMessage(file + ":3: not valid UTF-8: byte 0xe9 at byte offset 33 (byte 10 of line 3)");
    java.nio.file.Files.writeString(file, "preset: tank-os\n");
    assertThat(ImageSpec.read(file)).isEqualTo(TankOsImage.tankOs());
  }
}
