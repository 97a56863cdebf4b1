package io.tankos.bootc.podman;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image as {@code podman image inspect} describes it.
 *
 * @param id the image id (hex, without {@code sha256:})
 * @param digest the manifest digest, e.g. {@code sha256:…}
 * @param repoTags the tags
 * @param repoDigests the repository digests
 * @param created the creation time as podman prints it (RFC 3339), or null
 * @param architecture e.g. {@code amd64}
 * @param os e.g. {@code linux}
 * @param user the configured user, empty for root
 * @param env the environment, {@code NAME=value} entries in order
 * @param labels the labels in order
 * @param entrypoint the entrypoint
 * @param cmd the command
 * @param workingDir the working directory, empty when unset
 * @param layers the layer digests ({@code RootFS.Layers})
 * @param size the size in bytes
 */
public record PodmanImage(
    String id,
    String digest,
    List<String> repoTags,
    List<String> repoDigests,
    String created,
    String architecture,
    String os,
    String user,
    List<String> env,
    Map<String, String> labels,
    List<String> entrypoint,
    List<String> cmd,
    String workingDir,
    List<String> layers,
    long size) {

  /**
   * Copies the collections.
   *
   * @param id the id
   * @param digest the digest
   * @param repoTags the tags
   * @param repoDigests the repo digests
   * @param created the creation time
   * @param architecture the architecture
   * @param os the OS
   * @param user the user
   * @param env the environment
   * @param labels the labels
   * @param entrypoint the entrypoint
   * @param cmd the command
   * @param workingDir the working directory
   * @param layers the layers
   * @param size the size
   */
  public PodmanImage {
    repoTags = List.copyOf(repoTags);
    repoDigests = List.copyOf(repoDigests);
    env = List.copyOf(env);
    labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    entrypoint = List.copyOf(entrypoint);
    cmd = List.copyOf(cmd);
    layers = List.copyOf(layers);
  }

  /**
   * The value of an environment variable.
   *
   * @param name the variable name
   * @return the value, if set
   */
  public Optional<String> envValue(String name) {
    for (String e : env) {
      if (e.startsWith(name + "=")) {
        return Optional.of(e.substring(name.length() + 1));
      }
    }
    return Optional.empty();
  }
}
