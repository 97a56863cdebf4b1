package io.tankos.bootc.gitops;

import java.util.Objects;

/**
 * A Kustomize strategic-merge patch addressed to one object by kind and name (never a JSON 6902
 * patch addressed by list index).
 *
 * @param kind the target's kind, e.g. {@code VirtualMachine}
 * @param name the target's name
 * @param patch the patch document as YAML (a partial manifest with apiVersion, kind and metadata)
 * @param allowNameChange whether the patch may rename the target
 */
public record KustomizePatch(String kind, String name, String patch, boolean allowNameChange) {

  /**
   * Checks the components.
   *
   * @param kind the kind
   * @param name the name
   * @param patch the patch YAML
   * @param allowNameChange whether renaming is allowed
   */
  public KustomizePatch {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(patch, "patch");
  }
}
