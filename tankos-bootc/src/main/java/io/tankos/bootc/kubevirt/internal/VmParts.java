package io.tankos.bootc.kubevirt.internal;

import io.tankos.bootc.kubevirt.Bootloader;
import io.tankos.bootc.kubevirt.CloudInitNoCloud;
import io.tankos.bootc.kubevirt.ContainerDiskSource;
import io.tankos.bootc.kubevirt.Cpu;
import io.tankos.bootc.kubevirt.DataVolumeSource;
import io.tankos.bootc.kubevirt.DataVolumeTemplate;
import io.tankos.bootc.kubevirt.Disk;
import io.tankos.bootc.kubevirt.DiskBus;
import io.tankos.bootc.kubevirt.DiskType;
import io.tankos.bootc.kubevirt.Firmware;
import io.tankos.bootc.kubevirt.ImagePullPolicy;
import io.tankos.bootc.kubevirt.Interface;
import io.tankos.bootc.kubevirt.InterfaceBinding;
import io.tankos.bootc.kubevirt.Network;
import io.tankos.bootc.kubevirt.NetworkKind;
import io.tankos.bootc.kubevirt.Resources;
import io.tankos.bootc.kubevirt.SecretRef;
import io.tankos.bootc.kubevirt.Volume;
import io.tankos.core.validation.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The leaves of a VirtualMachine to and from plain trees. Each reader types what it can and is
 * trusted only when writing the typed value back gives the same data; otherwise the field stays
 * untyped, so reading never loses anything.
 */
final class VmParts {
  private VmParts() {}

  static Cpu cpu(Object v) {
    if (!(v instanceof Map<?, ?> m)) {
      return null;
    }
    Cpu cpu =
        new Cpu(
            Tree.integer(m.get("cores")),
            Tree.integer(m.get("sockets")),
            Tree.integer(m.get("threads")));
    return Tree.sameData(write(cpu), v) ? cpu : null;
  }

  static Map<String, Object> write(Cpu cpu) {
    Map<String, Object> m = new SmallMap<>();
    Tree.putIfSet(m, "cores", cpu.cores());
    Tree.putIfSet(m, "sockets", cpu.sockets());
    Tree.putIfSet(m, "threads", cpu.threads());
    return m;
  }

  static String memoryGuest(Object v) {
    if (v instanceof Map<?, ?> m && m.size() == 1 && m.get("guest") instanceof String s) {
      return s;
    }
    return null;
  }

  static Resources resources(Object v) {
    if (!(v instanceof Map<?, ?> m)) {
      return null;
    }
    Map<String, String> requests =
        Tree.strings(m.containsKey("requests") ? m.get("requests") : Map.of());
    Map<String, String> limits = Tree.strings(m.containsKey("limits") ? m.get("limits") : Map.of());
    if (requests == null || limits == null) {
      return null;
    }
    Resources r = new Resources(requests, limits);
    return Tree.sameData(write(r), v) ? r : null;
  }

  static Map<String, Object> write(Resources r) {
    Map<String, Object> m = new SmallMap<>();
    Tree.putIfNotEmpty(m, "requests", r.requests());
    Tree.putIfNotEmpty(m, "limits", r.limits());
    return m;
  }

  static Firmware firmware(Object v) {
    if (!(v instanceof Map<?, ?> m)) {
      return null;
    }
    Bootloader loader = null;
    Boolean secureBoot = null;
    if (m.get("bootloader") instanceof Map<?, ?> bl && bl.size() == 1) {
      String key = String.valueOf(bl.keySet().iterator().next());
      loader = Bootloader.of(key).orElse(null);
      if (bl.get(key) instanceof Map<?, ?> opts && opts.get("secureBoot") instanceof Boolean b) {
        secureBoot = b;
      }
    }
    Firmware f =
        new Firmware(loader, secureBoot, Tree.string(m.get("serial")), Tree.string(m.get("uuid")));
    return Tree.sameData(write(f), v) ? f : null;
  }

  static Map<String, Object> write(Firmware f) {
    Map<String, Object> m = new SmallMap<>();
    if (f.bootloader() != null) {
      Map<String, Object> opts = new SmallMap<>();
      Tree.putIfSet(opts, "secureBoot", f.secureBoot());
      m.put("bootloader", Map.of(f.bootloader().value(), opts));
    }
    Tree.putIfSet(m, "serial", f.serial());
    Tree.putIfSet(m, "uuid", f.uuid());
    return m;
  }

  static Disk disk(Map<String, Object> m, Location at) {
    String name = requiredName(m, at);
    for (DiskType type : DiskType.values()) {
      if (m.get(type.value()) instanceof Map<?, ?> target) {
        DiskBus bus = target.get("bus") instanceof String s ? DiskBus.of(s).orElse(null) : null;
        Disk d =
            new Disk(
                name,
                type,
                bus,
                Tree.integer(m.get("bootOrder")),
                Tree.without(m, Set.of("name", type.value(), "bootOrder")));
        if (Tree.sameData(write(d, at), m)) {
          return d;
        }
      }
    }
    return new Disk(name, null, null, null, Tree.without(m, Set.of("name")));
  }

  static Map<String, Object> write(Disk d, Location at) {
    Map<String, Object> m = new SmallMap<>();
    m.put("name", d.name());
    if (d.type() != null) {
      Map<String, Object> target = new SmallMap<>();
      Tree.putIfSet(target, "bus", d.bus() == null ? null : d.bus().value());
      m.put(d.type().value(), target);
    }
    Tree.putIfSet(m, "bootOrder", d.bootOrder());
    Tree.putExtra(m, d.extra(), at);
    return m;
  }

  static Interface iface(Map<String, Object> m, Location at) {
    String name = requiredName(m, at);
    for (InterfaceBinding b : InterfaceBinding.values()) {
      if (m.get(b.value()) instanceof Map<?, ?> opts && opts.isEmpty()) {
        Interface i =
            new Interface(
                name,
                b,
                Tree.string(m.get("model")),
                Tree.without(m, Set.of("name", b.value(), "model")));
        if (Tree.sameData(write(i, at), m)) {
          return i;
        }
      }
    }
    return new Interface(name, null, null, Tree.without(m, Set.of("name")));
  }

  static Map<String, Object> write(Interface i, Location at) {
    Map<String, Object> m = new SmallMap<>();
    m.put("name", i.name());
    if (i.binding() != null) {
      m.put(i.binding().value(), Map.of());
    }
    Tree.putIfSet(m, "model", i.model());
    Tree.putExtra(m, i.extra(), at);
    return m;
  }

  static Network network(Map<String, Object> m, Location at) {
    String name = requiredName(m, at);
    Network n = null;
    if (m.get("pod") instanceof Map<?, ?> pod && pod.isEmpty()) {
      n = new Network(name, NetworkKind.POD, null, Tree.without(m, Set.of("name", "pod")));
    } else if (m.get("multus") instanceof Map<?, ?> multus
        && multus.size() == 1
        && multus.get("networkName") instanceof String s) {
      n = new Network(name, NetworkKind.MULTUS, s, Tree.without(m, Set.of("name", "multus")));
    }
    if (n != null && Tree.sameData(write(n, at), m)) {
      return n;
    }
    return new Network(name, null, null, Tree.without(m, Set.of("name")));
  }

  static Map<String, Object> write(Network n, Location at) {
    Map<String, Object> m = new SmallMap<>();
    m.put("name", n.name());
    if (n.kind() == NetworkKind.POD) {
      m.put("pod", Map.of());
    } else if (n.kind() == NetworkKind.MULTUS) {
      Map<String, Object> multus = new SmallMap<>();
      Tree.putIfSet(multus, "networkName", n.multusNetworkName());
      m.put("multus", multus);
    }
    Tree.putExtra(m, n.extra(), at);
    return m;
  }

  static Volume volume(Map<String, Object> m, Location at) {
    String name = requiredName(m, at);
    Volume typed = typedVolume(name, m);
    if (typed != null && Tree.sameData(write(typed, at), m)) {
      return typed;
    }
    return new Volume(name, null, null, null, null, Tree.without(m, Set.of("name")));
  }

  private static Volume typedVolume(String name, Map<String, Object> m) {
    if (m.get("containerDisk") instanceof Map<?, ?> cd && cd.get("image") instanceof String image) {
      ImagePullPolicy policy =
          cd.get("imagePullPolicy") instanceof String s ? ImagePullPolicy.of(s).orElse(null) : null;
      return new Volume(
          name,
          new ContainerDiskSource(image, policy),
          null,
          null,
          null,
          Tree.without(m, Set.of("name", "containerDisk")));
    }
    if (m.get("cloudInitNoCloud") instanceof Map<?, ?> c) {
      CloudInitNoCloud source =
          CloudInitNoCloud.builder()
              .userData(Tree.string(c.get("userData")))
              .secretRef(secretRef(c.get("secretRef")))
              .networkData(Tree.string(c.get("networkData")))
              .networkDataSecretRef(secretRef(c.get("networkDataSecretRef")))
              .build();
      return new Volume(
          name, null, source, null, null, Tree.without(m, Set.of("name", "cloudInitNoCloud")));
    }
    if (m.get("dataVolume") instanceof Map<?, ?> dv && dv.get("name") instanceof String dvName) {
      return new Volume(
          name, null, null, dvName, null, Tree.without(m, Set.of("name", "dataVolume")));
    }
    if (m.get("persistentVolumeClaim") instanceof Map<?, ?> pvc
        && pvc.get("claimName") instanceof String claim) {
      return new Volume(
          name, null, null, null, claim, Tree.without(m, Set.of("name", "persistentVolumeClaim")));
    }
    return null;
  }

  private static SecretRef secretRef(Object v) {
    return v instanceof Map<?, ?> m && m.size() == 1 && m.get("name") instanceof String s
        ? new SecretRef(s)
        : null;
  }

  static Map<String, Object> write(Volume v, Location at) {
    Map<String, Object> m = new SmallMap<>();
    m.put("name", v.name());
    if (v.containerDisk() != null) {
      Map<String, Object> cd = new SmallMap<>();
      cd.put("image", v.containerDisk().image());
      ImagePullPolicy p = v.containerDisk().pullPolicy();
      Tree.putIfSet(cd, "imagePullPolicy", p == null ? null : p.value());
      m.put("containerDisk", cd);
    }
    if (v.cloudInitNoCloud() != null) {
      CloudInitNoCloud c = v.cloudInitNoCloud();
      Map<String, Object> ci = new SmallMap<>();
      Tree.putIfSet(ci, "userData", c.userData());
      Tree.putIfSet(
          ci, "secretRef", c.secretRef() == null ? null : Map.of("name", c.secretRef().name()));
      Tree.putIfSet(ci, "networkData", c.networkData());
      Tree.putIfSet(
          ci,
          "networkDataSecretRef",
          c.networkDataSecretRef() == null
              ? null
              : Map.of("name", c.networkDataSecretRef().name()));
      m.put("cloudInitNoCloud", ci);
    }
    if (v.dataVolume() != null) {
      m.put("dataVolume", Map.of("name", v.dataVolume()));
    }
    if (v.persistentVolumeClaim() != null) {
      m.put("persistentVolumeClaim", Map.of("claimName", v.persistentVolumeClaim()));
    }
    Tree.putExtra(m, v.extra(), at);
    return m;
  }

  static DataVolumeTemplate dataVolumeTemplate(Map<String, Object> m, Location at) {
    var meta = MetaCodec.read(m.get("metadata"), at.child("metadata"));
    Map<String, Object> rest = Tree.without(m, Set.of("metadata"));
    DataVolumeTemplate typed = typedDvt(meta, m);
    if (typed != null && Tree.sameData(write(typed, at), m)) {
      return typed;
    }
    return new DataVolumeTemplate(meta, null, null, null, null, List.of(), false, rest);
  }

  private static DataVolumeTemplate typedDvt(
      io.tankos.bootc.kubevirt.ObjectMeta meta, Map<String, Object> m) {
    if (!(m.get("spec") instanceof Map<?, ?> spec)) {
      return null;
    }
    boolean storageApi = spec.containsKey("storage");
    if (!(spec.get(storageApi ? "storage" : "pvc") instanceof Map<?, ?> storage)
        || !(spec.get("source") instanceof Map<?, ?> source)) {
      return null;
    }
    DataVolumeSource kind;
    String url = null;
    if (source.get("blank") instanceof Map<?, ?>) {
      kind = DataVolumeSource.BLANK;
    } else if (source.get("registry") instanceof Map<?, ?> reg
        && reg.get("url") instanceof String u) {
      kind = DataVolumeSource.REGISTRY;
      url = u;
    } else {
      return null;
    }
    String size = null;
    if (storage.get("resources") instanceof Map<?, ?> res
        && res.get("requests") instanceof Map<?, ?> req) {
      size = Tree.string(req.get("storage"));
    }
    List<String> modes = new ArrayList<>();
    if (storage.get("accessModes") instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof String s)) {
          return null;
        }
        modes.add(s);
      }
    }
    Map<String, Object> extra = Tree.without(m, Set.of("metadata", "spec"));
    return new DataVolumeTemplate(
        meta,
        kind,
        url,
        size,
        Tree.string(storage.get("storageClassName")),
        modes,
        storageApi,
        extra);
  }

  static Map<String, Object> write(DataVolumeTemplate t, Location at) {
    Map<String, Object> m = new SmallMap<>();
    m.put("metadata", MetaCodec.write(t.metadata(), at.child("metadata")));
    if (t.source() != null) {
      Map<String, Object> spec = new SmallMap<>();
      Map<String, Object> storage = new SmallMap<>();
      if (!t.accessModes().isEmpty()) {
        storage.put("accessModes", t.accessModes());
      }
      if (t.storageSize() != null) {
        storage.put("resources", Map.of("requests", Map.of("storage", t.storageSize())));
      }
      Tree.putIfSet(storage, "storageClassName", t.storageClassName());
      spec.put(t.storageApi() ? "storage" : "pvc", storage);
      spec.put(
          "source",
          t.source() == DataVolumeSource.BLANK
              ? Map.of("blank", Map.of())
              : Map.of("registry", Map.of("url", t.registryUrl())));
      m.put("spec", spec);
    }
    Tree.putExtra(m, t.extra(), at);
    return m;
  }

  private static String requiredName(Map<String, Object> m, Location at) {
    if (!(m.get("name") instanceof String s)) {
      throw new io.tankos.core.validation.ValidationException(
          at.child("name"), "is required and must be a string");
    }
    return s;
  }
}
