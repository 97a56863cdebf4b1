package io.tankos.quadlet;

import io.tankos.core.unit.TimeSpans;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.internal.Durations;
import io.tankos.quadlet.internal.SystemdText.Place;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The common part of every unit builder: the {@link KeyWriter} operations every typed key method is
 * built on, keys by name, raw entries and comments, and the typed {@code [Unit]}, {@code [Service]},
 * {@code [Install]} and {@code [Quadlet]} keys. A single-valued key is set (a later call replaces the
 * value); a repeatable key is added to ({@code addX}) and has {@code removeX} and {@code clearX}.
 * Problems are collected and reported together by {@link #build()} with locations such as
 * {@code Container.PublishPort[2]}. The Podman version is chosen when rendering
 * ({@link QuadletUnit#render(io.tankos.core.podman.PodmanVersion,
 * io.tankos.core.validation.TargetPolicy)}), not here.
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
public abstract class UnitBuilder<U extends QuadletUnit, B extends UnitBuilder<U, B>>
    implements KeyWriter<B> {
  private static final String UNIT = "Unit";
  private static final String SERVICE = "Service";
  private static final String INSTALL = "Install";

  private final UnitType type;
  private final String name;
  private final UnitEditor editor;
  private final BiFunction<String, UnitFile, U> factory;

  UnitBuilder(UnitType type, String name, UnitFile base, BiFunction<String, UnitFile, U> factory) {
    this.type = Objects.requireNonNull(type, "type");
    this.name = Objects.requireNonNull(name, "name");
    this.factory = factory;
    this.editor = new UnitEditor(base, type);
    // a name from a parsed file is kept; a name given to builder(name) must not carry an extension
    String problem = base == null ? UnitNames.builderNameProblem(name, type) : UnitNames.nameProblem(name);
    if (problem != null) {
      editor.problem(Location.of(fileName()), problem);
    }
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  @Override
  public UnitType unitType() {
    return type;
  }

  /**
   * The unit's file name.
   *
   * @return e.g. {@code web.container}
   */
  public String fileName() {
    return type.fileName(name);
  }

  // ---------------------------------------------------------------- keys

  private KeySlot slot(QuadletKey key) {
    Objects.requireNonNull(key, "key");
    if (!key.section().equals(type.section()) && !key.section().equals("Quadlet")) {
      throw new ValidationException(Location.of(key.qualifiedName()),
          "key belongs to [" + key.section() + "], not to a ." + type.extension() + " unit");
    }
    return key.slot();
  }

  @Override
  public B set(QuadletKey key, SystemdValue... values) {
    KeySlot s = slot(key);
    editor.write(s, false, Objects.requireNonNull(values)); // refused as Arrays.asList refused it
    return self();
  }

  @Override
  public B add(QuadletKey key, SystemdValue... values) {
    KeySlot s = slot(key);
    if (!s.repeatable()) {
      editor.problem(s.at(0), "takes one value; set it (a later value replaces an earlier one)");
      return self();
    }
    editor.write(s, true, Objects.requireNonNull(values)); // refused as Arrays.asList refused it
    return self();
  }

  @Override
  public B put(QuadletKey key, String name, SystemdValue value) {
    editor.put(keyValueSlot(key), Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return self();
  }

  @Override
  public B putAll(QuadletKey key, Map<String, String> values) {
    values.forEach((n, v) -> put(key, n, SystemdValue.literal(v)));
    return self();
  }

  @Override
  public B putName(QuadletKey key, String name) {
    editor.put(keyValueSlot(key), Objects.requireNonNull(name, "name"), null);
    return self();
  }

  private KeySlot keyValueSlot(QuadletKey key) {
    KeySlot s = slot(key);
    if (s.kind() != ValueKind.KEY_VALUE_LIST) {
      throw new ValidationException(Location.of(key.qualifiedName()), "is not a NAME=VALUE list");
    }
    return s;
  }

  @Override
  public B remove(QuadletKey key, String... read) {
    editor.remove(slot(key), List.of(read));
    return self();
  }

  @Override
  public B clear(QuadletKey key) {
    editor.clear(slot(key));
    return self();
  }

  /**
   * Sets a key of this unit's Quadlet section (or of {@code [Quadlet]}) by name, with literal values;
   * see {@link #set(QuadletKey, SystemdValue...)}.
   *
   * @param key the key name, e.g. {@code PublishPort}
   * @param literalValues the values
   * @return this builder
   */
  public B set(String key, String... literalValues) {
    QuadletKey k = named(key);
    return k == null ? self() : set(k, Values.literals(literalValues));
  }

  /**
   * Adds a line to a repeatable key of this unit's Quadlet section by name, with literal values; see
   * {@link #add(QuadletKey, SystemdValue...)}.
   *
   * @param key the key name, e.g. {@code PublishPort}
   * @param literalValues the values
   * @return this builder
   */
  public B add(String key, String... literalValues) {
    QuadletKey k = named(key);
    return k == null ? self() : add(k, Values.literals(literalValues));
  }

  private QuadletKey named(String key) {
    QuadletKey k = QuadletKeys.find(type.section(), key).or(() -> QuadletKeys.find("Quadlet", key)).orElse(null);
    if (k == null) {
      editor.problem(Location.of(type.section()).child(key),
          "unsupported key '" + key + "' in group '" + type.section() + "'");
    }
    return k;
  }

  /**
   * Adds an entry written exactly as given (after unit-file syntax checks): the escape hatch for keys
   * and sections without a typed method. Keys of the Quadlet section must still be known to Quadlet
   * (checked by {@link #build()}).
   *
   * @param section the section, e.g. {@code Service} or {@code X-Custom}
   * @param key the key
   * @param value the value as it should appear after {@code =}
   * @return this builder
   */
  public B rawEntry(String section, String key, String value) {
    editor.raw(Objects.requireNonNull(section, "section"), Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(value, "value"));
    return self();
  }

  /**
   * Removes every line of a key in any section: the counterpart of {@link #rawEntry}.
   *
   * @param section the section
   * @param key the key
   * @return this builder
   */
  public B clear(String section, String key) {
    editor.draft().rewrite(section, key, v -> null);
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
    editor.comment(section, text);
    return self();
  }

  // ---------------------------------------------------------------- systemd sections

  private B systemd(String section, String key, ValueKind kind, boolean append, SystemdValue... values) {
    editor.write(KeySlot.systemd(section, key, kind, UnitEditor.placeOf(section)), append, values);
    return self();
  }

  private B units(String section, String key, String... units) {
    return systemd(section, key, ValueKind.WORD_LIST, false, Values.literals(units));
  }

  private B single(String section, String key, SystemdValue value) {
    return systemd(section, key, ValueKind.LAST, false, Objects.requireNonNull(value));
  }

  private B span(String section, String key, String text) {
    String p = TimeSpans.problem(Objects.requireNonNull(text, "duration"));
    if (p != null) {
      editor.problem(Location.of(section).child(key), p);
      return self();
    }
    return single(section, key, SystemdValue.literal(text));
  }

  private B span(String section, String key, Duration d) {
    return span(section, key, Durations.format(Objects.requireNonNull(d, "duration")));
  }

  private B command(String key, List<SystemdValue> argv) {
    if (commandRefused(key, argv.isEmpty() ? null : argv.get(0).text())) {
      return self();
    }
    editor.write(KeySlot.systemd(SERVICE, key, ValueKind.EXEC, Place.COMMAND_LINE), true,
        argv.toArray(new SystemdValue[0]));
    return self();
  }

  /** {@link #command(String, List)} of the builder's own array of words. */
  private B command(String key, SystemdValue[] argv) {
    if (commandRefused(key, argv.length == 0 ? null : argv[0].text())) {
      return self();
    }
    editor.write(KeySlot.systemd(SERVICE, key, ValueKind.EXEC, Place.COMMAND_LINE), true, argv);
    return self();
  }

  /** Records why a command whose program is {@code first} (null: no word) cannot be written, if it cannot. */
  private boolean commandRefused(String key, String first) {
    if (first == null) {
      editor.problem(Location.of(SERVICE).child(key), "needs a command");
      return true;
    }
    if (!first.isEmpty() && "-@:+!|".indexOf(first.charAt(0)) >= 0) {
      editor.problem(Location.of(SERVICE).child(key),
          "the program '" + first + "' starts with a character systemd reads as a command prefix");
      return true;
    }
    return false;
  }


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
    return single(UNIT, "Description", text);
  }

  /**
   * {@code [Unit] Documentation=}: URIs (replaces earlier ones; none removes the key).
   *
   * @param uris the URIs
   * @return this builder
   */
  public B documentation(String... uris) {
    return units(UNIT, "Documentation", uris);
  }

  /**
   * {@code [Unit] After=}: the units (replaces earlier ones; none removes the key); from Podman 5.5
   * Quadlet file names such as {@code db.container} are translated to their services.
   *
   * @param units unit names
   * @return this builder
   */
  public B after(String... units) {
    return units(UNIT, "After", units);
  }

  /**
   * {@code [Unit] Before=} (replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B before(String... units) {
    return units(UNIT, "Before", units);
  }

  /**
   * {@code [Unit] Requires=} (replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B requires(String... units) {
    return units(UNIT, "Requires", units);
  }

  /**
   * {@code [Unit] Wants=} (replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B wants(String... units) {
    return units(UNIT, "Wants", units);
  }

  /**
   * {@code [Unit] BindsTo=} (replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B bindsTo(String... units) {
    return units(UNIT, "BindsTo", units);
  }

  /**
   * {@code [Unit] PartOf=} (replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B partOf(String... units) {
    return units(UNIT, "PartOf", units);
  }

  /**
   * {@code [Unit] Conflicts=} (replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B conflicts(String... units) {
    return units(UNIT, "Conflicts", units);
  }

  /**
   * {@code [Unit] Upholds=} (replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B upholds(String... units) {
    return units(UNIT, "Upholds", units);
  }

  /**
   * {@code [Unit] Requisite=} (replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B requisite(String... units) {
    return units(UNIT, "Requisite", units);
  }

  /**
   * {@code [Unit] OnFailure=} (replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B onFailure(String... units) {
    return units(UNIT, "OnFailure", units);
  }

  /**
   * {@code [Unit] RequiresMountsFor=} (replaces earlier paths; none removes the key).
   *
   * @param paths absolute paths
   * @return this builder
   */
  public B requiresMountsFor(String... paths) {
    return units(UNIT, "RequiresMountsFor", paths);
  }

  /**
   * systemd's {@code [Unit] DefaultDependencies=} (not Quadlet's, see {@link #defaultDependencies}).
   *
   * @param value the flag
   * @return this builder
   */
  public B unitDefaultDependencies(boolean value) {
    return single(UNIT, "DefaultDependencies", Values.flag(value));
  }

  /**
   * {@code [Unit] StartLimitIntervalSec=}.
   *
   * @param d the interval
   * @return this builder
   */
  public B startLimitIntervalSec(Duration d) {
    return span(UNIT, "StartLimitIntervalSec", d);
  }

  /**
   * {@code [Unit] StartLimitIntervalSec=} as a systemd time span, kept as written.
   *
   * @param span e.g. {@code 600} or {@code 10min}
   * @return this builder
   */
  public B startLimitIntervalSec(String span) {
    return span(UNIT, "StartLimitIntervalSec", span);
  }

  /**
   * {@code [Unit] StartLimitBurst=}.
   *
   * @param n the number of starts
   * @return this builder
   */
  public B startLimitBurst(int n) {
    if (n < 0) {
      editor.problem(Location.of(UNIT).child("StartLimitBurst"), "must not be negative");
      return self();
    }
    return single(UNIT, "StartLimitBurst", Values.number(n));
  }

  /**
   * {@code [Service] Restart=}.
   *
   * @param r the policy
   * @return this builder
   */
  public B restart(Restart r) {
    return single(SERVICE, "Restart", SystemdValue.literal(r.token()));
  }

  /**
   * {@code [Service] RestartSec=}.
   *
   * @param d the delay
   * @return this builder
   */
  public B restartSec(Duration d) {
    return span(SERVICE, "RestartSec", d);
  }

  /**
   * {@code [Service] RestartSec=} as a systemd time span, kept as written.
   *
   * @param span e.g. {@code 10} or {@code 10s}
   * @return this builder
   */
  public B restartSec(String span) {
    return span(SERVICE, "RestartSec", span);
  }

  /**
   * {@code [Service] TimeoutStartSec=} (image pulls can exceed systemd's 90 s default).
   *
   * @param d the timeout
   * @return this builder
   */
  public B timeoutStartSec(Duration d) {
    return span(SERVICE, "TimeoutStartSec", d);
  }

  /**
   * {@code [Service] TimeoutStartSec=} as a systemd time span, kept as written.
   *
   * @param span e.g. {@code 900}, {@code 15min} or {@code infinity}
   * @return this builder
   */
  public B timeoutStartSec(String span) {
    return span(SERVICE, "TimeoutStartSec", span);
  }

  /**
   * {@code [Service] TimeoutStopSec=}.
   *
   * @param d the timeout
   * @return this builder
   */
  public B timeoutStopSec(Duration d) {
    return span(SERVICE, "TimeoutStopSec", d);
  }

  /**
   * {@code [Service] TimeoutStopSec=} as a systemd time span, kept as written.
   *
   * @param span e.g. {@code 30}
   * @return this builder
   */
  public B timeoutStopSec(String span) {
    return span(SERVICE, "TimeoutStopSec", span);
  }

  /**
   * {@code [Service] Type=} (overrides Quadlet's default for the unit type).
   *
   * @param t the type
   * @return this builder
   */
  public B serviceType(ServiceType t) {
    return single(SERVICE, "Type", SystemdValue.literal(t.token()));
  }

  /**
   * {@code [Service] RemainAfterExit=}.
   *
   * @param value the flag
   * @return this builder
   */
  public B remainAfterExit(boolean value) {
    return single(SERVICE, "RemainAfterExit", Values.flag(value));
  }

  /**
   * Adds a {@code [Service] ExecStartPre=} command, run before the container starts (in the order
   * added).
   *
   * @param argv the program and its arguments, literal
   * @return this builder
   */
  public B addExecStartPre(String... argv) {
    return command("ExecStartPre", Values.literals(argv));
  }

  /**
   * Adds a {@code [Service] ExecStartPre=} command with specifier/variable-aware words.
   *
   * @param argv the program and its arguments
   * @return this builder
   */
  public B addExecStartPre(List<SystemdValue> argv) {
    return command("ExecStartPre", argv);
  }

  /**
   * Removes every {@code [Service] ExecStartPre=} command.
   *
   * @return this builder
   */
  public B clearExecStartPre() {
    return clear(SERVICE, "ExecStartPre");
  }

  /**
   * Adds a {@code [Service] ExecStartPost=} command.
   *
   * @param argv the program and its arguments, literal
   * @return this builder
   */
  public B addExecStartPost(String... argv) {
    return command("ExecStartPost", Values.literals(argv));
  }

  /**
   * Adds a {@code [Service] ExecStartPost=} command with specifier/variable-aware words.
   *
   * @param argv the program and its arguments
   * @return this builder
   */
  public B addExecStartPost(List<SystemdValue> argv) {
    return command("ExecStartPost", argv);
  }

  /**
   * Adds a {@code [Service] ExecStop=} command.
   *
   * @param argv the program and its arguments, literal
   * @return this builder
   */
  public B addExecStop(String... argv) {
    return command("ExecStop", Values.literals(argv));
  }

  /**
   * Adds a {@code [Service] ExecStopPost=} command.
   *
   * @param argv the program and its arguments, literal
   * @return this builder
   */
  public B addExecStopPost(String... argv) {
    return command("ExecStopPost", Values.literals(argv));
  }

  /**
   * Adds a {@code [Service] ExecReload=} command.
   *
   * @param argv the program and its arguments, literal
   * @return this builder
   */
  public B addExecReload(String... argv) {
    return command("ExecReload", Values.literals(argv));
  }

  /**
   * Sets {@code [Service] Environment=NAME=VALUE} (the environment of the systemd service itself,
   * e.g. for {@code $VAR} in command lines; not the container's, see {@code environment}); an earlier
   * value of the name is replaced.
   *
   * @param name the variable name
   * @param value the value, literal
   * @return this builder
   */
  public B serviceEnvironment(String name, String value) {
    editor.put(KeySlot.systemd(SERVICE, "Environment", ValueKind.KEY_VALUE_LIST, Place.SETTING),
        Objects.requireNonNull(name, "name"), SystemdValue.literal(value));
    return self();
  }

  /**
   * Removes a variable from {@code [Service] Environment=}.
   *
   * @param name the variable name
   * @return this builder
   */
  public B removeServiceEnvironment(String name) {
    editor.remove(KeySlot.systemd(SERVICE, "Environment", ValueKind.KEY_VALUE_LIST, Place.SETTING),
        List.of(name));
    return self();
  }

  /**
   * Adds a {@code [Service] EnvironmentFile=}.
   *
   * @param path absolute path of the file
   * @param optional whether a missing file is ignored ({@code -} prefix)
   * @return this builder
   */
  public B addServiceEnvironmentFile(String path, boolean optional) {
    return systemd(SERVICE, "EnvironmentFile", ValueKind.VERBATIM_LIST, true,
        SystemdValue.literal((optional ? "-" : "") + path));
  }

  /**
   * {@code [Install] WantedBy=}: Quadlet links the service into {@code UNIT.wants/} (replaces earlier
   * units; none removes the key).
   *
   * @param units e.g. {@code default.target}
   * @return this builder
   */
  public B wantedBy(String... units) {
    return units(INSTALL, "WantedBy", units);
  }

  /**
   * {@code [Install] RequiredBy=} (replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B requiredBy(String... units) {
    return units(INSTALL, "RequiredBy", units);
  }

  /**
   * {@code [Install] UpheldBy=} (Podman 5.5+; replaces earlier units; none removes the key).
   *
   * @param units unit names
   * @return this builder
   */
  public B upheldBy(String... units) {
    return units(INSTALL, "UpheldBy", units);
  }

  /**
   * {@code [Install] Alias=} (replaces earlier names; none removes the key).
   *
   * @param names alias unit names
   * @return this builder
   */
  public B alias(String... names) {
    return units(INSTALL, "Alias", names);
  }

  /**
   * {@code [Install] DefaultInstance=} of a template: the instance enabled by the install keys.
   *
   * @param instance the instance name
   * @return this builder
   */
  public B defaultInstance(String instance) {
    return single(INSTALL, "DefaultInstance", SystemdValue.literal(instance));
  }

  /**
   * {@code [Quadlet] DefaultDependencies=} (5.3+): {@code false} stops Quadlet adding the
   * network-online dependencies.
   *
   * @param value the flag
   * @return this builder
   */
  public B defaultDependencies(boolean value) {
    return set(QuadletKeys.QUADLET_DEFAULT_DEPENDENCIES, Values.flag(value));
  }

  // ---------------------------------------------------------------- build

  /**
   * Builds the unit: every value is checked (syntax, the key's rules, keys Quadlet knows, the keys
   * the unit type requires); the result renders without failing.
   *
   * @return the unit
   * @throws ValidationException listing every problem with its location
   */
  public U build() {
    UnitFile file = assemble(true);
    return factory.apply(name, file);
  }

  /**
   * Builds the content as a drop-in for this unit ({@code NAME.TYPE.d/FILE}); required keys are not
   * checked.
   *
   * @param confName the drop-in file name, ending in {@code .conf}, e.g. {@code 10-proxy.conf}
   * @return the drop-in
   * @throws ValidationException listing every problem with its location
   */
  public DropIn buildDropIn(String confName) {
    UnitFile file = assemble(false);
    return DropIn.of(fileName() + ".d", confName, type, file);
  }

  private UnitFile assemble(boolean required) {
    Problems all = new Problems();
    if (!editor.problems().isEmpty()) { // list() copies: asked only when there is something
      for (var p : editor.problems().list()) {
        all.add(p);
      }
    }
    BuildChecks.knownKeys(editor.draft(), type, all);
    UnitFile file = null;
    try {
      file = editor.draft().toUnitFile();
    } catch (ValidationException e) {
      all.addAll(e);
    }
    if (file != null && required) {
      BuildChecks.requiredKeys(file, type, all);
    }
    all.throwIfAny();
    return file;
  }
}
