package io.tankos.bootc.image;

import io.tankos.bootc.host.HostPath;
import io.tankos.bootc.image.internal.SecretBinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code 10-secrets.conf} drop-ins that bind an instance's existing secrets to its Quadlet
 * units, exactly as the image's {@code sync-podman-secrets} writes them: {@code [Container]} and one
 * {@code Secret=} line per declared secret that exists, in declaration order ({@code
 * Secret=NAME,type=env,target=VAR} for an environment secret, {@code Secret=NAME} for a file); no
 * drop-in for a unit without any.
 */
final class SecretDropIns {
  /** The drop-in's file name. */
  static final String FILE_NAME = "10-secrets.conf";

  private SecretDropIns() {}

  /**
   * The Quadlet units of an instance with the secrets each accepts: the agent's own, then its
   * service-gator's tokens.
   *
   * @param instance the instance
   * @return ordered map Quadlet file name → secrets
   */
  static Map<String, List<InstanceSecret>> units(AgentInstance instance) {
    Map<String, List<InstanceSecret>> units = new LinkedHashMap<>();
    units.put(instance.quadletName(), instance.secrets());
    instance.serviceGator().ifPresent(g -> units.put(g.name() + ".container", g.tokens()));
    return units;
  }

  /**
   * The drop-in text for the secrets that exist.
   *
   * @param declared the unit's secrets
   * @param present names of the secrets in the store
   * @return the text, or null when none exists (the drop-in is removed)
   */
  static String text(List<InstanceSecret> declared, Collection<String> present) {
    List<String> lines = new ArrayList<>();
    for (SecretBinding b : ImageScriptFiles.bindings(declared)) {
      if (present.contains(b.secretName())) {
        lines.add(b.secretLine());
      }
    }
    return lines.isEmpty() ? null : "[Container]\n" + String.join("\n", lines) + "\n";
  }

  /**
   * Where a unit's drop-in lives, relative to the agent user's home.
   *
   * @param quadletName e.g. {@code openclaw.container}
   * @return {@code ~/.config/containers/systemd/QUADLET.d/10-secrets.conf}
   */
  static HostPath path(String quadletName) {
    return HostPath.of("~/.config/containers/systemd/" + quadletName + ".d/" + FILE_NAME);
  }

  /**
   * The systemd service Quadlet generates for a unit.
   *
   * @param quadletName e.g. {@code openclaw.container}
   * @return e.g. {@code openclaw.service}
   */
  static String service(String quadletName) {
    return quadletName.substring(0, quadletName.lastIndexOf('.')) + ".service";
  }
}
