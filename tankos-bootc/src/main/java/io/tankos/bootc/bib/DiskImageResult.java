package io.tankos.bootc.bib;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files a bootc-image-builder run wrote.
 *
 * @param images each requested type's image file, in request order
 * @param manifest the osbuild manifest ({@code manifest-*.json}; contains password hashes), or null
 * @param warnings config customizations the types do not support (BIB ignores them)
 */
public record DiskImageResult(Map<ImageType, Path> images, Path manifest, List<String> warnings) {

  /**
   * Copies the collections.
   *
   * @param images the images
   * @param manifest the manifest, or null
   * @param warnings the warnings
   */
  public DiskImageResult {
    images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
    warnings = List.copyOf(warnings);
  }

  /**
   * The image file of a type.
   *
   * @param type the type
   * @return the file, if that type was built
   */
  public Optional<Path> image(ImageType type) {
    return Optional.ofNullable(images.get(type));
  }

  /**
   * The osbuild manifest.
   *
   * @return the manifest file
   */
  public Optional<Path> manifestFile() {
    return Optional.ofNullable(manifest);
  }
}
