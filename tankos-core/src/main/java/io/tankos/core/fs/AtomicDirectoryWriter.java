package io.tankos.core.fs;

import io.tankos.core.fs.TargetRefusedException.Reason;
import io.tankos.core.text.Shown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a {@link FileTree} to a target so that the target is, at every instant and after a crash,
 * either the complete old tree or the complete new one. The target is a symbolic link {@code NAME ->
 * .NAME.tankos/gen-N}; a write stages generation {@code N+1} durably in the store, then renames a
 * new link over the target (an atomic replacement), then deletes what is neither the new
 * generation nor the one before it. See {@link FileTree#writeTo(Path, WriteOptions)}.
 */
final class AtomicDirectoryWriter {
  /** The changed paths a refusal names. */
  private static final int SHOWN_CHANGES = 3;

  private AtomicDirectoryWriter() {}

  static void write(FileTree tree, Path given, WriteOptions options) {
    write(given, options, sink -> sink.add(tree));
  }

  /** Writes a tree the producer adds part after part; the target is unchanged when it throws. */
  static void write(Path given, WriteOptions options, Consumer<TreeSink> producer) {
    try {
      TargetPath target = TargetPath.resolve(given, options);
      GenerationStore store = new GenerationStore(target);
      refuse(target, store, options, false);
      Files.createDirectories(target.parent());
      store.create();
      try (TargetLock lock = TargetLock.acquire(store.lockFile())) {
        TargetState state = refuse(target, store, options, true);
        replace(producer, target, store, state);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + given + ": " + FileErrors.reason(e), e);
    }
  }

  /**
   * Applies the rules that depend on what is on disk; returns the state when writing may go on.
   * Under the lock, the current generation is also looked at for changes made by hand.
   */
  private static TargetState refuse(TargetPath target, GenerationStore store, WriteOptions options,
      boolean locked) throws IOException {
    if (store.kind() == GenerationStore.Kind.FOREIGN) {
      throw new TargetRefusedException(target.given(), Reason.STORE_CONFLICT,
          "the name of its generation store " + store.dir() + " is taken by something tankos did not create");
    }
    TargetState state = TargetState.of(target, store);
    switch (state.kind()) {
      case FOREIGN_DIRECTORY:
        if (!options.replaceForeignDirectory()) {
          throw new TargetRefusedException(target.given(), Reason.FOREIGN_DIRECTORY,
              "a non-empty directory that tankos did not write");
        }
        break;
      case FOREIGN_SYMLINK:
        throw new TargetRefusedException(target.given(), Reason.SYMLINK,
            "a symbolic link that tankos did not create");
      case NOT_A_DIRECTORY:
        throw new TargetRefusedException(target.given(), Reason.NOT_A_DIRECTORY, "not a directory");
      case OWN_LINK:
        if (locked && !options.replaceForeignDirectory()) {
          List<String> changed = HandChanges.find(store.generation(state.generation().getAsLong()), SHOWN_CHANGES + 1);
          if (!changed.isEmpty()) {
            String shown = String.join(", ", changed.subList(0, Math.min(SHOWN_CHANGES, changed.size())))
                + (changed.size() > SHOWN_CHANGES ? ", ..." : "");
            throw new TargetRefusedException(target.given(), Reason.CHANGED_BY_HAND,
                "changed since tankos wrote it (" + Shown.value(shown, 200) + "): move what you keep out of it");
          }
        }
        break;
      default:
        break;
    }
    return state;
  }

  private static void replace(Consumer<TreeSink> producer, TargetPath target, GenerationStore store,
      TargetState state) throws IOException {
    OptionalLong current = state.generation();
    Set<Long> keep = new HashSet<>();
    if (current.isPresent()) {
      keep.add(current.getAsLong());
      store.previous(current.getAsLong()).ifPresent(keep::add);
    }
    store.removeAllBut(keep); // leftovers of interrupted writes
    long next = store.highestGeneration() + 1;
    Path generation = store.generation(next);
    Path link = store.dir().resolve("link-" + next);
    Path replaced = store.dir().resolve("replaced-" + next);
    boolean published = false;
    try {
      TreeStage stage = new TreeStage(generation);
      try {
        producer.accept(stage);
      } catch (TreeStage.WriteFailed e) {
        throw e.getCause();
      }
      stage.finish();
      Files.createSymbolicLink(link, Path.of(store.linkText(next)));
      Durability.syncDirectory(store.dir());
      boolean realDirectory = state.kind() == TargetState.Kind.EMPTY_DIRECTORY
          || state.kind() == TargetState.Kind.FOREIGN_DIRECTORY;
      if (realDirectory) {
        // rename(2) cannot put a link in place of a directory: the one moment without a target
        Files.move(target.path(), replaced, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(link, target.path(), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (realDirectory) {
          Files.move(replaced, target.path(), StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      published = true;
      Durability.syncDirectory(target.parent());
    } finally {
      if (!published) {
        Durability.deleteRecursively(link);
        Durability.deleteRecursively(generation);
      }
    }
    keep.clear();
    keep.add(next);
    current.ifPresent(keep::add);
    try {
      store.removeAllBut(keep);
    } catch (IOException e) {
      // the new tree is in place; what is left is removed by the next write
    }
  }
}
