package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One OpenClaw agent on the machine: a rootless Quadlet {@code NAME.container} with its own
 * container name, gateway port (host network), state directory and env file under the agent user's
 * home, the secrets it accepts, and optionally a service-gator companion and a health check.
 * Several instances share a machine (e.g. {@code work} and {@code research}); {@link
 * TankOsImage.Builder#build()} refuses collisions between them.
 *
 * <pre>{@code
 * AgentInstance research = AgentInstance.builder("research")
 *     .gatewayPort(18790)
 *     .clearSecrets()
 *     .secret(InstanceSecret.env("openai_api_key", "OPENAI_API_KEY"))
 *     .build();
 * }</pre>
 */
public final class AgentInstance {
  private static final Pattern UNIT_PREFIX = Pattern.compile("[A-Za-z0-9:_.@\\\\-]+");
  private static final Pattern UNIT_SUFFIX = Pattern.compile("[a-z]+");

  /** The OpenClaw image Tank-OS's Quadlet names. */
  public static final String OPENCLAW_IMAGE = "ghcr.io/openclaw/openclaw:latest";

  /** Tank-OS's gateway port. */
  public static final int GATEWAY_PORT = 18789;

  /** The variables the agent's unit sets itself; a secret cannot target them. */
  static final Map<String, String> ENVIRONMENT = environment();

  private static final Location AT = Location.of("AgentInstance");

  private final String name;
  private final String description;
  private final String containerName;
  private final String image;
  private final int gatewayPort;
  private final String stateDirectory;
  private final String envFile;
  private final List<InstanceSecret> secrets;
  private final ServiceGator serviceGator;
  private final HealthCheck healthCheck;
  private final List<String> after;
  private final List<String> wants;
  private final String timeoutStartSec;

  private AgentInstance(Builder b) {
    this.name = b.name;
    this.description = b.description != null ? b.description
        : "OpenClaw gateway " + (b.name.equals("openclaw") ? "" : b.name + " ") + "(rootless Podman)";
    this.containerName = b.containerName != null ? b.containerName : b.name;
    this.image = b.image;
    this.gatewayPort = b.gatewayPort;
    this.stateDirectory = b.stateDirectory != null ? b.stateDirectory : "." + b.name;
    this.envFile = b.envFile != null ? b.envFile : stateDirectory + "/openclaw.env";
    this.secrets = List.copyOf(b.secrets);
    this.serviceGator = b.serviceGator;
    this.healthCheck = b.healthCheck;
    this.after = List.copyOf(b.after);
    this.wants = List.copyOf(b.wants);
    this.timeoutStartSec = b.timeoutStartSec;
  }

  private static Map<String, String> environment() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("HOME", "/home/node");
    m.put("TERM", "xterm-256color");
    m.put("NPM_CONFIG_CACHE", "/home/node/.openclaw/.npm");
    m.put("OPENCLAW_NO_RESPAWN", "1");
    return Collections.unmodifiableMap(m);
  }

  /**
   * The secrets Tank-OS knows, each as the environment variable of its upper-case name.
   *
   * @return {@code anthropic_api_key → ANTHROPIC_API_KEY}, … {@code openclaw_gateway_token}
   */
  public static List<InstanceSecret> knownSecrets() {
    List<InstanceSecret> list = new ArrayList<>();
    for (String s : List.of("anthropic_api_key", "openai_api_key", "gemini_api_key", "google_api_key",
        "openrouter_api_key", "model_endpoint_api_key", "telegram_bot_token", "openclaw_gateway_token")) {
      list.add(InstanceSecret.env(s, s.toUpperCase(Locale.ROOT)));
    }
    return List.copyOf(list);
  }

  /**
   * Tank-OS's instance at {@code 184f798^}: {@code openclaw} on port 18789, state in {@code
   * ~/.openclaw}, the known secrets, service-gator, a health check, ordered after (and wanting) {@code
   * openshell-gateway.service}.
   *
   * @return the instance
   */
  public static AgentInstance tankOs() {
    return builder("openclaw")
        .serviceGator(ServiceGator.tankOs())
        .after("openshell-gateway.service")
        .wants("openshell-gateway.service")
        .build();
  }

  /**
   * A builder: container name, state directory {@code .NAME} and env file {@code .NAME/openclaw.env}
   * derived from the name, port 18789, the known secrets, a health check, no service-gator.
   *
   * @param name the instance (and Quadlet unit) name
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder holding this instance's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.description = description;
    b.containerName = containerName;
    b.image = image;
    b.gatewayPort = gatewayPort;
    b.stateDirectory = stateDirectory;
    b.envFile = envFile;
    b.secrets.clear();
    b.secrets.addAll(secrets);
    b.serviceGator = serviceGator;
    b.healthCheck = healthCheck;
    b.after.addAll(after);
    b.wants.addAll(wants);
    b.timeoutStartSec = timeoutStartSec;
    return b;
  }

  /**
   * The instance name, also the Quadlet unit's ({@code NAME.container}).
   *
   * @return e.g. {@code openclaw}
   */
  public String name() {
    return name;
  }

  /**
   * The unit's description.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The Quadlet file name.
   *
   * @return {@code NAME.container}
   */
  public String quadletName() {
    return name + ".container";
  }

  /**
   * The user units that start this instance at boot: its agent service, its service-gator's service
   * and its health-check timer (masking them keeps the instance off a machine).
   *
   * @return unit names, e.g. {@code [openclaw.service, service-gator.service]}
   */
  public List<String> startingUnits() {
    List<String> units = new ArrayList<>();
    units.add(name + ".service");
    if (serviceGator != null) {
      units.add(serviceGator.name() + ".service");
    }
    if (healthCheck != null) {
      units.add(InstanceUnits.healthName(this) + ".timer");
    }
    return List.copyOf(units);
  }

  /**
   * The Podman container name.
   *
   * @return e.g. {@code openclaw}
   */
  public String containerName() {
    return containerName;
  }

  /**
   * The OpenClaw image.
   *
   * @return the reference
   */
  public String image() {
    return image;
  }

  /**
   * The gateway port (the container uses the host network).
   *
   * @return e.g. 18789
   */
  public int gatewayPort() {
    return gatewayPort;
  }

  /**
   * The state directory, relative to the agent user's home, mounted at {@code /home/node/.openclaw}.
   *
   * @return e.g. {@code .openclaw}
   */
  public String stateDirectory() {
    return stateDirectory;
  }

  /**
   * The env file, relative to the agent user's home.
   *
   * @return e.g. {@code .openclaw/openclaw.env}
   */
  public String envFile() {
    return envFile;
  }

  /**
   * The secrets the instance accepts.
   *
   * @return unmodifiable list
   */
  public List<InstanceSecret> secrets() {
    return secrets;
  }

  /**
   * The service-gator companion.
   *
   * @return the companion, if any
   */
  public Optional<ServiceGator> serviceGator() {
    return Optional.ofNullable(serviceGator);
  }

  /**
   * The health check.
   *
   * @return the check, if any
   */
  public Optional<HealthCheck> healthCheck() {
    return Optional.ofNullable(healthCheck);
  }

  /**
   * Units the instance starts after ({@code After=}).
   *
   * @return unmodifiable list
   */
  public List<String> after() {
    return after;
  }

  /**
   * Units the instance wants ({@code Wants=}).
   *
   * @return unmodifiable list
   */
  public List<String> wants() {
    return wants;
  }

  /**
   * How long the unit may take to start (image pull included), as written.
   *
   * @return e.g. {@code 900}
   */
  public String timeoutStartSec() {
    return timeoutStartSec;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgentInstance i && i.name.equals(name) && i.description.equals(description)
        && i.containerName.equals(containerName) && i.image.equals(image) && i.gatewayPort == gatewayPort
        && i.stateDirectory.equals(stateDirectory) && i.envFile.equals(envFile) && i.secrets.equals(secrets)
        && Objects.equals(i.serviceGator, serviceGator) && Objects.equals(i.healthCheck, healthCheck)
        && i.after.equals(after) && i.wants.equals(wants) && i.timeoutStartSec.equals(timeoutStartSec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, containerName, image, gatewayPort, stateDirectory, envFile, secrets,
        serviceGator, healthCheck, after, wants, timeoutStartSec);
  }

  @Override
  public String toString() {
    return "AgentInstance[" + name + ", port " + gatewayPort + ", ~/" + stateDirectory + "]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String name;
    private String description;
    private String containerName;
    private String image = OPENCLAW_IMAGE;
    private int gatewayPort = GATEWAY_PORT;
    private String stateDirectory;
    private String envFile;
    private final List<InstanceSecret> secrets = new ArrayList<>(knownSecrets());
    private ServiceGator serviceGator;
    private HealthCheck healthCheck = HealthCheck.defaults();
    private final List<String> after = new ArrayList<>();
    private final List<String> wants = new ArrayList<>();
    private String timeoutStartSec = "900";

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * The unit's description (default {@code OpenClaw gateway [NAME ](rootless Podman)}).
     *
     * @param value one line
     * @return this builder
     */
    public Builder description(String value) {
      this.description = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The container name (default the instance name).
     *
     * @param value the name
     * @return this builder
     */
    public Builder containerName(String value) {
      this.containerName = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The OpenClaw image (default {@value AgentInstance#OPENCLAW_IMAGE}).
     *
     * @param value the reference
     * @return this builder
     */
    public Builder image(String value) {
      this.image = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The gateway port (default 18789).
     *
     * @param value the port
     * @return this builder
     */
    public Builder gatewayPort(int value) {
      this.gatewayPort = value;
      return this;
    }

    /**
     * The state directory relative to the home (default {@code .NAME}).
     *
     * @param value e.g. {@code .openclaw-work}
     * @return this builder
     */
    public Builder stateDirectory(String value) {
      this.stateDirectory = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The env file relative to the home (default {@code STATE/openclaw.env}).
     *
     * @param value e.g. {@code .openclaw-work/openclaw.env}
     * @return this builder
     */
    public Builder envFile(String value) {
      this.envFile = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Adds an accepted secret.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder secret(InstanceSecret secret) {
      secrets.add(Objects.requireNonNull(secret, "secret"));
      return this;
    }

    /**
     * Removes every accepted secret (the known ones included).
     *
     * @return this builder
     */
    public Builder clearSecrets() {
      secrets.clear();
      return this;
    }

    /**
     * The service-gator companion.
     *
     * @param value the companion, or null for none
     * @return this builder
     */
    public Builder serviceGator(ServiceGator value) {
      this.serviceGator = value;
      return this;
    }

    /**
     * The health check (default {@link HealthCheck#defaults()}).
     *
     * @param value the check, or null for none
     * @return this builder
     */
    public Builder healthCheck(HealthCheck value) {
      this.healthCheck = value;
      return this;
    }

    /**
     * Adds units to start after.
     *
     * @param units unit names
     * @return this builder
     */
    public Builder after(String... units) {
      for (String u : units) {
        after.add(Objects.requireNonNull(u, "unit"));
      }
      return this;
    }

    /**
     * Adds units to want.
     *
     * @param units unit names
     * @return this builder
     */
    public Builder wants(String... units) {
      for (String u : units) {
        wants.add(Objects.requireNonNull(u, "unit"));
      }
      return this;
    }

    /**
     * The start timeout, written as given (default {@code 900}: the first start pulls the image).
     *
     * @param span a systemd time span
     * @return this builder
     */
    public Builder timeoutStartSec(String span) {
      this.timeoutStartSec = Objects.requireNonNull(span, "span");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     * @throws io.tankos.core.validation.ValidationException listing every problem: bad names,
     *     ports, paths or spans; a secret listed twice or two secrets for one variable ({@code
     *     AgentInstance.secrets[i]}); a secret for a variable the unit sets itself
     */
    public AgentInstance build() {
      Problems problems = new Problems();
      ImageChecks.name(name, AT.child("name"), problems);
      if (description != null) {
        ImageChecks.line(description, AT.child("description"), problems);
      }
      if (containerName != null) {
        ImageChecks.containerName(containerName, AT.child("containerName"), problems);
      }
      ImageChecks.image(image, AT.child("image"), problems);
      ImageChecks.port(gatewayPort, AT.child("gatewayPort"), problems);
      if (stateDirectory != null) {
        ImageChecks.relativePath(stateDirectory, AT.child("stateDirectory"), problems);
      }
      if (envFile != null) {
        ImageChecks.relativePath(envFile, AT.child("envFile"), problems);
      }
      ImageChecks.timeSpan(timeoutStartSec, AT.child("timeoutStartSec"), problems);
      units(after, AT.child("after"), problems);
      units(wants, AT.child("wants"), problems);
      secrets(problems);
      problems.throwIfAny();
      return new AgentInstance(this);
    }

    private static void units(List<String> units, Location at, Problems problems) {
      for (int i = 0; i < units.size(); i++) {
        String u = units.get(i);
        int dot = u.lastIndexOf('.');
        if (dot <= 0 || !UNIT_PREFIX.matcher(u.substring(0, dot)).matches() || !UNIT_SUFFIX.matcher(u.substring(dot + 1)).matches()) {
          problems.add(at.index(i), "'" + ImageChecks.printable(u) + "' is not a unit name such as network-online.target");
        }
      }
    }

    private void secrets(Problems problems) {
      for (int i = 0; i < secrets.size(); i++) {
        InstanceSecret s = secrets.get(i);
        Location at = AT.child("secrets").index(i);
        for (int j = 0; j < i; j++) {
          InstanceSecret o = secrets.get(j);
          if (o.name().equals(s.name())) {
            problems.add(at, "secret " + s.name() + " is already secrets[" + j + "]");
          } else if (s.variable().isPresent() && s.variable().equals(o.variable())) {
            problems.add(at, "variable " + s.variable().get() + " is already set by secrets[" + j + "] ("
                + o.name() + ")");
          }
        }
        s.variable().filter(ENVIRONMENT::containsKey).ifPresent(v ->
            problems.add(at, "variable " + v + " is set by the unit itself"));
      }
    }
  }
}
