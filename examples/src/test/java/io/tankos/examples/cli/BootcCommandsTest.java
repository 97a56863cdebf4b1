package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.host.BootEntry;
import io.tankos.bootc.host.BootcHost;
import io.tankos.bootc.host.ImageStatus;
import io.tankos.testkit.Conformance;
import io.tankos.testkit.RealTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tankos build}, {@code tankos bootc status} and {@code tankos disk}. */
class BootcCommandsTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    Cli.Io io =
        new Cli.Io(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            dir);
    return new Cli(Commands.all()).run(List.of(args), io);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path fakeBootc(Path statusJson) throws Exception {
    Path exe = dir.resolve("bootc");
    Files.writeString(
        exe,
        "#!/bin/sh\n[ \"$*\" = 'status --format=json --format-version=1' ] || { echo \"error: unexpected $*\" >&2; exit 1; }\ncat '"
            + statusJson + "'\n");
    Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
    return exe;
  }

  @Test
  void bootcStatusPrettyAndJson() throws Exception {
    Path fixture = Conformance.require("bootc/fixtures-json/spec-booted-with-update.json");
    Path bootc = fakeBootc(fixture);
    assertThat(run("bootc", "status", "--bootc", bootc.toString())).isEqualTo(0);
    BootcHost host = BootcHost.parseJson("fixture", Files.readString(fixture));
    String image = host.specImage().orElseThrow().image();
    ImageStatus booted = host.booted().flatMap(BootEntry::image).orElseThrow();
    ImageStatus update = host.booted().flatMap(BootEntry::cachedUpdate).orElseThrow();
    assertThat(out())
        .contains("Following: " + image + "\n")
        .contains("Booted:   " + booted.image().image() + " " + booted.imageDigest() + " version " + booted.version())
        .contains("update available: " + update.image().image() + " " + update.imageDigest() + " version " + update.version());
    out.reset();
    assertThat(run("bootc", "status", "--json", "--bootc", bootc.toString())).isEqualTo(0);
    assertThat(out()).startsWith("{\"apiVersion\":\"org.containers.bootc/v1alpha1\",\"kind\":\"BootcHost\"");
  }

  @Test
  void bootcStatusOfANonBootcHost() throws Exception {
    Path bootc = fakeBootc(Conformance.require("bootc/fixtures/spec-v1-null.json"));
    assertThat(run("bootc", "status", "--bootc", bootc.toString())).isEqualTo(0);
    assertThat(out()).isEqualTo("System not booted via bootc.\n");
    assertThat(run("bootc", "status", "--user", "core")).isEqualTo(2);
    assertThat(err()).contains("--user needs --host");
  }

  @Test
  void buildsAContextDirectoryWithRealPodman() throws Exception {
    String podman = RealTools.get().requireExecutable("podman.path").toString();
    Path context = dir.resolve("ctx");
    Files.createDirectories(context);
    Files.writeString(context.resolve("Containerfile"), "FROM scratch\nCOPY hello /hello\nLABEL io.tankos.cli=yes\n");
    Files.writeString(context.resolve("hello"), "hi\n");
    String tag = "localhost/tankos-cli-test-" + UUID.randomUUID().toString().substring(0, 8) + ":1";
    List<String> args = new ArrayList<>(List.of("build", "--tag", tag, "--podman", podman));
    for (String a : RealTools.get().valueOrEmpty("podman.args").split("\\s+")) {
      if (!a.isEmpty()) {
        args.add("--podman-arg=" + a);
      }
    }
    args.add("ctx");
    try {
      assertThat(run(args.toArray(String[]::new))).as(err()).isEqualTo(0);
      assertThat(out().trim()).matches("sha256:[0-9a-f]{64}");
      assertThat(err()).contains("STEP 1/3");
    } finally {
      new ProcessBuilder(podman, "rmi", tag).inheritIO().start().waitFor();
    }
  }

  @Test
  void buildUsageErrors() {
    assertThat(run("build")).isEqualTo(2);
    assertThat(run("build", "no-such-dir")).isEqualTo(1);
    assertThat(err()).endsWith("tankos build: no-such-dir: no such file or directory\n");
  }

  @Test
  void diskNeedsABibImageAndAValidConfig() throws Exception {
    assertThat(run("disk", "--type", "qcow2", "--bib-image", "", "localhost/tank-os:1")).isEqualTo(2);
    Path config = dir.resolve("config.toml");
    Files.writeString(config, "[[customizations.user]]\nname = \"alice\"\npassword = \"bob\"\n");
    err.reset();
    assertThat(run("disk", "--type", "qcow2", "--config", "config.toml", "--bib-image", "localhost/bib:1", "localhost/tank-os:1"))
        .isEqualTo(1);
    assertThat(err())
        .isEqualTo("tankos disk: config.toml: customizations.user[0].password: plaintext password rejected: give a crypt hash starting with $6$, $5$ or $2b$\n");
    err.reset();
    assertThat(run("disk", "--type", "qcow2", "--type", "anaconda-iso", "--bib-image", "localhost/bib:1", "localhost/tank-os:1"))
        .isEqualTo(2);
    assertThat(err()).contains("cannot mix ISO/disk images");
    err.reset();
    assertThat(run("disk", "--type", "floppy", "--bib-image", "localhost/bib:1", "img")).isEqualTo(2);
    assertThat(err()).contains("unknown image type 'floppy'");
  }
}
