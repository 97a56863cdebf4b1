package io.tankos.bootc.gitops;

import io.tankos.bootc.kubevirt.internal.Plain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list generator: one Application per element; the element's keys are the template parameters
 * ({@code {{.host}}}).
 *
 * @param elements parameter maps, in order
 */
public record ListGenerator(List<Map<String, String>> elements) implements Generator {

  /**
   * Copies the elements.
   *
   * @param elements the elements
   */
  public ListGenerator {
    List<Map<String, String>> copy = new ArrayList<>(elements.size());
    elements.forEach(e -> copy.add(Plain.copyStrings(e)));
    elements = List.copyOf(copy);
  }
}
