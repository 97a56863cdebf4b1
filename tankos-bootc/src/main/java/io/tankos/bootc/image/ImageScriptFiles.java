package io.tankos.bootc.image;

import io.tankos.bootc.image.internal.ImageScripts;
import io.tankos.bootc.image.internal.InstanceInputs;
import io.tankos.bootc.image.internal.ScriptInputs;
import io.tankos.bootc.image.internal.SecretBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The image's generated scripts (secret sync, CLI shim, version, bootstraps, health check), from
 * the agent user and instances of the model; all installed 0755.
 */
final class ImageScriptFiles {
  private ImageScriptFiles() {}

  /**
   * The scripts by path relative to the image root.
   *
   * @param image the image
   * @return ordered map path → script text
   */
  static Map<String, String> of(TankOsImage image) {
    List<InstanceInputs> instances = new ArrayList<>();
    for (AgentInstance i : image.instances()) {
      ServiceGator gator = i.serviceGator().orElse(null);
      instances.add(new InstanceInputs(i.name(), i.containerName(), i.quadletName(), i.gatewayPort(),
          i.stateDirectory(), i.envFile(), bindings(i.secrets()),
          gator == null ? null : gator.name() + ".container",
          gator == null ? List.of() : bindings(gator.tokens())));
    }
    AgentUser user = image.user();
    return ImageScripts.render(new ScriptInputs(user.name(), Math.toIntExact(user.uid()), user.home(),
        "/" + Release.PATH, instances));
  }

  /** The sync script's bindings of secrets, also what {@link SecretDropIns} writes. */
  static List<SecretBinding> bindings(List<InstanceSecret> secrets) {
    List<SecretBinding> out = new ArrayList<>();
    for (InstanceSecret s : secrets) {
      out.add(s.isEnv() ? SecretBinding.env(s.name(), s.variable().orElseThrow()) : SecretBinding.file(s.name()));
    }
    return out;
  }
}
