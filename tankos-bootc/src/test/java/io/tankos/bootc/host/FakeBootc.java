package io.tankos.bootc.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake {@code bootc} executable in a directory: it logs its argv and answers with the stdout,
 * stderr and exit code the test scripted for the next call.
 */
final class FakeBootc {
  private static final String SCRIPT =
      "#!/bin/sh\n"
          + "d=$(dirname \"$0\")\n"
          + "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$d/argv\"\n"
          + "[ -f \"$d/stdout\" ] && cat \"$d/stdout\"\n"
          + "[ -f \"$d/stderr\" ] && cat \"$d/stderr\" >&2\n"
          + "exit \"$(cat \"$d/exit\" 2>/dev/null || echo 0)\"\n";

  private final Path dir;

  FakeBootc(Path dir) {
    this.dir = dir;
    try {
      Path exe = dir.resolve("bootc");
      Files.writeString(exe, SCRIPT);
      Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path executable() {
    return dir.resolve("bootc");
  }

  /** Scripts the next reply. */
  FakeBootc reply(String stdout, String stderr, int exit) {
    try {
      Files.writeString(dir.resolve("stdout"), stdout);
      Files.writeString(dir.resolve("stderr"), stderr);
      Files.writeString(dir.resolve("exit"), Integer.toString(exit));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  FakeBootc ok(String stdout) {
    return reply(stdout, "", 0);
  }

  FakeBootc error(String message) {
    return reply("", "error: " + message + "\n", 1);
  }

  /** The argv of the last call (without the executable). */
  List<String> lastArgv() {
    try {
      return new ArrayList<>(Files.readAllLines(dir.resolve("argv")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
