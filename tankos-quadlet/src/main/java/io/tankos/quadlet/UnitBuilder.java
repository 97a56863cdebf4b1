package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.Entry;
import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitComment;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.unit.UnitLine;
import io.tankos.core.unit.UnitSyntax;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.internal.Downgrades;
import io.tankos.quadlet.internal.Durations;
import io.tankos.quadlet.internal.SystemdText.Place;
import io.tankos.quadlet.internal.SystemdText;
import io.tankos.quadlet.internal.ValueEncoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The common part of every unit builder: target version, the generic key setters, the typed
 * {@code [Unit]}, {@code [Service]}, {@code [Install]} and {@code [Quadlet]} keys, raw entries and
 * comments. Problems are collected and reported together by {@link #build()} with locations such as
 * {@code Container.PublishPort[2]}.
 *
 * <pre>{@code
 * ContainerUnit unit = ContainerUnit.builder("web")
 *     .image("quay.io/x/web:1")
 *     .description("Web server")
 *     .restart(Restart.ALWAYS)
 *     .wantedBy("default.target")
 *     .rawEntry("X-Custom", "Owner", "ops")
 *     .build();
 * }</pre>
 *
 * @param <U> the unit class
 * @param <B> the concrete builder
 */
public abstract class UnitBuilder<U extends QuadletUnit, B extends UnitBuilder<U, B>> {
  private static final String UNIT = "Unit";
  private static final String SERVICE = "Service";
  private static final String INSTALL = "Install";
  private static final String QUADLET = "Quadlet";

  private final UnitType type;
  private final String name;
  private final UnitFile base;
  private PodmanVersion version = PodmanVersion.DEFAULT;
  private TargetPolicy policy = TargetPolicy.STRICT;
  private final List<Item> items = new ArrayList<>();
  private final Problems problems = new Problems();
  private final Map<String, Integer> counts = new HashMap<>();

  /** One pending line. */
  private sealed interface Item permits Typed, Raw, Note {
    String section();
  }

  /** A typed value: parts already escaped for systemd; encoded for the target at build time. */
  private record Typed(
      String section, String key, QuadletKey quadletKey, ValueKind kind, List<String> parts,
      Location at, PodmanVersion since, boolean allowEmpty) implements Item {}

  /** A raw entry, written as given. */
  private record Raw(String section, Entry entry, Location at) implements Item {}

  /** A comment line. */
  private record Note(String section, UnitComment comment) implements Item {}

  UnitBuilder(UnitType type, String name, UnitFile base, PodmanVersion version) {
    this.type = Objects.requireNonNull(type, "type");
    this.name = Objects.requireNonNull(name, "name");
    this.base = base;
    if (version != null) {
      this.version = version;
    }
    String problem = UnitNames.nameProblem(name);
    if (problem != null) {
      problems.add(Location.of(name + "." + type.extension()), problem);
    }
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  abstract U create(String name, UnitFile file, PodmanVersion version);

  /**
   * The unit's file name.
   *
   * @return e.g. {@code web.container}
   */
  public String fileName() {
    return name + "." + type.extension();
  }

  /**
   * The Podman version to write for (default {@link PodmanVersion#DEFAULT}); a detected version such
   * as 5.4.2 may be given as it is.
   *
   * @param target the version, 4.4 or later
   * @return this builder
   * @throws ValidationException for a version without Quadlet (before 4.4)
   */
  public B podmanVersion(PodmanVersion target) {
    Objects.requireNonNull(target, "target");
    if (!target.hasQuadlet()) {
      throw new ValidationException(
          Location.of(type.section()).child("podmanVersion"),
          "Podman " + target + " has no Quadlet generator (Quadlet needs 4.4 or later)");
    }
    this.version = target;
    return self();
  }

  /**
   * What to do with keys the target lacks (default {@link TargetPolicy#STRICT}).
   *
   * @param p the policy
   * @return this builder
   */
  public B versionPolicy(TargetPolicy p) {
    this.policy = Objects.requireNonNull(p, "policy");
    return self();
  }

  // ---------------------------------------------------------------- generic setters

  /**
   * Sets or adds a Quadlet key by its catalog entry, dispatching on its {@link ValueKind}: single
   * kinds take one value, word and argument lists take the words of one line, key/value lists take
   * {@code NAME=VALUE} values (one word each).
   *
   * @param key the key (its section must be this unit's Quadlet section or {@code Quadlet})
   * @param values the values
   * @return this builder
   */
  public B set(QuadletKey key, SystemdValue... values) {
    Objects.requireNonNull(key, "key");
    if (!key.section().equals(type.section()) && !key.section().equals(QUADLET)) {
      problems.add(Location.of(key.qualifiedName()), "key belongs to [" + key.section()
          + "], not to a ." + type.extension() + " unit");
      return self();
    }
    List<SystemdValue> list = Arrays.asList(values);
    switch (key.kind()) {
      case SINGLE, LAST, BOOLEAN, UINT32, VERBATIM_LIST -> {
        if (list.size() != 1) {
          problems.add(at(key.section(), key.name(), key.repeatable()),
              "needs exactly one value, got " + list.size());
          return self();
        }
        return addQuadlet(key, list, false);
      }
      case KEY_VALUE_LIST -> {
        for (SystemdValue v : list) {
          int eq = v.text().indexOf('=');
          if (eq <= 0) {
            problems.add(at(key.section(), key.name(), true), "needs NAME=VALUE, got '" + v.text() + "'");
            return self();
          }
        }
        return addQuadlet(key, list, false);
      }
      default -> {
        return addQuadlet(key, list, false);
      }
    }
  }

  /**
   * Sets or adds a key of this unit's Quadlet section (or {@code [Quadlet]}) by name with literal
   * values; see {@link #set(QuadletKey, SystemdValue...)}.
   *
   * @param key the key name, e.g. {@code PublishPort}
   * @param literalValues the values
   * @return this builder
   */
  public B set(String key, String... literalValues) {
    QuadletKey k = QuadletKeys.find(type.section(), key).orElse(null);
    if (k == null) {
      k = QuadletKeys.find(QUADLET, key).orElse(null);
    }
    if (k == null) {
      problems.add(Location.of(type.section()).child(key),
          "unsupported key '" + key + "' in group '" + type.section() + "'");
      return self();
    }
    return set(k, Arrays.stream(literalValues).map(SystemdValue::literal).toArray(SystemdValue[]::new));
  }

  /**
   * Adds an entry written exactly as given (after unit-file syntax checks): the escape hatch for keys
   * and sections without a typed method. Keys of the Quadlet section must still be known to Quadlet.
   *
   * @param section the section, e.g. {@code Service} or {@code X-Custom}
   * @param key the key
   * @param value the value as it should appear after {@code =}
   * @return this builder
   */
  public B rawEntry(String section, String key, String value) {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Location at = at(section, key, true);
    String p = UnitSyntax.sectionNameProblem(section);
    if (p == null) {
      p = UnitSyntax.keyProblem(key);
    }
    if (p == null) {
      p = UnitSyntax.valueProblem(value);
    }
    if (p != null) {
      problems.add(at, p);
      return self();
    }
    items.add(new Raw(section, new Entry(key, value), at));
    return self();
  }

  /**
   * Adds a {@code #} comment line in a section.
   *
   * @param section the section
   * @param text the comment's text without {@code #}; one line
   * @return this builder
   */
  public B comment(String section, String text) {
    if (text.indexOf('\n') >= 0) {
      problems.add(Location.of(section).child("comment"), "comment cannot contain a newline");
      return self();
    }
    items.add(new Note(section, UnitComment.of(text)));
    return self();
  }

  // ---------------------------------------------------------------- typed helpers for subclasses

  final B quadlet(String key, ValueKind expected, List<SystemdValue> values) {
    QuadletKey k = QuadletKeys.require(type.section(), key);
    if (k.kind() != expected) {
      throw new IllegalStateException(k + " is " + k.kind() + ", not " + expected);
    }
    return addQuadlet(k, values, false);
  }

  final B quadletSingle(String key, SystemdValue value) {
    QuadletKey k = QuadletKeys.require(type.section(), key);
    return addQuadlet(k, List.of(value), false);
  }

  final B quadletEmptyAllowed(String key, SystemdValue value) {
    QuadletKey k = QuadletKeys.require(type.section(), key);
    return addQuadlet(k, List.of(value), true);
  }

  final B quadletBool(String key, boolean value) {
    return quadletSingle(key, SystemdValue.literal(Boolean.toString(value)));
  }

  final B quadletNumber(String key, long value, long min, long max) {
    if (value < min || value > max) {
      QuadletKey k = QuadletKeys.require(type.section(), key);
      problems.add(at(k.section(), k.name(), k.repeatable()),
          "must be within " + min + ".." + max + ", got " + value);
      return self();
    }
    return quadletSingle(key, SystemdValue.literal(Long.toString(value)));
  }

  final B quadletDuration(String key, Duration value) {
    String text = Durations.format(Objects.requireNonNull(value, "duration"));
    if (text == null) {
      QuadletKey k = QuadletKeys.require(type.section(), key);
      problems.add(at(k.section(), k.name(), k.repeatable()), "duration must not be negative");
      return self();
    }
    return quadletSingle(key, SystemdValue.literal(text));
  }

  final B quadletKeyValue(String key, String name, SystemdValue value) {
    QuadletKey k = QuadletKeys.require(type.section(), key);
    Location at = at(k.section(), k.name(), true);
    if (name.isEmpty() || name.indexOf('=') >= 0) {
      problems.add(at, "name must be non-empty and cannot contain '=': '" + name + "'");
      return self();
    }
    SystemdText.Result n = SystemdText.escape(SystemdValue.literal(name), Place.COMMAND_LINE);
    SystemdText.Result v = SystemdText.escape(value, Place.COMMAND_LINE);
    if (n.failed() || v.failed()) {
      problems.add(at, n.failed() ? n.problem() : v.problem());
      return self();
    }
    items.add(new Typed(k.section(), k.name(), k, k.kind(), List.of(n.text() + "=" + v.text()), at,
        null, false));
    return self();
  }

  /** A {@code NAME} without value (Environment=NAME: pass the variable from Podman's environment). */
  final B quadletKeyOnly(String key, String name) {
    QuadletKey k = QuadletKeys.require(type.section(), key);
    Location at = at(k.section(), k.name(), true);
    if (name.isEmpty() || name.indexOf('=') >= 0) {
      problems.add(at, "name must be non-empty and cannot contain '='");
      return self();
    }
    SystemdText.Result n = SystemdText.escape(SystemdValue.literal(name), Place.COMMAND_LINE);
    if (n.failed()) {
      problems.add(at, n.problem());
      return self();
    }
    items.add(new Typed(k.section(), k.name(), k, k.kind(), List.of(n.text()), at,
        PodmanVersion.V5_5, false));
    return self();
  }

  static List<SystemdValue> literals(String... values) {
    return Arrays.stream(values).map(SystemdValue::literal).toList();
  }

  static List<SystemdValue> literals(List<String> values) {
    return values.stream().map(SystemdValue::literal).toList();
  }

  private B addQuadlet(QuadletKey k, List<SystemdValue> values, boolean allowEmpty) {
    Location at = at(k.section(), k.name(), k.repeatable());
    List<String> parts = new ArrayList<>();
    for (SystemdValue v : values) {
      SystemdText.Result r = SystemdText.escape(Objects.requireNonNull(v, "value"), Place.COMMAND_LINE);
      String p = r.failed() ? r.problem() : KeyRules.problem(k, v);
      if (p != null) {
        problems.add(at, p);
        return self();
      }
      parts.add(r.text());
    }
    items.add(new Typed(k.section(), k.name(), k, k.kind(), parts, at, null, allowEmpty));
    return self();
  }

  private Location at(String section, String key, boolean indexed) {
    String id = section + "." + key;
    int n = counts.merge(id, 1, Integer::sum) - 1;
    Location l = Location.of(section).child(key);
    return indexed ? l.index(n) : l;
  }

  private B systemd(String section, String key, ValueKind kind, List<SystemdValue> values,
      Place place, PodmanVersion since) {
    Location at = at(section, key, kind.isList());
    List<String> parts = new ArrayList<>();
    for (SystemdValue v : values) {
      SystemdText.Result r = SystemdText.escape(Objects.requireNonNull(v, "value"), place);
      if (r.failed()) {
        problems.add(at, r.problem());
        return self();
      }
      parts.add(r.text());
    }
    items.add(new Typed(section, key, null, kind, parts, at, since, false));
    return self();
  }

  private B unitNames(String section, String key, String[] units, Place place, PodmanVersion since) {
    for (String u : units) {
      if (!version.atLeast(PodmanVersion.V5_5) && section.equals(UNIT)
          && UnitType.ofFileName(u).isPresent()) {
        problems.add(Location.of(section).child(key), "'" + u + "' names a Quadlet file; Podman "
            + version + " does not translate it to its service (5.5+ does): name the .service");
      }
    }
    return systemd(section, key, ValueKind.WORD_LIST, literals(units), place, since);
  }

  private B exec(String key, List<SystemdValue> argv) {
    Location probe = Location.of(SERVICE).child(key);
    if (argv.isEmpty()) {
      problems.add(probe, "needs a command");
      return self();
    }
    String first = argv.get(0).text();
    if (!first.isEmpty() && "-@:+!|".indexOf(first.charAt(0)) >= 0) {
      problems.add(probe, "the program '" + first + "' starts with a character systemd reads as a "
          + "command prefix");
      return self();
    }
    return systemd(SERVICE, key, ValueKind.EXEC, argv, Place.COMMAND_LINE, null);
  }

  private B single(String section, String key, SystemdValue v, Place place) {
    return systemd(section, key, ValueKind.LAST, List.of(v), place, null);
  }

  private B duration(String section, String key, Duration d) {
    String text = Durations.format(Objects.requireNonNull(d, "duration"));
    if (text == null) {
      problems.add(Location.of(section).child(key), "duration must not be negative");
      return self();
    }
    return single(section, key, SystemdValue.literal(text), Place.SETTING);
  }

  // ---------------------------------------------------------------- [Unit]

  /**
   * {@code [Unit] Description=}.
   *
   * @param text the description (literal)
   * @return this builder
   */
  public B description(String text) {
    return description(SystemdValue.literal(text));
  }

  /**
   * {@code [Unit] Description=} with systemd specifiers.
   *
   * @param text the description
   * @return this builder
   */
  public B description(SystemdValue text) {
    return single(UNIT, "Description", text, Place.SETTING);
  }

  /**
   * {@code [Unit] Documentation=}: URIs.
   *
   * @param uris the URIs
   * @return this builder
   */
  public B documentation(String... uris) {
    return unitNames(UNIT, "Documentation", uris, Place.SETTING, null);
  }

  /**
   * {@code [Unit] After=}.
   *
   * @param units unit names; from Podman 5.5 Quadlet file names such as {@code db.container} are
   *     translated to their services
   * @return this builder
   */
  public B after(String... units) {
    return unitNames(UNIT, "After", units, Place.SETTING, null);
  }

  /**
   * {@code [Unit] Before=}.
   *
   * @param units unit names
   * @return this builder
   */
  public B before(String... units) {
    return unitNames(UNIT, "Before", units, Place.SETTING, null);
  }

  /**
   * {@code [Unit] Requires=}.
   *
   * @param units unit names
   * @return this builder
   */
  public B requires(String... units) {
    return unitNames(UNIT, "Requires", units, Place.SETTING, null);
  }

  /**
   * {@code [Unit] Wants=}.
   *
   * @param units unit names
   * @return this builder
   */
  public B wants(String... units) {
    return unitNames(UNIT, "Wants", units, Place.SETTING, null);
  }

  /**
   * {@code [Unit] BindsTo=}.
   *
   * @param units unit names
   * @return this builder
   */
  public B bindsTo(String... units) {
    return unitNames(UNIT, "BindsTo", units, Place.SETTING, null);
  }

  /**
   * {@code [Unit] PartOf=}.
   *
   * @param units unit names
   * @return this builder
   */
  public B partOf(String... units) {
    return unitNames(UNIT, "PartOf", units, Place.SETTING, null);
  }

  /**
   * {@code [Unit] Conflicts=}.
   *
   * @param units unit names
   * @return this builder
   */
  public B conflicts(String... units) {
    return unitNames(UNIT, "Conflicts", units, Place.SETTING, null);
  }

  /**
   * {@code [Unit] Upholds=}.
   *
   * @param units unit names
   * @return this builder
   */
  public B upholds(String... units) {
    return unitNames(UNIT, "Upholds", units, Place.SETTING, null);
  }

  /**
   * {@code [Unit] Requisite=}.
   *
   * @param units unit names
   * @return this builder
   */
  public B requisite(String... units) {
    return unitNames(UNIT, "Requisite", units, Place.SETTING, null);
  }

  /**
   * {@code [Unit] OnFailure=}.
   *
   * @param units unit names
   * @return this builder
   */
  public B onFailure(String... units) {
    return unitNames(UNIT, "OnFailure", units, Place.SETTING, null);
  }

  /**
   * {@code [Unit] RequiresMountsFor=}.
   *
   * @param paths absolute paths
   * @return this builder
   */
  public B requiresMountsFor(String... paths) {
    return unitNames(UNIT, "RequiresMountsFor", paths, Place.SETTING, null);
  }

  /**
   * systemd's {@code [Unit] DefaultDependencies=} (not Quadlet's, see {@link #defaultDependencies}).
   *
   * @param value the flag
   * @return this builder
   */
  public B unitDefaultDependencies(boolean value) {
    return single(UNIT, "DefaultDependencies", SystemdValue.literal(Boolean.toString(value)),
        Place.SETTING);
  }

  /**
   * {@code [Unit] StartLimitIntervalSec=}.
   *
   * @param d the interval
   * @return this builder
   */
  public B startLimitIntervalSec(Duration d) {
    return duration(UNIT, "StartLimitIntervalSec", d);
  }

  /**
   * {@code [Unit] StartLimitBurst=}.
   *
   * @param n the number of starts
   * @return this builder
   */
  public B startLimitBurst(int n) {
    if (n < 0) {
      problems.add(Location.of(UNIT).child("StartLimitBurst"), "must not be negative");
      return self();
    }
    return single(UNIT, "StartLimitBurst", SystemdValue.literal(Integer.toString(n)), Place.SETTING);
  }

  // ---------------------------------------------------------------- [Service]

  /**
   * {@code [Service] Restart=}.
   *
   * @param r the policy
   * @return this builder
   */
  public B restart(Restart r) {
    return single(SERVICE, "Restart", SystemdValue.literal(r.token()), Place.SETTING);
  }

  /**
   * {@code [Service] RestartSec=}.
   *
   * @param d the delay
   * @return this builder
   */
  public B restartSec(Duration d) {
    return duration(SERVICE, "RestartSec", d);
  }

  /**
   * {@code [Service] TimeoutStartSec=} (image pulls can exceed systemd's 90 s default).
   *
   * @param d the timeout
   * @return this builder
   */
  public B timeoutStartSec(Duration d) {
    return duration(SERVICE, "TimeoutStartSec", d);
  }

  /**
   * {@code [Service] TimeoutStopSec=}.
   *
   * @param d the timeout
   * @return this builder
   */
  public B timeoutStopSec(Duration d) {
    return duration(SERVICE, "TimeoutStopSec", d);
  }

  /**
   * {@code [Service] Type=} (overrides Quadlet's default for the unit type).
   *
   * @param t the type
   * @return this builder
   */
  public B serviceType(ServiceType t) {
    return single(SERVICE, "Type", SystemdValue.literal(t.token()), Place.SETTING);
  }

  /**
   * {@code [Service] RemainAfterExit=}.
   *
   * @param value the flag
   * @return this builder
   */
  public B remainAfterExit(boolean value) {
    return single(SERVICE, "RemainAfterExit", SystemdValue.literal(Boolean.toString(value)),
        Place.SETTING);
  }

  /**
   * {@code [Service] ExecStartPre=}: a command run before the container starts.
   *
   * @param argv the program and its arguments, literal
   * @return this builder
   */
  public B execStartPre(String... argv) {
    return exec("ExecStartPre", literals(argv));
  }

  /**
   * {@code [Service] ExecStartPre=} with specifier/variable-aware words.
   *
   * @param argv the program and its arguments
   * @return this builder
   */
  public B execStartPre(List<SystemdValue> argv) {
    return exec("ExecStartPre", argv);
  }

  /**
   * {@code [Service] ExecStartPost=}.
   *
   * @param argv the program and its arguments, literal
   * @return this builder
   */
  public B execStartPost(String... argv) {
    return exec("ExecStartPost", literals(argv));
  }

  /**
   * {@code [Service] ExecStartPost=} with specifier/variable-aware words.
   *
   * @param argv the program and its arguments
   * @return this builder
   */
  public B execStartPost(List<SystemdValue> argv) {
    return exec("ExecStartPost", argv);
  }

  /**
   * {@code [Service] ExecStop=}.
   *
   * @param argv the program and its arguments, literal
   * @return this builder
   */
  public B execStop(String... argv) {
    return exec("ExecStop", literals(argv));
  }

  /**
   * {@code [Service] ExecStopPost=}.
   *
   * @param argv the program and its arguments, literal
   * @return this builder
   */
  public B execStopPost(String... argv) {
    return exec("ExecStopPost", literals(argv));
  }

  /**
   * {@code [Service] ExecReload=}.
   *
   * @param argv the program and its arguments, literal
   * @return this builder
   */
  public B execReload(String... argv) {
    return exec("ExecReload", literals(argv));
  }

  /**
   * {@code [Service] Environment=NAME=VALUE} (the environment of the systemd service itself, e.g. for
   * {@code $VAR} in command lines; not the container's, see {@code environment}).
   *
   * @param name the variable name
   * @param value the value, literal
   * @return this builder
   */
  public B serviceEnvironment(String name, String value) {
    if (name.isEmpty() || name.indexOf('=') >= 0) {
      problems.add(Location.of(SERVICE).child("Environment"), "invalid variable name '" + name + "'");
      return self();
    }
    return systemd(SERVICE, "Environment", ValueKind.KEY_VALUE_LIST,
        List.of(SystemdValue.literal(name + "=" + value)), Place.SETTING, null);
  }

  /**
   * {@code [Service] EnvironmentFile=}.
   *
   * @param path absolute path of the file
   * @param optional whether a missing file is ignored ({@code -} prefix)
   * @return this builder
   */
  public B serviceEnvironmentFile(String path, boolean optional) {
    return single(SERVICE, "EnvironmentFile", SystemdValue.literal((optional ? "-" : "") + path),
        Place.SETTING);
  }

  // ---------------------------------------------------------------- [Install]

  /**
   * {@code [Install] WantedBy=}: Quadlet links the service into {@code UNIT.wants/}.
   *
   * @param units e.g. {@code default.target}
   * @return this builder
   */
  public B wantedBy(String... units) {
    return unitNames(INSTALL, "WantedBy", units, Place.INSTALL, null);
  }

  /**
   * {@code [Install] RequiredBy=}.
   *
   * @param units unit names
   * @return this builder
   */
  public B requiredBy(String... units) {
    return unitNames(INSTALL, "RequiredBy", units, Place.INSTALL, null);
  }

  /**
   * {@code [Install] UpheldBy=} (Podman 5.5+).
   *
   * @param units unit names
   * @return this builder
   */
  public B upheldBy(String... units) {
    return unitNames(INSTALL, "UpheldBy", units, Place.INSTALL, PodmanVersion.V5_5);
  }

  /**
   * {@code [Install] Alias=}.
   *
   * @param names alias unit names
   * @return this builder
   */
  public B alias(String... names) {
    return unitNames(INSTALL, "Alias", names, Place.INSTALL, null);
  }

  /**
   * {@code [Install] DefaultInstance=} of a template: the instance enabled by the install keys.
   *
   * @param instance the instance name
   * @return this builder
   */
  public B defaultInstance(String instance) {
    return single(INSTALL, "DefaultInstance", SystemdValue.literal(instance), Place.INSTALL);
  }

  // ---------------------------------------------------------------- [Quadlet]

  /**
   * {@code [Quadlet] DefaultDependencies=} (5.3+): {@code false} stops Quadlet adding the
   * network-online dependencies.
   *
   * @param value the flag
   * @return this builder
   */
  public B defaultDependencies(boolean value) {
    return addQuadlet(QuadletKeys.require(QUADLET, "DefaultDependencies"),
        List.of(SystemdValue.literal(Boolean.toString(value))), false);
  }

  // ---------------------------------------------------------------- build

  /**
   * Builds the unit.
   *
   * @return the unit
   * @throws ValidationException listing every value that cannot be written, every key the target
   *     version lacks, and missing required keys
   */
  public U build() {
    UnitFile file = assemble(true);
    return create(name, file, version);
  }

  /**
   * Builds the content as a drop-in for this unit ({@code NAME.TYPE.d/FILE}); required keys are not
   * checked.
   *
   * @param confName the drop-in file name, ending in {@code .conf}, e.g. {@code 10-proxy.conf}
   * @return the drop-in
   */
  public DropIn buildDropIn(String confName) {
    UnitFile file = assemble(false);
    return DropIn.of(fileName() + ".d", confName, type, file);
  }

  private UnitFile assemble(boolean checkRequired) {
    Problems all = new Problems();
    problems.list().forEach(all::add);
    Location fileAt = Location.of(fileName());
    if (!version.atLeast(type.since())) {
      all.add(fileAt, "." + type.extension() + " units are not loaded by Podman " + version
          + " (supported from " + type.since() + ")");
    }
    Map<String, List<UnitLine>> lines = new LinkedHashMap<>();
    Map<String, Integer> typedCounts = new HashMap<>();
    for (Item item : items) {
      if (item instanceof Typed t && t.quadletKey() != null && !t.kind().isList()) {
        typedCounts.merge(t.section() + "." + t.key(), 1, Integer::sum);
      }
    }
    for (Item item : items) {
      if (item instanceof Note n) {
        lines.computeIfAbsent(n.section(), s -> new ArrayList<>()).add(n.comment());
      } else if (item instanceof Raw r) {
        checkRawKey(r.section(), r.entry().key(), r.at(), all);
        lines.computeIfAbsent(r.section(), s -> new ArrayList<>()).add(r.entry());
      } else if (item instanceof Typed t) {
        Entry e = encode(t, all, typedCounts);
        if (e != null) {
          String section = t.section();
          lines.computeIfAbsent(section, s -> new ArrayList<>()).add(e);
        }
      }
    }
    UnitFile.Builder fb = base == null ? UnitFile.builder() : base.toBuilder();
    if (base != null) {
      for (Section s : base.sections()) {
        if (s.name().equals(type.section()) || s.name().equals(QUADLET)) {
          for (Entry e : s.entries()) {
            checkRawKey(s.name(), e.key(), Location.of(s.name()).child(e.key()), all);
          }
        }
      }
    }
    for (String s : order(lines.keySet())) {
      fb.section(Section.builder(s).lines(lines.get(s)).build());
    }
    UnitFile file = fb.build();
    checkVersionSemantics(file, all);
    if (checkRequired) {
      checkRequired(file, all);
    }
    all.collect(file::render);
    all.throwIfAny();
    return file;
  }

  private List<String> order(java.util.Set<String> present) {
    List<String> out = new ArrayList<>();
    for (String s : List.of(UNIT, type.section(), QUADLET, SERVICE, INSTALL)) {
      if (present.contains(s)) {
        out.add(s);
      }
    }
    for (String s : present) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private void checkRawKey(String section, String key, Location at, Problems all) {
    if (!section.equals(type.section()) && !section.equals(QUADLET)) {
      return;
    }
    QuadletKey k = QuadletKeys.find(section, key).orElse(null);
    if (k == null) {
      all.add(at, "unsupported key '" + key + "' in group '" + section + "'");
    } else if (!k.availableIn(version)) {
      all.add(at, "key " + key + " is not supported by Podman " + version + " (added in "
          + k.since() + ")");
    }
  }

  private Entry encode(Typed t, Problems all, Map<String, Integer> typedCounts) {
    QuadletKey k = t.quadletKey();
    if (k != null) {
      if (!k.availableIn(version)) {
        QuadletKey args = QuadletKeys.find(k.section(), "PodmanArgs").orElse(null);
        var words = Downgrades.podmanArgs(k.qualifiedName(), t.parts());
        if (policy == TargetPolicy.REWRITE && words.isPresent() && args != null
            && args.availableIn(version)) {
          return toEntry(args.name(), ValueKind.ARG_LIST, words.get(), t.at(), false, all);
        }
        all.add(t.at(), "key " + k.name() + " is not supported by Podman " + version + " (added in "
            + k.since() + ")" + (policy == TargetPolicy.REWRITE
                ? "; Podman has no PodmanArgs equivalent Quadlet would produce" : ""));
        return null;
      }
      if (typedCounts.getOrDefault(t.section() + "." + t.key(), 0) > 1
          && !k.repeatableIn(version)) {
        all.add(t.at(), "is set more than once; Quadlet of Podman " + version
            + " uses only the last value");
        return null;
      }
      if (t.allowEmpty() && t.parts().get(0).isEmpty() && !version.atLeast(PodmanVersion.V5_5)) {
        all.add(t.at(), "an empty value is ignored by Podman " + version + " (5.5+ passes it)");
        return null;
      }
    }
    if (t.since() != null && !version.atLeast(t.since())) {
      all.add(t.at(), "is not supported by Podman " + version + " (needs " + t.since() + ")");
      return null;
    }
    return toEntry(t.key(), t.kind(), t.parts(), t.at(), t.allowEmpty(), all);
  }

  private Entry toEntry(String key, ValueKind kind, List<String> parts, Location at,
      boolean allowEmpty, Problems all) {
    SystemdText.Result r = ValueEncoder.encode(kind, parts, version, allowEmpty);
    if (r.failed()) {
      all.add(at, r.problem());
      return null;
    }
    return new Entry(key, r.text());
  }

  private void checkVersionSemantics(UnitFile file, Problems all) {
    if (type == UnitType.KUBE && !version.atLeast(PodmanVersion.V5_5)) {
      List<String> yaml = file.values("Kube", "Yaml");
      if (yaml.size() > 1) {
        all.add(Location.of("Kube").child("Yaml"), "Podman " + version
            + " reads a single Yaml= (the last one); several need 5.5+");
      }
    }
  }

  private void checkRequired(UnitFile file, Problems all) {
    String s = type.section();
    Location at = Location.of(s);
    switch (type) {
      case CONTAINER -> {
        if (file.values(s, "Image").isEmpty() && file.values(s, "Rootfs").isEmpty()) {
          all.add(at, "no Image or Rootfs key specified");
        }
      }
      case KUBE -> {
        if (file.values(s, "Yaml").isEmpty()) {
          all.add(at, "no Yaml key specified");
        }
      }
      case IMAGE -> {
        if (file.values(s, "Image").isEmpty()) {
          all.add(at, "no Image key specified");
        }
      }
      case BUILD -> {
        if (file.values(s, "ImageTag").isEmpty()) {
          all.add(at, "no ImageTag key specified");
        }
        if (file.values(s, "File").isEmpty() && file.values(s, "SetWorkingDirectory").isEmpty()) {
          all.add(at, "neither File nor SetWorkingDirectory key specified");
        }
      }
      case ARTIFACT -> {
        if (file.values(s, "Artifact").isEmpty()) {
          all.add(at, "no Artifact key specified");
        }
      }
      default -> {
        // volume, network, pod: no required keys
      }
    }
  }
}
