package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.ExecWords;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.quadlet.secret.SecretMount;
import io.tankos.testkit.RealTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quick check of this module's escaping against the real Quadlet generators (the full corpus and
 * property checks live in the generator harness): hostile values reach podman's argv unchanged.
 */
class RealQuadletSmokeTest {

  @ParameterizedTest
  @CsvSource({"quadlet.5.4.path, 5.4", "quadlet.sid.path, 5.8"})
  void hostileValuesReachPodmanUnchanged(String toolKey, PodmanVersion version, @TempDir Path dir)
      throws Exception {
    Path quadlet = RealTools.get().requireExecutable(toolKey);
    String weird = "a b\t\"q\" 'x' \\back $HOME 100% ;";
    ContainerUnit unit = ContainerUnit.builder("web")
        .image("quay.io/example/web:1.0")
        .environment("WEIRD", weird)
        .environment("PLAIN", "x")
        .label("k", "v w")
        .addPodmanArgs("--annotation", "note=" + weird)
        .hostName("h-1")
        .healthCmd("/bin/sh -c 'exit 0'")
        .addPublishPort("127.0.0.1:8080:80")
        .addCapability("CAP_NET_ADMIN")
        .addSecret(SecretMount.env("db-password", "DB_PASSWORD"))
        .addVolume(SystemdValue.withSpecifiers("%h/data:/data:Z"))
        .exec("sh", "-c", weird, "--")
        .build();
    Files.writeString(dir.resolve(unit.fileName()), unit.render(version, TargetPolicy.STRICT), StandardCharsets.UTF_8);
    List<String> argv = execStart(quadlet, dir, "web.service");
    assertThat(argv).containsSubsequence("--env", "WEIRD=" + weird);
    assertThat(argv).containsSubsequence("--label", "k=v w");
    assertThat(argv).containsSubsequence("--annotation", "note=" + weird);
    assertThat(argv).containsSubsequence("--hostname", "h-1");
    assertThat(argv).containsSubsequence("--health-cmd", "/bin/sh -c 'exit 0'");
    assertThat(argv).containsSubsequence("--publish", "127.0.0.1:8080:80");
    assertThat(argv).containsSubsequence("--cap-add", "cap_net_admin"); // Quadlet lower-cases capabilities
    assertThat(argv).containsSubsequence("--secret", "db-password,type=env,target=DB_PASSWORD");
    assertThat(argv).contains("<HOME>/data:/data:Z");
    assertThat(argv.subList(argv.size() - 5, argv.size()))
        .containsExactly("quay.io/example/web:1.0", "sh", "-c", weird, "--");
  }

  @ParameterizedTest
  @CsvSource({"quadlet.5.4.path, 5.4", "quadlet.sid.path, 5.8"})
  void setWithReferencesTemplatesAndDropIns(String toolKey, PodmanVersion version, @TempDir Path dir)
      throws Exception {
    Path quadlet = RealTools.get().requireExecutable(toolKey);
    NetworkUnit net = NetworkUnit.builder("web").addSubnet("10.89.10.0/24").build();
    VolumeUnit data = VolumeUnit.builder("web-data").build();
    ContainerUnit worker = ContainerUnit.builder("worker@")
        .image("quay.io/x/worker:1")
        .addNetwork(net)
        .addVolume(data, "/data:Z")
        .environment("INSTANCE", SystemdValue.withSpecifiers("%i"))
        .build();
    DropIn extra = ContainerUnit.builder("worker@two").environment("EXTRA", "1 2").buildDropIn("10-x.conf");
    QuadletSet set = QuadletSet.builder().unit(net).unit(data).unit(worker).instance(worker, "two")
        .dropIn(extra).build();
    Path units = dir.resolve("units");
    set.toFileTree(version, TargetPolicy.STRICT).writeTo(units);
    List<String> two = execStart(quadlet, units, "worker@two.service");
    assertThat(two).containsSubsequence("--network", "systemd-web");
    assertThat(two).containsSubsequence("-v", "systemd-web-data:/data:Z");
    assertThat(two).containsSubsequence("--env", "EXTRA=1 2");
    assertThat(two).containsSubsequence("--env", "INSTANCE=<%i>");
    assertThat(execStart(quadlet, units, "worker@.service")).doesNotContain("EXTRA=1 2");
    assertThat(execStart(quadlet, units, "web-data-volume.service")).contains("systemd-web-data");
  }

  /**
   * Runs the generator and returns the ExecStart argv of a service as systemd would run it:
   * split, then each word read by {@link #systemdExpand(String)}.
   */
  static List<String> execStart(Path quadlet, Path dir, String service)
      throws IOException, InterruptedException {
    return execStart(quadlet, dir, service, false);
  }

  static List<String> execStart(Path quadlet, Path dir, String service, boolean user)
      throws IOException, InterruptedException {
    ProcessBuilder pb = user
        ? new ProcessBuilder(quadlet.toString(), "-dryrun", "-user")
        : new ProcessBuilder(quadlet.toString(), "-dryrun");
    pb.environment().put("QUADLET_UNIT_DIRS", dir.toAbsolutePath().toString());
    pb.redirectErrorStream(false);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String stdout = new String(out, StandardCharsets.UTF_8);
    String stderr = new String(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(stderr).isZero();
    assertThat(stderr).doesNotContain("converting").doesNotContain("unsupported escape");
    int start = stdout.indexOf("---" + service + "---");
    assertThat(start).as(stdout).isGreaterThanOrEqualTo(0);
    String block = stdout.substring(start);
    int next = block.indexOf("\n---", 4);
    if (next > 0) {
      block = block.substring(0, next);
    }
    for (String line : block.split("\n")) {
      if (line.startsWith("ExecStart=")) {
        List<String> words = new ArrayList<>();
        for (String w : ExecWords.split(line.substring("ExecStart=".length()))) {
          words.add(systemdExpand(w));
        }
        return Collections.unmodifiableList(words);
      }
    }
    throw new AssertionError("no ExecStart in\n" + block);
  }

  /** systemd's specifier letters (systemd.unit(5), "Specifiers"). */
  private static final String SPECIFIERS = "aAbBCdEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY";

  /**
   * One word as systemd reads it: {@code %%} and {@code $$} unescaped, {@code %h} shown as {@code
   * <HOME>} and any other specifier as {@code <%X>}, so an escaped {@code %%i} and the specifier
   * {@code %i} differ. A lone {@code %} that is no specifier, and a lone {@code $} (systemd would
   * expand a variable), fail: the value was not escaped.
   */
  private static String systemdExpand(String w) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c != '%' && c != '$') {
        s.append(c);
        continue;
      }
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      if (next == c) {
        s.append(c);
      } else if (c == '%' && next == 'h') {
        s.append("<HOME>");
      } else if (c == '%' && next != 0 && SPECIFIERS.indexOf(next) >= 0) {
        s.append("<%").append(next).append('>');
      } else {
        throw new AssertionError("unescaped '" + c + "' at " + i + " in ExecStart word: " + w);
      }
      i++;
    }
    return s.toString();
  }
}
