package io.tankos.bootc.bib;

import java.util.Objects;

/**
 * A group in a bootc-image-builder config ({@code [[customizations.group]]}).
 *
 * @param name the group name
 * @param gid the group id, or null to let the image choose
 */
public record ImageGroup(String name, Integer gid) {

  /**
   * Checks the components.
   *
   * @param name the name
   * @param gid the gid, or null
   */
  public ImageGroup {
    Objects.requireNonNull(name, "name");
  }
}
