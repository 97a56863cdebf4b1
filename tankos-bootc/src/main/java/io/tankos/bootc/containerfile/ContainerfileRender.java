package io.tankos.bootc.containerfile;

import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.TargetPolicy;
import java.util.Objects;

/**
 * A Containerfile rendered for one {@link BuilderTarget}: the text, and the files a rewrite moved into
 * the build context (paths relative to the context directory).
 *
 * <pre>{@code
 * ContainerfileRender r = cf.render(BuilderTarget.podman(4, 3), TargetPolicy.REWRITE);
 * r.contextFiles().writeTo(contextDir);
 * Files.writeString(contextDir.resolve("Containerfile"), r.text());
 * }</pre>
 *
 * @param text the Containerfile text
 * @param contextFiles files to place in the build context
 */
public record ContainerfileRender(String text, FileTree contextFiles) {

  /**
   * Checks the components.
   *
   * @param text the text
   * @param contextFiles the context files
   */
  public ContainerfileRender {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contextFiles, "contextFiles");
  }
}
