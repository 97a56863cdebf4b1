package io.tankos.core.systemd;

import io.tankos.core.unit.Entry;
import io.tankos.core.unit.ExecWords;
import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plain systemd unit (service, timer, target, path or socket) built with typed keys for the common
 * settings and an escape hatch checked against the keys systemd 252 reads per section, so that a
 * typo such as {@code OnBootSecs} never reaches a machine. Immutable; {@link #toString()} is the
 * rendered text, written through {@link UnitFile}.
 *
 * <p>Values are written as given after validation ({@code TimeoutStartSec("900")} stays {@code
 * 900}); a {@code %} is escaped as {@code %%} so that systemd reads it literally, unless the value is
 * given through {@link Builder#setWithSpecifiers} or {@link Builder#addWithSpecifiers}. Every
 * problem is reported by {@link Builder#build()} with its location, such as {@code
 * openclaw-healthcheck.timer.Timer.OnBootSecs}.
 *
 * <pre>{@code
 * SystemdUnit timer = SystemdUnit.timer("openclaw-healthcheck")
 *     .description("Check the OpenClaw gateway")
 *     .onBootSec("5min")
 *     .onUnitActiveSec("5min")
 *     .wantedBy("timers.target")
 *     .build();
 * timer.fileName(); // "openclaw-healthcheck.timer"
 * }</pre>
 */
public final class SystemdUnit {
  /** What {@code split("\\s+")} splits at, compiled once instead of per call. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private final UnitType type;
  private final String baseName;
  private final UnitFile unitFile;
  private final String text;

  private SystemdUnit(UnitType type, String baseName, UnitFile unitFile) {
    this.type = type;
    this.baseName = baseName;
    this.unitFile = unitFile;
    this.text = unitFile.render();
  }

  /**
   * A builder for a service.
   *
   * @param baseName the name without suffix, e.g. {@code openclaw-healthcheck}
   * @return a new builder
   */
  public static Builder service(String baseName) {
    return new Builder(UnitType.SERVICE, baseName);
  }

  /**
   * A builder for a timer.
   *
   * @param baseName the name without suffix
   * @return a new builder
   */
  public static Builder timer(String baseName) {
    return new Builder(UnitType.TIMER, baseName);
  }

  /**
   * A builder for a target.
   *
   * @param baseName the name without suffix
   * @return a new builder
   */
  public static Builder target(String baseName) {
    return new Builder(UnitType.TARGET, baseName);
  }

  /**
   * A builder for a path unit.
   *
   * @param baseName the name without suffix
   * @return a new builder
   */
  public static Builder path(String baseName) {
    return new Builder(UnitType.PATH, baseName);
  }

  /**
   * A builder for a socket.
   *
   * @param baseName the name without suffix
   * @return a new builder
   */
  public static Builder socket(String baseName) {
    return new Builder(UnitType.SOCKET, baseName);
  }

  /**
   * A builder for a unit of any of the five types.
   *
   * @param type the type
   * @param baseName the name without suffix
   * @return a new builder
   */
  public static Builder builder(UnitType type, String baseName) {
    return new Builder(Objects.requireNonNull(type, "type"), baseName);
  }

  /**
   * Why a text is not a systemd unit name (systemd's {@code unit_name_is_valid}: letters, digits
   * and {@code :-_.\\} with at most one {@code @} not at the start, and a suffix such as
   * {@code .service}, {@code .timer} or {@code .mount}), for callers that hand unit names to a tool.
   *
   * @param unitName e.g. {@code openclaw-healthcheck.timer} or {@code worker@one.service}
   * @return the reason, or empty for a valid name
   */
  public static java.util.Optional<String> nameProblem(String unitName) {
    return java.util.Optional.ofNullable(UnitNames.nameProblem(Objects.requireNonNull(unitName,
        "unitName")));
  }

  /**
   * A builder holding this unit's name and entries.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(type, baseName);
    for (Section s : unitFile.sections()) {
      for (Entry e : s.entries()) {
        b.section(s.name()).add(e);
      }
    }
    return b;
  }

  /**
   * The file name.
   *
   * @return e.g. {@code openclaw-healthcheck.timer}
   */
  public String fileName() {
    return baseName + type.suffix();
  }

  /**
   * The name without suffix.
   *
   * @return e.g. {@code openclaw-healthcheck}
   */
  public String baseName() {
    return baseName;
  }

  /**
   * The type.
   *
   * @return the type
   */
  public UnitType type() {
    return type;
  }

  /**
   * The units whose {@code .wants/} directory links this one when enabled ({@code WantedBy=}).
   *
   * @return unit names in order, unmodifiable
   */
  public List<String> wantedBy() {
    return installList("WantedBy");
  }

  /**
   * The units whose {@code .requires/} directory links this one when enabled ({@code RequiredBy=}).
   *
   * @return unit names in order, unmodifiable
   */
  public List<String> requiredBy() {
    return installList("RequiredBy");
  }

  /**
   * The other names the unit gets when enabled ({@code Alias=}).
   *
   * @return unit names in order, unmodifiable
   */
  public List<String> aliases() {
    return installList("Alias");
  }

  /** The words of an {@code [Install]} list key; an empty assignment resets it, as in systemd. */
  private List<String> installList(String key) {
    List<String> out = new ArrayList<>();
    for (String v : unitFile.values("Install", key)) {
      if (v.isEmpty()) {
        out.clear();
      }
      for (String w : WHITESPACE.split(v.trim())) {
        if (!w.isEmpty() && !out.contains(w)) {
          out.add(w);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The unit file.
   *
   * @return the core unit file this unit renders
   */
  public UnitFile unitFile() {
    return unitFile;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SystemdUnit u && u.fileName().equals(fileName()) && u.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName(), text);
  }

  /** The rendered unit file text. */
  @Override
  public String toString() {
    return text;
  }

  /** Mutable builder; not thread-safe. Problems are collected and reported by {@link #build()}. */
  public static final class Builder {
    private final UnitType type;
    private final String baseName;
    private final Map<String, SectionDraft> sections = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private Builder(UnitType type, String baseName) {
      this.type = type;
      this.baseName = Objects.requireNonNull(baseName, "baseName");
      section("Unit");
      type.section().ifPresent(this::section);
      section("Install");
    }

    private SectionDraft section(String name) {
      return sections.computeIfAbsent(name, SectionDraft::new);
    }

    private Location at(String section, String key) {
      return Location.of(baseName + type.suffix()).child(section).child(key);
    }

    // ------------------------------------------------------------------ escape hatch

    /**
     * Sets a key, replacing earlier values; a {@code %} in the value is escaped as {@code %%}.
     *
     * @param section e.g. {@code Service}
     * @param key a key systemd 252 reads in that section, e.g. {@code RuntimeMaxSec}
     * @param value the value, written as given (empty resets the key)
     * @return this builder
     */
    public Builder set(String section, String key, String value) {
      return put(section, key, value, true, false);
    }

    /**
     * Appends a value to a key (for list keys and repeated keys such as {@code ExecStartPre=}); a
     * {@code %} is escaped as {@code %%}.
     *
     * @param section the section
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder add(String section, String key, String value) {
      return put(section, key, value, false, false);
    }

    /**
     * Sets a key whose value uses systemd specifiers ({@code %h}, {@code %i}…), written unescaped;
     * every {@code %} must start a specifier systemd 252 knows or be {@code %%}.
     *
     * @param section the section
     * @param key the key
     * @param value the value with specifiers
     * @return this builder
     */
    public Builder setWithSpecifiers(String section, String key, String value) {
      return put(section, key, value, true, true);
    }

    /**
     * Appends a value that uses systemd specifiers, written unescaped.
     *
     * @param section the section
     * @param key the key
     * @param value the value with specifiers
     * @return this builder
     */
    public Builder addWithSpecifiers(String section, String key, String value) {
      return put(section, key, value, false, true);
    }

    private Builder put(String section, String key, String value, boolean replace,
        boolean specifiers) {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      SectionDraft s = section(section);
      String problem = keyProblem(section, key);
      if (problem == null) {
        problem = UnitRules.valueProblem(key, value, specifiers);
      }
      if (problem != null) { // the location only for a refusal: the line the value would have been
        problems.add(new Problem(replace ? at(section, key) : at(section, key).index(s.count(key)), problem));
        return this;
      }
      if (replace) {
        s.remove(key);
      }
      s.add(new Entry(key, specifiers ? value : UnitNames.escape(value)));
      return this;
    }

    /** Why the key cannot be written in the section, or null. */
    private String keyProblem(String section, String key) {
      boolean sectionOk = section.equals("Unit") || section.equals("Install")
          || section.startsWith("X-") || type.section().map(section::equals).orElse(false);
      if (!sectionOk) {
        return "a " + type.suffix() + " unit has no [" + section + "] section systemd reads";
      }
      if (!UnitKeys.known(section, key)) {
        return "unknown key: systemd 252 does not read " + key + "= in [" + section
            + "] (it would warn and ignore it)";
      }
      return null;
    }

    /**
     * Removes every value of a key.
     *
     * @param section the section
     * @param key the key
     * @return this builder
     */
    public Builder remove(String section, String key) {
      SectionDraft s = sections.get(Objects.requireNonNull(section, "section"));
      if (s != null) {
        s.remove(Objects.requireNonNull(key, "key"));
      }
      return this;
    }

    // ------------------------------------------------------------------ [Unit]

    /**
     * {@code Description=}.
     *
     * @param text a short description
     * @return this builder
     */
    public Builder description(String text) {
      return set("Unit", "Description", text);
    }

    /**
     * Adds a {@code Documentation=} URI.
     *
     * @param uri e.g. {@code https://example.org/docs} or {@code man:podman(1)}
     * @return this builder
     */
    public Builder documentation(String uri) {
      return add("Unit", "Documentation", uri);
    }

    /**
     * Adds units to {@code After=}.
     *
     * @param units unit names such as {@code network-online.target}
     * @return this builder
     */
    public Builder after(String... units) {
      return units("Unit", "After", units);
    }

    /**
     * Adds units to {@code Before=}.
     *
     * @param units unit names
     * @return this builder
     */
    public Builder before(String... units) {
      return units("Unit", "Before", units);
    }

    /**
     * Adds units to {@code Wants=}.
     *
     * @param units unit names
     * @return this builder
     */
    public Builder wants(String... units) {
      return units("Unit", "Wants", units);
    }

    /**
     * Adds units to {@code Requires=}.
     *
     * @param units unit names
     * @return this builder
     */
    public Builder requires(String... units) {
      return units("Unit", "Requires", units);
    }

    /**
     * Adds units to {@code PartOf=}.
     *
     * @param units unit names
     * @return this builder
     */
    public Builder partOf(String... units) {
      return units("Unit", "PartOf", units);
    }

    /**
     * Adds a {@code ConditionPathExists=}: an absolute path, optionally prefixed with {@code !}.
     *
     * @param path e.g. {@code /var/home/openclaw/.config} or {@code !/etc/skip}
     * @return this builder
     */
    public Builder conditionPathExists(String path) {
      Objects.requireNonNull(path, "path");
      String p = path.startsWith("!") ? path.substring(1) : path;
      if (!p.startsWith("/")) {
        problems.add(new Problem(at("Unit", "ConditionPathExists"),
            "'" + path + "' is not an absolute path"));
        return this;
      }
      return add("Unit", "ConditionPathExists", path);
    }

    private Builder units(String section, String key, String... units) {
      Objects.requireNonNull(units, "units");
      for (String u : units) {
        Objects.requireNonNull(u, "unit");
        if (u.isBlank() || u.chars().anyMatch(Character::isWhitespace)) {
          problems.add(new Problem(at(section, key).index(section(section).count(key)),
              "'" + u + "' is not a unit name"));
          return this;
        }
      }
      return units.length == 0 ? this : add(section, key, String.join(" ", units));
    }

    // ------------------------------------------------------------------ [Service]

    /**
     * {@code Type=}.
     *
     * @param serviceType the type
     * @return this builder
     */
    public Builder type(ServiceType serviceType) {
      return set("Service", "Type", Objects.requireNonNull(serviceType, "serviceType").value());
    }

    /**
     * Adds an {@code ExecStart=} command line (several only for {@link ServiceType#ONESHOT}),
     * written as given with systemd's quoting; a {@code %} is escaped as {@code %%}.
     *
     * @param commandLine e.g. {@code /usr/libexec/tank-os/healthcheck --port 18789}
     * @return this builder
     */
    public Builder execStart(String commandLine) {
      return command("ExecStart", commandLine);
    }

    /**
     * Adds an {@code ExecStart=} from words, quoted so that systemd reads them back.
     *
     * @param argv the executable and its arguments
     * @return this builder
     */
    public Builder execStart(List<String> argv) {
      Objects.requireNonNull(argv, "argv");
      try {
        return command("ExecStart", argv.isEmpty() ? "" : ExecWords.quote(argv));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(at("Service", "ExecStart").index(section("Service")
            .count("ExecStart")), e.getMessage()));
        return this;
      }
    }

    /**
     * Adds an {@code ExecStartPre=} command line.
     *
     * @param commandLine the command line
     * @return this builder
     */
    public Builder execStartPre(String commandLine) {
      return command("ExecStartPre", commandLine);
    }

    /**
     * Adds an {@code ExecStartPost=} command line.
     *
     * @param commandLine the command line
     * @return this builder
     */
    public Builder execStartPost(String commandLine) {
      return command("ExecStartPost", commandLine);
    }

    /**
     * Adds an {@code ExecStop=} command line.
     *
     * @param commandLine the command line
     * @return this builder
     */
    public Builder execStop(String commandLine) {
      return command("ExecStop", commandLine);
    }

    private Builder command(String key, String commandLine) {
      Objects.requireNonNull(commandLine, "commandLine");
      if (commandLine.isBlank()) {
        problems.add(new Problem(at("Service", key).index(section("Service").count(key)),
            "command line is empty"));
        return this;
      }
      return add("Service", key, commandLine);
    }

    /**
     * {@code RemainAfterExit=}.
     *
     * @param remain whether the service stays active after its process exits
     * @return this builder
     */
    public Builder remainAfterExit(boolean remain) {
      return set("Service", "RemainAfterExit", remain ? "yes" : "no");
    }

    /**
     * {@code TimeoutStartSec=}, written exactly as given ({@code 900} stays {@code 900}).
     *
     * @param span a systemd time span, e.g. {@code 900}, {@code 15min}, {@code infinity}
     * @return this builder
     */
    public Builder timeoutStartSec(String span) {
      return set("Service", "TimeoutStartSec", span);
    }

    /**
     * {@code Restart=}.
     *
     * @param policy {@code no}, {@code on-success}, {@code on-failure}, {@code on-abnormal},
     *     {@code on-watchdog}, {@code on-abort} or {@code always}
     * @return this builder
     */
    public Builder restart(String policy) {
      if (!UnitRules.RESTART.contains(Objects.requireNonNull(policy, "policy"))) {
        problems.add(new Problem(at("Service", "Restart"), "'" + policy
            + "' is not a restart policy (no, on-success, on-failure, on-abnormal, on-watchdog,"
            + " on-abort, always)"));
        return this;
      }
      return set("Service", "Restart", policy);
    }

    /**
     * {@code RestartSec=}, written as given.
     *
     * @param span a systemd time span
     * @return this builder
     */
    public Builder restartSec(String span) {
      return set("Service", "RestartSec", span);
    }

    /**
     * {@code User=}.
     *
     * @param user a user name or numeric id
     * @return this builder
     */
    public Builder user(String user) {
      String p = UnitRules.userProblem(Objects.requireNonNull(user, "user"));
      if (p != null) {
        problems.add(new Problem(at("Service", "User"), p));
        return this;
      }
      return set("Service", "User", user);
    }

    /**
     * Adds an {@code Environment=} assignment, quoted as systemd reads it.
     *
     * @param name the variable name
     * @param value its value (no newline or NUL)
     * @return this builder
     */
    public Builder environment(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      String p = UnitRules.envNameProblem(name);
      if (p == null) {
        p = UnitRules.breakProblem(value);
        p = p == null ? null : "value of " + name + " " + p;
      }
      if (p != null) {
        problems.add(new Problem(at("Service", "Environment").index(section("Service").count("Environment")), p));
        return this;
      }
      return add("Service", "Environment", ExecWords.quoteWord(name + "=" + value));
    }

    // ------------------------------------------------------------------ [Timer]

    /**
     * {@code OnBootSec=}, written as given.
     *
     * @param span a systemd time span
     * @return this builder
     */
    public Builder onBootSec(String span) {
      return set("Timer", "OnBootSec", span);
    }

    /**
     * {@code OnUnitActiveSec=}, written as given.
     *
     * @param span a systemd time span
     * @return this builder
     */
    public Builder onUnitActiveSec(String span) {
      return set("Timer", "OnUnitActiveSec", span);
    }

    /**
     * Adds an {@code OnCalendar=} event, e.g. {@code daily} or {@code *-*-* 04:00:00}.
     *
     * @param calendarEvent a systemd calendar expression
     * @return this builder
     */
    public Builder onCalendar(String calendarEvent) {
      return add("Timer", "OnCalendar", calendarEvent);
    }

    /**
     * {@code Persistent=}.
     *
     * @param persistent whether a missed run happens at the next start
     * @return this builder
     */
    public Builder persistent(boolean persistent) {
      return set("Timer", "Persistent", persistent ? "true" : "false");
    }

    /**
     * {@code Unit=}: the unit a timer or path unit activates (by default the one of the same name).
     *
     * @param unit a unit name such as {@code openclaw-healthcheck.service}
     * @return this builder
     */
    public Builder unit(String unit) {
      return set(type.section().orElse("Timer"), "Unit", Objects.requireNonNull(unit, "unit"));
    }

    // ------------------------------------------------------------------ [Install]

    /**
     * Adds units to {@code WantedBy=}.
     *
     * @param units targets such as {@code multi-user.target} or {@code default.target}
     * @return this builder
     */
    public Builder wantedBy(String... units) {
      return units("Install", "WantedBy", units);
    }

    /**
     * Adds units to {@code RequiredBy=}.
     *
     * @param units unit names
     * @return this builder
     */
    public Builder requiredBy(String... units) {
      return units("Install", "RequiredBy", units);
    }

    /**
     * Builds the unit.
     *
     * @return the immutable unit
     * @throws ValidationException listing every problem, located like {@code
     *     NAME.timer.Timer.OnBootSecs}
     */
    public SystemdUnit build() {
      Problems all = new Problems();
      String fileName = baseName + type.suffix();
      String nameProblem = UnitNames.baseNameProblem(baseName, type);
      if (nameProblem != null) {
        all.add(Location.of(fileName), nameProblem);
      }
      problems.forEach(all::add);
      needs(all, fileName);
      UnitFile.Builder file = UnitFile.builder();
      for (SectionDraft s : sections.values()) {
        if (!s.entries.isEmpty()) {
          file.section(Section.of(s.name, List.of(), s.entries));
        }
      }
      if (!UnitRules.NEEDS_ONE_OF.containsKey(type)
          && sections.values().stream().allMatch(s -> s.entries.isEmpty())) {
        all.add(Location.of(fileName), "the unit has no settings (systemd reads an empty unit file"
            + " as masked)");
      }
      UnitFile[] built = new UnitFile[1];
      try {
        built[0] = file.build();
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          all.add(Location.of(fileName).child(p.location().path()), p.message());
        }
      }
      all.throwIfAny();
      return new SystemdUnit(type, baseName, built[0]);
    }

    private void needs(Problems all, String fileName) {
      List<String> oneOf = UnitRules.NEEDS_ONE_OF.get(type);
      SectionDraft own = type.section().map(sections::get).orElse(null);
      if (oneOf != null) {
        boolean any = oneOf.stream().anyMatch(k -> own != null && own.effective(k) > 0);
        if (!any) {
          all.add(Location.of(fileName).child(type.section().orElseThrow()),
              "systemd refuses a " + type.suffix() + " unit without one of " + String.join("=, ",
                  oneOf) + "=");
        }
      }
      if (type != UnitType.SERVICE || own == null) {
        return;
      }
      boolean oneshot = own.last("Type").equals("oneshot");
      if (own.effective("ExecStart") > 1 && !oneshot) {
        all.add(Location.of(fileName).child("Service").child("ExecStart"),
            "several ExecStart= lines need Type=oneshot (systemd refuses the unit otherwise)");
      }
      String restart = own.last("Restart");
      if (oneshot && (restart.equals("always") || restart.equals("on-success"))) {
        all.add(Location.of(fileName).child("Service").child("Restart"),
            "Restart=" + restart + " is not allowed for Type=oneshot (systemd refuses the unit)");
      }
      if (own.last("Type").equals("dbus") && own.effective("BusName") == 0) {
        all.add(Location.of(fileName).child("Service").child("BusName"),
            "Type=dbus needs BusName= (systemd refuses the unit otherwise)");
      }
    }
  }

  /** The entries of one section while the unit is being built. */
  private static final class SectionDraft {
    private final String name;
    private final List<Entry> entries = new ArrayList<>();

    SectionDraft(String name) {
      this.name = name;
    }

    int count(String key) {
      int n = 0;
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          n++;
        }
      }
      return n;
    }

    /** Values of a key that count: the non-empty ones after the last empty (resetting) one. */
    int effective(String key) {
      int n = 0;
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          n = e.value().isEmpty() ? 0 : n + 1;
        }
      }
      return n;
    }

    /** The last value of a key, or the empty string. */
    String last(String key) {
      String v = "";
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          v = e.value();
        }
      }
      return v;
    }

    void add(Entry e) {
      entries.add(e);
    }

    void remove(String key) {
      entries.removeIf(e -> e.key().equals(key));
    }
  }
}
