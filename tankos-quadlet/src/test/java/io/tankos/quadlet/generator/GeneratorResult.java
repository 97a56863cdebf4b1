package io.tankos.quadlet.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one run of the real generator produced: exit status, the generated services (from the
 * {@code -dryrun} output, or read from the output directory in file mode), the stderr lines and,
 * in file mode, the {@code [Install]} symlinks.
 *
 * <p>The unit directory's absolute path is replaced by {@link #UNIT_DIR} and the {@code
 * quadlet-generator[PID]: } prefix is removed, so that runs on different directories compare.
 *
 * <pre>{@code
 * GeneratorResult r = generator.dryRun(dir, GeneratorMode.USER);
 * assertThat(r.problems()).isEmpty();
 * String service = r.service("openclaw.service").orElseThrow();
 * }</pre>
 */
public final class GeneratorResult {
  /** Stands for the unit directory in service text and stderr lines. */
  public static final String UNIT_DIR = "${UNIT_DIR}";

  private static final Pattern PREFIX = Pattern.compile("^quadlet-generator\\[\\d+\\]: ");
  private static final Pattern BLOCK = Pattern.compile("^---(.+)---$");

  private final QuadletBinary binary;
  private final GeneratorMode mode;
  private final int exitCode;
  private final Map<String, String> services;
  private final Map<String, String> symlinks;
  private final List<String> stderr;

  private GeneratorResult(
      QuadletBinary binary,
      GeneratorMode mode,
      int exitCode,
      Map<String, String> services,
      Map<String, String> symlinks,
      List<String> stderr) {
    this.binary = binary;
    this.mode = mode;
    this.exitCode = exitCode;
    this.services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    this.symlinks = Collections.unmodifiableMap(new LinkedHashMap<>(symlinks));
    this.stderr = List.copyOf(stderr);
  }

  /**
   * A result from {@code -dryrun} output.
   *
   * @param binary the generator
   * @param mode the mode
   * @param exitCode exit status
   * @param stdout the dry-run output
   * @param stderr the error output
   * @param unitDir the absolute unit directory, replaced by {@link #UNIT_DIR}
   * @return the result
   */
  static GeneratorResult ofDryRun(
      QuadletBinary binary,
      GeneratorMode mode,
      int exitCode,
      String stdout,
      String stderr,
      String unitDir) {
    Map<String, String> services = new LinkedHashMap<>();
    String name = null;
    StringBuilder text = new StringBuilder();
    for (String line : normalize(stdout, unitDir).split("\n", -1)) {
      var m = BLOCK.matcher(line);
      if (m.matches()) {
        if (name != null) {
          services.put(name, text.toString());
        }
        name = m.group(1);
        text.setLength(0);
      } else if (name != null) {
        text.append(line).append('\n');
      }
    }
    if (name != null) {
      services.put(name, text.toString());
    }
    return new GeneratorResult(
        binary, mode, exitCode, services, Map.of(), stderrLines(stderr, unitDir));
  }

  /**
   * A result from file mode.
   *
   * @param binary the generator
   * @param mode the mode
   * @param exitCode exit status
   * @param files generated regular files by relative path (text normalized here)
   * @param symlinks generated symlinks, relative path to target
   * @param stderr the error output
   * @param unitDir the absolute unit directory
   * @return the result
   */
  static GeneratorResult ofFiles(
      QuadletBinary binary,
      GeneratorMode mode,
      int exitCode,
      Map<String, String> files,
      Map<String, String> symlinks,
      String stderr,
      String unitDir) {
    Map<String, String> services = new LinkedHashMap<>();
    files.forEach((path, text) -> services.put(path, normalize(text, unitDir)));
    Map<String, String> links = new LinkedHashMap<>();
    symlinks.forEach((path, target) -> links.put(path, normalize(target, unitDir)));
    return new GeneratorResult(
        binary, mode, exitCode, services, links, stderrLines(stderr, unitDir));
  }

  private static String normalize(String text, String unitDir) {
    return text.replace(unitDir, UNIT_DIR);
  }

  private static List<String> stderrLines(String stderr, String unitDir) {
    List<String> lines = new ArrayList<>();
    for (String line : normalize(stderr, unitDir).split("\n")) {
      if (!line.isEmpty()) {
        lines.add(PREFIX.matcher(line).replaceFirst(""));
      }
    }
    return lines;
  }

  /**
   * The generator that ran.
   *
   * @return the binary
   */
  public QuadletBinary binary() {
    return binary;
  }

  /**
   * The mode it ran in.
   *
   * @return the mode
   */
  public GeneratorMode mode() {
    return mode;
  }

  /**
   * The exit status: 0, 1 when a unit failed, 2 on a Go panic.
   *
   * @return the status
   */
  public int exitCode() {
    return exitCode;
  }

  /**
   * The generated services by file name ({@code web.service}); in file mode by path relative to the
   * output directory.
   *
   * @return unmodifiable map in output order
   */
  public Map<String, String> services() {
    return services;
  }

  /**
   * One generated service.
   *
   * @param name e.g. {@code web.service}
   * @return its text, if generated
   */
  public Optional<String> service(String name) {
    return Optional.ofNullable(services.get(name));
  }

  /**
   * The symlinks written in file mode ({@code default.target.wants/web.service → ../web.service}).
   *
   * @return unmodifiable map, empty for dry runs
   */
  public Map<String, String> symlinks() {
    return symlinks;
  }

  /**
   * The stderr lines without the {@code quadlet-generator[PID]: } prefix.
   *
   * @return the lines
   */
  public List<String> stderr() {
    return stderr;
  }

  /**
   * The stderr lines other than the debug lines about loading source files.
   *
   * @return the diagnostic lines
   */
  public List<String> diagnostics() {
    return stderr.stream().filter(l -> !l.startsWith("Loading source ")).toList();
  }

  /**
   * Whether the generator crashed with a Go panic.
   *
   * @return true on a panic
   */
  public boolean panicked() {
    return exitCode == 2 || stderr.stream().anyMatch(l -> l.startsWith("panic:"));
  }

  /**
   * The reasons to call this run a rejection: a non-zero exit status, a panic, and every error or
   * {@code unsupported escape char} line (the latter means a value was silently dropped).
   *
   * @return empty when the generator accepted every unit
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (exitCode != 0) {
      problems.add("exit status " + exitCode);
    }
    for (String line : diagnostics()) {
      if (line.startsWith("converting ")
          || line.startsWith("error ")
          || line.contains("unsupported escape char")
          || line.startsWith("panic:")
          || line.contains("processing encountered some errors")) {
        problems.add(line);
      }
    }
    return problems;
  }

  @Override
  public String toString() {
    return binary
        + " ("
        + mode
        + "): exit "
        + exitCode
        + ", services "
        + services.keySet()
        + (diagnostics().isEmpty() ? "" : ", stderr " + diagnostics());
  }
}
