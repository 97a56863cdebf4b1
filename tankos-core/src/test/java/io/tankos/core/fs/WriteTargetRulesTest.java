package io.tankos.core.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.TargetRefusedException.Reason;
import io.tankos.testkit.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which targets {@code writeTo} replaces. A sandbox stands in for the working directory (a
 * protected directory {@code sandbox/wd/a/b}) and for the home directory ({@code user.home} is
 * pointed at {@code sandbox/home} during each test); every refusal leaves the sandbox unchanged.
 */
class WriteTargetRulesTest {
  private static final FileTree TREE = FileTree.builder().file("f", "new\n").build();

  @TempDir Path sandbox;
  private Path work;
  private Path home;
  private String realHome;

  @BeforeEach
  void sandbox() throws IOException {
    work = Files.createDirectories(sandbox.resolve("wd/a/b"));
    Files.writeString(work.resolve("keep.txt"), "mine\n");
    home = Files.createDirectories(sandbox.resolve("home"));
    Files.writeString(home.resolve(".profile"), "mine\n");
    Files.createDirectories(sandbox.resolve("empty"));
    Files.createDirectories(sandbox.resolve("foreign/sub"));
    Files.writeString(sandbox.resolve("foreign/sub/data"), "mine\n");
    Files.writeString(sandbox.resolve("file"), "mine\n");
    Path links = Files.createDirectories(sandbox.resolve("links"));
    Files.createSymbolicLink(links.resolve("root"), Path.of("/"));
    Files.createSymbolicLink(links.resolve("home"), home);
    Files.createSymbolicLink(links.resolve("wd"), work);
    Files.createSymbolicLink(links.resolve("wd-parent"), work.getParent());
    Files.createSymbolicLink(links.resolve("empty"), sandbox.resolve("empty"));
    Files.createSymbolicLink(links.resolve("dangling"), sandbox.resolve("nowhere"));
    realHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
  }

  @AfterEach
  void restoreHome() throws IOException {
    System.setProperty("user.home", realHome);
    Files.deleteIfExists(sandbox.resolve("links/root")); // JUnit warns about links out of the temp dir
  }

  private WriteOptions options(boolean force) {
    return WriteOptions.builder().replaceForeignDirectory(force).protectedDirectory(work).build();
  }

  /** A refused target, with and without force, and the reason expected. */
  private record Refusal(String name, Path target, Reason reason) {}

  private List<Refusal> refusals() {
    List<Refusal> r = new ArrayList<>();
    r.add(new Refusal("empty path", Path.of(""), Reason.NOT_A_NAME));
    r.add(new Refusal(".", Path.of("."), Reason.NOT_A_NAME));
    r.add(new Refusal("..", Path.of(".."), Reason.NOT_A_NAME));
    r.add(new Refusal("dir/.", sandbox.resolve("empty/."), Reason.NOT_A_NAME));
    r.add(new Refusal("dir/..", sandbox.resolve("empty/.."), Reason.NOT_A_NAME));
    r.add(new Refusal("/", Path.of("/"), Reason.NOT_A_NAME));
    r.add(new Refusal("protected directory", work, Reason.PROTECTED));
    r.add(new Refusal("its parent", work.getParent(), Reason.PROTECTED));
    r.add(new Refusal("its grandparent", work.getParent().getParent(), Reason.PROTECTED));
    r.add(new Refusal("the sandbox holding it", sandbox, Reason.PROTECTED));
    r.add(new Refusal("protected directory by .. through a link",
        sandbox.resolve("links/wd/../b"), Reason.PROTECTED));
    r.add(new Refusal("home", home, Reason.PROTECTED));
    r.add(new Refusal("home by a linked parent", sandbox.resolve("links/wd-parent/../../home"), Reason.PROTECTED));
    for (String link : List.of("root", "home", "wd", "wd-parent", "empty", "dangling")) {
      r.add(new Refusal("symlink to " + link, sandbox.resolve("links/" + link), Reason.SYMLINK));
    }
    r.add(new Refusal("a regular file", sandbox.resolve("file"), Reason.NOT_A_DIRECTORY));
    return r;
  }

  @TestFactory
  Stream<DynamicTest> refusedEvenWithForceAndNothingChanges() {
    return refusals().stream().flatMap(c -> Stream.of(false, true).map(force ->
        DynamicTest.dynamicTest(c.name() + (force ? " (forced)" : ""), () -> {
          SortedMap<String, String> before = TreeSnapshot.of(sandbox);
          assertThatThrownBy(() -> TREE.writeTo(c.target(), options(force)))
              .isInstanceOfSatisfying(TargetRefusedException.class, e -> {
                assertThat(e.reason()).isEqualTo(c.reason());
                assertThat(e.target()).isEqualTo(c.target());
                assertThat(e.getMessage()).startsWith("refusing to replace ").contains(e.detail());
              });
          assertThat(TreeSnapshot.of(sandbox)).isEqualTo(before);
        })));
  }

  @Test
  void theRealWorkingDirectoryAndItsAncestorsAreProtected() {
    Path cwd = Path.of("").toAbsolutePath();
    for (Path p = cwd; p.getFileName() != null; p = p.getParent()) {
      Path target = p;
      assertThatThrownBy(() -> TREE.writeTo(target))
          .isInstanceOfSatisfying(TargetRefusedException.class,
              e -> assertThat(e.reason()).as(target.toString()).isEqualTo(Reason.PROTECTED));
    }
  }

  @Test
  void aForeignDirectoryIsReplacedOnlyWhenForced() throws IOException {
    Path foreign = sandbox.resolve("foreign");
    SortedMap<String, String> before = TreeSnapshot.of(sandbox);
    assertThatThrownBy(() -> TREE.writeTo(foreign, options(false)))
        .isInstanceOfSatisfying(TargetRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.FOREIGN_DIRECTORY);
          assertThat(e.reason().forcible()).isTrue();
          assertThat(e.getMessage()).isEqualTo(
              "refusing to replace " + foreign + ": a non-empty directory that tankos did not write");
        });
    assertThat(TreeSnapshot.of(sandbox)).isEqualTo(before);
    TREE.writeTo(foreign, options(true));
    assertThat(Files.isSymbolicLink(foreign)).isTrue();
    assertThat(Files.readString(foreign.resolve("f"))).isEqualTo("new\n");
    assertThat(list(sandbox.resolve(".foreign.tankos"))).containsExactly("gen-1", "lock", "tankos-store");
  }

  @Test
  void whatWasChangedByHandInAWrittenTreeIsNotReplacedUnlessForced() throws IOException {
    FileTree tree = FileTree.builder().file("f", "new\n").file("d/g", "g\n").symlink("l", "f").build();
    Path out = sandbox.resolve("out");
    tree.writeTo(out, options(false));
    tree.writeTo(out, options(false)); // untouched: written again
    for (String change : List.of("add", "edit", "remove", "add below", "rename")) {
      switch (change) {
        case "add" -> Files.writeString(out.resolve("hosts.csv"), "mine\n");
        case "edit" -> Files.writeString(out.resolve("f"), "edited\n");
        case "remove" -> Files.delete(out.resolve("d/g"));
        case "add below" -> Files.writeString(out.resolve("d/notes"), "mine\n");
        default -> Files.move(out.resolve("d/g"), out.resolve("d/h"));
      }
      SortedMap<String, String> before = TreeSnapshot.of(sandbox);
      assertThatThrownBy(() -> tree.writeTo(out, options(false))).as(change)
          .isInstanceOfSatisfying(TargetRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CHANGED_BY_HAND);
            assertThat(e.reason().forcible()).isTrue();
            assertThat(e.getMessage()).startsWith("refusing to replace " + out + ": changed since tankos wrote it (")
                .endsWith("): move what you keep out of it");
          });
      assertThat(TreeSnapshot.of(sandbox)).as(change + ": nothing changed on disk").isEqualTo(before);
      tree.writeTo(out, options(true));
      assertThat(TreeSnapshot.of(out)).as(change + ": forced, the tree again").isEqualTo(TreeSnapshot.of(
          sandbox.resolve(".out.tankos").resolve(Files.readSymbolicLink(out).getFileName())));
      assertThat(Files.readString(out.resolve("f"))).isEqualTo("new\n");
      assertThat(out.resolve("hosts.csv")).doesNotExist();
    }
    Files.writeString(out.resolve("a"), "1");
    Files.writeString(out.resolve("d/b"), "2");
    Files.writeString(out.resolve("d/c"), "3");
    assertThatThrownBy(() -> tree.writeTo(out, options(false))).hasMessageContaining("(./, a, d/, ...)");
  }

  @Test
  void anEmptyDirectoryBecomesTheLinkWithoutForce() throws IOException {
    Path empty = sandbox.resolve("empty");
    TREE.writeTo(empty, options(false));
    assertThat(Files.readSymbolicLink(empty)).isEqualTo(Path.of(".empty.tankos/gen-1"));
    assertThat(Files.readString(empty.resolve("f"))).isEqualTo("new\n");
  }

  @Test
  void aStoreNameTakenByAnythingElseIsRefused() throws IOException {
    Files.writeString(sandbox.resolve(".x.tankos"), "not a store");
    Files.createDirectories(sandbox.resolve(".y.tankos"));
    Files.writeString(sandbox.resolve(".y.tankos/data"), "not a store");
    for (String name : List.of("x", "y")) {
      SortedMap<String, String> before = TreeSnapshot.of(sandbox);
      assertThatThrownBy(() -> TREE.writeTo(sandbox.resolve(name), options(true)))
          .isInstanceOfSatisfying(TargetRefusedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.STORE_CONFLICT));
      assertThat(TreeSnapshot.of(sandbox)).isEqualTo(before);
    }
  }

  @Test
  void aLinkThatLooksLikeTankosButHasNoStoreIsForeign() throws IOException {
    Files.createSymbolicLink(sandbox.resolve("fake"), Path.of(".fake.tankos/gen-1"));
    assertThatThrownBy(() -> TREE.writeTo(sandbox.resolve("fake"), options(true)))
        .isInstanceOfSatisfying(TargetRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SYMLINK));
  }

  @Test
  void aTargetInsideAGenerationStoreIsRefused() {
    Path out = sandbox.resolve("out");
    TREE.writeTo(out);
    for (Path inside : List.of(out.resolve("sub"), sandbox.resolve(".out.tankos/gen-1/sub"))) {
      assertThatThrownBy(() -> TREE.writeTo(inside, options(true)))
          .isInstanceOfSatisfying(TargetRefusedException.class,
              e -> assertThat(e.reason()).as(inside.toString()).isEqualTo(Reason.STORE_CONFLICT));
    }
  }

  @Test
  void linksAboveTheTargetAreFollowedOnce() throws IOException {
    Path real = Files.createDirectories(sandbox.resolve("deep/er"));
    Files.createSymbolicLink(sandbox.resolve("l"), real);
    TREE.writeTo(sandbox.resolve("l/out"));
    assertThat(Files.isSymbolicLink(real.resolve("out"))).isTrue();
    assertThat(real.resolve(".out.tankos")).isDirectory();
    assertThat(Files.isSymbolicLink(sandbox.resolve("l"))).isTrue();
    // '..' applies to the real directory, as the shell's cd -P and the kernel do
    TREE.writeTo(sandbox.resolve("l/../up"));
    assertThat(Files.readString(sandbox.resolve("deep/up/f"))).isEqualTo("new\n");
    assertThat(sandbox.resolve("up")).doesNotExist();
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
