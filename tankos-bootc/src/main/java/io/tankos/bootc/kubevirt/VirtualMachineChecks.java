package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.ImageReferences;
import io.tankos.bootc.kubevirt.internal.KubeNames;
import io.tankos.bootc.kubevirt.internal.Quantities;
import io.tankos.bootc.kubevirt.internal.SmallMap;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The whole-object rules of {@link VirtualMachine}, each problem at its manifest location. */
final class VirtualMachineChecks {
  private static final Location VM = Location.of("VirtualMachine");
  private static final Location SPEC = VM.child("spec");
  private static final Location TEMPLATE_SPEC = SPEC.child("template").child("spec");
  private static final Location DOMAIN = TEMPLATE_SPEC.child("domain");
  private static final Location DEVICES = DOMAIN.child("devices");
  private static final Location MEMORY = DOMAIN.child("memory");
  private static final Location REQUESTS = DOMAIN.child("resources").child("requests");
  private static final Location LIMITS = DOMAIN.child("resources").child("limits");
  private static final Location NAME = VM.child("metadata").child("name");
  private static final Location NAMESPACE = VM.child("metadata").child("namespace");

  private VirtualMachineChecks() {}

  static void check(VirtualMachine vm) {
    Problems problems = new Problems();
    KubeNames.checkLabel(problems, NAME, vm.metadata().name());
    String ns = vm.metadata().namespace();
    if (ns != null) {
      KubeNames.checkLabel(problems, NAMESPACE, ns);
    }
    List<DataVolumeTemplate> dvts = vm.dataVolumeTemplates();
    Map<String, Integer> seenDv = new SmallMap<>();
    for (int i = 0; i < dvts.size(); i++) {
      DataVolumeTemplate t = dvts.get(i);
      String name = t.metadata().name();
      if (!KubeNames.recordGood(seenDv, name, i)) {
        Location at = SPEC.child("dataVolumeTemplates").index(i).child("metadata").child("name");
        KubeNames.checkLabel(problems, at, name);
        KubeNames.checkUnique(problems, at, seenDv, name, i, "dataVolumeTemplates");
      }
      if (t.storageSize() != null && !Quantities.isSize(t.storageSize())) {
        Location spec = SPEC.child("dataVolumeTemplates").index(i).child("spec");
        Quantities.checkSize(problems, (t.storageApi() ? spec.child("storage") : spec.child("pvc"))
            .child("resources").child("requests").child("storage"), t.storageSize());
      }
      if (t.source() == DataVolumeSource.REGISTRY && t.registryUrl() == null) {
        problems.add(
            SPEC.child("dataVolumeTemplates")
                .index(i)
                .child("spec")
                .child("source")
                .child("registry")
                .child("url"),
            "is required for a registry source");
      }
    }
    checkQuantities(problems, vm.domain());
    Map<String, Integer> disks = names(problems, vm.domain().disks(), Disk::name, DEVICES, "disks");
    Map<String, Integer> volumes =
        names(problems, vm.volumes(), Volume::name, TEMPLATE_SPEC, "volumes");
    Map<String, Integer> ifaces =
        names(problems, vm.domain().interfaces(), Interface::name, DEVICES, "interfaces");
    Map<String, Integer> networks =
        names(problems, vm.networks(), Network::name, TEMPLATE_SPEC, "networks");
    Set<String> filesystems = filesystemNames(vm.domain().devicesExtra());
    disks.forEach(
        (name, i) -> {
          if (!volumes.containsKey(name)) {
            problems.add(
                DEVICES.child("disks").index(i).child("name"),
                "disk '" + name + "' has no volume of the same name in spec.template.spec.volumes");
          }
        });
    volumes.forEach(
        (name, i) -> {
          // with no disks at all KubeVirt attaches every volume as a disk itself
          if (!disks.isEmpty() && !disks.containsKey(name) && !filesystems.contains(name)) {
            problems.add(
                TEMPLATE_SPEC.child("volumes").index(i).child("name"),
                "volume '" + name + "' is not used by any disk in domain.devices.disks");
          }
        });
    ifaces.forEach(
        (name, i) -> {
          if (!networks.containsKey(name)) {
            problems.add(
                DEVICES.child("interfaces").index(i).child("name"),
                "interface '"
                    + name
                    + "' has no network of the same name in spec.template.spec.networks");
          }
        });
    networks.forEach(
        (name, i) -> {
          if (!ifaces.containsKey(name)) {
            problems.add(
                TEMPLATE_SPEC.child("networks").index(i).child("name"),
                "network '"
                    + name
                    + "' has no interface of the same name in domain.devices.interfaces");
          }
        });
    for (int i = 0; i < vm.volumes().size(); i++) {
      checkVolume(problems, i, vm.volumes().get(i));
    }
    for (int i = 0; i < vm.networks().size(); i++) {
      Network n = vm.networks().get(i);
      if (n.kind() == NetworkKind.MULTUS && n.multusNetworkName() == null) {
        problems.add(
            TEMPLATE_SPEC.child("networks").index(i).child("multus").child("networkName"),
            "is required for a Multus network");
      }
    }
    problems.throwIfAny();
  }

  private static void checkQuantities(Problems problems, Domain d) {
    if (d.memoryGuest() != null) {
      checkSize(problems, MEMORY, "guest", d.memoryGuest());
    }
    if (d.resources() != null) {
      d.resources().requests().forEach((name, q) -> checkSize(problems, REQUESTS, name, q));
      d.resources().limits().forEach((name, q) -> checkSize(problems, LIMITS, name, q));
    }
  }

  /**
   * The size rule of the field {@code name} under {@code parent}; the field's location is made only
   * when the value is not a size.
   */
  private static void checkSize(Problems problems, Location parent, String name, String value) {
    if (!Quantities.isSize(value)) {
      Quantities.checkSize(problems, parent.child(name), value);
    }
  }

  /** The rules of volume {@code i}; its location is made only for a problem. */
  private static void checkVolume(Problems problems, int i, Volume v) {
    int sources = v.typedSources();
    if (sources > 1) {
      problems.add(
          volume(i), "volume '" + v.name() + "' has " + sources + " sources; a volume has one");
    }
    if (v.containerDisk() != null && !ImageReferences.isReference(v.containerDisk().image())) {
      ImageReferences.check(
          problems, volume(i).child("containerDisk").child("image"), v.containerDisk().image());
    }
    CloudInitNoCloud c = v.cloudInitNoCloud();
    if (c != null) {
      if (c.userData() != null && c.secretRef() != null) {
        problems.add(
            volume(i).child("cloudInitNoCloud").child("secretRef"),
            "user-data is set inline and from a Secret; give one");
      }
      if (c.networkData() != null && c.networkDataSecretRef() != null) {
        problems.add(
            volume(i).child("cloudInitNoCloud").child("networkDataSecretRef"),
            "network-config is set inline and from a Secret; give one");
      }
      if (c.secretRef() != null && !KubeNames.isLabel(c.secretRef().name())) {
        KubeNames.checkLabel(
            problems,
            volume(i).child("cloudInitNoCloud").child("secretRef").child("name"),
            c.secretRef().name());
      }
    }
  }

  private static Location volume(int i) {
    return TEMPLATE_SPEC.child("volumes").index(i);
  }

  private static <T> Map<String, Integer> names(
      Problems problems, List<T> items, Function<T, String> name, Location parent, String listName) {
    Map<String, Integer> first = new SmallMap<>();
    for (int i = 0; i < items.size(); i++) {
      String n = name.apply(items.get(i));
      if (!KubeNames.recordGood(first, n, i)) {
        Location at = parent.child(listName).index(i).child("name");
        KubeNames.checkLabel(problems, at, n);
        KubeNames.checkUnique(problems, at, first, n, i, listName);
      }
    }
    return first;
  }

  private static Set<String> filesystemNames(Map<String, Object> devicesExtra) {
    if (!(devicesExtra.get("filesystems") instanceof List<?> list)) {
      return Collections.emptySet();
    }
    Set<String> names = new HashSet<>();
    for (Object o : list) {
      if (o instanceof Map<?, ?> m && m.get("name") instanceof String s) {
        names.add(s);
      }
    }
    return names;
  }
}
