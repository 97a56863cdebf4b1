package io.tankos.bootc.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tankos.core.validation.ParseException;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every upstream {@code bootc status} fixture parses into {@link BootcHost}; its serialisation is
 * valid against bootc's host-v1 schema, keeps every known value of the input, and parses back to
 * an equal document.
 */
class BootcHostFixturesTest {
  /** Legacy fields present in old fixtures that the model deliberately drops. */
  private static final Set<String> DROPPED = Set.of("isContainer");

  private static List<Path> fixtures() throws IOException {
    Path bootc = Conformance.require("bootc");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(bootc.resolve("fixtures-json"))) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    try (Stream<Path> s = Files.list(bootc.resolve("fixtures"))) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    return files;
  }

  @Test
  void everyYamlFixtureHasAJsonConversion() throws IOException {
    Path bootc = Conformance.require("bootc");
    Set<String> json;
    try (Stream<Path> s = Files.list(bootc.resolve("fixtures-json"))) {
      json = s.map(p -> p.getFileName().toString().replace(".json", "")).collect(Collectors.toSet());
    }
    List<String> yaml;
    try (Stream<Path> s = Files.list(bootc.resolve("fixtures"))) {
      yaml =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .map(n -> n.replace(".yaml", ""))
              .collect(Collectors.toList());
    }
    assertThat(yaml).isNotEmpty();
    assertThat(json).containsAll(yaml);
  }

  @Test
  void fixturesParseAndSerialiseValidAgainstHostV1Schema() throws IOException {
    JsonSchemaCheck schema =
        new JsonSchemaCheck(Conformance.require("bootc/host-v1.schema.json"));
    List<Path> files = fixtures();
    int parsed = 0;
    int valid = 0;
    int booted = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      String name = file.getFileName().toString();
      assertThat(schema.errors(text)).as("input %s is schema-valid", name).isEmpty();
      BootcHost host = BootcHost.parseJson(name, text);
      parsed++;
      String out = host.toJson();
      assertThat(schema.errors(out)).as("serialised %s", name).isEmpty();
      valid++;
      assertThat(BootcHost.parseJson(name, out)).as("round trip %s", name).isEqualTo(host);
      assertSubset(name, "", JsonSchemaCheck.MAPPER.readTree(text), JsonSchemaCheck.MAPPER.readTree(out));
      if (host.isBootcHost()) {
        booted++;
      }
    }
    System.out.printf(
        "bootc status fixtures: %d files, %d parsed, %d serialised schema-valid, %d booted via bootc%n",
        files.size(), parsed, valid, booted);
    assertThat(files).hasSize(16);
    assertThat(parsed).isEqualTo(16);
  }

  /** Every value of the input (except dropped legacy fields and nulls) is in the output. */
  private static void assertSubset(String file, String path, JsonNode in, JsonNode out) {
    if (in.isObject()) {
      assertThat(out.isObject()).as("%s %s is an object", file, path).isTrue();
      for (Iterator<Map.Entry<String, JsonNode>> it = in.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (DROPPED.contains(e.getKey())) {
          continue;
        }
        JsonNode o = out.get(e.getKey());
        String p = path + "." + e.getKey();
        if (e.getValue().isNull()) {
          assertThat(o == null || o.isNull()).as("%s %s stays null", file, p).isTrue();
        } else {
          assertThat(o).as("%s %s is kept", file, p).isNotNull();
          assertSubset(file, p, e.getValue(), o);
        }
      }
    } else if (in.isArray()) {
      assertThat(out.size()).as("%s %s size", file, path).isEqualTo(in.size());
      for (int i = 0; i < in.size(); i++) {
        assertSubset(file, path + "[" + i + "]", in.get(i), out.get(i));
      }
    } else {
      assertThat(out).as("%s %s", file, path).isEqualTo(in);
    }
  }

  @Test
  void notBootedHostIsRecognised() throws IOException {
    String text = Files.readString(Conformance.require("bootc/fixtures/spec-v1-null.json"));
    BootcHost host = BootcHost.parseJson("spec-v1-null.json", text);
    assertThat(host.isBootcHost()).isFalse();
    assertThat(host.booted()).isEmpty();
    assertThat(host.specImage()).isEmpty();
    assertThat(host.toJson()).isEqualTo(text.strip());
  }

  @Test
  void typedValuesOfFixtures() throws IOException {
    Path dir = Conformance.require("bootc/fixtures-json");
    BootcHost update = BootcHost.parseJson("x", Files.readString(dir.resolve("spec-booted-with-update.json")));
    BootEntry booted = update.booted().orElseThrow();
    assertThat(booted.updateAvailable()).isTrue();
    assertThat(booted.cachedUpdate().orElseThrow().versionLabel()).contains("stream9.20240901.0");
    assertThat(booted.image().orElseThrow().buildTime().orElseThrow().toString())
        .isEqualTo("2024-08-07T12:00:00Z");

    BootcHost same = BootcHost.parseJson("x", Files.readString(dir.resolve("spec-booted-update-same-digest.json")));
    assertThat(same.booted().orElseThrow().updateAvailable()).isFalse();

    BootcHost pinned = BootcHost.parseJson("x", Files.readString(dir.resolve("spec-booted-pinned.json")));
    assertThat(pinned.otherDeployments()).hasSize(1);
    assertThat(pinned.otherDeployments().get(0).pinned()).isTrue();

    BootcHost remote = BootcHost.parseJson("x", Files.readString(dir.resolve("spec-ostree-remote.json")));
    assertThat(remote.specImage().orElseThrow().signatureMode())
        .contains(ImageSignature.ostreeRemote("fedora"));

    BootcHost overlay = BootcHost.parseJson("x", Files.readString(dir.resolve("spec-booted-usroverlay.json")));
    assertThat(overlay.usrOverlay().orElseThrow().writable()).isTrue();

    BootcHost rollback = BootcHost.parseJson("x", Files.readString(dir.resolve("spec-staged-rollback.json")));
    assertThat(rollback.staged()).isPresent();
    assertThat(rollback.rollback().orElseThrow().image().orElseThrow().architecture()).isEqualTo("s390x");
  }

  @Test
  void brokenDocumentsAreRejectedWithTheFieldPath() {
    assertThatThrownBy(() -> BootcHost.parseJson("status", "{\"apiVersion\":\"v2\",\"kind\":\"BootcHost\"}"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("status: apiVersion: unsupported API version 'v2'");
    assertThatThrownBy(
            () ->
                BootcHost.parseJson(
                    "status",
                    "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\","
                        + "\"status\":{\"booted\":{\"incompatible\":false,\"pinned\":false,"
                        + "\"image\":{\"image\":{\"image\":\"x\",\"transport\":\"registry\"},"
                        + "\"architecture\":\"amd64\"}}}}"))
        .isInstanceOf(ParseException.class)
        .hasMessage("status: status.booted.image.imageDigest: is required");
    assertThatThrownBy(() -> BootcHost.parseJson("status", "{\n\"apiVersion\": }"))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("status:2: not JSON");
  }

  @Test
  void schemaCheckRejectsAnInvalidDocument() {
    JsonSchemaCheck schema = new JsonSchemaCheck(Conformance.require("bootc/host-v1.schema.json"));
    assertThat(
            schema.errors(
                "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\","
                    + "\"spec\":{\"bootOrder\":\"sideways\"}}"))
        .isNotEmpty();
  }
}
