package io.tankos.core.iso;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.fs.FileTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The images as isoinfo (cdrkit) and xorriso (libisofs) read them. */
class IsoImageRealToolsTest {
  private static final String USER_DATA =
      "#cloud-config\nhostname: tank-01\nruncmd:\n  - [echo, hi]\n";
  private static final String META_DATA = "instance-id: tank-01\nlocal-hostname: tank-01\n";
  private static final String NETWORK_CONFIG = "version: 2\nethernets:\n  eth0:\n    dhcp4: true\n";

  @TempDir Path tmp;

  private static FileTree seed() {
    return FileTree.builder()
        .file("user-data", USER_DATA)
        .file("meta-data", META_DATA)
        .file("network-config", NETWORK_CONFIG)
        .build();
  }

  private static FileTree nested() {
    byte[] big = new byte[3 * 2048 + 17];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31 + 7);
    }
    return seed().toBuilder()
        .file("scripts/per-boot/10 hello world.sh", "#!/bin/sh\necho hi\n", 0755)
        .file("scripts/per-boot/Ünïcödé – 中文 name.txt", "unicode\n")
        .file("data/a-name-of-exactly-sixty-four-characters-for-joliet-0123456789", big, 0600)
        .file("data/empty", new byte[0], 0444)
        .file("data/Empty", new byte[0])
        .file("deep/a/b/c/d/e/f/leaf.txt", "seven directories below the root\n")
        .directory("private", 0700)
        .directory("deep/a/b", 0750)
        .symlink("data/link-to-user-data", "../user-data")
        .symlink("abs-link", "/etc/cloud/cloud.cfg.d/./../x")
        .build();
  }

  private Path image(String name, FileTree tree, IsoImage iso) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, iso.write(tree));
    return p;
  }

  private static IsoImage cidata() {
    return IsoImage.builder().volumeId("cidata").build();
  }

  @Test
  void isoinfoSeesCidataWithJolietAndRockRidge() throws IOException {
    Path img = image("seed.iso", seed(), cidata());
    String isoinfo = IsoTools.isoinfo().toString();
    String d = IsoTools.run(List.of(isoinfo, "-d", "-i", img.toString())).output();
    assertThat(d)
        .contains("Volume id: cidata\n")
        .contains("Joliet with UCS level 3 found")
        .contains("Rock Ridge signatures version 1 found")
        .contains("Logical block size is: 2048")
        .contains("Volume size is: " + Files.size(img) / 2048 + "\n");

    for (String view : List.of("-J", "-R")) {
      String listing = IsoTools.run(List.of(isoinfo, view, "-l", "-i", img.toString())).output();
      assertThat(listing)
          .as(view)
          .containsPattern(" user-data\\s*\n")
          .containsPattern(" meta-data\\s*\n")
          .containsPattern(" network-config\\s*\n");
      for (String[] f :
          new String[][] {
            {"/user-data", USER_DATA},
            {"/meta-data", META_DATA},
            {"/network-config", NETWORK_CONFIG}
          }) {
        byte[] got = IsoTools.runBytes(List.of(isoinfo, view, "-x", f[0], "-i", img.toString()));
        assertThat(new String(got, StandardCharsets.UTF_8)).as(view + " " + f[0]).isEqualTo(f[1]);
      }
    }
    String rr = IsoTools.run(List.of(isoinfo, "-R", "-l", "-i", img.toString())).output();
    assertThat(rr).containsPattern("-rw-r--r-- +1 +0 +0 +" + USER_DATA.length() + " .* user-data");
    String plain = IsoTools.run(List.of(isoinfo, "-l", "-i", img.toString())).output();
    assertThat(plain).contains("USER_DAT.;1", "META_DAT.;1", "NETWORK_.;1");
  }

  @Test
  void isoinfoListsNestedDirectoriesAndLongNames() throws IOException {
    Path img = image("nested.iso", nested(), cidata());
    String isoinfo = IsoTools.isoinfo().toString();
    String rr = IsoTools.run(List.of(isoinfo, "-R", "-l", "-i", img.toString())).output();
    assertThat(rr)
        .contains("Directory listing of /deep/a/b/c/d/e/f/")
        .contains("10 hello world.sh")
        .containsPattern("lrwxrwxrwx .* link-to-user-data -> \\.\\./user-data")
        .containsPattern("drwx------ .* private")
        .contains("a-name-of-exactly-sixty-four-characters-for-joliet-0123456789");
    String joliet = IsoTools.run(List.of(isoinfo, "-J", "-l", "-i", img.toString())).output();
    assertThat(joliet)
        .contains("Directory listing of /scripts/per-boot/")
        .contains("a-name-of-exactly-sixty-four-characters-for-joliet-0123456789")
        .doesNotContain("link-to-user-data");
    byte[] big =
        IsoTools.runBytes(
            List.of(
                isoinfo,
                "-J",
                "-x",
                "/data/a-name-of-exactly-sixty-four-characters-for-joliet-0123456789",
                "-i",
                img.toString()));
    assertThat(big)
        .isEqualTo(
            ((io.tankos.core.fs.RegularFile)
                    nested()
                        .get("data/a-name-of-exactly-sixty-four-characters-for-joliet-0123456789")
                        .orElseThrow())
                .content());
  }

  @Test
  void xorrisoExtractsTheRockRidgeTreeWithModesAndLinks() throws IOException {
    FileTree tree = nested();
    Path img = image("nested.iso", tree, cidata());
    Path out = tmp.resolve("rr");
    IsoTools.extract(List.of(img), List.of(out), "any");
    assertThat(IsoTools.describe(out, true)).isEqualTo(IsoTools.describe(tree, true, true));
  }

  @Test
  void xorrisoExtractsTheJolietTreeWithExactNames() throws IOException {
    FileTree tree = nested();
    Path img = image("nested.iso", tree, cidata());
    Path out = tmp.resolve("joliet");
    IsoTools.extract(List.of(img), List.of(out), "norock");
    assertThat(IsoTools.describe(out, false)).isEqualTo(IsoTools.describe(tree, false, false));
  }

  @Test
  void xorrisoChecksTheMediaWithoutComplaint() throws IOException {
    Path img = image("nested.iso", nested(), cidata());
    IsoTools.Run r =
        IsoTools.run(
            List.of(
                IsoTools.xorriso().toString(),
                "-abort_on",
                "NEVER",
                "-report_about",
                "NOTE",
                "-indev",
                img.toString(),
                "-toc",
                "-check_media",
                "--",
                "-find",
                "/",
                "-exec",
                "lsdl"));
    assertThat(r.output())
        .doesNotContain("SORRY", "FAILURE", "WARNING", "MISHAP")
        .contains("ISO offers   : Rock_Ridge Joliet")
        .contains("Volume Id\n")
        .contains(", cidata")
        .contains("+ good")
        .contains("'/deep/a/b/c/d/e/f/leaf.txt'");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void longNamesLinksAndBigDirectoriesUseContinuationAreasAndSeveralBlocks() throws IOException {
    FileTree.Builder b = FileTree.builder();
    String longName = "n".repeat(120) + "ä".repeat(60) + ".txt"; // 244 bytes in UTF-8
    b.file("long/" + longName, "long\n");
    StringBuilder target = new StringBuilder("/");
    for (int i = 0; i < 3; i++) {
      target.append(Character.toString('a' + i).repeat(250)).append("/./../");
    }
    target.append("e".repeat(1023 - target.length()));
    b.symlink("long/far-link", target.toString());
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      deep.append(Character.toString('p' + i).repeat(255)).append('/');
    }
    b.file(deep + "ü".repeat(127), "deep\n");
    for (int i = 0; i < 150; i++) {
      b.file(
          String.format("many/file number %03d with a longer name.conf", i),
          "n=" + i + "\n",
          0600 + i % 8);
    }
    for (int i = 0; i < 300; i++) {
      b.directory(String.format("dirs/directory-%03d", i), 0700 + i % 8 * 010);
    }
    FileTree tree = b.build();
    Path img = image("big.iso", tree, cidata().toBuilder().joliet(false).build());
    Path out = tmp.resolve("big");
    IsoTools.extract(List.of(img), List.of(out), "any");
    assertThat(IsoTools.describe(out, true)).isEqualTo(IsoTools.describe(tree, true, true));
  }

  @Test
  void plainIso9660WithoutExtensionsKeepsLevelOneNames() throws IOException {
    FileTree tree =
        FileTree.builder().file("README.TXT", "plain\n").file("DOCS/INDEX.HTM", "<p>\n").build();
    Path img =
        image(
            "plain.iso",
            tree,
            IsoImage.builder().volumeId("PLAIN_1").joliet(false).rockRidge(false).build());
    String isoinfo = IsoTools.isoinfo().toString();
    String d = IsoTools.run(List.of(isoinfo, "-d", "-i", img.toString())).output();
    assertThat(d).contains("Volume id: PLAIN_1", "NO Joliet present", "NO Rock Ridge present");
    assertThat(IsoTools.runBytes(List.of(isoinfo, "-x", "/DOCS/INDEX.HTM;1", "-i", img.toString())))
        .isEqualTo("<p>\n".getBytes(StandardCharsets.UTF_8));
    Path out = tmp.resolve("plain");
    IsoTools.extract(List.of(img), List.of(out), "any");
    assertThat(IsoTools.describe(out, false)).isEqualTo(IsoTools.describe(tree, false, false));
  }

  @Test
  void emptyTreeGivesAnEmptyVolume() throws IOException {
    Path img = image("empty.iso", FileTree.empty(), cidata());
    // system area 16, descriptors 3, path tables 4, root directories 2, continuation area 1
    assertThat(Files.size(img)).isEqualTo(26 * 2048);
    Path out = tmp.resolve("empty");
    IsoTools.extract(List.of(img), List.of(out), "any");
    assertThat(IsoTools.describe(out, true)).isEmpty();
  }
}
