package io.tankos.quadlet;

import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of Quadlet units, drop-ins and template instances that are installed together. Building it
 * checks that every reference to another Quadlet file ({@code Network=x.network},
 * {@code Volume=y.volume:/p}, {@code Pod=z.pod}, {@code Image=z.image}, {@code Mount=…source=y.volume})
 * names a unit of the set, that no two units generate the same service, and that no two units
 * publish the same host port or use the same container, pod, network or volume name (drop-ins
 * merged; each known instance of a template judged on its own). A set renders for one
 * Podman version ({@link #toFileTree(PodmanVersion, TargetPolicy)}) or as modelled
 * ({@link #toFileTree()}).
 *
 * <pre>{@code
 * QuadletSet set = QuadletSet.builder()
 *     .unit(NetworkUnit.builder("web").build())
 *     .unit(ContainerUnit.builder("web").image("quay.io/x/web:1").addNetwork("web.network").build())
 *     .build();
 * FileTree tree = set.toFileTree(PodmanVersion.V5_4, TargetPolicy.STRICT); // web.network, web.container
 * FileTree installed = InstallLocation.user(1000).tree(set, PodmanVersion.V5_4, TargetPolicy.STRICT);
 * }</pre>
 */
public final class QuadletSet {
  private static final Map<String, String> NO_INSTANCES = Collections.unmodifiableMap(new LinkedHashMap<>());

  private final List<QuadletUnit> units;
  private final List<DropIn> dropIns;
  private final Map<String, String> instances;

  private QuadletSet(Builder b) {
    this.units = List.copyOf(b.units);
    this.dropIns = List.copyOf(b.dropIns);
    this.instances = b.instances.isEmpty() ? NO_INSTANCES // the usual set: one shared empty map
        : Collections.unmodifiableMap(new LinkedHashMap<>(b.instances));
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this set's units, drop-ins and instances.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.units.addAll(units);
    b.dropIns.addAll(dropIns);
    b.instances.putAll(instances);
    return b;
  }

  /**
   * The units, in insertion order.
   *
   * @return unmodifiable list
   */
  public List<QuadletUnit> units() {
    return units;
  }

  /**
   * The drop-ins, in insertion order.
   *
   * @return unmodifiable list
   */
  public List<DropIn> dropIns() {
    return dropIns;
  }

  /**
   * Instance file names mapped to their template file names
   * ({@code worker@one.container -> worker@.container}).
   *
   * @return unmodifiable map in insertion order
   */
  public Map<String, String> instances() {
    return instances;
  }

  /**
   * The files as modelled: each unit, each drop-in under its directory, each instance as a symbolic
   * link to its template (Quadlet requires a link, not a copy).
   *
   * @return the tree, paths relative to the Quadlet directory
   */
  public FileTree toFileTree() {
    return tree(QuadletUnit::toUnitFile, DropIn::content);
  }

  /**
   * The files for one Podman version (see {@link QuadletUnit#render(PodmanVersion, TargetPolicy)}).
   *
   * @param target the Podman version the files are installed for
   * @param policy what to do with keys the target lacks
   * @return the tree, paths relative to the Quadlet directory
   * @throws ValidationException listing what every unit and drop-in cannot be written as for the
   *     target, located in its file ({@code web.container.Container.AppArmor})
   */
  public FileTree toFileTree(PodmanVersion target, TargetPolicy policy) {
    Problems problems = new Problems();
    Map<Object, UnitFile> files = new java.util.IdentityHashMap<>();
    for (QuadletUnit u : units) {
      rendered(u.fileName(), () -> files.put(u, u.toUnitFile(target, policy)), problems);
    }
    for (DropIn d : dropIns) {
      rendered(d.path(), () -> files.put(d, d.toUnitFile(target, policy)), problems);
    }
    problems.throwIfAny();
    return tree(files::get, files::get);
  }

  private static void rendered(String file, Runnable render, Problems problems) {
    try {
      render.run();
    } catch (ValidationException e) {
      for (var p : e.problems()) {
        String path = p.location().path();
        problems.add(path.startsWith(file) ? p.location() : Location.of(file).child(path), p.message());
      }
    }
  }

  private FileTree tree(
      java.util.function.Function<QuadletUnit, UnitFile> unitFile,
      java.util.function.Function<DropIn, UnitFile> dropInFile) {
    FileTree.Builder b = FileTree.builder();
    // every text is written into one builder sized for the longest, encoded from it (the tree
    // reads it when the file is added) and emptied for the next: no string and no buffer per file
    int longest = 0;
    for (QuadletUnit u : units) {
      longest = Math.max(longest, unitFile.apply(u).renderedLength());
    }
    for (DropIn d : dropIns) {
      longest = Math.max(longest, dropInFile.apply(d).renderedLength());
    }
    StringBuilder text = new StringBuilder(longest);
    for (QuadletUnit u : units) {
      text.setLength(0);
      b.file(u.fileName(), unitFile.apply(u).renderTo(text));
    }
    for (DropIn d : dropIns) {
      text.setLength(0);
      b.file(d.path(), dropInFile.apply(d).renderTo(text));
    }
    instances.forEach(b::symlink);
    return b.build();
  }

  /** Builder; not thread-safe. */
  public static final class Builder {
    private final List<QuadletUnit> units = new ArrayList<>();
    private final List<DropIn> dropIns = new ArrayList<>();
    private final Map<String, String> instances = new LinkedHashMap<>();
    private final Problems problems = new Problems();

    private Builder() {}

    /**
     * Sets a unit: it replaces a unit with the same file name (in its place), or is added.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder unit(QuadletUnit unit) {
      Objects.requireNonNull(unit, "unit");
      replaceOrAdd(units, unit, u -> u.fileName().equals(unit.fileName()));
      return this;
    }

    /**
     * Removes the unit with a file name.
     *
     * @param fileName e.g. {@code web.container}
     * @return this builder
     */
    public Builder removeUnit(String fileName) {
      units.removeIf(u -> u.fileName().equals(fileName));
      return this;
    }

    /**
     * Sets a drop-in: it replaces a drop-in with the same path (in its place), or is added.
     *
     * @param dropIn the drop-in
     * @return this builder
     */
    public Builder dropIn(DropIn dropIn) {
      Objects.requireNonNull(dropIn, "dropIn");
      replaceOrAdd(dropIns, dropIn, d -> d.path().equals(dropIn.path()));
      return this;
    }

    /**
     * Removes the drop-in with a path.
     *
     * @param path e.g. {@code web.container.d/10-proxy.conf}
     * @return this builder
     */
    public Builder removeDropIn(String path) {
      dropIns.removeIf(d -> d.path().equals(path));
      return this;
    }

    private static <T> void replaceOrAdd(List<T> list, T item, java.util.function.Predicate<T> same) {
      for (int i = 0; i < list.size(); i++) {
        if (same.test(list.get(i))) {
          list.set(i, item);
          return;
        }
      }
      list.add(item);
    }

    /**
     * Adds an instance of a template: the link {@code NAME@INSTANCE.TYPE -> NAME@.TYPE}.
     *
     * @param template a template unit ({@code worker@})
     * @param instance the instance name
     * @return this builder
     */
    public Builder instance(QuadletUnit template, String instance) {
      Location at = Location.of(template.fileName()).child("instance");
      if (!template.isTemplate()) {
        problems.add(at, "not a template (its name must end with '@')");
        return this;
      }
      String p = instance.isEmpty() ? "instance name is empty" : UnitNames.nameProblem(instance);
      if (p == null && instance.indexOf('@') >= 0) {
        p = "instance name cannot contain '@'";
      }
      if (p != null) {
        problems.add(at, p);
        return this;
      }
      instances.put(template.name() + instance + "." + template.unitType().extension(),
          template.fileName());
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the set
     * @throws ValidationException for missing references, service name collisions, and two units
     *     publishing the same host port or using the same container, pod, network or volume name
     *     (drop-ins merged, each instance of a template judged on its own)
     */
    public QuadletSet build() {
      Problems all = new Problems();
      if (!problems.isEmpty()) { // list() copies: asked only when there is something
        for (var p : problems.list()) {
          all.add(p);
        }
      }
      // sized for the units: a set of a few units gets small tables
      Map<String, QuadletUnit> byFile = new HashMap<>(units.size() * 2);
      Map<String, String> byService = new HashMap<>(units.size() * 2);
      for (QuadletUnit u : units) {
        byFile.put(u.fileName(), u);
        String other = byService.put(u.serviceName(), u.fileName());
        if (other != null && !other.equals(u.fileName())) {
          all.add(Location.of(u.fileName()), "generates service " + u.serviceName()
              + ", as " + other + " does");
        }
      }
      for (String inst : instances.keySet()) {
        if (byFile.containsKey(inst)) {
          all.add(Location.of(inst), "an instance link has the same name as a unit");
        }
        String template = instances.get(inst);
        if (!byFile.containsKey(template)) {
          all.add(Location.of(inst), "template " + template + " is not in the set");
        }
      }
      for (DropIn d : dropIns) {
        d.unitFileName().ifPresent(f -> {
          if (!byFile.containsKey(f) && !instances.containsKey(f)) {
            all.add(Location.of(d.path()), "drop-in for " + f + ", which is not in the set");
          }
        });
      }
      for (QuadletUnit u : units) {
        checkReferences(u, byFile, all);
      }
      SetCollisions.check(units, dropIns, instances, all);
      all.throwIfAny();
      return new QuadletSet(this);
    }

    private void checkReferences(QuadletUnit u, Map<String, QuadletUnit> byFile, Problems all) {
      switch (u.unitType()) {
        case CONTAINER -> {
          refs(u, "Network", byFile, all, true, "network", "container");
          refs(u, "Volume", byFile, all, true, "volume");
          refs(u, "Pod", byFile, all, false, "pod");
          refs(u, "Image", byFile, all, false, "image", "build");
          mounts(u, byFile, all);
        }
        case POD -> {
          refs(u, "Network", byFile, all, true, "network");
          refs(u, "Volume", byFile, all, true, "volume");
        }
        case KUBE -> refs(u, "Network", byFile, all, true, "network");
        case BUILD -> {
          refs(u, "Network", byFile, all, true, "network");
          refs(u, "Volume", byFile, all, true, "volume");
        }
        case VOLUME -> refs(u, "Image", byFile, all, false, "image", "build");
        default -> {
          // no references
        }
      }
    }

    private static void refs(QuadletUnit u, String key, Map<String, QuadletUnit> byFile,
        Problems all, boolean colon, String... extensions) {
      List<String> values = u.values(key);
      for (int i = 0; i < values.size(); i++) {
        String v = values.get(i);
        // the source is v[from, to): without surrounding quotes, up to a first colon; a string
        // only when it names a Quadlet file
        int from = 0;
        int to = v.length();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          from = 1;
          to = v.length() - 1;
        }
        int c = colon ? v.indexOf(':', from) : -1;
        if (c >= 0 && c < to) {
          to = c;
        }
        for (String ext : extensions) {
          if (hasExtension(v, from, to, ext)) {
            requireInSet(u, key, i, v.substring(from, to), byFile, all);
            break;
          }
        }
      }
    }

    /** {@link UnitNames#hasExtension} of {@code v[from, to)}. */
    private static boolean hasExtension(String v, int from, int to, String extension) {
      int dot = to - extension.length() - 1;
      return dot >= from && v.charAt(dot) == '.' && v.startsWith(extension, dot + 1);
    }

    private static void mounts(QuadletUnit u, Map<String, QuadletUnit> byFile, Problems all) {
      List<String> values = u.values("Mount");
      for (int i = 0; i < values.size(); i++) {
        for (Map.Entry<String, String> f : MountFields.of(values.get(i)).orElse(List.of())) {
          if (!f.getValue().isEmpty() && (f.getKey().equals("source") || f.getKey().equals("src"))
              && isMountSource(UnitType.ofFileName(f.getValue()))) {
            requireInSet(u, "Mount", i, f.getValue(), byFile, all);
          }
        }
      }
    }

    /** Whether a mount's source of this type names a Quadlet file: a volume, image or artifact. */
    private static boolean isMountSource(Optional<UnitType> type) {
      return type.isPresent()
          && (type.get() == UnitType.VOLUME || type.get() == UnitType.IMAGE || type.get() == UnitType.ARTIFACT);
    }

    /** Adds a problem unless the set has the Quadlet file a reference names. */
    private static void requireInSet(QuadletUnit u, String key, int index, String source,
        Map<String, QuadletUnit> byFile, Problems all) {
      if (!byFile.containsKey(source)) {
        all.add(Location.of(u.fileName()).child(key).index(index),
            "requested Quadlet source " + source + " is not in the set");
      }
    }
  }
}
