package io.tankos.test;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Fake {@code podman}, {@code bootc} and {@code ssh} executables in a private directory: each call
 * records its argv, environment and standard input (one directory per call) and plays the first
 * scripted reply whose argument prefix matches, side effects included; a call no reply matches
 * exits 127 naming itself. {@link #runner()} runs commands with these fakes in place of the real
 * tools, as real processes. Needs a POSIX shell. Standard input is recorded as the process read it,
 * so a secret piped to a fake lands in the owner-only {@code calls/} directory: use test secrets, and
 * let {@link TankosExtension} delete the directory after the test.
 *
 * <pre>{@code
 * FakeTools fakes = FakeTools.create(tempDir);
 * fakes.on("podman", "build").reply(FakeReply.success().writesAfterOption("--iidfile", "sha256:1\n"));
 * new Podman(fakes.runner()).build(build);
 * assertThat(fakes.calls("podman").get(0)).hasOption("--tag", "web:1");
 * }</pre>
 */
public final class FakeTools {
  /** The executables faked. */
  public static final List<String> TOOLS = List.of("podman", "bootc", "ssh");

  private final Path home;
  private int rules;

  private FakeTools(Path home) {
    this.home = home;
  }

  /**
   * Writes the fakes under a directory ({@code bin/}, {@code calls/}, {@code rules/}).
   *
   * @param dir an empty or missing directory, e.g. a JUnit {@code @TempDir}
   * @return the fakes
   */
  public static FakeTools create(Path dir) {
    Objects.requireNonNull(dir, "dir");
    try (InputStream script = FakeTools.class.getResourceAsStream("internal/fake-tool.sh")) {
      byte[] text = Objects.requireNonNull(script, "fake-tool.sh resource").readAllBytes();
      Files.createDirectories(dir.resolve("bin"));
      Files.createDirectories(dir.resolve("calls"));
      Files.setPosixFilePermissions(dir.resolve("calls"), PosixFilePermissions.fromString("rwx------"));
      for (String tool : TOOLS) {
        Path exe = dir.resolve("bin").resolve(tool);
        Files.write(exe, text);
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(dir.resolve("rules").resolve(tool));
      }
      return new FakeTools(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("writing fake tools under " + dir, e);
    }
  }

  /**
   * The private directory holding the fake executables, to put first on a {@code PATH}.
   *
   * @return the directory
   */
  public Path binDirectory() {
    return home.resolve("bin");
  }

  /**
   * Starts a reply rule for calls of a tool whose arguments start with the given words; rules are
   * tried in the order they were added.
   *
   * @param tool one of {@link #TOOLS}
   * @param argumentPrefix the first arguments, e.g. {@code "build"}
   * @return the rule, to give its reply
   */
  public Rule on(String tool, String... argumentPrefix) {
    if (!TOOLS.contains(tool)) {
      throw new IllegalArgumentException("no fake " + tool + "; fakes are " + TOOLS);
    }
    return new Rule(tool, List.of(argumentPrefix));
  }

  /**
   * A runner that runs commands as processes, the faked tools replaced by their fakes (argv[0]
   * rewritten) and the fakes' directory first on {@code PATH}.
   *
   * @return the runner
   */
  public CommandRunner runner() {
    return this::run;
  }

  private CommandResult run(Command command) {
    List<String> argv = new ArrayList<>(command.argv());
    if (TOOLS.contains(argv.get(0))) {
      argv.set(0, binDirectory().resolve(argv.get(0)).toString());
    }
    String path = binDirectory() + ":" + Objects.requireNonNullElse(System.getenv("PATH"), "/usr/bin:/bin");
    return CommandRunner.local().run(command.toBuilder().argv(argv).env("PATH", path).build());
  }

  /**
   * Every call recorded so far, in order.
   *
   * @return the calls
   */
  public List<RecordedCall> calls() {
    try (Stream<Path> dirs = Files.list(home.resolve("calls"))) {
      List<Path> sorted =
          dirs.sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
      List<RecordedCall> out = new ArrayList<>();
      for (Path call : sorted) {
        out.add(read(call));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The calls of one tool, in order.
   *
   * @param tool e.g. {@code podman}
   * @return the calls
   */
  public List<RecordedCall> calls(String tool) {
    return calls().stream().filter(c -> c.tool().equals(tool)).toList();
  }

  private static int number(Path call) {
    return Integer.parseInt(call.getFileName().toString());
  }

  private static RecordedCall read(Path call) throws IOException {
    String tool = Files.readString(call.resolve("tool"));
    List<String> args = split(Files.readAllBytes(call.resolve("argv")));
    Map<String, String> env = new LinkedHashMap<>();
    for (String pair : split(Files.readAllBytes(call.resolve("env")))) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        env.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    byte[] stdin = Files.exists(call.resolve("stdin")) ? Files.readAllBytes(call.resolve("stdin")) : new byte[0];
    return new RecordedCall(tool, args, env, stdin);
  }

  private static List<String> split(byte[] nulSeparated) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < nulSeparated.length; i++) {
      if (nulSeparated[i] == 0) {
        out.add(new String(nulSeparated, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return out;
  }

  private synchronized void add(String tool, List<String> prefix, FakeReply reply) {
    rules++;
    Path rule = home.resolve("rules").resolve(tool).resolve(String.format(Locale.ROOT, "%04d", rules));
    try {
      Files.createDirectories(rule);
      StringBuilder words = new StringBuilder();
      prefix.forEach(w -> words.append(w).append('\037'));
      Files.writeString(rule.resolve("prefix"), words, StandardCharsets.UTF_8);
      Files.writeString(rule.resolve("stdout"), reply.out(), StandardCharsets.UTF_8);
      Files.writeString(rule.resolve("stderr"), reply.err(), StandardCharsets.UTF_8);
      Files.writeString(rule.resolve("exit"), Integer.toString(reply.exit()), StandardCharsets.UTF_8);
      StringBuilder effects = new StringBuilder();
      int n = 0;
      for (FakeReply.Effect e : reply.effects()) {
        String file = "effect-" + n++;
        Files.write(rule.resolve(file), e.content());
        effects.append(String.join("\037", e.kind(), e.key(), e.relativePath(), file)).append('\n');
      }
      Files.writeString(rule.resolve("effects"), effects, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a fake reply under " + rule, e);
    }
  }

  /** A reply rule being added: which tool and argument prefix it answers. */
  public final class Rule {
    private final String tool;
    private final List<String> prefix;

    private Rule(String tool, List<String> prefix) {
      this.tool = tool;
      this.prefix = List.copyOf(prefix);
    }

    /**
     * Sets the rule's reply.
     *
     * @param reply the reply, given to every matching call
     * @return the fakes, to add more rules
     */
    public FakeTools reply(FakeReply reply) {
      add(tool, prefix, Objects.requireNonNull(reply, "reply"));
      return FakeTools.this;
    }
  }
}
