package io.tankos.bootc.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.exec.SshTransport;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.ValidationException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HostFiles} against the local runner and a real {@code sh} in a temporary directory. */
class HostFilesLocalTest {
  @TempDir Path dir;

  private final HostFiles files = HostFiles.on(CommandRunner.local());

  private HostPath at(String name) {
    return HostPath.of(dir.resolve(name).toString());
  }

  private List<String> names() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesContentWithTheModeAndLeavesNoTemporaryFile() throws Exception {
    files.write(at("a.conf"), "[Container]\nImage=x\n", WriteOptions.builder().mode(0640).build());
    Path a = dir.resolve("a.conf");
    assertThat(Files.readString(a)).isEqualTo("[Container]\nImage=x\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a))).isEqualTo("rw-r-----");
    byte[] binary = {0, (byte) 0xff, '\n', '\'', '"', '$'};
    files.write(at("b.bin"), binary, WriteOptions.defaults());
    assertThat(Files.readAllBytes(dir.resolve("b.bin"))).containsExactly(binary);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("b.bin"))))
        .isEqualTo("rw-r--r--");
    assertThat(names()).containsExactly("a.conf", "b.bin");
  }

  @Test
  void aReplaceIsARenameSoAnOpenReaderKeepsTheOldContent() throws Exception {
    files.write(at("f"), "old\n", WriteOptions.defaults());
    try (InputStream before = Files.newInputStream(dir.resolve("f"))) {
      files.write(at("f"), "new content\n", WriteOptions.builder().mode(0600).build());
      assertThat(new String(before.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("old\n");
    }
    assertThat(Files.readString(dir.resolve("f"))).isEqualTo("new content\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("f"))))
        .isEqualTo("rw-------");
    assertThat(names()).containsExactly("f");
  }

  @Test
  void parentsAreMadeOnlyWhenAsked() throws Exception {
    HostPath deep = at("x/y/z.conf");
    assertThatThrownBy(() -> files.write(deep, "v", WriteOptions.defaults()))
        .isInstanceOf(CommandFailedException.class);
    assertThat(names()).isEmpty();
    files.write(deep, "v", WriteOptions.builder().parents(true).build());
    assertThat(Files.readString(dir.resolve("x/y/z.conf"))).isEqualTo("v");
  }

  @Test
  void aDirectoryAtThePathIsRefusedAndLeftAlone() throws Exception {
    Files.createDirectory(dir.resolve("d"));
    assertThatThrownBy(() -> files.write(at("d"), "v", WriteOptions.defaults()))
        .isInstanceOfSatisfying(CommandFailedException.class,
            e -> assertThat(e.stderrTail()).contains("is a directory"));
    assertThat(Files.isDirectory(dir.resolve("d"))).isTrue();
    assertThat(names()).containsExactly("d");
    assertThatThrownBy(() -> files.delete(at("d"))).isInstanceOf(CommandFailedException.class);
  }

  @Test
  void homeRelativePathsResolveThroughHome() throws Exception {
    CommandRunner withHome = c -> CommandRunner.local().run(c.toBuilder().env("HOME", dir.toString()).build());
    HostFiles home = HostFiles.on(withHome);
    home.write(HostPath.of("~/.config/containers/systemd/a.container.d/10-secrets.conf"), "s\n",
        WriteOptions.builder().parents(true).build());
    assertThat(Files.readString(dir.resolve(".config/containers/systemd/a.container.d/10-secrets.conf")))
        .isEqualTo("s\n");
    assertThat(home.readString(HostPath.of("~/.config/containers/systemd/a.container.d/10-secrets.conf")))
        .isEqualTo("s\n");
    assertThat(home.delete(HostPath.of("~/.config/containers/systemd/a.container.d/10-secrets.conf")))
        .isTrue();
  }

  @Test
  void pathsAreArgumentsNotShellText() throws Exception {
    String odd = "$(touch pwned) `x` 'q\" ;*";
    files.write(at(odd), "v", WriteOptions.defaults());
    assertThat(names()).containsExactly(odd);
    assertThat(files.readString(at(odd))).isEqualTo("v");
  }

  @Test
  void readIsBoundedAndDeleteSaysWhetherThereWasAFile() throws Exception {
    Files.write(dir.resolve("big"), new byte[5000]);
    assertThat(files.read(at("big"), 5000)).hasSize(5000);
    assertThatThrownBy(() -> files.read(at("big"), 4999))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.getMessage()).contains("is larger than 4999 bytes"));
    assertThatThrownBy(() -> files.read(at("missing"))).isInstanceOf(CommandFailedException.class);
    assertThat(files.delete(at("big"))).isTrue();
    assertThat(files.delete(at("big"))).isFalse();
    assertThat(names()).isEmpty();
  }

  @Test
  void aSecretReachesTheFileAndNothingElse() throws Exception {
    String canary = "tankos-canary-" + Long.toHexString(System.nanoTime());
    try (SecretValue secret = SecretValue.of("token", canary)) {
      files.write(at("token"), secret, WriteOptions.builder().mode(0600).build());
      assertThat(Files.readString(dir.resolve("token"))).isEqualTo(canary);
      assertThatThrownBy(() -> files.write(at("no/such/token"), secret, WriteOptions.defaults()))
          .isInstanceOfSatisfying(CommandFailedException.class,
              e -> assertThat(e.getMessage()).doesNotContain(canary));
    }
  }

  @Test
  void overSshTheSecretReachesOnlyStdinAndTheFile() throws Exception {
    // a stand-in for ssh that records its argv and environment, then runs the line as sshd does
    Path fakeSsh = dir.resolve("fake-ssh");
    Files.writeString(fakeSsh, "#!/bin/sh\n"
        + "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/argv.log\"\n"
        + "env > \"$(dirname \"$0\")/env.log\"\n"
        + "while [ \"$1\" != -- ]; do shift; done\n"
        + "shift; shift\n"
        + "exec sh -c \"$*\"\n");
    Files.setPosixFilePermissions(fakeSsh, PosixFilePermissions.fromString("rwx------"));
    HostFiles remote = HostFiles.on(
        SshTransport.builder().host("tank-01").sshExecutable(fakeSsh.toString()).build());
    String canary = "tankos-canary-ssh-" + Long.toHexString(System.nanoTime());
    try (SecretValue secret = SecretValue.of("token", canary)) {
      remote.write(at("it's $HOME"), secret, WriteOptions.builder().mode(0600).build());
    }
    assertThat(Files.readString(dir.resolve("it's $HOME"))).isEqualTo(canary);
    assertThat(remote.readString(at("it's $HOME"))).isEqualTo(canary);
    assertThat(Files.readString(dir.resolve("argv.log"))).contains("it'\\''s $HOME")
        .doesNotContain(canary);
    assertThat(Files.readString(dir.resolve("env.log"))).doesNotContain(canary);
  }

  @Test
  void badPathsAndOptionsAreRefusedBeforeAnythingRuns() {
    assertThatThrownBy(() -> HostPath.of(dir + "/../escape")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> HostPath.of("x")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> WriteOptions.builder().mode(010000))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.location().path()).isEqualTo("WriteOptions.mode"));
    assertThatThrownBy(() -> WriteOptions.builder().owner("-R"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.location().path()).isEqualTo("WriteOptions.owner"));
    assertThatThrownBy(() -> files.read(at("x"), -1))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.location().path()).isEqualTo("HostFiles.read.maxBytes"));
  }
}
