package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.Entry;
import io.tankos.core.unit.Section;
import io.tankos.quadlet.QuadletVerdict.Finding;
import io.tankos.quadlet.VerdictRun.Unit;
import io.tankos.quadlet.internal.QuadletReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The errors for which Podman's Quadlet generator refuses a unit (podman {@code
 * pkg/systemd/quadlet/quadlet.go} at v5.4.2 and v5.8.2), with the generator's own wording: keys the
 * version does not know, missing required keys, conflicting keys, references to units that are not
 * there, and values it cannot convert.
 */
final class VerdictRefusals {
  /** {@code [Unit]} keys whose Quadlet file names 5.5+ translates to services. */
  private static final Set<String> DEPENDENCIES = Set.of("After", "Before", "BindsTo", "Conflicts",
      "OnFailure", "OnSuccess", "PartOf", "PropagatesReloadTo", "PropagatesStopTo",
      "ReloadPropagatedFrom", "Requires", "Requisite", "StopPropagatedFrom", "Upholds", "Wants");
  private static final Set<String> REMAP = Set.of("RemapUsers", "RemapUid", "RemapGid", "RemapUidSize");
  private static final Set<String> MAPPINGS = Set.of("UserNS", "UIDMap", "GIDMap", "SubUIDMap", "SubGIDMap");

  private final Unit u;
  private final List<Finding> out = new ArrayList<>();

  private VerdictRefusals(Unit u) {
    this.u = u;
  }

  static List<Finding> check(Unit u) {
    VerdictRefusals r = new VerdictRefusals(u);
    r.keys();
    r.required();
    switch (u.type()) {
      case CONTAINER -> r.container();
      case NETWORK -> r.network();
      case VOLUME -> r.volume();
      case KUBE -> r.kube();
      case BUILD -> r.build();
      case POD -> r.units("Network", "requested Quadlet unit %s was not found", ".network");
      default -> {
        // image, artifact: required keys only
      }
    }
    if (u.type() == UnitType.POD || u.type() == UnitType.BUILD) {
      r.sources("Volume", ".volume");
    }
    if (u.type() == UnitType.KUBE || u.type() == UnitType.BUILD) {
      r.units("Network", "requested Quadlet unit %s was not found", ".network");
    }
    r.dependencies();
    return r.out;
  }

  private void refuse(String key, int nth, String message) {
    out.add(u.at(u.type().section(), key, nth, message));
  }

  private void refuse(String message) {
    out.add(new Finding(u.rel(), 0, u.type().section(), message));
  }

  /** Keys of the Quadlet sections the version does not know. */
  private void keys() {
    for (Section s : u.file().sections()) {
      if (!s.name().equals(u.type().section()) && !s.name().equals("Quadlet")) {
        continue;
      }
      List<Entry> entries = s.entries();
      for (int i = 0; i < entries.size(); i++) { // indexed: no iterator for each of many files
        Entry e = entries.get(i);
        QuadletKey k = QuadletKeys.lookup(s.name(), e.key());
        if (k == null || !k.availableIn(u.version())) {
          out.add(u.at(s.name(), e.key(), s.occurrence(e), "unsupported key '" + e.key() + "' in group '"
              + s.name() + "'" + (k == null ? "" : " (added in Podman " + k.since() + ")")));
        }
      }
    }
  }

  private boolean absent(String key) {
    return !QuadletReading.present(u.values(key));
  }

  private boolean anyPresent(Set<String> keys) {
    for (String k : keys) {
      if (!absent(k)) {
        return true;
      }
    }
    return false;
  }

  /** The key's last value as {@code Lookup} reads it, empty when absent (no lambda on this path). */
  private String last(String key) {
    List<String> values = u.values(key);
    return values.isEmpty() ? "" : QuadletReading.single(values.get(values.size() - 1));
  }

  private void required() {
    switch (u.type()) {
      case CONTAINER -> {
        if (absent("Image") && absent("Rootfs")) {
          refuse("no Image or Rootfs key specified");
        }
      }
      case KUBE -> requireKey("Yaml");
      case IMAGE -> requireKey("Image");
      case ARTIFACT -> requireKey("Artifact");
      case BUILD -> {
        requireKey("ImageTag");
        if (absent("File") && absent("SetWorkingDirectory")) {
          refuse("neither SetWorkingDirectory, nor File key specified");
        }
      }
      default -> {
        // volume, network, pod
      }
    }
  }

  private void requireKey(String key) {
    if (absent(key)) {
      refuse("no " + key + " key specified");
    }
  }

  private void container() {
    if (!absent("Group") && absent("User")) {
      refuse("Group", 0, "invalid Group set without User");
    }
    if (anyPresent(REMAP) && anyPresent(MAPPINGS)) {
      refuse("deprecated Remap keys are set along with explicit mapping keys");
    }
    if (!absent("ReloadCmd") && !absent("ReloadSignal")) {
      refuse("ReloadCmd", 0, "ReloadCmd and ReloadSignal are mutually exclusive but both are set");
    }
    String pod = last("Pod");
    if (!pod.isEmpty() && !pod.endsWith(".pod")) {
      refuse("Pod", 0, "pod " + pod + " is not Quadlet based");
    } else if (!pod.isEmpty() && !u.loaded().contains(pod)) {
      refuse("Pod", 0, "quadlet pod unit " + pod + " does not exist");
    }
    units("Network", "requested Quadlet unit %s was not found", ".network", ".container");
    sources("Volume", ".volume");
    images("Image");
    mounts();
  }

  /** Values naming a unit file that is not loaded (the part before the first ':'). */
  private void units(String key, String message, String... extensions) {
    List<String> values = u.values(key);
    for (int i = 0; i < values.size(); i++) {
      String v = QuadletReading.single(values.get(i));
      String name = v.indexOf(':') >= 0 ? v.substring(0, v.indexOf(':')) : v;
      for (String ext : extensions) {
        if (name.endsWith(ext) && !u.loaded().contains(name)) {
          refuse(key, i, message.replace("%s", name)); // not String.format: its first use costs ms of start-up
        }
      }
    }
  }

  private void sources(String key, String extension) {
    units(key, "requested Quadlet source %s was not found", extension);
  }

  private void images(String key) {
    String v = last(key);
    if ((v.endsWith(".image") || v.endsWith(".build")) && !u.loaded().contains(v)) {
      refuse(key, u.values(key).size() - 1, "requested Quadlet image " + v + " was not found");
    }
  }

  private void mounts() {
    List<String> values = u.values("Mount");
    for (int i = 0; i < values.size(); i++) {
      Optional<List<Map.Entry<String, String>>> fields = MountFields.of(values.get(i));
      if (fields.isEmpty()) {
        continue;
      }
      String type = "";
      String source = null;
      for (Map.Entry<String, String> f : fields.get()) {
        if (f.getKey().equals("type")) {
          type = f.getValue();
        } else if (f.getKey().equals("source") || f.getKey().equals("src")) {
          source = f.getValue();
        }
      }
      if ((type.equals("volume") || type.equals("image")) && (source == null || source.isEmpty())) {
        refuse("Mount", i, u.version().atLeast(PodmanVersion.V5_5)
            ? "source cannot be empty"
            : "the generator crashes (Go panic, exit status 2) on a type=" + type
                + " mount without a source");
      } else if (source != null && (source.endsWith(".volume") || source.endsWith(".image")
          || source.endsWith(".artifact")) && !u.loaded().contains(source)) {
        refuse("Mount", i, "requested Quadlet source " + source + " was not found");
      }
    }
  }

  private void network() {
    int subnets = QuadletReading.verbatim(u.values("Subnet")).size();
    int gateways = QuadletReading.verbatim(u.values("Gateway")).size();
    int ranges = QuadletReading.verbatim(u.values("IPRange")).size();
    if (subnets == 0 && (gateways > 0 || ranges > 0)) {
      refuse(gateways > 0 ? "Gateway" : "IPRange", 0, "cannot set gateway or range without subnet");
    } else {
      if (gateways > subnets) {
        refuse("Gateway", subnets, "cannot set more gateways than subnets");
      }
      if (ranges > subnets) {
        refuse("IPRange", subnets, "cannot set more ranges than subnets");
      }
    }
  }

  private void volume() {
    boolean image = last("Driver").equals("image");
    if (image && absent("Image")) {
      refuse("Driver", 0, "the key Image is mandatory when using the image driver");
    }
    if (!absent("Options") && absent("Device") && !u.version().atLeast(PodmanVersion.V6_0)) {
      refuse("Options", 0, "key Options can't be used without Device");
    }
    images("Image");
  }

  private void kube() {
    if (last("RemapUsers").equals("manual")) {
      refuse("RemapUsers", 0, "RemapUsers=manual is not supported");
    }
    if (u.version().atLeast(PodmanVersion.V5_5) && QuadletReading.verbatim(u.values("Yaml")).size() > 1
        && last("SetWorkingDirectory").equals("yaml")) {
      refuse("SetWorkingDirectory", 0,
          "SetWorkingDirectory=yaml is only supported when a single Yaml key is provided");
    }
  }

  private void build() {
    String f = last("File");
    boolean absolute = f.startsWith("/") || f.contains("://")
        || u.version().atLeast(PodmanVersion.V5_5) && f.startsWith("%");
    if (!f.isEmpty() && absent("SetWorkingDirectory") && !absolute) {
      refuse("File", 0, "relative path in File key requires SetWorkingDirectory key to be set");
    }
  }

  /** 5.5+: {@code [Unit]} dependencies naming a Quadlet file that is not loaded. */
  private void dependencies() {
    if (!u.version().atLeast(PodmanVersion.V5_5)) {
      return;
    }
    for (Section s : u.file().sections()) {
      if (!s.name().equals("Unit")) {
        continue;
      }
      for (Entry e : s.entries()) {
        if (!DEPENDENCIES.contains(e.key())) {
          continue;
        }
        for (String w : QuadletReading.strvWords(e.value())) {
          if (UnitType.ofFileName(w).isPresent() && !u.loaded().contains(w)) {
            out.add(u.at("Unit", e.key(), s.occurrence(e), "unable to translate dependency for " + w));
          }
        }
      }
    }
  }
}
