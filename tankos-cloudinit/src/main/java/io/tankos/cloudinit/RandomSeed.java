package io.tankos.cloudinit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    if (data != null) {
      m.put("data", data);
    }
    m.put("encoding", encoding);
    if (!command.isEmpty()) {
      m.put("command", command);
    }
    if (commandRequired) {
      m.put("command_required", true);
    }
    return m;
  }
}
