package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import io.tankos.testkit.HostileBytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile user-data: gzip bombs of several ratios (top level, in a MIME part, in write_files),
 * MIME nested deep and wide, malformed UTF-8 at the top level and inside parts. Every case ends in
 * a one-line typed error naming the source and the limit, in the small-heap fork (tag {@code
 * hostile}), or reads back exactly.
 */
@Tag("hostile")
class UserDataHostileTest {
  private static final String CONFIG = "#cloud-config\nhostname: tank-01\n"
      + "final_message: gr\u00f6\u00dfer \u2713 \uD83D\uDE00\nruncmd:\n- [echo, \u4e2d\u6587]\n";

  @TestFactory
  Stream<DynamicTest> gzipBombsStopAtTheDecodedLimit() {
    List<DynamicTest> tests = new ArrayList<>();
    for (long seed : HostileBytes.seeds()) {
      // ratio about 1000:1 (zeros), about 100:1 and about 10:1 (random letters mixed in)
      for (int random : new int[] {0, 600, 12_000}) {
        Random rnd = new Random(seed + random);
        long inflated = random == 0 ? 4L << 30 : (long) CloudInitLimits.MAX_BYTES
            + 64 * 1024 * (1 + rnd.nextInt(64));
        String name = "seed " + seed + ", " + random + " random bytes per 64 KiB, inflates to "
            + inflated;
        tests.add(DynamicTest.dynamicTest(name, () -> {
          byte[] bomb = Bombs.gzip(seed, random, inflated);
          assertThat(bomb.length).as(name).isLessThan(CloudInitLimits.MAX_BYTES);
          assertThatThrownBy(() -> UserData.parse("user-data", bomb)).as(name)
              .isExactlyInstanceOf(LimitExceededException.class)
              .hasMessage("user-data: gzip data inflates to more than 8388608 bytes"
                  + " (limit CloudInitLimits.MAX_BYTES = 8388608)");
          byte[] part = Bombs.base64Part("application/gzip", bomb);
          if (part.length <= CloudInitLimits.MAX_BYTES) {
            assertThatThrownBy(() -> UserData.parse("user-data", part)).as(name)
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("user-data part 1: gzip data inflates to more than");
          }
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void decodedPartsTogetherAreBounded() {
    // each part inflates to 3 MiB: fine alone, the third passes the limit
    byte[] three = io.tankos.cloudinit.internal.Gzip.compress(new byte[3 << 20]);
    String b64 = java.util.Base64.getMimeEncoder().encodeToString(three);
    StringBuilder mime = new StringBuilder("Content-Type: multipart/mixed; boundary=\"p\"\n\n");
    for (int i = 0; i < 3; i++) {
      mime.append("--p\nContent-Type: text/x-shellscript\nContent-Transfer-Encoding: base64\n\n")
          .append(b64).append('\n');
    }
    mime.append("--p--\n");
    assertThatThrownBy(() -> UserData.parse("ud", mime.toString().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("CloudInitLimits.MAX_BYTES");
  }

  @Test
  void gzipInWriteFilesIsInflatedWithinTheLimit() {
    String content = java.util.Base64.getEncoder().encodeToString(Bombs.gzip(7, 0, 64L << 20));
    CloudConfig c = CloudConfig.parse("cc", "#cloud-config\nwrite_files:\n- path: /etc/big\n"
        + "  encoding: gz+b64\n  content: " + content + "\n");
    assertThatThrownBy(() -> c.writeFiles().get(0).content())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("write_files content of /etc/big: gzip data inflates to more than");
  }

  @Test
  void rawUserDataIsBoundedBeforeAnythingElse() {
    byte[] big = new byte[CloudInitLimits.MAX_BYTES + 1];
    assertThatThrownBy(() -> UserData.parse("user-data", big))
        .isExactlyInstanceOf(LimitExceededException.class)
        .hasMessage("user-data: larger than 8388608 bytes (limit CloudInitLimits.MAX_BYTES = 8388608)");
  }

  @TestFactory
  Stream<DynamicTest> nestedMimeUpToTheLimitReadsAndBeyondFails() {
    return Stream.of(1, 2, 31, CloudInitLimits.MAX_MIME_DEPTH, CloudInitLimits.MAX_MIME_DEPTH + 1,
        100, 979, 3000, 20_000).map(depth -> DynamicTest.dynamicTest("depth " + depth, () -> {
          byte[] bytes = Bombs.nestedMime(depth).getBytes(StandardCharsets.UTF_8);
          if (depth <= CloudInitLimits.MAX_MIME_DEPTH) {
            UserData u = UserData.parse("deep", bytes);
            assertThat(u.parts()).hasSize(1);
            assertThat(u.parts().get(0).cloudConfig().orElseThrow().get("hostname"))
                .contains("deep");
          } else {
            assertThatThrownBy(() -> UserData.parse("deep", bytes))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessage("deep:" + (3 * CloudInitLimits.MAX_MIME_DEPTH + 2) + ": multipart nested"
                    + " more than 32 levels deep (limit CloudInitLimits.MAX_MIME_DEPTH = 32)");
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> wideMimeIsBoundedInParts() {
    return Stream.of(
        DynamicTest.dynamicTest("1024 parts read", () ->
            assertThat(UserData.parse("wide", bytes(Bombs.wideMime(CloudInitLimits.MAX_MIME_PARTS,
                false))).parts()).hasSize(CloudInitLimits.MAX_MIME_PARTS)),
        DynamicTest.dynamicTest("1025 parts refused", () ->
            assertThatThrownBy(() -> UserData.parse("wide",
                bytes(Bombs.wideMime(CloudInitLimits.MAX_MIME_PARTS + 1, false))))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessageEndingWith("more than 1024 MIME parts"
                    + " (limit CloudInitLimits.MAX_MIME_PARTS = 1024)")),
        DynamicTest.dynamicTest("two million empty parts refused", () ->
            assertThatThrownBy(() -> UserData.parse("wide", bytes(Bombs.wideMime(2_000_000, true))))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessageContaining("CloudInitLimits.MAX_MIME_PARTS")));
  }

  @TestFactory
  Stream<DynamicTest> randomMimeTreesFlattenInOrder() {
    return HostileBytes.seeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random rnd = new Random(seed);
      for (int round = 0; round < 20; round++) {
        List<String> expected = new ArrayList<>();
        String mime = tree(rnd, 1 + rnd.nextInt(6), expected, new int[1]);
        UserData u = UserData.parse("tree", bytes(mime));
        assertThat(u.parts()).as("seed %d round %d:\n%s", seed, round, mime)
            .extracting(Part::text).containsExactlyElementsOf(expected);
      }
    }));
  }

  private static String tree(Random rnd, int depth, List<String> leaves, int[] ids) {
    String b = "n" + ids[0]++;
    StringBuilder s = new StringBuilder("Content-Type: multipart/mixed; boundary=\"" + b + "\"\n\n");
    for (int i = rnd.nextInt(4); i >= 0; i--) {
      s.append("--").append(b).append('\n');
      if (depth > 1 && rnd.nextBoolean()) {
        s.append(tree(rnd, depth - 1, leaves, ids)).append('\n');
      } else {
        String text = "#!/bin/sh\necho " + ids[0]++ + " \u00e9\n";
        leaves.add(text);
        s.append("Content-Type: text/x-shellscript\n\n").append(text).append('\n');
      }
    }
    return s.append("--").append(b).append("--\n").toString();
  }

  @TestFactory
  Stream<DynamicTest> malformedUtf8IsRefusedWithLineAndOffset() {
    return HostileBytes.seeds().stream()
        .flatMap(seed -> HostileBytes.corruptions(seed, CONFIG, 10).stream())
        .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
          assertThatThrownBy(() -> UserData.parse("user-data", c.bytes())).as(c.toString())
              .isExactlyInstanceOf(ParseException.class)
              .hasMessageStartingWith("user-data:" + c.line() + ": not valid UTF-8")
              .hasMessageContaining("byte offset " + c.offset());
          // inside a base64 part and inside gzip: positions are those of the decoded bytes
          assertThatThrownBy(() -> UserData.parse("user-data",
              Bombs.base64Part("text/cloud-config", c.bytes()))).as(c.toString())
              .isExactlyInstanceOf(ParseException.class)
              .hasMessageStartingWith("user-data part 1:" + c.line() + ": not valid UTF-8")
              .hasMessageContaining("byte offset " + c.offset());
          assertThatThrownBy(() -> UserData.parse("user-data",
              io.tankos.cloudinit.internal.Gzip.compress(c.bytes()))).as(c.toString())
              .hasMessageStartingWith("user-data:" + c.line() + ": not valid UTF-8");
        }));
  }

  @Test
  void validUserDataReadsBackExactly() {
    UserData single = UserData.parse("user-data", bytes(CONFIG));
    assertThat(single.parts().get(0).cloudConfig().orElseThrow().get("final_message"))
        .contains("gr\u00f6\u00dfer \u2713 \uD83D\uDE00");
    UserData multi = UserDataTest.multi();
    assertThat(UserData.parse("m", multi.gzip()).parts()).isEqualTo(multi.parts());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
