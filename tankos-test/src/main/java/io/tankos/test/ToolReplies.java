package io.tankos.test;

import io.tankos.bootc.bib.ImageType;
import io.tankos.core.exec.RecordingRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@link RecordingRunner} replies that act as the real tools do, so tankos's wrappers can be
 * recorded end to end.
 *
 * <pre>{@code
 * RecordingRunner runner = new RecordingRunner()
 *     .onPrefix("podman", "build").reply(ToolReplies.podmanBuild("sha256:1234"))
 *     .onPrefix("podman", "run").reply(ToolReplies.bootcImageBuilder(ImageType.QCOW2));
 * }</pre>
 */
public final class ToolReplies {
  private ToolReplies() {}

  /**
   * {@code podman build}: writes the image id to {@code --iidfile}.
   *
   * @param imageId e.g. {@code sha256:1234}
   * @return the reply
   */
  public static RecordingRunner.Reply podmanBuild(String imageId) {
    return RecordingRunner.Reply.success().writesAfterOption("--iidfile", imageId + "\n");
  }

  /**
   * {@code podman push} (and {@code manifest push}): writes the digest to {@code --digestfile}.
   *
   * @param digest e.g. {@code sha256:5678}
   * @return the reply
   */
  public static RecordingRunner.Reply podmanPush(String digest) {
    return RecordingRunner.Reply.success().writesAfterOption("--digestfile", digest);
  }

  /**
   * bootc-image-builder run through {@code podman run}: writes a placeholder image of each type
   * under the host directory mounted at {@code /output}.
   *
   * @param types the image types the run makes
   * @return the reply
   */
  public static RecordingRunner.Reply bootcImageBuilder(ImageType... types) {
    List<ImageType> all = List.of(types);
    return RecordingRunner.Reply.success()
        .effect(
            invocation -> {
              Path out = mountedAt(invocation.argv(), "/output");
              for (ImageType type : all) {
                Path file = out.resolve(outputFile(type));
                Files.createDirectories(file.getParent());
                Files.write(file, placeholder(type));
              }
            });
  }

  /**
   * The file a type's run writes under the output directory ({@code *} in the pattern becomes
   * {@code install}).
   *
   * @param type the image type
   * @return the relative path, e.g. {@code qcow2/disk.qcow2}
   */
  static String outputFile(ImageType type) {
    return type.outputPattern().replace("*", "install");
  }

  /**
   * The placeholder content written for an image type.
   *
   * @param type the image type
   * @return the bytes
   */
  static byte[] placeholder(ImageType type) {
    return ("fake " + type.cliName() + " image written by tankos-test\n").getBytes(StandardCharsets.UTF_8);
  }

  private static Path mountedAt(List<String> argv, String containerDir) {
    Objects.requireNonNull(containerDir, "containerDir");
    for (int i = 0; i + 1 < argv.size(); i++) {
      String word = argv.get(i);
      String volume = argv.get(i + 1);
      int at = volume.indexOf(":" + containerDir);
      int end = at + containerDir.length() + 1;
      if ((word.equals("-v") || word.equals("--volume"))
          && at > 0
          && (end == volume.length() || volume.charAt(end) == ':')) {
        return Path.of(volume.substring(0, at));
      }
    }
    throw new IllegalStateException("the command mounts nothing at " + containerDir + ": " + argv);
  }
}
