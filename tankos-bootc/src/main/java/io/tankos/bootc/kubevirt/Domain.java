package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Plain;
import io.tankos.bootc.kubevirt.internal.SmallMap;
import io.tankos.bootc.kubevirt.internal.VirtualMachineCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The virtual hardware of a VirtualMachine ({@code spec.template.spec.domain}): CPU, memory,
 * resources, firmware, disks and interfaces.
 *
 * <pre>{@code
 * Domain domain = Domain.builder()
 *     .cpu(Cpu.cores(2))
 *     .resources(Resources.memoryRequest("4Gi"))
 *     .disk(Disk.disk("containerdisk", DiskBus.VIRTIO))
 *     .iface(Interface.masquerade("default"))
 *     .build();
 * }</pre>
 */
public final class Domain {
  private final Cpu cpu;
  private final String memoryGuest;
  private final Resources resources;
  private final Firmware firmware;
  private final List<Disk> disks;
  private final List<Interface> interfaces;
  private final Map<String, Object> devicesExtra;
  private final Map<String, Object> extra;

  /**
   * The tree a VirtualMachine writes of this domain, once one has; shared by every VM of this
   * domain (and never changed: the trees VMs write are only read).
   */
  private volatile Map<String, Object> tree;

  private Domain(Builder b) {
    this.cpu = b.cpu;
    this.memoryGuest = b.memoryGuest;
    this.resources = b.resources;
    this.firmware = b.firmware;
    this.disks = List.copyOf(b.disks);
    this.interfaces = List.copyOf(b.interfaces);
    this.devicesExtra = Plain.copyMap(b.devicesExtra);
    this.extra = Plain.copyMap(b.extra);
  }

  /**
   * The domain's tree as {@link VirtualMachineCodec#writeDomain} writes it, written at first use
   * and then shared; a domain whose tree cannot be written throws at every use.
   */
  Map<String, Object> tree() {
    Map<String, Object> t = tree;
    if (t == null) {
      t = VirtualMachineCodec.writeDomain(this);
      tree = t;
    }
    return t;
  }

  /**
   * An empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this domain.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b =
        new Builder().cpu(cpu).memoryGuest(memoryGuest).resources(resources).firmware(firmware);
    b.disks.addAll(disks);
    b.interfaces.addAll(interfaces);
    b.devicesExtra.putAll(devicesExtra);
    b.extra.putAll(extra);
    return b;
  }

  /**
   * The CPU topology.
   *
   * @return the topology, or null
   */
  public Cpu cpu() {
    return cpu;
  }

  /**
   * The memory the guest sees ({@code memory.guest}).
   *
   * @return a quantity such as {@code 4Gi}, or null
   */
  public String memoryGuest() {
    return memoryGuest;
  }

  /**
   * Resource requests and limits.
   *
   * @return the resources, or null
   */
  public Resources resources() {
    return resources;
  }

  /**
   * The firmware.
   *
   * @return the firmware, or null
   */
  public Firmware firmware() {
    return firmware;
  }

  /**
   * The disks, in order.
   *
   * @return an unmodifiable list
   */
  public List<Disk> disks() {
    return disks;
  }

  /**
   * The network interfaces, in order.
   *
   * @return an unmodifiable list
   */
  public List<Interface> interfaces() {
    return interfaces;
  }

  /**
   * Untyped fields of {@code devices}.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> devicesExtra() {
    return devicesExtra;
  }

  /**
   * Untyped fields of the domain.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> extra() {
    return extra;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Domain d
        && Objects.equals(cpu, d.cpu)
        && Objects.equals(memoryGuest, d.memoryGuest)
        && Objects.equals(resources, d.resources)
        && Objects.equals(firmware, d.firmware)
        && disks.equals(d.disks)
        && interfaces.equals(d.interfaces)
        && devicesExtra.equals(d.devicesExtra)
        && extra.equals(d.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cpu, memoryGuest, resources, firmware, disks, interfaces, extra);
  }

  @Override
  public String toString() {
    return "Domain{cpu="
        + cpu
        + ", memoryGuest="
        + memoryGuest
        + ", disks="
        + disks.size()
        + ", interfaces="
        + interfaces.size()
        + "}";
  }

  /** Builds {@link Domain}. */
  public static final class Builder {
    private Cpu cpu;
    private String memoryGuest;
    private Resources resources;
    private Firmware firmware;
    private final List<Disk> disks = new ArrayList<>();
    private final List<Interface> interfaces = new ArrayList<>();
    private final Map<String, Object> devicesExtra = new SmallMap<>();
    private final Map<String, Object> extra = new SmallMap<>();

    private Builder() {}

    /**
     * Sets the CPU topology.
     *
     * @param cpu the topology, or null
     * @return this builder
     */
    public Builder cpu(Cpu cpu) {
      this.cpu = cpu;
      return this;
    }

    /**
     * Sets the guest memory.
     *
     * @param quantity e.g. {@code 4Gi}, or null
     * @return this builder
     */
    public Builder memoryGuest(String quantity) {
      this.memoryGuest = quantity;
      return this;
    }

    /**
     * Sets requests and limits.
     *
     * @param resources the resources, or null
     * @return this builder
     */
    public Builder resources(Resources resources) {
      this.resources = resources;
      return this;
    }

    /**
     * Sets the firmware.
     *
     * @param firmware the firmware, or null
     * @return this builder
     */
    public Builder firmware(Firmware firmware) {
      this.firmware = firmware;
      return this;
    }

    /**
     * Adds a disk.
     *
     * @param disk the disk
     * @return this builder
     */
    public Builder disk(Disk disk) {
      disks.add(Objects.requireNonNull(disk, "disk"));
      return this;
    }

    /**
     * Replaces the disks.
     *
     * @param disks the disks
     * @return this builder
     */
    public Builder disks(List<Disk> disks) {
      this.disks.clear();
      disks.forEach(this::disk);
      return this;
    }

    /**
     * Adds a network interface.
     *
     * @param iface the interface
     * @return this builder
     */
    public Builder iface(Interface iface) {
      interfaces.add(Objects.requireNonNull(iface, "iface"));
      return this;
    }

    /**
     * Replaces the interfaces.
     *
     * @param interfaces the interfaces
     * @return this builder
     */
    public Builder interfaces(List<Interface> interfaces) {
      this.interfaces.clear();
      interfaces.forEach(this::iface);
      return this;
    }

    /**
     * Replaces the untyped fields of {@code devices}.
     *
     * @param extra plain values
     * @return this builder
     */
    public Builder devicesExtra(Map<String, ?> extra) {
      devicesExtra.clear();
      devicesExtra.putAll(Plain.copyMap(extra));
      return this;
    }

    /**
     * Replaces the untyped fields of the domain.
     *
     * @param extra plain values
     * @return this builder
     */
    public Builder extra(Map<String, ?> extra) {
      this.extra.clear();
      this.extra.putAll(Plain.copyMap(extra));
      return this;
    }

    /**
     * Builds the domain; names are checked by the VirtualMachine's build.
     *
     * @return the domain
     */
    public Domain build() {
      return new Domain(this);
    }
  }
}
