package io.tankos.bootc.image;

import io.tankos.core.systemd.SystemdUnit;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules across instances and units of one image: each host port, container name, user unit,
 * state directory and env file belongs to one owner; every collision is reported at the later
 * owner's location, naming the earlier one.
 */
final class ImageCollisions {
  private final Problems problems;
  private final Map<Integer, String> ports = new HashMap<>();
  private final Map<String, String> containers = new HashMap<>();
  private final Map<String, String> userUnits = new HashMap<>();
  private final Map<String, String> envFiles = new HashMap<>();
  private final Map<String, String> directories = new LinkedHashMap<>();

  private ImageCollisions(Problems problems) {
    this.problems = problems;
  }

  /**
   * Checks the instances and extra user units of an image.
   *
   * @param at the image's location
   * @param instances the instances
   * @param extraUserUnits the image's extra user units
   * @param problems where problems go
   */
  static void check(Location at, List<AgentInstance> instances, List<SystemdUnit> extraUserUnits,
      Problems problems) {
    ImageCollisions c = new ImageCollisions(problems);
    c.directories.put(".config/containers", "the agent user's Podman configuration");
    for (int n = 0; n < instances.size(); n++) {
      c.instance(at.child("instances").index(n), "instances[" + n + "]", instances.get(n));
    }
    for (int n = 0; n < extraUserUnits.size(); n++) {
      c.claim(c.userUnits, extraUserUnits.get(n).fileName(), at.child("userUnits").index(n), "userUnits[" + n + "]",
          "unit");
    }
  }

  private void instance(Location at, String owner, AgentInstance i) {
    claim(userUnits, i.name() + ".service", at.child("name"), owner, "unit");
    claim(containers, i.containerName(), at.child("containerName"), owner, "container name");
    port(i.gatewayPort(), at.child("gatewayPort"), owner);
    directory(i.stateDirectory(), at.child("stateDirectory"), owner);
    claim(envFiles, i.envFile(), at.child("envFile"), owner, "env file");
    if (i.healthCheck().isPresent()) {
      String health = InstanceUnits.healthName(i);
      claim(userUnits, health + ".service", at.child("healthCheck"), owner + ".healthCheck", "unit");
      claim(userUnits, health + ".timer", at.child("healthCheck"), owner + ".healthCheck", "unit");
    }
    Optional<ServiceGator> gator = i.serviceGator();
    if (gator.isPresent()) {
      ServiceGator g = gator.get();
      Location gl = at.child("serviceGator");
      String go = owner + ".serviceGator";
      claim(userUnits, g.name() + ".service", gl.child("name"), go, "unit");
      claim(containers, g.name(), gl.child("name"), go, "container name");
      port(g.port(), gl.child("port"), go);
      directory(g.configDirectory(), gl.child("name"), go);
    }
  }

  private void port(int port, Location at, String owner) {
    String other = ports.putIfAbsent(port, owner);
    if (other != null) {
      problems.add(at, "port " + port + " already used by " + other);
    }
  }

  private void claim(Map<String, String> owners, String key, Location at, String owner, String what) {
    String other = owners.putIfAbsent(key, owner);
    if (other != null) {
      problems.add(at, what + " " + key + " already used by " + other);
    }
  }

  /** A directory under the home: the same one, or one inside another, is a collision. */
  private void directory(String dir, Location at, String owner) {
    for (Map.Entry<String, String> e : directories.entrySet()) {
      String other = e.getKey();
      if (other.equals(dir)) {
        problems.add(at, "directory ~/" + dir + " already used by " + e.getValue());
        return;
      }
      if (dir.startsWith(other + "/") || other.startsWith(dir + "/")) {
        problems.add(at, "directory ~/" + dir + " overlaps ~/" + other + " of " + e.getValue());
        return;
      }
    }
    directories.put(dir, owner);
  }
}
