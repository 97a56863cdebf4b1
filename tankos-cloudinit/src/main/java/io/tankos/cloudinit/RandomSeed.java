package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.core.validation.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code random_seed} module: extra entropy written to a file, and an optional command.
 *
 * <pre>{@code
 * RandomSeed.of("/dev/urandom", "bXkgc2VlZA==", "b64", List.of("pollinate", "-q"), false);
 * }</pre>
 *
 * @param file where the data goes
 * @param data the seed data, or null
 * @param encoding {@code raw}, {@code base64}, {@code b64}, {@code gzip} or {@code gz}
 * @param command argv run afterwards, or empty
 * @param commandRequired fail when the command is missing
 */
public record RandomSeed(
    String file, String data, String encoding, List<String> command, boolean commandRequired) {
  private static final String FILE = "file";
  private static final String DATA = "data";
  private static final String ENCODING = "encoding";
  private static final String COMMAND = "command";
  private static final String COMMAND_REQUIRED = "command_required";
  private static final Set<String> ENCODINGS = Set.of("raw", "base64", "b64", "gzip", "gz");

  /**
   * Checks and copies the components.
   *
   * @param file file
   * @param data data
   * @param encoding encoding
   * @param command command
   * @param commandRequired flag
   */
  public RandomSeed {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(encoding, "encoding");
    command = List.copyOf(command);
    ConfigKey.RANDOM_SEED.require(raw(file, data, encoding, command, commandRequired));
  }

  /**
   * A random_seed setting.
   *
   * @param file file
   * @param data data or null
   * @param encoding encoding
   * @param command argv or empty
   * @param commandRequired flag
   * @return the setting
   */
  public static RandomSeed of(String file, String data, String encoding, List<String> command,
      boolean commandRequired) {
    return new RandomSeed(file, data, encoding, command, commandRequired);
  }

  Object toRaw() {
    return raw(file, data, encoding, command, commandRequired);
  }

  private static Map<String, Object> raw(String file, String data, String encoding, List<String> command,
      boolean commandRequired) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(FILE, file);
    if (data != null) {
      m.put(DATA, data);
    }
    m.put(ENCODING, encoding);
    if (!command.isEmpty()) {
      m.put(COMMAND, command);
    }
    if (commandRequired) {
      m.put(COMMAND_REQUIRED, true);
    }
    return m;
  }

  static void check(Object v, Location at, Checks c) {
    if (!(v instanceof Map<?, ?> m)) {
      c.add(at, "must be a mapping");
      return;
    }
    if (m.containsKey(FILE)) {
      c.absolutePath(m.get(FILE), at.child(FILE));
    }
    if (m.containsKey(ENCODING) && !ENCODINGS.contains(m.get(ENCODING))) {
      c.add(at.child(ENCODING), "must be raw, base64, b64, gzip or gz");
    }
    if (m.containsKey(COMMAND)) {
      c.stringList(m.get(COMMAND), at.child(COMMAND), 0);
    }
    if (m.containsKey(COMMAND_REQUIRED)) {
      c.bool(m.get(COMMAND_REQUIRED), at.child(COMMAND_REQUIRED));
    }
  }
}
