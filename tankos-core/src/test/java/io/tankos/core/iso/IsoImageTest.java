package io.tankos.core.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IsoImageTest {
  private static final IsoImage CIDATA = IsoImage.builder().volumeId("cidata").build();

  private static FileTree seed() {
    return FileTree.builder()
        .file("user-data", "#cloud-config\n")
        .file("meta-data", "instance-id: a\n")
        .file("dir/sub/x", "x\n", 0600)
        .symlink("dir/link", "../user-data")
        .build();
  }

  private static String ascii(byte[] b, int off, int len) {
    return new String(b, off, len, StandardCharsets.US_ASCII);
  }

  @Test
  void sameTreeGivesTheSameBytes() {
    byte[] a = CIDATA.write(seed());
    byte[] b = IsoImage.builder().volumeId("cidata").build().write(seed());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CIDATA.write(seed(), out);
    assertThat(b).isEqualTo(a);
    assertThat(out.toByteArray()).isEqualTo(a);
  }

  @Test
  void differentTreesOrSettingsGiveDifferentBytes() {
    byte[] base = CIDATA.write(seed());
    FileTree content = seed().toBuilder().file("user-data", "#cloud-config\n", 0644).build();
    assertThat(CIDATA.write(content)).isEqualTo(base);
    FileTree otherContent =
        FileTree.builder().add(seed()).build().toBuilder().file("meta-data2", "").build();
    assertThat(CIDATA.write(otherContent)).isNotEqualTo(base);
    FileTree otherMode =
        FileTree.builder()
            .file("user-data", "#cloud-config\n", 0600)
            .file("meta-data", "instance-id: a\n")
            .file("dir/sub/x", "x\n", 0600)
            .symlink("dir/link", "../user-data")
            .build();
    assertThat(CIDATA.write(otherMode)).isNotEqualTo(base);
    FileTree otherByte =
        FileTree.builder()
            .file("user-data", "#cloud-config!")
            .file("meta-data", "instance-id: a\n")
            .file("dir/sub/x", "x\n", 0600)
            .symlink("dir/link", "../user-data")
            .build();
    assertThat(CIDATA.write(otherByte)).isNotEqualTo(base);
    assertThat(
            CIDATA.toBuilder()
                .timestamp(Instant.parse("2024-05-06T07:08:09Z"))
                .build()
                .write(seed()))
        .isNotEqualTo(base);
    assertThat(CIDATA.toBuilder().volumeId("CIDATA").build().write(seed())).isNotEqualTo(base);
  }

  @Test
  void layoutFollowsEcma119() {
    byte[] img = CIDATA.write(seed());
    assertThat(img.length % 2048).isZero();
    assertThat(Arrays.copyOfRange(img, 0, 16 * 2048)).containsOnly(0);
    int pvd = 16 * 2048;
    assertThat(img[pvd]).isEqualTo((byte) 1);
    assertThat(ascii(img, pvd + 1, 5)).isEqualTo("CD001");
    assertThat(ascii(img, pvd + 40, 32)).isEqualTo("cidata" + " ".repeat(26));
    assertThat(ascii(img, pvd + 813, 16)).isEqualTo("1970010100000000");
    long blocks =
        (img[pvd + 80] & 0xFF) | (img[pvd + 81] & 0xFF) << 8 | (img[pvd + 82] & 0xFF) << 16;
    assertThat(blocks * 2048).isEqualTo(img.length);
    int svd = 17 * 2048;
    assertThat(img[svd]).isEqualTo((byte) 2);
    assertThat(ascii(img, svd + 88, 3)).isEqualTo("%/E");
    assertThat(new String(img, svd + 40, 12, StandardCharsets.UTF_16BE)).isEqualTo("cidata");
    assertThat(img[18 * 2048] & 0xFF).isEqualTo(255);
    assertThat(ascii(img, 18 * 2048 + 1, 5)).isEqualTo("CD001");
  }

  @Test
  void withoutJolietThereIsNoSupplementaryDescriptor() {
    byte[] img = CIDATA.toBuilder().joliet(false).build().write(seed());
    assertThat(img[17 * 2048] & 0xFF).isEqualTo(255);
  }

  @Test
  void timestampIsWrittenInUtc() {
    byte[] img =
        CIDATA.toBuilder()
            .timestamp(Instant.parse("2024-05-06T07:08:09.50Z"))
            .build()
            .write(seed());
    assertThat(ascii(img, 16 * 2048 + 813, 16)).isEqualTo("2024050607080950");
    assertThat(ascii(img, 16 * 2048 + 847, 16)).isEqualTo("0000000000000000");
  }

  @Test
  void nameTooLongForJolietIsRejectedWithItsPath() {
    String name = "n".repeat(65);
    FileTree tree = FileTree.builder().file("dir/" + name, "x").file("ok", "y").build();
    assertThatThrownBy(() -> CIDATA.write(tree))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.at(
                            "dir/" + name, "name is 65 UCS-2 characters, Joliet allows 64")));
    assertThat(CIDATA.toBuilder().joliet(false).build().write(tree)).isNotEmpty();
  }

  @Test
  void everyProblemOfATreeIsReported() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      deep.append("d").append(i).append('/');
    }
    FileTree tree =
        FileTree.builder()
            .file("a:b", "colon")
            .file("emoji-\uD83D\uDE00", "surrogates")
            .file("tab\tname", "control")
            .file("trailing.", "dot")
            .file(deep + "f", "deep")
            .file("r".repeat(256), "long")
            .symlink("l1", "a//b")
            .symlink("l2", "x".repeat(1024))
            .build();
    assertThatThrownBy(() -> CIDATA.write(tree))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.location().path(), Problem::message)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(
                            "a:b", "name has character U+003A, which Joliet does not allow"),
                        org.assertj.core.groups.Tuple.tuple(
                            "emoji-\uD83D\uDE00",
                            "name has character U+1F600 outside the UCS-2 range Joliet allows"),
                        org.assertj.core.groups.Tuple.tuple(
                            "trailing.",
                            "name ends with '.', which Linux and Windows drop from Joliet names"),
                        org.assertj.core.groups.Tuple.tuple(
                            "tab\tname", "name has character U+0009, which Joliet does not allow"),
                        org.assertj.core.groups.Tuple.tuple(
                            "d0/d1/d2/d3/d4/d5/d6/d7",
                            "is nested too deep for ISO 9660: at most 8 directory levels including"
                                + " the root"),
                        org.assertj.core.groups.Tuple.tuple(
                            "r".repeat(256), "name is 256 bytes in UTF-8, Rock Ridge allows 255"),
                        org.assertj.core.groups.Tuple.tuple(
                            "l1",
                            "symlink target 'a//b' has an empty component ('//' or a trailing '/'),"
                                + " which Rock Ridge cannot record"),
                        org.assertj.core.groups.Tuple.tuple(
                            "l2",
                            "symlink target is 1024 bytes in UTF-8; xorriso reads Rock Ridge"
                                + " targets of at most 1023")));
  }

  @Test
  void sevenDirectoriesBelowTheRootAreAllowed() {
    FileTree tree = FileTree.builder().file("1/2/3/4/5/6/7/file", "ok").build();
    assertThat(CIDATA.write(tree)).isNotEmpty();
  }

  @Test
  void symlinksNeedRockRidge() {
    assertThatThrownBy(() -> CIDATA.toBuilder().rockRidge(false).build().write(seed()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("dir/link: symbolic links need Rock Ridge (rockRidge(true))");
  }

  @Test
  void withoutExtensionsOnlyLevelOneNamesAreAccepted() {
    IsoImage plain = IsoImage.builder().volumeId("PLAIN").joliet(false).rockRidge(false).build();
    assertThat(
            plain.write(FileTree.builder().file("README.TXT", "x").file("BIN/TOOL", "y").build()))
        .isNotEmpty();
    assertThatThrownBy(() -> plain.write(FileTree.builder().file("user-data", "x").build()))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "user-data: name is not an ISO 9660 level 1 name (it would read as USER_DAT.;1); enable"
                + " Joliet or Rock Ridge to keep it");
  }

  @Test
  void volumeIdIsChecked() {
    assertThatThrownBy(() -> IsoImage.builder().build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("volumeId: is required");
    assertThatThrownBy(() -> IsoImage.builder().volumeId("ci data").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("volumeId: has character U+0020 at index 2; allowed are A-Z a-z 0-9 _ - .");
    assertThatThrownBy(() -> IsoImage.builder().volumeId("A".repeat(17)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("volumeId: is 17 characters, Joliet allows 16 (or turn Joliet off)");
    assertThat(IsoImage.builder().volumeId("A".repeat(32)).joliet(false).build().volumeId())
        .hasSize(32);
    assertThatThrownBy(() -> IsoImage.builder().volumeId("A".repeat(33)).joliet(false).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("volumeId: is 33 characters, ISO 9660 allows 32");
    assertThat(IsoImage.builder().volumeId("config-2").build().volumeId()).isEqualTo("config-2");
  }

  @Test
  void timestampMustFitIsoDates() {
    assertThatThrownBy(
            () ->
                IsoImage.builder()
                    .volumeId("x")
                    .timestamp(Instant.parse("2200-01-01T00:00:00Z"))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("timestamp: year 2200 is outside 1900..2155, which ISO 9660 dates hold");
  }

  @Test
  void levelOneNamesAreMappedDeterministicallyWithoutCollisions() {
    FileTree.Builder b = FileTree.builder();
    for (String n :
        new String[] {
          "user-data",
          "user_data",
          "User-Data",
          "user-datA.txt",
          "user-data.txt",
          ".hidden",
          "a.b.c.d"
        }) {
      b.file("d/" + n, n);
    }
    IsoTree t = IsoTree.of(b.build(), CIDATA, new io.tankos.core.validation.Problems());
    IsoNode d = t.root.children.get(0);
    assertThat(d.children)
        .extracting(n -> n.name + "=" + n.primaryId)
        .containsExactly(
            ".hidden=_HIDDEN.;1",
            "User-Data=USER_DAT.;1",
            "a.b.c.d=A_B_C.D;1",
            "user-datA.txt=USER_DAT.TXT;1",
            "user-data=USER_DA1.;1",
            "user-data.txt=USER_DA1.TXT;1",
            "user_data=USER_DA2.;1");
  }
}
