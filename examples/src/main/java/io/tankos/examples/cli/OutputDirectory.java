package io.tankos.examples.cli;

import io.tankos.core.fs.FileErrors;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.TargetRefusedException;
import io.tankos.core.fs.WriteOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * The {@code --out DIR} of commands that write a whole tree ({@code render}, {@code seed}): written
 * with {@link FileTree#writeTo(Path, WriteOptions)}, the command's working directory protected like
 * the process's, {@code --force} for a non-empty directory tankos did not write.
 */
final class OutputDirectory {
  private OutputDirectory() {}

  /**
   * Writes a tree to DIR.
   *
   * @param tree the tree
   * @param dir DIR as given
   * @param force whether {@code --force} was given
   * @param io the working directory
   * @return the resolved DIR
   * @throws FileException when DIR is refused or cannot be written; nothing was changed
   */
  static Path write(FileTree tree, String dir, boolean force, Cli.Io io) {
    return write(dir, force, io, tree::writeTo);
  }

  /**
   * Writes DIR through a writer that takes the resolved path and the options (a tree written in
   * parts, {@link FileTree#writeInParts}).
   *
   * @param dir DIR as given
   * @param force whether {@code --force} was given
   * @param io the working directory
   * @param writer writes the tree
   * @return the resolved DIR
   * @throws FileException when DIR is refused or cannot be written; nothing was changed
   */
  static Path write(String dir, boolean force, Cli.Io io, BiConsumer<Path, WriteOptions> writer) {
    Path out = io.resolve(dir);
    WriteOptions options = WriteOptions.builder()
        .replaceForeignDirectory(force)
        .protectedDirectory(io.workingDirectory().toAbsolutePath())
        .build();
    try {
      writer.accept(out, options);
    } catch (TargetRefusedException e) {
      String hint = e.reason().forcible() ? " (--force replaces it)" : "";
      throw new FileException(dir, "refusing to replace: " + e.detail() + hint);
    } catch (UncheckedIOException e) {
      throw new FileException(dir, FileErrors.reason(e.getCause()));
    }
    return out;
  }
}
