package io.tankos.core.iso;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.fs.FileTree;
import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.RequiresTools;
import io.tankos.testkit.Seeded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Random trees written as images and extracted by xorriso, eight images per xorriso run. */
@RequiresTools({"iso.xorriso"})
class IsoImagePropertyTest {
  private static final IsoImage CIDATA = IsoImage.builder().volumeId("cidata").build();

  private enum Kind {
    FILE,
    DIRECTORY,
    SYMLINK
  }

  private record Spec(List<String> path, Kind kind, int size, long seed, int mode, String target) {}

  @TestFactory
  Stream<DynamicTest> rockRidgeAndJolietExtractionsEqualTheTree() {
    return Seeded.cases("rockRidgeAndJolietExtractionsEqualTheTree", trees().list(8, 8))
        .tries(10)
        .dynamicTests(IsoImagePropertyTest::extractionsEqualTheTrees);
  }

  private static void extractionsEqualTheTrees(List<FileTree> trees) throws IOException {
    Path tmp = Files.createTempDirectory("iso-property");
    try {
      List<Path> images = new ArrayList<>();
      List<Path> rr = new ArrayList<>();
      List<Path> joliet = new ArrayList<>();
      for (int i = 0; i < trees.size(); i++) {
        Path img = tmp.resolve(i + ".iso");
        byte[] bytes = CIDATA.write(trees.get(i));
        assertThat(CIDATA.write(trees.get(i))).isEqualTo(bytes);
        Files.write(img, bytes);
        images.add(img);
        rr.add(tmp.resolve("rr-" + i));
        joliet.add(tmp.resolve("joliet-" + i));
      }
      IsoTools.extract(images, rr, "any");
      IsoTools.extract(images, joliet, "norock");
      for (int i = 0; i < trees.size(); i++) {
        FileTree t = trees.get(i);
        assertThat(IsoTools.describe(rr.get(i), true))
            .as("Rock Ridge view of %s", t)
            .isEqualTo(IsoTools.describe(t, true, true));
        assertThat(IsoTools.describe(joliet.get(i), false))
            .as("Joliet view of %s", t)
            .isEqualTo(IsoTools.describe(t, false, false));
      }
    } finally {
      delete(tmp);
    }
  }

  private static Gen<String> names() {
    Gen<String> random =
        Gen.strings(Chars.of("abcXYZ019-_. ~+=,ßäöüéΩЖ中文"), 1, 64)
            .filter(s -> !s.equals(".") && !s.equals("..") && !s.isBlank() && !s.endsWith("."));
    Gen<String> common =
        Gen.of("user-data", "meta-data", "network-config", "vendor-data", "a", "A", "dir", "scripts");
    return Gen.frequency(Gen.weighted(3, common), Gen.weighted(5, random));
  }

  private static Gen<FileTree> trees() {
    Gen<List<String>> paths = names().list(1, 4);
    Gen<Kind> kinds = Gen.of(Kind.values());
    Gen<Integer> sizes =
        Gen.oneOf(Gen.of(0, 1, 2047, 2048, 2049), Gen.ints(0, 200), Gen.ints(2000, 9000));
    Gen<Integer> modes = Gen.of(0644, 0600, 0755, 0700, 0444, 0640, 0750, 0555, 01777, 02755);
    Gen<String> prefixes = Gen.of("", "/", "../", "./");
    Gen<List<String>> targetParts = names().list(1, 3);
    Gen<Long> seeds = Gen.longs();
    Gen<Spec> specs =
        r ->
            new Spec(
                paths.next(r),
                kinds.next(r),
                sizes.next(r),
                seeds.next(r),
                modes.next(r),
                prefixes.next(r) + String.join("/", targetParts.next(r)));
    return specs.list(1, 14).map(IsoImagePropertyTest::build);
  }

  private static FileTree build(List<Spec> specs) {
    FileTree.Builder b = FileTree.builder();
    Set<String> leaves = new HashSet<>();
    Set<String> dirs = new HashSet<>();
    for (Spec s : specs) {
      String path = String.join("/", s.path());
      boolean ok = !leaves.contains(path) && !(s.kind() != Kind.DIRECTORY && dirs.contains(path));
      for (int i = 1; i < s.path().size() && ok; i++) {
        ok = !leaves.contains(String.join("/", s.path().subList(0, i)));
      }
      if (!ok || (s.kind() == Kind.DIRECTORY && dirs.contains(path))) {
        continue;
      }
      for (int i = 1; i < s.path().size(); i++) {
        dirs.add(String.join("/", s.path().subList(0, i)));
      }
      switch (s.kind()) {
        case FILE -> {
          byte[] content = new byte[s.size()];
          new Random(s.seed()).nextBytes(content);
          b.file(path, content, s.mode() & 0777);
          leaves.add(path);
        }
        case SYMLINK -> {
          b.symlink(path, s.target());
          leaves.add(path);
        }
        case DIRECTORY -> {
          b.directory(path, s.mode());
          dirs.add(path);
        }
      }
    }
    return b.build();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          p.toFile().setWritable(true);
        }
        Files.delete(p);
      }
    }
  }
}
