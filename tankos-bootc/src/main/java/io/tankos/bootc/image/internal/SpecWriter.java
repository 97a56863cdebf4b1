package io.tankos.bootc.image.internal;

import io.tankos.bootc.image.AgentInstance;
import io.tankos.bootc.image.AgentUser;
import io.tankos.bootc.image.ImageFile;
import io.tankos.bootc.image.InstanceSecret;
import io.tankos.bootc.image.ServiceGator;
import io.tankos.bootc.image.SudoPolicy;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.core.systemd.SystemdUnit;
import io.tankos.core.unit.Entry;
import io.tankos.core.unit.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical spec of an image: {@code preset: none} and every key written out, in the order of
 * {@code docs/spec-format.md}, so that {@link SpecReader} reads back an equal image.
 */
public final class SpecWriter {
  private SpecWriter() {}

  /**
   * The canonical spec text.
   *
   * @param image the image
   * @return YAML text ending in a newline
   */
  public static String write(TankOsImage image) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("preset", "none");
    m.put("base", map("reference", image.base().reference(),
        "packageManager", lower(image.base().packageManager()), "accounts", lower(image.base().accounts())));
    m.put("labels", new LinkedHashMap<>(image.labels()));
    m.put("release", map("name", image.release().name(), "version", image.release().version(),
        "summary", image.release().summary()));
    m.put("buildArgs", image.buildArgs().stream().map(a -> map("name", a.name(), "defaultValue", a.defaultValue()))
        .toList());
    m.put("packages", image.packages());
    m.put("files", image.files().stream().map(SpecWriter::file).toList());
    m.put("enabledSystemUnits", new LinkedHashMap<>(image.enabledSystemUnits()));
    m.put("maskedSystemUnits", image.maskedSystemUnits());
    m.put("systemUnits", image.systemUnits().stream().map(SpecWriter::unit).toList());
    m.put("userUnits", image.userUnits().stream().map(SpecWriter::unit).toList());
    m.put("enableCloudInitUnits", image.enableCloudInitUnits());
    m.put("lint", image.lint());
    m.put("user", user(image.user()));
    m.put("instances", image.instances().stream().map(SpecWriter::instance).toList());
    m.put("provisioning", map("sshAuthorizedKeys", image.provisioning().sshAuthorizedKeys(),
        "hostname", image.provisioning().hostname(), "instanceId", image.provisioning().instanceId()));
    return SpecYaml.write(m);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> file(ImageFile f) {
    return map("path", f.path(), "text", f.text(), "mode", String.format(Locale.ROOT, "%04o", f.mode()));
  }

  private static Map<String, Object> user(AgentUser u) {
    Object sudo = u.sudo().equals(SudoPolicy.none()) ? "none"
        : u.sudo().equals(SudoPolicy.passwordless()) ? "passwordless" : u.sudo().rules();
    return map("name", u.name(), "uid", u.uid(), "gid", u.gid(), "gecos", u.gecos(), "home", u.home(),
        "shell", u.shell(), "groups", u.groups(), "subIds", map("start", u.subIds().start(), "count",
            u.subIds().count()), "linger", u.linger(), "sudo", sudo);
  }

  private static Map<String, Object> instance(AgentInstance i) {
    return map("name", i.name(), "description", i.description(), "containerName", i.containerName(),
        "image", i.image(), "gatewayPort", i.gatewayPort(), "stateDirectory", i.stateDirectory(),
        "envFile", i.envFile(), "secrets", i.secrets().stream().map(SpecWriter::secret).toList(),
        "serviceGator", i.serviceGator().map(SpecWriter::gator).orElse(null),
        "healthCheck", i.healthCheck().map(h -> map("interval", h.interval(), "bootDelay", h.bootDelay()))
            .orElse(null),
        "after", i.after(), "wants", i.wants(), "timeoutStartSec", i.timeoutStartSec());
  }

  private static Map<String, Object> gator(ServiceGator g) {
    return map("name", g.name(), "image", g.image(), "port", g.port(),
        "tokens", g.tokens().stream().map(SpecWriter::secret).toList());
  }

  private static Map<String, Object> secret(InstanceSecret s) {
    Map<String, Object> m = map("name", s.name(), "as", s.isEnv() ? "env" : "file");
    s.variable().ifPresent(v -> m.put("variable", v));
    return m;
  }

  /** A unit: its name, then each section as a mapping, or as a list of one-key mappings when keys repeat apart. */
  private static Map<String, Object> unit(SystemdUnit u) {
    Map<String, Object> m = map("name", u.fileName());
    for (Section s : u.unitFile().sections()) {
      List<Entry> entries = s.entries();
      if (grouped(entries)) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (Entry e : entries) {
          List<String> values = s.values(e.key());
          keys.put(e.key(), values.size() == 1 ? values.get(0) : values);
        }
        m.put(s.name(), keys);
      } else {
        List<Object> lines = new ArrayList<>();
        entries.forEach(e -> lines.add(map(e.key(), e.value())));
        m.put(s.name(), lines);
      }
    }
    return m;
  }

  /** Whether every key's entries are next to each other. */
  private static boolean grouped(List<Entry> entries) {
    List<String> closed = new ArrayList<>();
    String current = null;
    for (Entry e : entries) {
      if (!e.key().equals(current)) {
        if (closed.contains(e.key())) {
          return false;
        }
        if (current != null) {
          closed.add(current);
        }
        current = e.key();
      }
    }
    return true;
  }
}
