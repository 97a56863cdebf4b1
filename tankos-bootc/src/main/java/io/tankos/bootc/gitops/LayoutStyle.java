package io.tankos.bootc.gitops;

/** How {@link GitOpsLayout} lays a fleet out. */
public enum LayoutStyle {
  /**
   * {@code base/} (the base VM), {@code overlays/<host>/} (a strategic-merge patch by name plus the
   * host's Secrets) and one ApplicationSet whose list generator names every host.
   */
  OVERLAYS,
  /**
   * {@code hosts/<host>/} holding the fully rendered VM and Secrets, and an ApplicationSet whose
   * Git directory generator finds them: adding a host is adding a directory.
   */
  RENDERED
}
