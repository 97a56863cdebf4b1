package io.tankos.core.fs;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.nio.file.Path;
import io.tankos.testkit.TreeSnapshot;

/**
 * Distinct trees for tests that race or kill writers: each has its own paths, contents and modes,
 * so a mix of two shows up in a snapshot.
 */
final class SampleTrees {
  private SampleTrees() {}

  /** Tree {@code name} ("A", "B", ...): {@code files} files in a few directories, a link, a 0700 directory. */
  static FileTree tree(String name, int files) {
    FileTree.Builder b = FileTree.builder();
    for (int i = 0; i < files; i++) {
      String content = (name + " " + i + "\n").repeat(1 + i % 7);
      b.file("d" + (i % 5) + "/" + name.toLowerCase() + "-" + i + ".txt",
          content.getBytes(StandardCharsets.UTF_8), i % 3 == 0 ? 0755 : 0644);
    }
    b.file("shared/which", name + "\n");
    b.symlink("shared/link", "../d0/" + name.toLowerCase() + "-0.txt");
    b.directory("private-" + name, 0700);
    return b.build();
  }

  /** The snapshot each tree gives on disk, written once into fresh directories under {@code scratch}. */
  static Map<String, SortedMap<String, String>> expected(Path scratch, Map<String, FileTree> trees) {
    Map<String, SortedMap<String, String>> out = new TreeMap<>();
    trees.forEach((name, tree) -> {
      Path dir = scratch.resolve("expected-" + name);
      tree.writeTo(dir);
      out.put(name, TreeSnapshot.of(dir));
    });
    return out;
  }
}
