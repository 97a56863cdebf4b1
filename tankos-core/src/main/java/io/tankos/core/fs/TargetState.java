package io.tankos.core.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.OptionalLong;

/** What is at a target now, as far as replacing it is concerned. */
record TargetState(Kind kind, OptionalLong generation) {

  enum Kind {
    MISSING,
    EMPTY_DIRECTORY,
    /** A symbolic link into the target's own generation store. */
    OWN_LINK,
    FOREIGN_DIRECTORY,
    FOREIGN_SYMLINK,
    NOT_A_DIRECTORY
  }

  static TargetState of(TargetPath target, GenerationStore store) throws IOException {
    Path p = target.path();
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return of(Kind.MISSING);
    }
    if (a.isSymbolicLink()) {
      OptionalLong g = store.generationOf(Files.readSymbolicLink(p).toString());
      return g.isPresent() && store.kind() == GenerationStore.Kind.OURS
          ? new TargetState(Kind.OWN_LINK, g)
          : of(Kind.FOREIGN_SYMLINK);
    }
    if (!a.isDirectory()) {
      return of(Kind.NOT_A_DIRECTORY);
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
      return of(s.iterator().hasNext() ? Kind.FOREIGN_DIRECTORY : Kind.EMPTY_DIRECTORY);
    }
  }

  private static TargetState of(Kind kind) {
    return new TargetState(kind, OptionalLong.empty());
  }
}
