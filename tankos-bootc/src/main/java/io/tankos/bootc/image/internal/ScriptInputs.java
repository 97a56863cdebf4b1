package io.tankos.bootc.image.internal;

import java.util.List;
import java.util.Objects;

/**
 * What the generated scripts need to know of the image: the agent user and its instances.
 *
 * @param userName the agent user's name, e.g. {@code openclaw}
 * @param uid the agent user's UID (its runtime directory is {@code /run/user/UID})
 * @param home the agent user's home, an absolute path
 * @param releaseFile the release file {@code tank-os-version} prints, an absolute path
 * @param instances the agent instances, at least one; the first is the CLI shim's default
 */
public record ScriptInputs(
    String userName, int uid, String home, String releaseFile, List<InstanceInputs> instances) {

  /**
   * Checks presence and copies the list (the rest is checked by {@link ImageScripts#render}).
   *
   * @param userName the agent user's name
   * @param uid the agent user's UID
   * @param home the agent user's home
   * @param releaseFile the release file
   * @param instances the agent instances
   */
  public ScriptInputs {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(releaseFile, "releaseFile");
    instances = List.copyOf(Objects.requireNonNull(instances, "instances"));
  }
}
