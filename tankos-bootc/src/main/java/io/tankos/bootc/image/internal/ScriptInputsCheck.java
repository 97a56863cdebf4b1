package io.tankos.bootc.image.internal;

import io.tankos.core.text.Shown;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks {@link ScriptInputs} before any of it is rendered into shell. */
final class ScriptInputsCheck {
  private static final Location ROOT = Location.of("ScriptInputs");
  private static final int MAX_ID = Integer.MAX_VALUE - 1;
  private static final int MAX_PORT = 65535;

  private final Problems problems = new Problems();
  private final Map<String, Location> instanceNames = new HashMap<>();
  private final Map<String, Location> containerNames = new HashMap<>();
  private final Map<String, Location> quadletNames = new HashMap<>();
  private final Map<Integer, Location> ports = new HashMap<>();

  private ScriptInputsCheck() {}

  /**
   * Throws a {@link io.tankos.core.validation.ValidationException} listing every problem.
   *
   * @param in the inputs
   */
  static void check(ScriptInputs in) {
    ScriptInputsCheck c = new ScriptInputsCheck();
    c.name(ROOT.child("userName"), in.userName(), ScriptNames.NAME);
    if (in.uid() < 1 || in.uid() > MAX_ID) {
      c.problems.add(ROOT.child("uid"), "uid must be between 1 and " + MAX_ID + ": " + in.uid());
    }
    c.path(ROOT.child("home"), in.home(), true);
    c.path(ROOT.child("releaseFile"), in.releaseFile(), true);
    if (in.instances().isEmpty()) {
      c.problems.add(ROOT.child("instances"), "at least one instance is required");
    }
    for (int i = 0; i < in.instances().size(); i++) {
      c.instance(ROOT.child("instances").index(i), in.instances().get(i));
    }
    c.problems.throwIfAny();
  }

  private void instance(Location at, InstanceInputs it) {
    unique(instanceNames, at.child("name"), it.name(), ScriptNames.NAME);
    unique(containerNames, at.child("containerName"), it.containerName(), ScriptNames.NAME);
    quadlet(at.child("quadletName"), it.quadletName());
    if (it.gatewayPort() < 1 || it.gatewayPort() > MAX_PORT) {
      problems.add(
          at.child("gatewayPort"), "gatewayPort must be between 1 and 65535: " + it.gatewayPort());
    } else {
      Location first = ports.putIfAbsent(it.gatewayPort(), at.child("gatewayPort"));
      if (first != null) {
        problems.add(
            at.child("gatewayPort"), "port " + it.gatewayPort() + " already used by " + first);
      }
    }
    path(at.child("stateDirectory"), it.stateDirectory(), false);
    path(at.child("envFile"), it.envFile(), false);
    secrets(at.child("secrets"), it.secrets());
    if (it.hasGator()) {
      quadlet(at.child("gatorQuadletName"), it.gatorQuadletName());
    } else if (!it.gatorSecrets().isEmpty()) {
      problems.add(at.child("gatorSecrets"), "gatorSecrets need a gatorQuadletName");
    }
    secrets(at.child("gatorSecrets"), it.gatorSecrets());
  }

  private void quadlet(Location at, String quadletName) {
    if (!quadletName.endsWith(ScriptNames.CONTAINER_SUFFIX)) {
      problems.add(at, "a Quadlet name must end in .container: '" + quadletName + "'");
      return;
    }
    unique(quadletNames, at, ScriptNames.baseOf(quadletName), ScriptNames.NAME);
  }

  private void secrets(Location at, List<SecretBinding> secrets) {
    Map<String, Location> names = new HashMap<>();
    Map<String, Location> targets = new HashMap<>();
    for (int i = 0; i < secrets.size(); i++) {
      SecretBinding s = secrets.get(i);
      Location here = at.index(i);
      unique(names, here.child("secretName"), s.secretName(), ScriptNames.NAME);
      if (s.asFile() && s.target() != null) {
        problems.add(here.child("target"), "a secret mounted as a file has no target variable");
      } else if (!s.asFile() && s.target() == null) {
        problems.add(here.child("target"), "an environment secret needs a target variable");
      } else if (!s.asFile()) {
        unique(targets, here.child("target"), s.target(), ScriptNames.ENV_VAR);
      }
    }
  }

  private void unique(Map<String, Location> seen, Location at, String value, Pattern shape) {
    if (!name(at, value, shape)) {
      return;
    }
    Location first = seen.putIfAbsent(value, at);
    if (first != null) {
      problems.add(at, "'" + value + "' already used by " + first);
    }
  }

  private boolean name(Location at, String value, Pattern shape) {
    if (value.length() > ScriptNames.MAX_NAME || !shape.matcher(value).matches()) {
      problems.add(
          at, "must match " + shape.pattern() + " (at most " + ScriptNames.MAX_NAME
              + " characters): '" + shown(value) + "'");
      return false;
    }
    return true;
  }

  private void path(Location at, String value, boolean absolute) {
    String what = absolute ? "an absolute path" : "a path relative to the home";
    String rest = absolute && value.startsWith("/") ? value.substring(1) : value;
    boolean ok = absolute == value.startsWith("/") && !rest.isEmpty();
    for (String segment : rest.split("/", -1)) {
      ok &= ScriptNames.PATH_SEGMENT.matcher(segment).matches()
          && !segment.equals(".")
          && !segment.equals("..");
    }
    if (!ok) {
      problems.add(
          at, "must be " + what + " of segments [A-Za-z0-9_.@+-] (no . or ..): '" + shown(value)
              + "'");
    }
  }

  /** The value with control characters replaced, so a message stays on one line. */
  private static String shown(String value) {
    return Shown.value(value, 80);
  }
}
