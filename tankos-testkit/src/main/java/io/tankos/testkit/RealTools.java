package io.tankos.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real tools a test runs (Podman's {@code quadlet}, {@code cloud-init schema}, {@code podman},
 * {@code isoinfo}, …), as recorded by {@code scripts/install-test-tools} in {@code
 * .tools/tools.properties}.
 *
 * <p>A test asks for a tool with {@link #require(String)}. When the tool is missing the test is
 * skipped with a message on a developer's machine, but fails when the run requires real tools
 * (system property {@code tankos.requireTools} or environment variable {@code TANKOS_REQUIRE_TOOLS}
 * set to {@code 1} or {@code true}, as {@code .ci/run} does).
 *
 * <pre>{@code
 * Path quadlet = RealTools.get().require("quadlet.5.4.path");
 * String version = RealTools.get().require("quadlet.sid.version");
 * }</pre>
 */
public final class RealTools {
  /** Key of {@code systemd-analyze} in {@code tools.properties}. */
  public static final String SYSTEMD_ANALYZE = "systemd.analyze.path";

  /** Key of {@code systemd-sysusers}. */
  public static final String SYSTEMD_SYSUSERS = "systemd.sysusers.path";

  /** Key of {@code systemd-tmpfiles}. */
  public static final String SYSTEMD_TMPFILES = "systemd.tmpfiles.path";

  /** Key of {@code systemctl}. */
  public static final String SYSTEMCTL = "systemd.systemctl.path";

  private static final RealTools INSTANCE = load();

  private final Properties properties;
  private final String origin;

  private RealTools(Properties properties, String origin) {
    this.properties = properties;
    this.origin = origin;
  }

  /**
   * The tools of this run.
   *
   * @return the shared instance
   */
  public static RealTools get() {
    return INSTANCE;
  }

  /**
   * Whether missing tools fail the test instead of skipping it.
   *
   * @return true when real tools are required
   */
  public static boolean required() {
    return truthy(System.getProperty("tankos.requireTools"))
        || truthy(System.getenv("TANKOS_REQUIRE_TOOLS"));
  }

  private static boolean truthy(String v) {
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
  }

  /**
   * A recorded value, if present and not empty.
   *
   * @param key e.g. {@code quadlet.5.4.path}
   * @return the value
   */
  public Optional<String> value(String key) {
    String v = properties.getProperty(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  /**
   * A recorded value that may be empty (such as extra arguments).
   *
   * @param key the key
   * @return the value, or the empty string
   */
  public String valueOrEmpty(String key) {
    return properties.getProperty(key, "").trim();
  }

  /**
   * A recorded value; skips or fails the calling test when it is missing.
   *
   * @param key e.g. {@code quadlet.sid.version}
   * @return the value
   */
  public String require(String key) {
    Optional<String> v = value(key);
    if (v.isEmpty()) {
      missing("'" + key + "' is not recorded in " + origin);
    }
    return v.orElseThrow();
  }

  /**
   * A recorded executable; skips or fails the calling test when it is missing or not executable.
   *
   * @param key e.g. {@code quadlet.5.4.path}
   * @return the executable's path
   */
  public Path requireExecutable(String key) {
    executableProblem(key).ifPresent(RealTools::missing);
    return Path.of(value(key).orElseThrow());
  }

  /**
   * {@code systemd-analyze}; skips or fails the calling test when it is missing.
   *
   * @return the executable
   */
  public Path systemdAnalyze() {
    return requireExecutable(SYSTEMD_ANALYZE);
  }

  /**
   * {@code systemd-sysusers}; skips or fails the calling test when it is missing.
   *
   * @return the executable
   */
  public Path systemdSysusers() {
    return requireExecutable(SYSTEMD_SYSUSERS);
  }

  /**
   * {@code systemd-tmpfiles}; skips or fails the calling test when it is missing.
   *
   * @return the executable
   */
  public Path systemdTmpfiles() {
    return requireExecutable(SYSTEMD_TMPFILES);
  }

  /**
   * {@code systemctl} (used offline with {@code --root}); skips or fails the calling test when it
   * is missing.
   *
   * @return the executable
   */
  public Path systemctl() {
    return requireExecutable(SYSTEMCTL);
  }

  /**
   * The systemd version the tools come from, e.g. {@code 252.38}; skips or fails when missing.
   *
   * @return the upstream version
   */
  public String systemdVersion() {
    return require("systemd.version");
  }

  /**
   * Why the executable recorded under {@code key} cannot be run, if it cannot (for callers that
   * fall back instead of skipping, such as tankos-test's assertions).
   *
   * @param key e.g. {@code quadlet.5.4.path}
   * @return the reason, empty when the executable can be run
   */
  public Optional<String> executableProblem(String key) {
    Optional<String> v = value(key);
    if (v.isEmpty()) {
      return Optional.of("'" + key + "' is not recorded in " + origin);
    }
    Path p = Path.of(v.get());
    return Files.isExecutable(p)
        ? Optional.empty()
        : Optional.of(key + " = " + p + " is not an executable file");
  }

  /**
   * Skips (developer machine) or fails (CI) the calling test.
   *
   * @param why what is missing
   */
  public static void missing(String why) {
    if (required()) {
      Assertions.fail("required real tool missing: " + explained(why));
    }
    Assumptions.abort(skipped(why));
  }

  /** The message of a test skipped because {@code why}. */
  static String skipped(String why) {
    return "skipped, real tool missing: " + explained(why);
  }

  private static String explained(String why) {
    return why + " — run scripts/install-test-tools to install the real tools the tests use";
  }

  private static RealTools load() {
    Path file = locate();
    Properties p = new Properties();
    if (file != null && Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new RealTools(p, file.toString());
    }
    return new RealTools(p, file == null ? ".tools/tools.properties (not found)" : file + " (missing)");
  }

  private static Path locate() {
    String configured = System.getProperty("tankos.tools");
    if (configured != null && !configured.isBlank() && !configured.contains("${")) {
      return Path.of(configured);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve(".tools/tools.properties");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return null;
  }
}
