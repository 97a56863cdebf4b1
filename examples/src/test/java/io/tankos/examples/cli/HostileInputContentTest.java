package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.bib.BuildConfig;
import io.tankos.bootc.containerfile.ContainerfileLimits;
import io.tankos.bootc.image.ImageSpec;
import io.tankos.cloudinit.CloudInitLimits;
import io.tankos.core.unit.UnitFileLimits;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile file contents for every command that reads a file: malformed UTF-8 (at the start, in the
 * middle, at the end, a truncated sequence), a NUL in a value and a file one byte over the format's
 * size limit. Each is one line {@code tankos CMD: FILE:LINE: reason} or {@code tankos CMD: FILE:
 * reason}, exit status 1, no stack trace, and nothing is written ({@code fmt --out} included).
 */
class HostileInputContentTest {
  @TempDir Path tmp;
  private final AtomicInteger next = new AtomicInteger();

  /** A command, its valid input (ASCII, at least two lines) and its size limit. */
  private record Format(String name, String file, String text, long limit, String limitName,
      Function<String, List<String>> args) {}

  private static final String UNIT = "[Container]\nImage=quay.io/x/web:1\nEnvironment=A=1\n";
  private static final String USER_DATA = "#cloud-config\nhostname: tank-01\nruncmd:\n  - echo hi\n";
  private static final String CONTAINERFILE = "FROM quay.io/fedora/fedora-bootc:42\nRUN echo hi\nRUN bootc container lint\n";
  private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI";
  private static final String KEYS = KEY + " admin@laptop\n" + KEY + " other@laptop\n";
  private static final String CONFIG = "[customizations.kernel]\nappend = \"console=ttyS0\"\n";
  private static final String SPEC = "preset: tank-os\nlint: true\n";

  private static final List<Format> FORMATS = List.of(
      new Format("quadlet fmt", "bad.container", UNIT, UnitFileLimits.MAX_FILE_BYTES, "UnitFileLimits.MAX_FILE_BYTES",
          f -> List.of("quadlet", "fmt", "--out", "o", f)),
      new Format("quadlet check", "bad.container", UNIT, UnitFileLimits.MAX_FILE_BYTES, "UnitFileLimits.MAX_FILE_BYTES",
          f -> List.of("quadlet", "check", f)),
      new Format("cloud-init fmt", "bad.yaml", USER_DATA, CloudInitLimits.MAX_BYTES, "CloudInitLimits.MAX_BYTES",
          f -> List.of("cloud-init", "fmt", "--out", "o", f)),
      new Format("cloud-init check", "bad.yaml", USER_DATA, CloudInitLimits.MAX_BYTES, "CloudInitLimits.MAX_BYTES",
          f -> List.of("cloud-init", "check", f)),
      new Format("containerfile fmt", "bad.Containerfile", CONTAINERFILE, ContainerfileLimits.MAX_FILE_BYTES,
          "ContainerfileLimits.MAX_FILE_BYTES", f -> List.of("containerfile", "fmt", "--out", "o", f)),
      new Format("containerfile check", "bad.Containerfile", CONTAINERFILE, ContainerfileLimits.MAX_FILE_BYTES,
          "ContainerfileLimits.MAX_FILE_BYTES", f -> List.of("containerfile", "check", f)),
      new Format("seed --ssh-key", "bad.pub", KEYS, CloudInitLimits.MAX_BYTES, "CloudInitLimits.MAX_BYTES",
          f -> List.of("seed", "--out", "seed-out", "--ssh-key", f)),
      new Format("disk --config", "bad.toml", CONFIG, BuildConfig.MAX_FILE_BYTES, "BuildConfig.MAX_FILE_BYTES",
          f -> List.of("disk", "--type", "qcow2", "--bib-image", "localhost/bib:1", "--config", f, "localhost/tank-os:1")),
      new Format("render --spec", "bad.yaml", SPEC, ImageSpec.MAX_BYTES, "ImageSpec.MAX_BYTES",
          f -> List.of("render", "--out", "o", "--spec", f)),
      new Format("spec", "bad.yaml", SPEC, ImageSpec.MAX_BYTES, "ImageSpec.MAX_BYTES", f -> List.of("spec", f)));

  /** Malformed UTF-8 inserted at a position of the valid text. */
  private record Malformed(String caseClass, String where, String hex) {
    int position(String text) {
      return switch (where) {
        case "start" -> 0;
        case "middle" -> text.indexOf('\n') + 3;
        default -> text.length();
      };
    }
  }

  private static final List<Malformed> MALFORMED = List.of(
      new Malformed("invalid UTF-8 at the start", "start", "ff"),
      new Malformed("invalid UTF-8 in the middle", "middle", "c328"),
      new Malformed("invalid UTF-8 at the end", "end", "80"),
      new Malformed("truncated multibyte sequence", "end", "e282"),
      new Malformed("truncated multibyte sequence", "middle", "f09f98"));

  private static byte[] insert(String text, int at, byte[] bad) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] t = text.getBytes(StandardCharsets.US_ASCII);
    b.write(t, 0, at);
    b.writeBytes(bad);
    b.write(t, at, t.length - at);
    return b.toByteArray();
  }

  private DynamicTest test(HostileCase c, Sandboxed prepare) {
    return DynamicTest.dynamicTest(c.title(), () -> {
      try (Sandbox box = new Sandbox(tmp.resolve("case-" + next.incrementAndGet()))) {
        prepare.accept(box);
        c.run(box);
      }
    });
  }

  /** Prepares a sandbox. */
  private interface Sandboxed {
    void accept(Sandbox box) throws Exception;
  }

  @TestFactory
  Stream<DynamicTest> malformedUtf8IsNamedWithLineAndByteOffset() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Format f : FORMATS) {
      for (Malformed m : MALFORMED) {
        int at = m.position(f.text());
        int line = (int) f.text().substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
        byte[] content = insert(f.text(), at, HexFormat.of().parseHex(m.hex()));
        tests.add(test(new HostileCase(m.caseClass(), f.args().apply(f.file()), 1, f.file() + ":" + line,
                "not valid UTF-8: ", List.of()),
            box -> Files.write(box.cwd.resolve(f.file()), content)));
        // the offset is the malformed byte's
        tests.add(test(new HostileCase(m.caseClass(), f.args().apply(f.file()), 1, f.file() + ":" + line,
                " at byte offset " + at + " ", List.of()),
            box -> Files.write(box.cwd.resolve(f.file()), content)));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aNulInAValueIsRefusedAtItsLine() {
    return FORMATS.stream().map(f -> {
      int at = f.text().indexOf('\n', f.text().indexOf('\n') + 1) - 1; // in the value at the end of line 2
      byte[] content = insert(f.text(), at, new byte[] {0});
      // an authorized_keys file is checked key by key: the NUL is refused in the second key's comment
      boolean keys = f.name().startsWith("seed");
      return test(new HostileCase("NUL in a value", f.args().apply(f.file()), 1, keys ? f.file() : f.file() + ":2",
              keys ? "Provisioning.sshAuthorizedKeys[1]: contains a NUL character" : "", List.of()),
          box -> Files.write(box.cwd.resolve(f.file()), content));
    });
  }

  @TestFactory
  Stream<DynamicTest> aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
    return FORMATS.stream().map(f -> test(new HostileCase("oversize input", f.args().apply(f.file()), 1, f.file(),
            "larger than " + f.limit() + " bytes (limit " + f.limitName() + " = " + f.limit() + ")", List.of()),
        box -> {
          try (RandomAccessFile r = new RandomAccessFile(box.cwd.resolve(f.file()).toFile(), "rw")) {
            r.write(f.text().getBytes(StandardCharsets.US_ASCII));
            r.setLength(f.limit() + 1); // sparse: one byte over the limit
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> checkAndFmtReportEveryBadFile() {
    return FORMATS.stream().filter(f -> f.name().contains("fmt") || f.name().contains("check")).map(f ->
        DynamicTest.dynamicTest(f.name(), () -> {
          try (Sandbox box = new Sandbox(tmp.resolve("case-" + next.incrementAndGet()))) {
            Files.write(box.cwd.resolve("a-" + f.file()), insert(f.text(), 0, new byte[] {(byte) 0xff}));
            Files.writeString(box.cwd.resolve("b-" + f.file()), f.text());
            try (RandomAccessFile r = new RandomAccessFile(box.cwd.resolve("c-" + f.file()).toFile(), "rw")) {
              r.setLength(f.limit() + 1);
            }
            List<String> args = new ArrayList<>(f.args().apply("a-" + f.file()));
            args.addAll(List.of("b-" + f.file(), "c-" + f.file()));
            var before = box.snapshot();
            CliRunner r = CliRunner.run(box.cwd, args.toArray(String[]::new));
            String name = "tankos " + f.name() + ": ";
            assertThat(r.status).as(r.err).isEqualTo(1);
            assertThat(r.err.lines().toList()).as(r.err).hasSize(2);
            assertThat(r.err.lines().toList().get(0)).startsWith(name + "a-" + f.file() + ":1: not valid UTF-8: byte 0xff at byte offset 0");
            assertThat(r.err.lines().toList().get(1)).startsWith(name + "c-" + f.file() + ": larger than ");
            assertThat(r.err).doesNotContain("Exception", "\tat ");
            Sandbox.assertUnchangedOutside(before, box.snapshot(), List.of(), f.name());
            HostileCase.count("every file reported");
          }
        }));
  }

  @AfterAll
  static void report() {
    System.out.println("Hostile input contents, cases per class (suites so far): " + HostileCase.COUNTS);
  }
}
