package io.tankos.quadlet.generator;

import io.tankos.testkit.RealTools;
import java.nio.file.Path;
import java.util.List;

/**
 * One of the real Podman {@code quadlet} generator binaries recorded by {@code
 * scripts/install-test-tools}: the Debian trixie build (5.4.x) and the Debian sid build (5.8.x).
 *
 * <pre>{@code
 * QuadletBinary sid = QuadletBinary.sid();   // skips (laptop) or fails (CI) when not installed
 * GeneratorResult r = new QuadletGenerator(sid).dryRun(dir, GeneratorMode.USER);
 * }</pre>
 *
 * @param label the properties label, {@code 5.4} or {@code sid}
 * @param path the executable
 * @param version the recorded version, e.g. {@code 5.4.2}
 */
public record QuadletBinary(String label, Path path, String version) {

  /**
   * The trixie generator ({@code quadlet.5.4.*}).
   *
   * @return the binary; skips or fails the calling test when it is not installed
   */
  public static QuadletBinary v54() {
    return recorded("5.4");
  }

  /**
   * The sid generator ({@code quadlet.sid.*}).
   *
   * @return the binary; skips or fails the calling test when it is not installed
   */
  public static QuadletBinary sid() {
    return recorded("sid");
  }

  /**
   * Both recorded generators, oldest first.
   *
   * @return the binaries
   */
  public static List<QuadletBinary> both() {
    return List.of(v54(), sid());
  }

  private static QuadletBinary recorded(String label) {
    RealTools tools = RealTools.get();
    Path path = tools.requireExecutable("quadlet." + label + ".path");
    String version = tools.require("quadlet." + label + ".version");
    return new QuadletBinary(label, path, version);
  }

  /**
   * Whether this generator is at least the given major.minor version.
   *
   * @param major major version
   * @param minor minor version
   * @return true when {@link #version()} is that version or newer
   */
  public boolean atLeast(int major, int minor) {
    String[] parts = version.split("[.+~-]");
    int ma = Integer.parseInt(parts[0]);
    int mi = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    return ma > major || (ma == major && mi >= minor);
  }

  @Override
  public String toString() {
    return "quadlet " + version;
  }
}
