package io.tankos.bootc.fleet;

import io.tankos.bootc.fleet.internal.FleetManifest;
import io.tankos.bootc.fleet.internal.HostDirectories;
import io.tankos.bootc.fleet.internal.HostFieldNames;
import io.tankos.bootc.fleet.internal.KeyTable;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.OutputTarget;
import io.tankos.core.fs.WriteOptions;
import io.tankos.core.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Writes a fleet's seeds into an output directory, one host after another: a directory per host,
 * named by its host name, holding {@code user-data}, {@code meta-data}, {@code network-config} for a
 * static address, and {@code seed.iso} (volume {@code cidata}) on request. Only the current host is
 * held in memory, plus 12 bytes per key for the duplicate check.
 *
 * <p>Re-runs are content-addressed: the manifest {@code .tankos-fleet} records each host
 * directory's digest, so an unchanged host is not touched, a changed one is replaced in one rename,
 * and a directory tankos wrote for a host no longer listed is removed, unless its files no longer
 * match the recorded digest (changed by hand: the host fails and the directory stays, unless
 * {@link WriteOptions#replaceForeignDirectory()}). Nothing else in the directory
 * is touched; a non-empty directory without the manifest is refused as {@link OutputTarget} refuses
 * it (unless {@link WriteOptions#replaceForeignDirectory()}), and a host whose name is taken by
 * something tankos did not write fails. A host with problems (its values, a duplicate host name,
 * instance id, static address or MAC, an instance the image lacks) is reported with its line and
 * nothing of it is written; the others still are. Host directories replace atomically but are not
 * flushed to disk one by one. Two runs on one directory take turns (the second waits on the lock
 * file {@code .tankos-fleet.lock}, in this process or another).
 *
 * <pre>{@code
 * Fleet fleet = Fleet.builder(io.tankos.bootc.image.TankOsImage.tankOs()).build();
 * try (HostList hosts = HostList.read(Path.of("hosts.csv"))) {
 *   FleetReport r = FleetWriter.builder(Path.of("out/fleet")).iso(true)
 *       .listener(h -> h.problems().forEach(System.err::println))
 *       .build()
 *       .write(fleet, hosts);
 *   System.out.println(r.summary());      // 100000 written, 0 unchanged, 0 removed, 0 failed
 * }
 * }</pre>
 */
public final class FleetWriter {
  private static final String HAND_CHANGED = "was changed by hand since tankos wrote it"
      + " (move what you keep out of it, delete it, or force)";
  private final Path out;
  private final boolean iso;
  private final WriteOptions options;
  private final Consumer<HostResult> listener;

  private FleetWriter(Builder b) {
    this.out = b.out;
    this.iso = b.iso;
    this.options = b.options;
    this.listener = b.listener;
  }

  /**
   * A writer into this directory.
   *
   * @param out the output directory (created when missing)
   * @return the builder
   */
  public static Builder builder(Path out) {
    return new Builder(out);
  }

  /**
   * Writes the fleet's own hosts.
   *
   * @param fleet the fleet
   * @return the counts
   */
  public FleetReport write(Fleet fleet) {
    try (HostList hosts = fleet.hostList()) {
      return write(fleet, hosts);
    }
  }

  /**
   * Writes the seeds of listed hosts for the fleet's image (the fleet's own hosts are ignored).
   *
   * @param fleet the image's fleet
   * @param hosts the host list, read to its end
   * @return the counts
   * @throws io.tankos.core.fs.TargetRefusedException when the directory must not be used
   * @throws io.tankos.core.validation.ParseException when the list cannot be read on; hosts before
   *     are written and recorded, none is removed (at the first host: nothing is created)
   * @throws UncheckedIOException when writing fails
   */
  public FleetReport write(Fleet fleet, HostList hosts) {
    Objects.requireNonNull(fleet, "fleet");
    Objects.requireNonNull(hosts, "hosts");
    Path dir = OutputTarget.check(out, FleetManifest.NAME, options);
    hosts.hasNext(); // a list that fails at its first host fails before anything is created
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> owned = FleetManifest.ownedMap();
    int[] counts = new int[4];
    try (FleetManifest manifest = FleetManifest.open(dir, owned)) {
      HostDirectories.Others others = HostDirectories.scan(dir, owned);
      KeyTable keys = new KeyTable();
      while (hosts.hasNext()) {
        HostResult r = host(fleet, dir, hosts.next(), keys, owned, others, manifest);
        counts[r.status().ordinal()]++;
        listener.accept(r);
      }
      for (String gone : new TreeSet<>(owned.keySet())) {
        String where = dir.resolve(FleetManifest.NAME).toString();
        HostResult r;
        if (changedByHand(dir, gone, owned.get(gone))) {
          manifest.record(gone, owned.get(gone)); // stays, and stays tankos's: the next run looks again
          r = new HostResult(where, gone, HostResult.Status.FAILED, List.of(where + ": " + gone
              + ": no longer listed, but not removed: " + HAND_CHANGED));
        } else {
          HostDirectories.remove(dir, gone);
          r = new HostResult(where, gone, HostResult.Status.REMOVED, List.of());
        }
        counts[r.status().ordinal()]++;
        listener.accept(r);
      }
      manifest.commit();
    }
    return new FleetReport(counts[0], counts[1], counts[2], counts[3]);
  }

  private HostResult host(Fleet fleet, Path dir, ListedHost e, KeyTable keys, Map<String, String> owned,
      HostDirectories.Others others, FleetManifest manifest) {
    String name = e.hostname().orElse("");
    String before = owned.remove(name);
    List<String> problems = new ArrayList<>(e.problems());
    FileTree files = null;
    if (problems.isEmpty()) {
      FleetHost host = e.host().orElseThrow();
      HostClaims.claim(e, host, keys, problems);
      try {
        files = SeedFiles.of(fleet, host, iso);
      } catch (ValidationException x) {
        problems.addAll(e.located(x));
      }
      if (before == null && problems.isEmpty() && others.taken(name)) {
        problems.add(e.fieldLocation(HostFieldNames.HOSTNAME) + ": hostname: " + dir.resolve(name)
            + " exists and tankos did not write it (remove it or choose another output directory)");
      }
    }
    if (!problems.isEmpty()) {
      if (before != null) {
        manifest.record(name, before); // its earlier directory stays, and stays tankos's
      }
      return new HostResult(e.location(), name, HostResult.Status.FAILED, problems);
    }
    String digest = HostDirectories.digest(files);
    if (digest.equals(before)) { // a directory gone since the last run was marked unknown by scan
      manifest.record(name, digest);
      return new HostResult(e.location(), name, HostResult.Status.UNCHANGED, List.of());
    }
    if (changedByHand(dir, name, before)) {
      manifest.record(name, before);
      return new HostResult(e.location(), name, HostResult.Status.FAILED, List.of(
          e.fieldLocation(HostFieldNames.HOSTNAME) + ": hostname: " + dir.resolve(name) + " " + HAND_CHANGED));
    }
    manifest.record(name, digest);
    manifest.flush();
    HostDirectories.write(dir, name, files, before != null);
    return new HostResult(e.location(), name, HostResult.Status.WRITTEN, List.of());
  }

  /**
   * Whether a recorded host directory no longer holds what tankos wrote there (looked at only
   * before it is replaced or removed; {@code --force} skips the look).
   */
  private boolean changedByHand(Path dir, String host, String recorded) {
    if (options.replaceForeignDirectory() || recorded == null || recorded.equals(FleetManifest.UNKNOWN)) {
      return false;
    }
    String onDisk = HostDirectories.digestOnDisk(dir, host);
    return onDisk != null && !onDisk.equals(recorded);
  }

  @Override
  public String toString() {
    return "FleetWriter[" + out + (iso ? ", iso" : "") + "]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final Path out;
    private boolean iso;
    private WriteOptions options = WriteOptions.defaults();
    private Consumer<HostResult> listener = r -> { };

    private Builder(Path out) {
      this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Whether each host directory also gets {@code seed.iso} (default false).
     *
     * @param value true for the ISO
     * @return this builder
     */
    public Builder iso(boolean value) {
      this.iso = value;
      return this;
    }

    /**
     * The output-directory rules (protected directories, foreign directories).
     *
     * @param value the options
     * @return this builder
     */
    public Builder options(WriteOptions value) {
      this.options = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Called after each host, in list order, then for each removed host.
     *
     * @param value the listener
     * @return this builder
     */
    public Builder listener(Consumer<HostResult> value) {
      this.listener = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     */
    public FleetWriter build() {
      return new FleetWriter(this);
    }
  }
}
