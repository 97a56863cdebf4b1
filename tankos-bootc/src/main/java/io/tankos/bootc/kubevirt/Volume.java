package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Plain;
import java.util.Map;
import java.util.Objects;

/**
 * A volume ({@code spec.volumes[]}) for the disk of the same name. At most one typed source is set;
 * a source the model does not type is kept in {@code extra}.
 *
 * @param name the volume and disk name
 * @param containerDisk a container disk source, or null
 * @param cloudInitNoCloud a NoCloud seed source, or null
 * @param dataVolume the name of a DataVolume, or null
 * @param persistentVolumeClaim the name of a PersistentVolumeClaim, or null
 * @param extra fields the model does not type, kept as they are
 */
public record Volume(
    String name,
    ContainerDiskSource containerDisk,
    CloudInitNoCloud cloudInitNoCloud,
    String dataVolume,
    String persistentVolumeClaim,
    Map<String, Object> extra) {

  /**
   * Checks and copies.
   *
   * @param name the name
   * @param containerDisk container disk source
   * @param cloudInitNoCloud NoCloud source
   * @param dataVolume DataVolume name
   * @param persistentVolumeClaim claim name
   * @param extra untyped fields
   */
  public Volume {
    Objects.requireNonNull(name, "name");
    extra = Plain.copyMap(extra);
  }

  /**
   * A container disk volume.
   *
   * @param name the volume and disk name
   * @param image the container image holding the disk under {@code /disk/}
   * @param pullPolicy when to pull, or null
   * @return the volume
   */
  public static Volume containerDisk(String name, String image, ImagePullPolicy pullPolicy) {
    return new Volume(name, new ContainerDiskSource(image, pullPolicy), null, null, null, Map.of());
  }

  /**
   * A NoCloud seed volume.
   *
   * @param name the volume and disk name
   * @param source the seed source
   * @return the volume
   */
  public static Volume cloudInitNoCloud(String name, CloudInitNoCloud source) {
    return new Volume(name, null, Objects.requireNonNull(source, "source"), null, null, Map.of());
  }

  /**
   * A DataVolume volume.
   *
   * @param name the volume and disk name
   * @param dataVolumeName the DataVolume (often from a {@link DataVolumeTemplate})
   * @return the volume
   */
  public static Volume dataVolume(String name, String dataVolumeName) {
    return new Volume(name, null, null, Objects.requireNonNull(dataVolumeName), null, Map.of());
  }

  /**
   * A PersistentVolumeClaim volume.
   *
   * @param name the volume and disk name
   * @param claimName the claim
   * @return the volume
   */
  public static Volume persistentVolumeClaim(String name, String claimName) {
    return new Volume(name, null, null, null, Objects.requireNonNull(claimName), Map.of());
  }

  /**
   * How many typed sources are set (a valid volume has at most one).
   *
   * @return 0 to 4
   */
  public int typedSources() {
    int n = 0;
    for (Object o :
        new Object[] {containerDisk, cloudInitNoCloud, dataVolume, persistentVolumeClaim}) {
      n += o == null ? 0 : 1;
    }
    return n;
  }
}
