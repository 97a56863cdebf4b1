package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Plain;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A DataVolume created with the VirtualMachine ({@code spec.dataVolumeTemplates[]}): persistent
 * storage that outlives the VM's instances, e.g. agent state. When {@code source} is null the whole
 * spec is kept untyped in {@code extra}.
 *
 * @param metadata the DataVolume's metadata (its name is what a {@code dataVolume} volume names)
 * @param source blank or registry, or null
 * @param registryUrl for {@link DataVolumeSource#REGISTRY}, e.g. {@code docker://quay.io/x/y:1}
 * @param storageSize the requested size, e.g. {@code 10Gi}
 * @param storageClassName the storage class, or null for the default
 * @param accessModes e.g. {@code ReadWriteOnce}; empty for the storage profile's default
 * @param storageApi true to write {@code spec.storage} (CDI fills defaults), false for {@code
 *     spec.pvc}
 * @param extra fields the model does not type, kept as they are
 */
public record DataVolumeTemplate(
    ObjectMeta metadata,
    DataVolumeSource source,
    String registryUrl,
    String storageSize,
    String storageClassName,
    List<String> accessModes,
    boolean storageApi,
    Map<String, Object> extra) {

  /**
   * Checks and copies.
   *
   * @param metadata metadata
   * @param source source
   * @param registryUrl registry URL
   * @param storageSize size
   * @param storageClassName storage class
   * @param accessModes access modes
   * @param storageApi storage or pvc
   * @param extra untyped fields
   */
  public DataVolumeTemplate {
    Objects.requireNonNull(metadata, "metadata");
    accessModes = List.copyOf(accessModes);
    extra = Plain.copyMap(extra);
  }

  /**
   * An empty disk of a size, with the {@code storage} API (storage class and access modes from the
   * cluster's storage profile).
   *
   * @param name the DataVolume's name
   * @param size e.g. {@code 10Gi}
   * @return the template
   */
  public static DataVolumeTemplate blank(String name, String size) {
    return new DataVolumeTemplate(
        ObjectMeta.named(name),
        DataVolumeSource.BLANK,
        null,
        Objects.requireNonNull(size, "size"),
        null,
        List.of(),
        true,
        Map.of());
  }

  /**
   * A disk imported from a registry image.
   *
   * @param name the DataVolume's name
   * @param url e.g. {@code docker://quay.io/x/y:1}
   * @param size e.g. {@code 10Gi}
   * @return the template
   */
  public static DataVolumeTemplate registry(String name, String url, String size) {
    return new DataVolumeTemplate(
        ObjectMeta.named(name),
        DataVolumeSource.REGISTRY,
        Objects.requireNonNull(url, "url"),
        Objects.requireNonNull(size, "size"),
        null,
        List.of(),
        true,
        Map.of());
  }

  /**
   * This template with a storage class and access modes.
   *
   * @param storageClass the class, or null
   * @param modes the access modes
   * @return the template
   */
  public DataVolumeTemplate withStorage(String storageClass, List<String> modes) {
    return new DataVolumeTemplate(
        metadata, source, registryUrl, storageSize, storageClass, modes, storageApi, extra);
  }
}
