package io.tankos.core.fs;

import java.nio.file.Path;

/**
 * A child process for crash and race tests: {@code WriteLoop TARGET loop FILES} writes tree A, prints
 * {@code ready}, then writes B, A, B, ... until killed; {@code WriteLoop TARGET count FILES N NAME}
 * writes tree NAME N times and exits.
 */
public final class WriteLoop {
  private WriteLoop() {}

  public static void main(String[] args) {
    Path target = Path.of(args[0]);
    int files = Integer.parseInt(args[2]);
    if (args[1].equals("loop")) {
      FileTree a = SampleTrees.tree("A", files);
      FileTree b = SampleTrees.tree("B", files);
      a.writeTo(target);
      System.out.println("ready");
      System.out.flush();
      for (long i = 0; ; i++) {
        (i % 2 == 0 ? b : a).writeTo(target);
      }
    }
    int n = Integer.parseInt(args[3]);
    FileTree tree = SampleTrees.tree(args[4], files);
    System.out.println("ready");
    System.out.flush();
    for (int i = 0; i < n; i++) {
      tree.writeTo(target);
    }
  }
}
