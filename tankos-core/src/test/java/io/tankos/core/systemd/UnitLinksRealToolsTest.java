package io.tankos.core.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.Symlink;
import io.tankos.testkit.RealTools;
import io.tankos.testkit.RequiresTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The links of {@link UnitLinks} against the ones {@code systemctl --root} makes offline. */
@RequiresTools({RealTools.SYSTEMCTL})
class UnitLinksRealToolsTest {
  @TempDir Path root;

  private static SystemdUnit service(String name) {
    return SystemdUnit.service(name)
        .execStart("/bin/true")
        .wantedBy("multi-user.target", "default.target")
        .requiredBy("tank.target")
        .set("Install", "Alias", "tank-alias-" + name.replace("@", "") + ".service")
        .build();
  }

  @Test
  void enableAndMaskMakeTheLinksOfSystemctl() throws IOException {
    SystemdUnit plain = service("tank-plain");
    SystemdUnit template = service("tank-tpl@").toBuilder()
        .remove("Install", "Alias")
        .set("Install", "DefaultInstance", "one")
        .build();
    SystemdUnit timer = SystemdUnit.timer("tank-check").onBootSec("5min").wantedBy("timers.target")
        .build();
    FileTree.Builder ours = FileTree.builder();
    FileTree.Builder installed = FileTree.builder();
    for (UnitScope scope : UnitScope.values()) {
      for (SystemdUnit u : List.of(plain, template, timer)) {
        installed.add(UnitLinks.install(scope, u));
        ours.add(UnitLinks.enable(scope, u));
      }
      ours.add(UnitLinks.mask(scope, "bootc-fetch-apply-updates.timer"));
    }
    installed.build().writeTo(root.resolve("stage"));
    copyUnits();
    String systemctl = RealTools.get().systemctl().toString();
    List<String> names = List.of(plain.fileName(), template.fileName(), timer.fileName());
    run(Stream.concat(Stream.of(systemctl, "--root", root.toString(), "enable"), names.stream())
        .toList());
    run(Stream.concat(Stream.of(systemctl, "--root", root.toString(), "--global", "enable"),
        names.stream()).toList());
    run(List.of(systemctl, "--root", root.toString(), "mask", "bootc-fetch-apply-updates.timer"));
    run(List.of(systemctl, "--root", root.toString(), "--global", "mask",
        "bootc-fetch-apply-updates.timer"));

    Map<String, String> expected = new TreeMap<>();
    for (FileEntry e : ours.build().entries()) {
      if (e instanceof Symlink s) {
        expected.put(s.path(), s.target());
      }
    }
    assertThat(expected).containsEntry(
        "etc/systemd/system/multi-user.target.wants/tank-tpl@one.service",
        "/usr/lib/systemd/system/tank-tpl@.service");
    Map<String, String> made = linksUnder(root.resolve("etc"));
    for (String link : made.keySet()) {
      Files.delete(root.resolve(link)); // the masks point outside the temporary directory
    }
    assertThat(made).isEqualTo(expected);
  }

  @Test
  void enablingABaseImageUnitMatchesSystemctl() {
    FileTree ours = UnitLinks.enable(UnitScope.SYSTEM, "sshd.service", "multi-user.target");
    Symlink link = (Symlink) ours.entries().get(0);
    assertThat(link.path()).isEqualTo("etc/systemd/system/multi-user.target.wants/sshd.service");
    assertThat(link.target()).isEqualTo("/usr/lib/systemd/system/sshd.service");
  }

  private void copyUnits() throws IOException {
    for (UnitScope scope : UnitScope.values()) {
      Path from = root.resolve("stage").resolve(scope.unitDirectory());
      Path to = root.resolve(scope.unitDirectory());
      Files.createDirectories(to);
      try (Stream<Path> files = Files.list(from)) {
        for (Path f : files.toList()) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }

  private void run(List<String> argv) {
    SystemdTools.Run r = SystemdTools.run(argv, root, Map.of());
    assertThat(r.exitCode()).as(r.output()).isZero();
  }

  private static Map<String, String> linksUnder(Path etc) throws IOException {
    Map<String, String> out = new TreeMap<>();
    List<Path> links = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(etc)) {
      walk.filter(Files::isSymbolicLink).forEach(links::add);
    }
    for (Path l : links) {
      try {
        out.put(etc.getParent().relativize(l).toString(), Files.readSymbolicLink(l).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
