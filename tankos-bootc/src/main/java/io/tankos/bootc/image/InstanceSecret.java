package io.tankos.bootc.image;

import io.tankos.core.podman.PodmanSecret;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret an instance accepts, by name only: the value never enters the model or the image. It
 * lives in the agent user's Podman secret store, and the image's sync script hands it to the
 * container only when it exists (a {@code Secret=} for a missing secret stops the unit from
 * starting): as an environment variable ({@link #env(String, String)}) or as the file {@code
 * /run/secrets/NAME} ({@link #file(String)}), optionally with a variable naming that path ({@link
 * #file(String, String)}, how service-gator finds its tokens).
 *
 * <pre>{@code
 * InstanceSecret key = InstanceSecret.env("anthropic_api_key", "ANTHROPIC_API_KEY");
 * InstanceSecret token = InstanceSecret.file("gh_token", "GH_TOKEN_FILE");
 * }</pre>
 */
public final class InstanceSecret {
  private static final Location AT = Location.of("InstanceSecret");

  private final String name;
  private final boolean env;
  private final String variable;

  private InstanceSecret(String name, boolean env, String variable) {
    Objects.requireNonNull(name, "name");
    Problems problems = new Problems();
    PodmanSecret.nameProblem(name).ifPresentOrElse(p -> problems.add(AT.child("name"), p),
        () -> ImageChecks.containerName(name, AT.child("name"), problems));
    if (variable != null) {
      ImageChecks.envVariable(variable, AT.child("variable"), problems);
    }
    problems.throwIfAny();
    this.name = name;
    this.env = env;
    this.variable = variable;
  }

  /**
   * A secret the container reads from an environment variable.
   *
   * @param name the Podman secret name
   * @param variable the variable, e.g. {@code ANTHROPIC_API_KEY}
   * @return the secret
   * @throws io.tankos.core.validation.ValidationException at {@code InstanceSecret.name} or
   *     {@code InstanceSecret.variable}
   */
  public static InstanceSecret env(String name, String variable) {
    return new InstanceSecret(name, true, Objects.requireNonNull(variable, "variable"));
  }

  /**
   * A secret the container reads from {@code /run/secrets/NAME}.
   *
   * @param name the Podman secret name
   * @return the secret
   * @throws io.tankos.core.validation.ValidationException at {@code InstanceSecret.name}
   */
  public static InstanceSecret file(String name) {
    return new InstanceSecret(name, false, null);
  }

  /**
   * A secret the container reads from {@code /run/secrets/NAME}, with {@code VARIABLE=/run/secrets/NAME}
   * set in the container's environment.
   *
   * @param name the Podman secret name
   * @param pathVariable the variable naming the file, e.g. {@code GH_TOKEN_FILE}
   * @return the secret
   * @throws io.tankos.core.validation.ValidationException at {@code InstanceSecret.name} or
   *     {@code InstanceSecret.variable}
   */
  public static InstanceSecret file(String name, String pathVariable) {
    return new InstanceSecret(name, false, Objects.requireNonNull(pathVariable, "pathVariable"));
  }

  /**
   * The Podman secret name.
   *
   * @return e.g. {@code anthropic_api_key}
   */
  public String name() {
    return name;
  }

  /**
   * Whether the container reads the secret from an environment variable.
   *
   * @return true for {@link #env(String, String)}
   */
  public boolean isEnv() {
    return env;
  }

  /**
   * The variable: the secret's value ({@link #isEnv()}) or the path of its file.
   *
   * @return the variable, if any
   */
  public Optional<String> variable() {
    return Optional.ofNullable(variable);
  }

  /**
   * Where a file secret is mounted in the container.
   *
   * @return {@code /run/secrets/NAME}
   */
  public String filePath() {
    return "/run/secrets/".concat(name); // one exact string, no builder
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InstanceSecret s && s.name.equals(name) && s.env == env && Objects.equals(s.variable, variable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, env, variable);
  }

  @Override
  public String toString() {
    return "InstanceSecret[" + name + (env ? " -> $" + variable : " -> " + filePath()) + "]";
  }
}
