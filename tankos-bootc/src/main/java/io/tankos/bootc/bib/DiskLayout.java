package io.tankos.bootc.bib;

import java.util.List;
import java.util.Objects;

/**
 * A full partition layout ({@code [customizations.disk]}); cannot be combined with {@link
 * FilesystemSize} sizes.
 *
 * @param type the partition table, {@code gpt} or {@code dos}, or null for the default
 * @param minsize the minimum disk size, or null
 * @param partitions the partitions in order
 */
public record DiskLayout(String type, DataSize minsize, List<Partition> partitions) {

  /**
   * Checks and copies the components.
   *
   * @param type the table type, or null
   * @param minsize the size, or null
   * @param partitions the partitions
   */
  public DiskLayout {
    partitions = List.copyOf(Objects.requireNonNull(partitions, "partitions"));
  }
}
