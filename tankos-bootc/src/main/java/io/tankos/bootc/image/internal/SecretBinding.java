package io.tankos.bootc.image.internal;

import java.util.Objects;

/**
 * One secret a Quadlet unit accepts, as the sync script binds it: an environment variable ({@code
 * Secret=NAME,type=env,target=VAR}) or a file mounted at {@code /run/secrets/NAME} ({@code
 * Secret=NAME}). Only the name: a secret's value never enters the scripts.
 *
 * @param secretName the Podman secret's name
 * @param asFile true for a file under {@code /run/secrets/}, false for an environment variable
 * @param target the environment variable for {@code asFile == false}; null for a file
 */
public record SecretBinding(String secretName, boolean asFile, String target) {

  /**
   * Checks the name is present (the rest is checked by {@link ImageScripts#render}).
   *
   * @param secretName the Podman secret's name
   * @param asFile true for a file
   * @param target the environment variable, or null for a file
   */
  public SecretBinding {
    Objects.requireNonNull(secretName, "secretName");
  }

  /**
   * A secret bound to an environment variable.
   *
   * @param secretName the Podman secret's name
   * @param variable the environment variable
   * @return the binding
   */
  public static SecretBinding env(String secretName, String variable) {
    return new SecretBinding(secretName, false, Objects.requireNonNull(variable, "variable"));
  }

  /**
   * A secret mounted as the file {@code /run/secrets/NAME}.
   *
   * @param secretName the Podman secret's name
   * @return the binding
   */
  public static SecretBinding file(String secretName) {
    return new SecretBinding(secretName, true, null);
  }

  /**
   * The drop-in line that binds this secret.
   *
   * @return {@code Secret=NAME,type=env,target=VAR} or {@code Secret=NAME}
   */
  public String secretLine() {
    return asFile ? "Secret=" + secretName : "Secret=" + secretName + ",type=env,target=" + target;
  }
}
