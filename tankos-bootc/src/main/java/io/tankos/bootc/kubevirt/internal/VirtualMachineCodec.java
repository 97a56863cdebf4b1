package io.tankos.bootc.kubevirt.internal;

import io.tankos.bootc.kubevirt.Domain;
import io.tankos.bootc.kubevirt.EvictionStrategy;
import io.tankos.bootc.kubevirt.RunStrategy;
import io.tankos.bootc.kubevirt.VirtualMachine;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link VirtualMachine} to and from its plain tree, in Kubernetes key order: apiVersion, kind,
 * metadata, spec, then untyped fields.
 */
public final class VirtualMachineCodec {
  private static final Location VM = Location.of("VirtualMachine");
  private static final Location SPEC = VM.child("spec");
  private static final Location TEMPLATE = SPEC.child("template");
  private static final Location TSPEC = TEMPLATE.child("spec");
  private static final Location DOMAIN = TSPEC.child("domain");
  private static final Location DEVICES = DOMAIN.child("devices");
  private static final Location METADATA = VM.child("metadata");
  private static final Location TEMPLATE_METADATA = TEMPLATE.child("metadata");
  private static final Location DATA_VOLUME_TEMPLATES = SPEC.child("dataVolumeTemplates");

  /**
   * The locations of the first items of the lists a VM writes, made once: a writer passes an
   * item's location down (for a problem it might find), and most VMs have a few items a list.
   */
  private static final Map<String, Location[]> ITEMS = Map.of(
      "dataVolumeTemplates", items(DATA_VOLUME_TEMPLATES),
      "networks", items(TSPEC.child("networks")),
      "volumes", items(TSPEC.child("volumes")),
      "disks", items(DEVICES.child("disks")),
      "interfaces", items(DEVICES.child("interfaces")));

  /** Reads the tree a VirtualMachine wrote when it was built; set by VirtualMachine's class. */
  private static final Hook<VirtualMachine, Map<String, Object>> BUILT_TREES =
      new Hook<>(VirtualMachine.class, "the built trees' reader");

  private VirtualMachineCodec() {}

  /**
   * Lets {@link #built} read the tree each VirtualMachine keeps from its build; called once, when
   * the VirtualMachine class is initialized (so before there is any VirtualMachine).
   *
   * @param reader reads a VirtualMachine's tree
   * @throws IllegalCallerException when called by any class but VirtualMachine (on the class path
   *     this package is reachable: no other code may put its reader before the VirtualMachine's)
   * @throws IllegalStateException when called a second time
   */
  public static void builtTrees(Function<VirtualMachine, Map<String, Object>> reader) {
    BUILT_TREES.set(reader);
  }

  /**
   * The tree {@link #write} wrote of the VirtualMachine when it was built, without writing it
   * again: shared, so only read it.
   *
   * @param vm the VirtualMachine
   * @return its tree, keys in Kubernetes order
   */
  public static Map<String, Object> built(VirtualMachine vm) {
    return BUILT_TREES.apply(vm);
  }

  /**
   * Reads a VirtualMachine from its plain tree.
   *
   * @param root the manifest's top-level mapping
   * @return the VirtualMachine (checked)
   * @throws ValidationException when it is not a {@code kubevirt.io/v1} VirtualMachine or breaks a
   *     rule
   */
  public static VirtualMachine read(Map<String, Object> root) {
    if (!VirtualMachine.KIND.equals(root.get("kind"))) {
      throw new ValidationException(VM.child("kind"), "must be VirtualMachine");
    }
    if (!VirtualMachine.API_VERSION.equals(root.get("apiVersion"))) {
      throw new ValidationException(
          VM.child("apiVersion"), "must be " + VirtualMachine.API_VERSION);
    }
    VirtualMachine.Builder b = VirtualMachine.builder();
    b.metadata(MetaCodec.read(root.get("metadata"), VM.child("metadata")));
    b.extra(Tree.without(root, Set.of("apiVersion", "kind", "metadata", "spec")));
    Map<String, Object> spec = Tree.map(root.get("spec"), SPEC);
    Map<String, Object> specRest = new LinkedHashMap<>(spec);
    if (spec.get("runStrategy") instanceof String s && RunStrategy.of(s).isPresent()) {
      b.runStrategy(RunStrategy.of(s).get());
      specRest.remove("runStrategy");
    }
    if (spec.containsKey("dataVolumeTemplates")) {
      b.dataVolumeTemplates(
          list(
              spec.get("dataVolumeTemplates"),
              SPEC.child("dataVolumeTemplates"),
              VmParts::dataVolumeTemplate));
      specRest.remove("dataVolumeTemplates");
    }
    Map<String, Object> template = Tree.map(spec.get("template"), TEMPLATE);
    specRest.remove("template");
    b.specExtra(specRest);
    b.templateMetadata(MetaCodec.read(template.get("metadata"), TEMPLATE.child("metadata")));
    b.templateExtra(Tree.without(template, Set.of("metadata", "spec")));
    Map<String, Object> tspec = Tree.map(template.get("spec"), TSPEC);
    Map<String, Object> tRest = new LinkedHashMap<>(tspec);
    b.domain(readDomain(Tree.map(tspec.get("domain"), DOMAIN)));
    tRest.remove("domain");
    if (tspec.containsKey("networks")) {
      b.networks(list(tspec.get("networks"), TSPEC.child("networks"), VmParts::network));
      tRest.remove("networks");
    }
    if (tspec.containsKey("volumes")) {
      b.volumes(list(tspec.get("volumes"), TSPEC.child("volumes"), VmParts::volume));
      tRest.remove("volumes");
    }
    Map<String, String> selector = Tree.strings(tspec.get("nodeSelector"));
    if (selector != null && !selector.isEmpty()) {
      b.nodeSelector(selector);
      tRest.remove("nodeSelector");
    }
    if (tspec.get("evictionStrategy") instanceof String s && EvictionStrategy.of(s).isPresent()) {
      b.evictionStrategy(EvictionStrategy.of(s).get());
      tRest.remove("evictionStrategy");
    }
    if (tspec.get("terminationGracePeriodSeconds") instanceof Number n
        && n.longValue() >= 0
        && Tree.sameData(n, n.longValue())) {
      b.terminationGracePeriodSeconds(n.longValue());
      tRest.remove("terminationGracePeriodSeconds");
    }
    b.templateSpecExtra(tRest);
    return b.build();
  }

  private static Domain readDomain(Map<String, Object> d) {
    Domain.Builder b = Domain.builder();
    Map<String, Object> rest = new LinkedHashMap<>(d);
    var cpu = VmParts.cpu(d.get("cpu"));
    if (cpu != null) {
      b.cpu(cpu);
      rest.remove("cpu");
    }
    String guest = VmParts.memoryGuest(d.get("memory"));
    if (guest != null) {
      b.memoryGuest(guest);
      rest.remove("memory");
    }
    var resources = VmParts.resources(d.get("resources"));
    if (resources != null) {
      b.resources(resources);
      rest.remove("resources");
    }
    var firmware = VmParts.firmware(d.get("firmware"));
    if (firmware != null) {
      b.firmware(firmware);
      rest.remove("firmware");
    }
    Map<String, Object> devices = Tree.map(d.get("devices"), DEVICES);
    rest.remove("devices");
    Map<String, Object> devRest = new LinkedHashMap<>(devices);
    if (devices.containsKey("disks")) {
      b.disks(list(devices.get("disks"), DEVICES.child("disks"), VmParts::disk));
      devRest.remove("disks");
    }
    if (devices.containsKey("interfaces")) {
      b.interfaces(list(devices.get("interfaces"), DEVICES.child("interfaces"), VmParts::iface));
      devRest.remove("interfaces");
    }
    return b.devicesExtra(devRest).extra(rest).build();
  }

  private static <T> List<T> list(
      Object value, Location at, BiFunction<Map<String, Object>, Location, T> read) {
    List<Map<String, Object>> maps = Tree.maps(value, at);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      out.add(read.apply(maps.get(i), at.index(i)));
    }
    return out;
  }

  /**
   * Writes a VirtualMachine as a plain tree.
   *
   * @param vm the VirtualMachine
   * @return the tree, keys in Kubernetes order
   * @throws ValidationException when an untyped field shadows a typed one
   */
  public static Map<String, Object> write(VirtualMachine vm) {
    return write(vm, VirtualMachineCodec::writeDomain);
  }

  /**
   * Writes a VirtualMachine as a plain tree, its domain's tree from {@code domainTree} (which may
   * hand over a tree it shares, such as the one a domain keeps once written).
   *
   * @param vm the VirtualMachine
   * @param domainTree the domain's tree, as {@link #writeDomain} writes it; called where the
   *     domain is written, so that problems come in the same order
   * @return the tree, keys in Kubernetes order
   * @throws ValidationException when an untyped field shadows a typed one
   */
  public static Map<String, Object> write(
      VirtualMachine vm, Function<Domain, Map<String, Object>> domainTree) {
    Map<String, Object> root = new SmallMap<>();
    root.put("apiVersion", VirtualMachine.API_VERSION);
    root.put("kind", VirtualMachine.KIND);
    root.put("metadata", MetaCodec.write(vm.metadata(), METADATA));
    Map<String, Object> spec = new SmallMap<>();
    Tree.putIfSet(spec, "runStrategy", vm.runStrategy() == null ? null : vm.runStrategy().value());
    if (!vm.dataVolumeTemplates().isEmpty()) {
      List<Object> dvts = new ArrayList<>(vm.dataVolumeTemplates().size());
      for (int i = 0; i < vm.dataVolumeTemplates().size(); i++) {
        dvts.add(VmParts.write(vm.dataVolumeTemplates().get(i),
            item(SPEC, "dataVolumeTemplates", i)));
      }
      spec.put("dataVolumeTemplates", dvts);
    }
    Map<String, Object> template = new SmallMap<>();
    if (!vm.templateMetadata().isEmpty()) {
      template.put("metadata", MetaCodec.write(vm.templateMetadata(), TEMPLATE_METADATA));
    }
    Map<String, Object> tspec = new SmallMap<>();
    tspec.put("domain", domainTree.apply(vm.domain()));
    writeList(tspec, "networks", vm.networks(), TSPEC, VmParts::write);
    writeList(tspec, "volumes", vm.volumes(), TSPEC, VmParts::write);
    Tree.putIfNotEmpty(tspec, "nodeSelector", vm.nodeSelector());
    Tree.putIfSet(
        tspec,
        "evictionStrategy",
        vm.evictionStrategy() == null ? null : vm.evictionStrategy().value());
    Tree.putIfSet(tspec, "terminationGracePeriodSeconds", vm.terminationGracePeriodSeconds());
    Tree.putExtra(tspec, vm.templateSpecExtra(), TSPEC);
    template.put("spec", tspec);
    Tree.putExtra(template, vm.templateExtra(), TEMPLATE);
    spec.put("template", template);
    Tree.putExtra(spec, vm.specExtra(), SPEC);
    root.put("spec", spec);
    Tree.putExtra(root, vm.extra(), VM);
    return root;
  }

  /**
   * Writes a domain as the plain tree of a VirtualMachine's {@code spec.template.spec.domain}.
   *
   * @param d the domain
   * @return the tree
   * @throws ValidationException when an untyped field shadows a typed one
   */
  public static Map<String, Object> writeDomain(Domain d) {
    Map<String, Object> m = new SmallMap<>();
    if (d.cpu() != null) {
      m.put("cpu", VmParts.write(d.cpu()));
    }
    if (d.memoryGuest() != null) {
      m.put("memory", Map.of("guest", d.memoryGuest()));
    }
    if (d.resources() != null) {
      m.put("resources", VmParts.write(d.resources()));
    }
    if (d.firmware() != null) {
      m.put("firmware", VmParts.write(d.firmware()));
    }
    Map<String, Object> devices = new SmallMap<>();
    writeList(devices, "disks", d.disks(), DEVICES, VmParts::write);
    writeList(devices, "interfaces", d.interfaces(), DEVICES, VmParts::write);
    Tree.putExtra(devices, d.devicesExtra(), DEVICES);
    m.put("devices", devices);
    Tree.putExtra(m, d.extra(), DOMAIN);
    return m;
  }

  private static <T> void writeList(
      Map<String, Object> into,
      String key,
      List<T> items,
      Location parent,
      BiFunction<T, Location, Map<String, Object>> write) {
    if (items.isEmpty()) {
      return;
    }
    List<Object> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(write.apply(items.get(i), item(parent, key, i)));
    }
    into.put(key, out);
  }

  private static Location[] items(Location list) {
    Location[] items = new Location[8];
    for (int i = 0; i < items.length; i++) {
      items[i] = list.index(i);
    }
    return items;
  }

  /**
   * The location of item {@code i} of the list {@code key} under {@code parent} (each list a VM
   * writes has a key of its own, so the key names the list).
   */
  private static Location item(Location parent, String key, int i) {
    Location[] made = ITEMS.get(key);
    return made != null && i < made.length ? made[i] : parent.child(key).index(i);
  }
}
