package io.tankos.bootc.kubevirt.internal;

import io.tankos.bootc.kubevirt.KubernetesSecret;
import java.util.Map;
import java.util.function.Function;

/**
 * The plain tree a {@link KubernetesSecret} writes as YAML, for a writer that encodes the text
 * itself ({@link KubeYaml#toYamlText(Map, StringBuilder)}) rather than taking {@link
 * KubernetesSecret#toYaml()}'s string.
 */
public final class SecretTrees {
  /** Writes a Secret's tree; set by KubernetesSecret's class. */
  private static final Hook<KubernetesSecret, Map<String, Object>> TREES =
      new Hook<>(KubernetesSecret.class, "the Secrets' tree writer");

  private SecretTrees() {}

  /**
   * Lets {@link #tree} write a Secret's tree; called once, when the KubernetesSecret class is
   * initialized (so before there is any Secret).
   *
   * @param writer writes a Secret's tree
   * @throws IllegalCallerException when called by any class but KubernetesSecret (on the class
   *     path this package is reachable: no other code may put its writer before the Secret's)
   * @throws IllegalStateException when called a second time
   */
  public static void trees(Function<KubernetesSecret, Map<String, Object>> writer) {
    TREES.set(writer);
  }

  /**
   * The Secret's tree, as its {@link KubernetesSecret#toYaml()} writes it.
   *
   * @param secret the Secret
   * @return a new tree
   */
  public static Map<String, Object> tree(KubernetesSecret secret) {
    return TREES.apply(secret);
  }
}
