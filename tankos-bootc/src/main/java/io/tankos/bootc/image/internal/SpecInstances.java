package io.tankos.bootc.image.internal;

import io.tankos.bootc.image.AgentInstance;
import io.tankos.bootc.image.HealthCheck;
import io.tankos.bootc.image.InstanceSecret;
import io.tankos.bootc.image.ServiceGator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code instances} of a spec: each starts from {@link AgentInstance#builder(String)}'s
 * defaults; {@code secrets} and {@code tokens} replace the default lists; {@code serviceGator} and
 * {@code healthCheck} are {@code null} for none or an object over their defaults.
 */
final class SpecInstances {
  static final List<String> INSTANCE_KEYS = List.of("name", "description", "containerName", "image", "gatewayPort",
      "stateDirectory", "envFile", "secrets", "serviceGator", "healthCheck", "after", "wants", "timeoutStartSec");
  static final List<String> SECRET_KEYS = List.of("name", "as", "variable");
  static final List<String> GATOR_KEYS = List.of("name", "image", "port", "tokens");
  static final List<String> HEALTH_KEYS = List.of("interval", "bootDelay");

  private SpecInstances() {}

  /** The instances of the spec, or the preset's when it has none; instance names are unique. */
  static List<AgentInstance> read(SpecObject spec, List<AgentInstance> preset) {
    if (!spec.has("instances")) {
      return preset;
    }
    List<AgentInstance> out = new ArrayList<>();
    Map<String, Integer> names = new LinkedHashMap<>();
    List<SpecNode> nodes = spec.items("instances").orElse(List.of());
    for (int i = 0; i < nodes.size(); i++) {
      String path = "instances[" + i + "]";
      int index = i;
      SpecObject.of(nodes.get(i), path, spec.problems(), INSTANCE_KEYS).ifPresent(o -> {
        o.requiredString("name").ifPresent(name -> {
          Integer earlier = names.putIfAbsent(name, index);
          if (earlier != null) {
            o.problems().add(o.line("name"), o.path("name"), "instance name '" + SpecText.shown(name)
                + "' is already instances[" + earlier + "]");
          } else {
            instance(o, name).ifPresent(out::add);
          }
        });
      });
    }
    return out;
  }

  private static Optional<AgentInstance> instance(SpecObject o, String name) {
    AgentInstance.Builder b = AgentInstance.builder(name);
    o.string("description").ifPresent(b::description);
    o.string("containerName").ifPresent(b::containerName);
    o.string("image").ifPresent(b::image);
    o.intValue("gatewayPort").ifPresent(b::gatewayPort);
    o.string("stateDirectory").ifPresent(b::stateDirectory);
    o.string("envFile").ifPresent(b::envFile);
    if (o.has("secrets")) {
      b.clearSecrets();
      secrets(o, "secrets", true).forEach(b::secret);
    }
    o.get("serviceGator").ifPresent(n -> b.serviceGator(isNull(n) ? null
        : o.object("serviceGator", GATOR_KEYS).flatMap(SpecInstances::gator).orElse(null)));
    o.get("healthCheck").ifPresent(n -> b.healthCheck(isNull(n) ? null
        : o.object("healthCheck", HEALTH_KEYS).flatMap(SpecInstances::health).orElse(null)));
    o.strings("after").ifPresent(u -> b.after(u.toArray(String[]::new)));
    o.strings("wants").ifPresent(u -> b.wants(u.toArray(String[]::new)));
    o.string("timeoutStartSec").ifPresent(b::timeoutStartSec);
    return SpecReader.build(o, "AgentInstance", b::build);
  }

  private static boolean isNull(SpecNode n) {
    return n instanceof SpecNode.Scalar s && s.kind() == SpecNode.Kind.NULL;
  }

  private static Optional<ServiceGator> gator(SpecObject g) {
    ServiceGator.Builder b = ServiceGator.builder();
    g.string("name").ifPresent(b::name);
    g.string("image").ifPresent(b::image);
    g.intValue("port").ifPresent(b::port);
    if (g.has("tokens")) {
      b.clearTokens();
      secrets(g, "tokens", false).forEach(b::token);
    }
    return SpecReader.build(g, "ServiceGator", b::build);
  }

  private static Optional<HealthCheck> health(SpecObject h) {
    HealthCheck.Builder b = HealthCheck.builder();
    h.string("interval").ifPresent(b::interval);
    h.string("bootDelay").ifPresent(b::bootDelay);
    return SpecReader.build(h, "HealthCheck", b::build);
  }

  /** A list of secrets: {@code name}, {@code as} (env or file; the default given) and {@code variable}. */
  private static List<InstanceSecret> secrets(SpecObject owner, String key, boolean envByDefault) {
    return SpecReader.list(owner, key, (node, path, problems) ->
        SpecObject.of(node, path, problems, SECRET_KEYS).flatMap(s -> secret(s, envByDefault)), List::of, null);
  }

  private static Optional<InstanceSecret> secret(SpecObject s, boolean envByDefault) {
    Optional<String> name = s.requiredString("name");
    boolean env = s.word("as", List.of("env", "file")).map("env"::equals).orElse(envByDefault);
    Optional<String> variable = s.string("variable");
    if (env && !s.has("variable")) {
      s.missing("variable", "as: env needs the environment variable");
    }
    if (name.isEmpty() || (env && variable.isEmpty()) || (s.has("variable") && variable.isEmpty())) {
      return Optional.empty();
    }
    return SpecReader.build(s, "InstanceSecret", () -> env ? InstanceSecret.env(name.get(), variable.get())
        : variable.map(v -> InstanceSecret.file(name.get(), v)).orElseGet(() -> InstanceSecret.file(name.get())));
  }
}
