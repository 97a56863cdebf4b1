package io.tankos.quadlet;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.quadlet.internal.QuadletReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What two units of one {@link QuadletSet} must not share, judged on the units as Quadlet reads
 * them (drop-ins merged, each known instance of a template on its own; a template without
 * instances is not judged):
 *
 * <ul>
 *   <li>a host port: {@code PublishPort=} of {@code .container}, {@code .pod} and {@code .kube}
 *       units, read as Podman reads it ({@link PublishedPort}); a value without a host port, or one
 *       Podman would refuse, claims nothing;
 *   <li>a container or pod name ({@code ContainerName=}, {@code PodName=}; Podman keeps container
 *       and pod names in one namespace: 4.3.1 refuses {@code pod create --name X} with "name X is
 *       in use: container already exists"). Quadlet's defaults (observed with 5.4.2 and 5.8.6):
 *       {@code systemd-%N} for a container, {@code systemd-%p_%i} for an instance of a template
 *       container, {@code systemd-NAME} for a pod and a pod instance ({@code systemd-web@one});
 *   <li>a network name ({@code NetworkName=}, default {@code systemd-NAME});
 *   <li>a volume name ({@code VolumeName=}, default {@code systemd-NAME}). An instance of a
 *       template network or volume without an explicit name is not judged: its default differs
 *       between Quadlet versions ({@code systemd-net@one} in 5.4, {@code systemd-net@-%i} in 5.8)
 *       and is distinct per instance in both.
 * </ul>
 *
 * <p>Each problem is located at the later unit's key and names the earlier unit.
 */
final class SetCollisions {
  private SetCollisions() {}

  /**
   * Adds a problem for every collision.
   *
   * @param units the set's units
   * @param dropIns the set's drop-ins
   * @param instances instance file name to template file name
   * @param problems where problems go
   */
  static void check(List<QuadletUnit> units, List<DropIn> dropIns, Map<String, String> instances,
      Problems problems) {
    List<EffectiveUnit> judged = judged(units, dropIns, instances);
    ports(judged, problems);
    names(judged, problems);
  }

  private static List<EffectiveUnit> judged(List<QuadletUnit> units, List<DropIn> dropIns,
      Map<String, String> instances) {
    List<EffectiveUnit> out = new ArrayList<>(units.size() + instances.size());
    for (QuadletUnit u : units) {
      if (!u.isTemplate()) {
        out.add(EffectiveUnit.of(u, dropIns));
      }
    }
    if (instances.isEmpty()) {
      return out; // no template instance: no unit to look up by file
    }
    Map<String, QuadletUnit> byFile = new HashMap<>();
    for (QuadletUnit u : units) {
      byFile.put(u.fileName(), u);
    }
    instances.forEach((inst, template) -> {
      QuadletUnit t = byFile.get(template);
      if (t != null && !byFile.containsKey(inst)) {
        String stem = inst.substring(0, inst.lastIndexOf('.'));
        out.add(EffectiveUnit.instance(t, stem.substring(t.name().length()), dropIns));
      }
    });
    return out;
  }

  private record Claim(EffectiveUnit unit, int index, String source, PublishedPort port) {}

  private static void ports(List<EffectiveUnit> judged, Problems problems) {
    List<Claim> seen = null; // made at the first claim
    for (EffectiveUnit u : judged) {
      if (u.type() != UnitType.CONTAINER && u.type() != UnitType.POD && u.type() != UnitType.KUBE) {
        continue;
      }
      List<EffectiveUnit.Line> lines = u.lines("PublishPort");
      // LookupAll: an empty line drops the lines before it, so the lines that count follow the last
      int start = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).value().isEmpty()) {
          start = i + 1;
        }
      }
      int others = seen == null ? 0 : seen.size(); // this unit's claims are checked against earlier units' only
      for (int i = start; i < lines.size(); i++) {
        EffectiveUnit.Line line = lines.get(i);
        int index = i - start;
        for (PublishedPort p : PublishedPort.parse(line.value()).orElse(List.of())) {
          Claim c = new Claim(u, index, line.source(), p);
          if (seen == null) {
            seen = new ArrayList<>();
          }
          seen.add(c);
          for (int k = 0; k < others; k++) {
            Claim other = seen.get(k);
            if (other.port.collidesWith(p)) {
              problems.add(Location.of(u.fileName()).child("PublishPort").index(index),
                  "host port " + p.describe() + from(c) + " is already published by "
                      + other.unit.fileName() + ".PublishPort[" + other.index + "] ("
                      + other.port.describe() + from(other) + ")");
              break;
            }
          }
        }
      }
    }
  }

  private static String from(Claim c) {
    return c.source.equals(c.unit.fileName()) ? "" : " (set in " + c.source + ")";
  }

  /**
   * The resource name each judged unit gives Podman (container, pod, network or volume), as the
   * collision rules see it.
   *
   * @param set the set
   * @return unit (or instance) file name to resource name, in judging order
   */
  static Map<String, String> resourceNames(QuadletSet set) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (EffectiveUnit u : judged(set.units(), set.dropIns(), set.instances())) {
      Resource r = resource(u);
      if (r != null) {
        out.put(u.fileName(), r.name());
      }
    }
    return out;
  }

  /** A unit's resource: the key naming it, its name, whether the key set it, its namespace. */
  private record Resource(String key, String name, boolean explicit, String kind) {}

  /** The unit's resource name, or null for a type without one. */
  private static Resource resource(EffectiveUnit u) {
    return switch (u.type()) {
      case CONTAINER -> resource(u, "ContainerName", "container or pod");
      case POD -> resource(u, "PodName", "container or pod");
      case NETWORK -> resource(u, "NetworkName", "network");
      case VOLUME -> resource(u, "VolumeName", "volume");
      default -> null;
    };
  }

  private static Resource resource(EffectiveUnit u, String key, String kind) {
    List<String> values = u.values(key);
    String explicit = values.isEmpty() ? "" : QuadletReading.single(values.get(values.size() - 1));
    if (!explicit.isEmpty()) {
      return new Resource(key, explicit, true, kind);
    }
    String defaultName = defaultName(u);
    return defaultName == null ? null : new Resource(key, defaultName, false, kind);
  }

  /** Quadlet's name for a unit's resource when its key sets none, or null when not judged. */
  private static String defaultName(EffectiveUnit u) {
    return switch (u.type()) {
      case CONTAINER -> u.expand(u.isInstance() ? "systemd-%p_%i" : "systemd-%N");
      case POD -> "systemd-" + u.stem();
      default -> u.isInstance() ? null : "systemd-" + u.stem(); // network, volume
    };
  }

  /** A resource name of a kind: the key of the names taken. */
  private record Taken(String kind, String name) {}

  private static void names(List<EffectiveUnit> judged, Problems problems) {
    Map<Taken, String> taken = new HashMap<>(judged.size() * 2);
    for (EffectiveUnit u : judged) {
      Resource r = resource(u);
      if (r == null) {
        continue;
      }
      String other = taken.putIfAbsent(new Taken(r.kind(), r.name()), u.fileName());
      if (other != null) {
        problems.add(Location.of(u.fileName()).child(r.key()), r.kind() + " name " + r.name()
            + (r.explicit() ? "" : " (the default)") + " is already used by " + other);
      }
    }
  }
}
