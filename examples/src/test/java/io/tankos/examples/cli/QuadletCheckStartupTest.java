package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.examples.Tankos;
import io.tankos.testkit.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quadlet check} runs without a lambda of its own, a stream or a regex: in a fresh JVM the
 * first of each costs milliseconds (method-handle machinery, bytecode spun at run time, the regex
 * engine), more than checking a hundred units (docs/benchmarks.md). The command runs in a child JVM that logs
 * every class it loads, on a unit directory that takes every path of the check: drop-ins of each
 * kind, a subdirectory, a unit shadowed by another, refusals and warnings.
 */
class QuadletCheckStartupTest {
  @TempDir Path dir;

  @Test
  void theCheckLoadsNoLambdaStreamOrRegexClass() throws Exception {
    Path units = dir.resolve("units");
    write(units.resolve("web-app.container"), "[Container]\nImage=quay.io/x/app:1\nReadOnly=maybe\n"
        + "Network=gone.network\nMount=type=volume,source=data.volume,destination=/d\nPod=p.pod\n");
    write(units.resolve("web-app.container.d/10-env.conf"), "[Container]\nEnvironment=A=%Q\n");
    write(units.resolve("container.d/20-all.conf"), "[Container]\nBogus=1\n");
    write(units.resolve("web-.container.d/30-prefix.conf"), "Environment=NO_GROUP=1\n");
    write(units.resolve("apps/db.volume"), "[Volume]\nDriver=image\n");
    write(units.resolve("apps/web-app.container"), "[Container]\nImage=quay.io/x/other:1\n");
    write(units.resolve("apps/tool.build"), "[Build]\nImageTag=localhost/t\nFile=Containerfile\n");
    Path log = dir.resolve("classes.log");
    List<String> argv = new ArrayList<>(ChildJvm.argv(Tankos.class, "quadlet", "check", "--podman", "5.4",
        units.toString()));
    argv.add(1, "-Xlog:class+load:file=" + log);
    Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();
    assertThat(p.waitFor()).as(Files.readString(dir.resolve("out"))).isEqualTo(1);
    String out = Files.readString(dir.resolve("out"));
    assertThat(out).contains("unsupported key 'Bogus'").contains("not a flag").contains("not loaded")
        .contains("error loading").contains("gone.network");
    // tankos's own lambdas by name; streams and regexes by their JDK classes, which nothing else in
    // the run loads (a JDK's own start-up internals are not asserted on: they differ by version)
    List<String> loaded = Files.readAllLines(log);
    assertThat(loaded).as("classes loaded").hasSizeGreaterThan(300)
        .noneMatch(l -> l.contains("] io.tankos.") && l.contains("$$Lambda"))
        .noneMatch(l -> l.contains("] java.util.stream.ReferencePipeline "))
        .noneMatch(l -> l.contains("] java.util.regex.Pattern "));
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
