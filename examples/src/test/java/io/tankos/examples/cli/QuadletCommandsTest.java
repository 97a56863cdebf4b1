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
}
