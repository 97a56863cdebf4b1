package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuadletCommandsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void fmtKeepsCommentsAndPrintsOneFileToStdout() throws Exception {
    write("web.container", "# the web server\n[Container]\nImage = quay.io/x/web:1\n  # port\nPublishPort=8080:80\n");
    CliRunner r = CliRunner.run(dir, "quadlet", "fmt", "web.container");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.out)
        .isEqualTo("# the web server\n[Container]\nImage=quay.io/x/web:1\n# port\nPublishPort=8080:80\n");
  }

  @Test
  void fmtWritesUnitsAndDropInsIntoOut() throws Exception {
    write("web.container", "[Container]\nImage=quay.io/x/web:1\n");
    write("web.container.d/10-env.conf", "[Container]\nEnvironment=A=1\n");
    CliRunner r = CliRunner.run(dir, "quadlet", "fmt", "--out", "out", "web.container", "web.container.d/10-env.conf");
    assertThat(r.status).as(r.err).isZero();
    assertThat(Files.readString(dir.resolve("out/web.container"))).isEqualTo("[Container]\nImage=quay.io/x/web:1\n");
    assertThat(Files.readString(dir.resolve("out/web.container.d/10-env.conf"))).isEqualTo("[Container]\nEnvironment=A=1\n");
  }

  @Test
  void anErrorPrintsFileAndLineAndWritesNothing() throws Exception {
    write("good.container", "[Container]\nImage=quay.io/x/web:1\n");
    write("bad.container", "[Container]\nImage=quay.io/x/web:1\nBogusKey=1\n");
    CliRunner r = CliRunner.run(dir, "quadlet", "fmt", "--out", "out", "good.container", "bad.container");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).startsWith("tankos quadlet fmt: bad.container:3: ").contains("BogusKey").doesNotContain("Exception");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void escapeSequencesInAUnitReachTheTerminalEscaped() throws Exception {
    String esc = "\u001b[2J\u009b31m"; // clear the screen; a C1 CSI
    write("key.container", "[Container]\nImage=x\nBad" + esc + "Key=1\n");
    write("group.container", "[Bad" + esc + "]\nImage=x\n");
    write("value.container", "[Container]\nImage=x\nReadOnly=ye" + esc + "s\nEnvironment=A=%" + esc + "\n"
        + "Pod=" + esc + ".pod\n");
    CliRunner check = CliRunner.run(dir, "quadlet", "check", "key.container", "group.container", "value.container");
    assertThat(check.status).isEqualTo(1);
    assertThat(check.err).contains("\\u001b[2J").doesNotContain("\u001b").doesNotContain("\u009b");
    for (String file : new String[] {"key.container", "group.container"}) {
      CliRunner fmt = CliRunner.run(dir, "quadlet", "fmt", file);
      assertThat(fmt.status).as(file).isEqualTo(1);
      assertThat(fmt.err).as(file).contains("\\u001b[2J").doesNotContain("\u001b").doesNotContain("\u009b");
    }
  }

  @Test
  void checkReportsMissingReferencesAndVersionGaps() throws Exception {
    write("app.container", "[Container]\nImage=quay.io/x/app:1\nNetwork=missing.network\n");
    CliRunner r = CliRunner.run(dir, "quadlet", "check", "app.container");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).contains("missing.network");

    write("proxy.container", "[Container]\nImage=quay.io/x/app:1\nHttpProxy=false\n");
    assertThat(CliRunner.run(dir, "quadlet", "check", "proxy.container").status).isZero();
    CliRunner old = CliRunner.run(dir, "quadlet", "check", "--podman", "5.4", "proxy.container");
    assertThat(old.status).isEqualTo(1);
    assertThat(old.err).contains("HttpProxy");
  }

  @Test
  void checkAcceptsTheRenderedTankOsUnits() throws Exception {
    assertThat(CliRunner.run(dir, "render", "--out", "ctx").status).isZero();
    Path units = dir.resolve("ctx/rootfs/etc/containers/systemd/users/1000");
    CliRunner r =
        CliRunner.run(units, "quadlet", "check", "--podman", "5.4", "openclaw.container",
            "service-gator.container");
    assertThat(r.status).as(r.err).isZero();
  }

  @Test
  void checkGivesTheGeneratorsVerdictWithSilentProblemsAsWarnings() throws Exception {
    write("run.container", "[Container]\nImage=quay.io/x/app:1\nGroup=100\n");
    CliRunner refused = CliRunner.run(dir, "quadlet", "check", "run.container");
    assertThat(refused.status).isEqualTo(1);
    assertThat(refused.err).contains("tankos quadlet check: run.container:3: Container.Group: "
        + "invalid Group set without User");

    write("flag.container", "[Container]\nImage=quay.io/x/app:1\nReadOnly=maybe\nEnvironment=A=%Z\n");
    CliRunner warned = CliRunner.run(dir, "quadlet", "check", "flag.container");
    assertThat(warned.status).as(warned.err).isZero();
    assertThat(warned.err)
        .contains("warning: flag.container:3: Container.ReadOnly: 'maybe' is not a flag")
        .contains("warning: flag.container:4: Container.Environment: unknown specifier '%Z'");

    write("a.artifact", "[Artifact]\nArtifact=quay.io/x/a:1\n");
    CliRunner old = CliRunner.run(dir, "quadlet", "check", "--podman", "5.4", "a.artifact");
    assertThat(old.status).isZero();
    assertThat(old.err).contains("warning: a.artifact: .artifact files are not loaded");
  }

  @Test
  void checkReadsAUnitDirectoryAsQuadletSearchesIt() throws Exception {
    write("units/web-app.container", "[Container]\nImage=quay.io/x/app:1\n");
    write("units/container.d/10-all.conf", "[Container]\nReadOnly=maybe\n");
    write("units/apps/db.container", "[Container]\nImage=quay.io/x/db:1\nNetwork=gone.network\n");
    write("units/apps/web-app.container", "[Container]\nImage=quay.io/x/other:1\n");
    write("units/old.d/x.container", "[Container]\nImage=quay.io/x/y:1\n");
    write("units/README.md", "not read\n");
    CliRunner r = CliRunner.run(dir, "quadlet", "check", "units");
    assertThat(r.status).as(r.err).isEqualTo(1);
    assertThat(r.err.lines()).containsExactly(
        "tankos quadlet check: units/apps/db.container:3: Container.Network: requested Quadlet unit"
            + " gone.network was not found",
        // the type-wide drop-in reaches every container: each finding is in the drop-in, for a unit
        "tankos quadlet check: warning: units/container.d/10-all.conf:2: Container.ReadOnly: 'maybe' is not a"
            + " flag (true, false, yes, no, on, off, 1, 0); Quadlet reads it as false (in apps/db.container)",
        "tankos quadlet check: warning: units/apps/web-app.container: not loaded: Quadlet loads the first unit"
            + " of this name, web-app.container",
        "tankos quadlet check: warning: units/old.d/x.container: not loaded: Quadlet of Podman 5.8 does not"
            + " search a directory ending in .d for units",
        "tankos quadlet check: warning: units/container.d/10-all.conf:2: Container.ReadOnly: 'maybe' is not a"
            + " flag (true, false, yes, no, on, off, 1, 0); Quadlet reads it as false (in web-app.container)");

    write("bad/a.container", "[Container]\nImage=quay.io/x/a:1\n");
    Files.write(dir.resolve("bad/b.container"), new byte[] {'[', (byte) 0xff, ']', '\n'});
    CliRunner bad = CliRunner.run(dir, "quadlet", "check", "bad/");
    assertThat(bad.status).isEqualTo(1);
    assertThat(bad.err).contains("bad/b.container").contains("UTF-8").doesNotContain("Exception");

    // among several operands a directory is a file that cannot be read
    CliRunner both = CliRunner.run(dir, "quadlet", "check", "units", "bad/a.container");
    assertThat(both.status).isEqualTo(1);
    assertThat(both.err.lines()).containsExactly("tankos quadlet check: units: is a directory");
  }

  @Test
  void aDirectoryLinkLoopIsReadOnce() throws Exception {
    write("loop/web.container", "[Container]\nImage=quay.io/x/app:1\n");
    Files.createSymbolicLink(dir.resolve("loop/again"), dir.resolve("loop"));
    CliRunner r = CliRunner.run(dir, "quadlet", "check", "loop");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.err).isEmpty();
  }

  @Test
  void aDirectoryTreeOverItsBoundsIsRefusedInOneLine() throws Exception {
    Path deep = dir.resolve("deep");
    Path d = deep;
    for (int i = 0; i <= UnitDirectory.MAX_DEPTH + 1; i++) {
      d = d.resolve("d");
    }
    Files.createDirectories(d);
    CliRunner r = CliRunner.run(dir, "quadlet", "check", "deep");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err.lines()).singleElement().asString()
        .startsWith("tankos quadlet check: deep: more than 32 levels of subdirectories");

    Path wide = dir.resolve("wide");
    Files.createDirectories(wide);
    for (int i = 0; i <= UnitDirectory.MAX_ENTRIES; i++) {
      Files.createFile(wide.resolve("f" + i));
    }
    CliRunner w = CliRunner.run(dir, "quadlet", "check", "wide");
    assertThat(w.status).isEqualTo(1);
    assertThat(w.err.lines()).singleElement().asString()
        .startsWith("tankos quadlet check: wide: more than 100000 directory entries");
  }

  @Test
  void aFindingQuotingAHugeValueIsOneReadableLine() throws Exception {
    write("long.container", "[Container]\nImage=quay.io/x/app:1\nReadOnly=" + "x".repeat(60_000) + "\n");
    CliRunner r = CliRunner.run(dir, "quadlet", "check", "long.container");
    assertThat(r.status).isZero();
    assertThat(r.err.lines()).singleElement().asString()
        .startsWith("tankos quadlet check: warning: long.container:3: Container.ReadOnly: 'xxx")
        .endsWith("Quadlet reads it as false").contains("characters left out").hasSizeLessThan(1100);
  }
}
