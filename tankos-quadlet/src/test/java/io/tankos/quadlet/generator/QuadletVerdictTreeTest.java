package io.tankos.quadlet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.quadlet.QuadletVerdict;
import io.tankos.quadlet.QuadletVerdict.Status;
import io.tankos.testkit.Gen;
import io.tankos.testkit.RequiresTools;
import io.tankos.testkit.Seeded;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded unit directory trees judged by {@link QuadletVerdict} and by both real generators: units in
 * subdirectories and in {@code .d} directories, units of one name in two directories, units that
 * cannot be read beside good ones, drop-ins in the unit's, the template's, the type's ({@code
 * container.d}) and the name prefixes' ({@code web-.container.d}) directories at several levels,
 * with drop-ins of one name in more than one of them. Each unit's status (generated or not, loaded
 * or not) and the exit status must agree.
 */
@RequiresTools({"quadlet.5.4.path", "quadlet.sid.path"})
class QuadletVerdictTreeTest {
  private static final String[] DIRS = {"", "", "a", "a/b", "b", "x.d"};
  private static final String[] UNITS = {"web-app.container", "web.container", "a-b-c.container",
      "web-app@.container", "web-app@1.container", "db.volume", "net.network"};
  private static final String[] DROP_IN_DIRS = {"container.d", "volume.d", "web-.container.d",
      "web-app.container.d", "web-app@.container.d", "web-@.container.d", "a-.container.d",
      "a-b-.container.d", "web-app@1.container.d", "db.volume.d"};
  /** Mostly one name, so that which directory's drop-in of a name wins decides the verdict. */
  private static final String[] DROP_IN_NAMES = {"10.conf", "10.conf", "10.conf", "20.conf", "10.txt"};
  /** Drop-ins in the root and one level down: where the precedence of the two orders differs. */
  private static final String[] DROP_IN_PARENTS = {"", "a", "a", "x.d"};
  private static final String[] DROP_INS = {"[Unit]\nDescription=fine\n", "[Container]\nBogus=1\n",
      "[Volume]\nBogus=1\n", "Environment=NO_GROUP=1\n", "[Container]\nEnvironment=A=1\n"};

  private static Gen<Map<String, String>> trees() {
    return r -> {
      Map<String, String> files = new LinkedHashMap<>();
      int units = 1 + r.nextInt(5);
      for (int i = 0; i < units; i++) {
        String name = pick(r, UNITS);
        files.put(join(pick(r, DIRS), name), unitText(r, name));
      }
      int dropIns = r.nextInt(7);
      for (int i = 0; i < dropIns; i++) {
        files.put(join(join(pick(r, DROP_IN_PARENTS), pick(r, DROP_IN_DIRS)), pick(r, DROP_IN_NAMES)),
            pick(r, DROP_INS));
      }
      return files;
    };
  }

  private static String unitText(SplittableRandom r, String name) {
    String group = name.endsWith(".volume") ? "Volume" : name.endsWith(".network") ? "Network" : "Container";
    String body = group.equals("Container") ? "Image=quay.io/x/y:1\n" : "";
    return switch (r.nextInt(6)) {
      case 0 -> "this line is not a key, group or comment\n";
      case 1 -> "[" + group + "]\n" + body + "Bogus=1\n";
      case 2 -> group.equals("Container") ? "[Container]\n" + body + "Volume=db.volume:/d\n" : "[" + group + "]\n";
      default -> "[" + group + "]\n" + body;
    };
  }

  @TestFactory
  Stream<DynamicTest> treesAgreeWithQuadlet54() {
    return Seeded.cases("treesAgreeWithQuadlet54", trees()).tries(100)
        .dynamicTests(tree -> compare(tree, QuadletBinary.v54()));
  }

  @TestFactory
  Stream<DynamicTest> treesAgreeWithQuadletSid() {
    return Seeded.cases("treesAgreeWithQuadletSid", trees()).tries(100)
        .dynamicTests(tree -> compare(tree, QuadletBinary.sid()));
  }

  private static void compare(Map<String, String> tree, QuadletBinary binary) {
    FileTree.Builder b = FileTree.builder();
    Map<String, byte[]> files = new LinkedHashMap<>();
    tree.forEach((path, text) -> {
      b.file(path, text.getBytes(StandardCharsets.UTF_8));
      files.put(path, text.getBytes(StandardCharsets.UTF_8));
    });
    GeneratorResult real = new QuadletGenerator(binary).dryRun(b.build(), GeneratorMode.SYSTEM);
    QuadletVerdict mine = QuadletVerdict.check(files, PodmanVersion.parse(binary.version()));
    List<String> differences = new ArrayList<>();
    for (String path : mine.units().keySet()) {
      Status expected = realStatus(real, path);
      if (expected != mine.status(path)) {
        differences.add(path + ": quadlet " + expected + ", tankos " + mine.status(path));
      }
    }
    assertThat(differences)
        .as("%s on %s%nquadlet: %s%ntankos errors: %s%ntankos warnings: %s", binary, tree.keySet(),
            real.diagnostics(), mine.errors(), mine.warnings())
        .isEmpty();
    assertThat(mine.accepted()).as("%s exit %d on %s: %s; tankos %s", binary, real.exitCode(),
        tree.keySet(), real.diagnostics(), mine.errors()).isEqualTo(real.exitCode() == 0);
  }

  /** Generated (a service names it as its source), loaded but not generated, or not loaded. */
  private static Status realStatus(GeneratorResult real, String path) {
    String loadedLine = "Loading source unit file " + GeneratorResult.UNIT_DIR + "/" + path;
    boolean loaded = real.stderr().stream().map(RealVerdict::unitDir).anyMatch(loadedLine::equals);
    if (!loaded) {
      return Status.IGNORED;
    }
    boolean generated = real.services().values().stream().anyMatch(s -> s.lines()
        .anyMatch(l -> l.startsWith("SourcePath=") && RealVerdict.unitDir(l)
            .equals("SourcePath=" + GeneratorResult.UNIT_DIR + "/" + path)));
    return generated ? Status.ACCEPTED : Status.REFUSED;
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }
}
