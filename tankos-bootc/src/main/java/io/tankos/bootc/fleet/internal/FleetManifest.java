package io.tankos.bootc.fleet.internal;

import io.tankos.core.fs.OutputTarget;
import io.tankos.core.fs.TargetLock;
import io.tankos.core.text.Shown;
import io.tankos.core.validation.ParseException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of what a fleet output directory holds: {@code .tankos-fleet}, one {@code HOSTNAME
 * DIGEST} line per host directory tankos wrote (digest {@code -} when unknown), after a header
 * line. It is also the directory's marker. A run appends to the journal {@code .tankos-fleet.new}
 * before it renames a host directory into place and renames the journal over the manifest at the
 * end; a journal left by an interrupted run is merged at the next start with its digests unknown,
 * so those hosts are written again and none is lost from the record. A run holds the lock
 * {@code .tankos-fleet.lock} from opening to {@link #commit} or {@link #close}: a second run on the
 * same directory, in this process or another, waits for it.
 */
public final class FleetManifest implements AutoCloseable {
  /** The manifest's file name (also the output directory's marker). */
  public static final String NAME = ".tankos-fleet";
  /** The journal's file name. */
  public static final String JOURNAL = ".tankos-fleet.new";
  /** The lock file's name. */
  public static final String LOCK = ".tankos-fleet.lock";
  /** A digest that matches nothing. */
  public static final String UNKNOWN = "-";

  private static final String HEADER = "# tankos fleet v1: host directories this tool wrote, HOSTNAME SHA-256";

  private final Path dir;
  private final BufferedWriter journal;
  private final TargetLock lock;
  private boolean closed;

  private FleetManifest(Path dir, BufferedWriter journal, TargetLock lock) {
    this.dir = dir;
    this.journal = journal;
    this.lock = lock;
  }

  /**
   * Reads the manifest of a directory (merging an interrupted run's journal) and starts a journal.
   * A directory without a manifest gets an empty one first, so it is marked before anything else
   * is written.
   *
   * @param dir the output directory, existing
   * @param owned receives host name to digest for every directory tankos wrote
   * @return the journal of this run
   * @throws ParseException when the manifest or the journal is not one, or names what cannot be a
   *     host directory
   */
  public static FleetManifest open(Path dir, Map<String, String> owned) {
    Path manifest = dir.resolve(NAME);
    TargetLock lock;
    try {
      if (!Files.exists(manifest)) { // the marker first, then the lock file; not locked yet, so a name of its own
        replace(dir, OutputTarget.markerInFlight(NAME, ProcessHandle.current().pid() + "."
            + Thread.currentThread().getId()),
            HEADER + "\n");
      }
      lock = TargetLock.acquire(dir.resolve(LOCK));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      read(manifest, owned, false);
      Path journal = dir.resolve(JOURNAL);
      if (Files.exists(journal)) {
        read(journal, owned, true);
        writeAll(dir, owned);
      }
      BufferedWriter w = Files.newBufferedWriter(journal, StandardCharsets.UTF_8);
      w.write(HEADER + "\n");
      return new FleetManifest(dir, w, lock);
    } catch (IOException | RuntimeException e) {
      try {
        lock.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Records a host directory; the line reaches the journal file by the next {@link #flush}, which
   * must come before the directory is put in place. A line lost to an interruption before that is
   * harmless: the directory it names was not touched, and the manifest still records it.
   *
   * @param host the host name
   * @param digest its content digest
   */
  public void record(String host, String digest) {
    try {
      journal.write(host);
      journal.write(' ');
      journal.write(digest);
      journal.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the recorded lines to the journal file: call it before putting a directory in place. */
  public void flush() {
    try {
      journal.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the journal the manifest, and releases the lock. */
  public void commit() {
    try {
      journal.close();
      Files.move(dir.resolve(JOURNAL), dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      close();
    }
  }

  /** Closes the journal without committing it (the next run merges it) and releases the lock; again: nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (TargetLock held = lock) {
      journal.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void read(Path file, Map<String, String> owned, boolean journal) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (i == 0) {
        if (!l.equals(HEADER)) {
          throw new ParseException(file.toString(), 1, "not a tankos fleet manifest");
        }
        continue;
      }
      int sp = l.indexOf(' ');
      if (sp <= 0 || l.indexOf(' ', sp + 1) >= 0 || !digest(l.substring(sp + 1))) {
        if (journal && i == lines.size() - 1) {
          break; // the last line of an interrupted journal may be cut
        }
        throw new ParseException(file.toString(), i + 1, "not a manifest line (HOSTNAME SHA-256)");
      }
      String host = l.substring(0, sp);
      if (!HostDirectories.isName(host)) { // a name from this file is later deleted: never a path
        throw new ParseException(file.toString(), i + 1, "not a host directory name: '" + Shown.value(host, 80)
            + "' (edited by hand? remove that line)");
      }
      owned.put(host, journal ? UNKNOWN : l.substring(sp + 1));
    }
  }

  /** A recorded digest: SHA-256 in lower-case hex, or {@link #UNKNOWN}. */
  private static boolean digest(String d) {
    if (d.equals(UNKNOWN)) {
      return true;
    }
    if (d.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = d.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /** The manifest of these hosts, and the journal merged into it removed. */
  private static void writeAll(Path dir, Map<String, String> owned) throws IOException {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    new java.util.TreeMap<>(owned).forEach((h, d) -> b.append(h).append(' ').append(d).append('\n'));
    replace(dir, NAME + ".tmp", b);
    Files.deleteIfExists(dir.resolve(JOURNAL));
  }

  /** Replaces the manifest with this text in one rename, from the temporary file {@code tmpName}. */
  private static void replace(Path dir, String tmpName, CharSequence text) throws IOException {
    Path tmp = dir.resolve(tmpName);
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * A new map for {@link #open}.
   *
   * @return an empty map
   */
  public static Map<String, String> ownedMap() {
    return new HashMap<>();
  }
}
