package io.tankos.bootc.image.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The rendered scripts written under a temporary root, run with fake {@code podman}, {@code
 * systemctl}, {@code runuser}, {@code sudo} and {@code curl} first on PATH. Each fake appends its
 * name and argv to a log; the fake Podman secret store is a directory of files named after secrets
 * (and {@code podman secret inspect NAME} prints a value, so a script that asked would leak it).
 */
final class ScriptSandbox {
  /** Separates a logged call's words. */
  private static final String SEP = "\u001f";

  private static final String LOG =
      "printf '%s' \"${0##*/}\" >>\"$FAKE_DIR/calls\"\n"
          + "printf '\\037%s' \"$@\" >>\"$FAKE_DIR/calls\"\n"
          + "printf '\\n' >>\"$FAKE_DIR/calls\"\n";

  private static final Map<String, String> FAKES = new LinkedHashMap<>();

  static {
    FAKES.put(
        "podman",
        LOG
            + "if [[ \"$1 ${2:-}\" == 'secret ls' ]]; then\n"
            + "  for f in \"$FAKE_DIR\"/store/*; do [[ -e $f ]] && printf '%s\\n' \"${f##*/}\"; done\n"
            + "elif [[ \"$1 ${2:-}\" == 'secret inspect' ]]; then\n"
            + "  printf '{\"SecretData\": \"%s\"}\\n' \"$(cat \"$FAKE_DIR/store/${!#}\")\"\n"
            + "elif [[ \"$1 ${2:-}\" == 'container inspect' ]]; then\n"
            + "  if [[ -e \"$FAKE_DIR/running-${!#}\" ]]; then echo true; else echo false; fi\n"
            + "fi\n"
            + "exit 0\n");
    FAKES.put(
        "systemctl",
        LOG
            + "if [[ \"$1 ${2:-}\" == '--user is-active' ]]; then\n"
            + "  s=\"$(cat \"$FAKE_DIR/state\" 2>/dev/null || echo active)\"\n"
            + "  echo \"$s\"\n"
            + "  [[ $s == active ]]\n"
            + "  exit\n"
            + "fi\n"
            + "exit 0\n");
    FAKES.put("curl", LOG + "exit \"$(cat \"$FAKE_DIR/curl.rc\" 2>/dev/null || echo 0)\"\n");
    FAKES.put("runuser", LOG + "exit 0\n");
    FAKES.put("sudo", LOG + "exit 0\n");
  }

  /** A finished run. */
  record Run(int exit, String out, String err) {}

  private final Path root;
  private final Path fakes;
  private final Path home;

  /**
   * Writes the scripts and the fakes under {@code dir}.
   *
   * @param dir an empty directory
   * @param scripts rendered scripts, rootfs-relative path → text
   */
  ScriptSandbox(Path dir, Map<String, String> scripts) throws IOException {
    this.root = dir.resolve("root");
    this.fakes = dir.resolve("fake");
    this.home = dir.resolve("home");
    Files.createDirectories(fakes.resolve("store"));
    Files.createDirectories(home);
    for (Map.Entry<String, String> e : scripts.entrySet()) {
      executable(root.resolve(e.getKey()), e.getValue());
    }
    for (Map.Entry<String, String> e : FAKES.entrySet()) {
      executable(fakes.resolve("bin").resolve(e.getKey()), "#!/bin/bash\n" + e.getValue());
    }
  }

  /** A sandbox for the two-instance inputs, agent user = the user running the tests. */
  static ScriptSandbox workAndResearch(Path dir) throws IOException {
    return new ScriptSandbox(
        dir,
        ImageScripts.render(ScriptFixtures.workAndResearch(ScriptFixtures.ME, home(dir).toString())));
  }

  /** A sandbox for the Tank-OS inputs, agent user = the user running the tests. */
  static ScriptSandbox tankOs(Path dir) throws IOException {
    return new ScriptSandbox(
        dir, ImageScripts.render(ScriptFixtures.tankOs(ScriptFixtures.ME, home(dir).toString())));
  }

  /** The home the inputs should name: {@code dir/home}. */
  static Path home(Path dir) {
    return dir.resolve("home");
  }

  Path home() {
    return home;
  }

  /** Puts a secret with a value into the fake store. */
  ScriptSandbox secret(String name, String value) throws IOException {
    Files.writeString(fakes.resolve("store").resolve(name), value);
    return this;
  }

  /** Removes a secret from the fake store. */
  ScriptSandbox deleteSecret(String name) throws IOException {
    Files.delete(fakes.resolve("store").resolve(name));
    return this;
  }

  /** Marks a container as running for {@code podman container inspect}. */
  ScriptSandbox running(String container) throws IOException {
    Files.writeString(fakes.resolve("running-" + container), "");
    return this;
  }

  /** What {@code systemctl --user is-active} answers. */
  ScriptSandbox state(String state) throws IOException {
    Files.writeString(fakes.resolve("state"), state);
    return this;
  }

  /** The exit code of the fake curl. */
  ScriptSandbox curlExit(int code) throws IOException {
    Files.writeString(fakes.resolve("curl.rc"), Integer.toString(code));
    return this;
  }

  /** Runs a script (rootfs-relative path) with arguments. */
  Run run(String script, String... args) throws IOException, InterruptedException {
    return runWithPath(fakes.resolve("bin") + ":/usr/bin:/bin", script, args);
  }

  /** Runs a script with the given PATH. */
  Run runWithPath(String path, String script, String... args)
      throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>();
    argv.add(root.resolve(script).toString());
    argv.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(argv).directory(home.toFile());
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", path);
    env.put("HOME", home.toString());
    env.put("FAKE_DIR", fakes.toString());
    env.put("TANK_OS_HEALTHCHECK_DELAY", "0");
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Path out = Files.createTempFile(fakes, "out", ".txt");
    Path err = Files.createTempFile(fakes, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(script + " did not finish");
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The fakes' calls so far, each as name followed by argv. */
  List<List<String>> calls() {
    Path log = fakes.resolve("calls");
    try {
      if (!Files.exists(log)) {
        return List.of();
      }
      return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
          .map(line -> List.of(line.split(SEP, -1)))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The calls of one fake. */
  List<List<String>> calls(String fake) {
    return calls().stream().filter(c -> c.get(0).equals(fake)).collect(Collectors.toList());
  }

  /** Forgets the calls so far. */
  void clearCalls() throws IOException {
    Files.deleteIfExists(fakes.resolve("calls"));
  }

  /** The fake bin directory. */
  Path fakeBin() {
    return fakes.resolve("bin");
  }

  private static void executable(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
