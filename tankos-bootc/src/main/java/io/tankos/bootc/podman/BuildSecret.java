package io.tankos.bootc.podman;

import io.tankos.core.secret.SecretValue;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A build secret for {@code RUN --mount=type=secret,id=ID}: mounted at {@code /run/secrets/ID} for
 * that step only, never stored in a layer. From a {@link SecretValue} the value travels only in the
 * environment of the podman process ({@code --secret id=ID,env=VAR}), never in argv or a file.
 *
 * <pre>{@code
 * BuildSecret.of("npm_token", SecretValue.of("npm_token", token));
 * BuildSecret.fromFile("cert", Path.of("ca.pem"));
 * }</pre>
 */
public final class BuildSecret {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private final String id;
  private final SecretValue value;
  private final Path file;
  private final String hostEnv;

  private BuildSecret(String id, SecretValue value, Path file, String hostEnv) {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "build secret id '" + id + "' must be letters, digits, '_', '.', '-' (no ',' or '=')");
    }
    this.id = id;
    this.value = value;
    this.file = file;
    this.hostEnv = hostEnv;
  }

  /**
   * A secret whose value is handed to podman through its environment.
   *
   * @param id the secret id used in {@code RUN --mount=type=secret,id=…}
   * @param value the value
   * @return the build secret
   */
  public static BuildSecret of(String id, SecretValue value) {
    return new BuildSecret(id, Objects.requireNonNull(value, "value"), null, null);
  }

  /**
   * A secret read by podman from a file ({@code src=FILE}).
   *
   * @param id the secret id
   * @param file the file
   * @return the build secret
   */
  public static BuildSecret fromFile(String id, Path file) {
    return new BuildSecret(id, null, Objects.requireNonNull(file, "file"), null);
  }

  /**
   * A secret read by podman from an environment variable it inherits ({@code env=VAR}).
   *
   * @param id the secret id
   * @param variable the variable's name
   * @return the build secret
   */
  public static BuildSecret fromEnvironment(String id, String variable) {
    return new BuildSecret(id, null, null, Objects.requireNonNull(variable, "variable"));
  }

  /**
   * The id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The value, for secrets given by value.
   *
   * @return the value
   */
  public Optional<SecretValue> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The source file, for file secrets.
   *
   * @return the file
   */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * The host variable, for environment secrets.
   *
   * @return the variable name
   */
  public Optional<String> hostEnvironment() {
    return Optional.ofNullable(hostEnv);
  }

  @Override
  public String toString() {
    return "BuildSecret[id=" + id + (file != null ? ", file=" + file : hostEnv != null ? ", env=" + hostEnv : ", value=<redacted>") + "]";
  }
}
