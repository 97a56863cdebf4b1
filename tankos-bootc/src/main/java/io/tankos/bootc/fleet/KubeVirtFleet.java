package io.tankos.bootc.fleet;

import io.tankos.bootc.gitops.GitOpsHost;
import io.tankos.bootc.kubevirt.CloudInitNoCloud;
import io.tankos.bootc.kubevirt.Cpu;
import io.tankos.bootc.kubevirt.DataVolumeTemplate;
import io.tankos.bootc.kubevirt.Disk;
import io.tankos.bootc.kubevirt.DiskBus;
import io.tankos.bootc.kubevirt.Domain;
import io.tankos.bootc.kubevirt.ImagePullPolicy;
import io.tankos.bootc.kubevirt.Interface;
import io.tankos.bootc.kubevirt.KubernetesSecret;
import io.tankos.bootc.kubevirt.Network;
import io.tankos.bootc.kubevirt.ObjectMeta;
import io.tankos.bootc.kubevirt.Resources;
import io.tankos.bootc.kubevirt.RunStrategy;
import io.tankos.bootc.kubevirt.VirtualMachine;
import io.tankos.bootc.kubevirt.Volume;
import io.tankos.bootc.kubevirt.internal.ImageReferences;
import io.tankos.bootc.kubevirt.internal.KubeNames;
import io.tankos.bootc.kubevirt.internal.Quantities;
import io.tankos.cloudinit.CloudCommand;
import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.CloudMount;
import io.tankos.cloudinit.NetworkConfig;
import io.tankos.cloudinit.UserData;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fleet as KubeVirt VirtualMachines, one per host, from the same model as its NoCloud seeds: the
 * VM named by the host name (KubeVirt gives the guest that host name), labelled {@code app: NAME}
 * plus the host's labels, booting the Tank-OS containerDisk with Tank-OS's defaults (run strategy
 * {@code Always}, 2 cores, 4Gi, virtio disks, masquerade on the pod network). The host's user-data
 * (its SSH keys) and, for a static address, its network-config live in the Secret {@code
 * HOST-cloudinit}, referenced by {@code cloudInitNoCloud.secretRef} and {@code
 * networkDataSecretRef}; nothing of it is inline in the VM. With {@link
 * Builder#homeVolumeSize(String)}, a blank DataVolume keeps {@code /var/home} (the agents' state)
 * across restarts and containerDisk updates.
 *
 * <pre>{@code
 * KubeVirtFleet kubevirt = KubeVirtFleet.builder(Fleet.builder(TankOsImage.tankOs()).build())
 *     .homeVolumeSize("20Gi")
 *     .build();
 * GitOpsHost alice = kubevirt.host(FleetHost.builder("alice").sshAuthorizedKey(key).build());
 * alice.virtualMachine().toYaml();   // the VM; alice.secrets() holds its user-data Secret
 * }</pre>
 */
public final class KubeVirtFleet {
  /** The containerDisk Tank-OS's deploy/base/virtualmachine.yaml boots. */
  public static final String TANK_OS_DISK_IMAGE = "quay.io/redhat-et/tank-os-containerdisk:latest";

  /** The suffix of each host's cloud-init Secret. */
  public static final String SECRET_SUFFIX = "-cloudinit";

  /** The guest device of the home volume: the third virtio disk, after the containerDisk and cloud-init's. */
  static final String HOME_DEVICE = "/dev/vdc";

  private static final Location AT = Location.of("KubeVirtFleet");

  private final Fleet fleet;
  private final String name;
  private final String namespace;
  private final String diskImage;
  private final int cores;
  private final String memory;
  private final String homeVolumeSize;
  private final Map<UserData, String> rendered = new IdentityHashMap<>();

  /** The parts every VM of the fleet shares (immutable values): its domain, network and disk. */
  private final Domain domain;

  private final Network network;
  private final Volume containerDisk;

  /** The template metadata of every VM whose host has no labels of its own: {@code app: NAME}. */
  private final ObjectMeta appLabel;

  private KubeVirtFleet(Builder b) {
    this.fleet = b.fleet;
    this.name = b.name;
    this.namespace = b.namespace;
    this.diskImage = b.diskImage;
    this.cores = b.cores;
    this.memory = b.memory;
    this.homeVolumeSize = b.homeVolumeSize;
    Domain.Builder d = Domain.builder()
        .cpu(Cpu.cores(cores))
        .resources(Resources.memoryRequest(memory))
        .disk(Disk.disk("containerdisk", DiskBus.VIRTIO))
        .disk(Disk.disk("cloudinitdisk", DiskBus.VIRTIO))
        .iface(Interface.masquerade("default"));
    if (homeVolumeSize != null) {
      d.disk(Disk.disk("home", DiskBus.VIRTIO));
    }
    this.domain = d.build();
    this.network = Network.pod("default");
    this.containerDisk =
        Volume.containerDisk("containerdisk", diskImage, ImagePullPolicy.IF_NOT_PRESENT);
    this.appLabel = ObjectMeta.builder().label("app", name).build();
  }

  /**
   * A builder with Tank-OS's defaults: name {@code tank-os}, no namespace (each VM in the
   * namespace named like its host), {@link #TANK_OS_DISK_IMAGE}, 2 cores, 4Gi, no home volume.
   *
   * @param fleet the fleet (its image; its own hosts are what {@link Fleet#hostList()} gives)
   * @return the builder
   */
  public static Builder builder(Fleet fleet) {
    return new Builder(fleet);
  }

  /**
   * A builder holding this fleet's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(fleet).name(name).namespace(namespace).diskImage(diskImage).cores(cores)
        .memory(memory).homeVolumeSize(homeVolumeSize);
  }

  /**
   * The fleet.
   *
   * @return the fleet
   */
  public Fleet fleet() {
    return fleet;
  }

  /**
   * The name: the VMs' {@code app} label, the prefix of the Argo CD objects.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The namespace of every VM, if one was set.
   *
   * @return the namespace, or null when each VM goes into the namespace named like its host
   */
  public String namespace() {
    return namespace;
  }

  /**
   * One host's VM and its cloud-init Secret.
   *
   * @param host the host
   * @return the host, named by its host name
   * @throws io.tankos.core.validation.ValidationException when the host name is not a DNS-1123
   *     label (at {@code FleetHost.hostname}) or names an instance the image lacks
   */
  public GitOpsHost host(FleetHost host) {
    Objects.requireNonNull(host, "host");
    if (!KubeNames.isLabel(host.hostname())) {
      Problems problems = new Problems();
      KubeNames.checkLabel(problems, Location.of("FleetHost").child("hostname"), host.hostname());
      problems.throwIfAny();
    }
    // the seed's user-data and network-config, without its meta-data (the seed's checks of the
    // user-data's keys are the image seed's, made when the user-data was)
    UserData shared = fleet.shared(host).userData();
    Optional<NetworkConfig> network = host.networkConfig();
    String vm = host.hostname();
    String secretName = vm + SECRET_SUFFIX;
    KubernetesSecret.Builder secret = KubernetesSecret.builder()
        .metadata(meta(secretName, host).build())
        .stringData(KubernetesSecret.USER_DATA_KEY, userData(shared));
    CloudInitNoCloud.Builder cloudInit = CloudInitNoCloud.builder().secretRef(secretName);
    network.ifPresent(n -> {
      secret.stringData(KubernetesSecret.NETWORK_DATA_KEY, n.render());
      cloudInit.networkDataSecretRef(secretName);
    });
    return new GitOpsHost(vm, virtualMachine(host, cloudInit.build()), List.of(secret.build()));
  }

  private VirtualMachine virtualMachine(FleetHost host, CloudInitNoCloud cloudInit) {
    String vm = host.hostname();
    VirtualMachine.Builder b = VirtualMachine.builder()
        .metadata(meta(vm, host).build())
        .runStrategy(RunStrategy.ALWAYS)
        .templateMetadata(
            host.labels().isEmpty() ? appLabel : labels(ObjectMeta.builder(), host).build())
        .network(network)
        .volume(containerDisk)
        .volume(Volume.cloudInitNoCloud("cloudinitdisk", cloudInit));
    if (homeVolumeSize != null) {
      String dv = vm + "-home";
      b.dataVolumeTemplate(DataVolumeTemplate.blank(dv, homeVolumeSize));
      b.volume(Volume.dataVolume("home", dv));
    }
    return b.domain(domain).build();
  }

  private ObjectMeta.Builder meta(String objectName, FleetHost host) {
    return labels(ObjectMeta.builder().name(objectName)
        .namespace(namespace != null ? namespace : host.hostname()), host);
  }

  private ObjectMeta.Builder labels(ObjectMeta.Builder m, FleetHost host) {
    m.label("app", name);
    host.labels().forEach(m::label);
    return m;
  }

  /** The user-data text; with a home volume, formatted on first use and mounted on /var/home. */
  private String userData(UserData userData) {
    synchronized (rendered) {
      String text = rendered.get(userData);
      if (text == null) {
        if (rendered.size() > 64) {
          rendered.clear();
        }
        text = withHome(userData).render();
        rendered.put(userData, text);
      }
      return text;
    }
  }

  private UserData withHome(UserData userData) {
    if (homeVolumeSize == null) {
      return userData;
    }
    CloudConfig.Builder c = userData.parts().get(0).cloudConfig().orElseThrow().toBuilder();
    c.bootcmd(CloudCommand.argv("sh", "-c", "blkid " + HOME_DEVICE + " || mkfs.xfs " + HOME_DEVICE));
    c.mount(CloudMount.of(HOME_DEVICE, "/var/home", "xfs", "defaults,nofail", "0", "2"));
    return UserData.of(c.build());
  }

  @Override
  public String toString() {
    return "KubeVirtFleet{name=" + name + ", namespace=" + namespace + ", diskImage=" + diskImage
        + ", cores=" + cores + ", memory=" + memory + ", homeVolumeSize=" + homeVolumeSize + "}";
  }

  /** Builds {@link KubeVirtFleet}. */
  public static final class Builder {
    private final Fleet fleet;
    private String name = "tank-os";
    private String namespace;
    private String diskImage = TANK_OS_DISK_IMAGE;
    private int cores = 2;
    private String memory = "4Gi";
    private String homeVolumeSize;

    private Builder(Fleet fleet) {
      this.fleet = Objects.requireNonNull(fleet, "fleet");
    }

    /**
     * Sets the name: the VMs' {@code app} label and the prefix of the Argo CD objects.
     *
     * @param value a DNS-1123 label
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /**
     * Puts every VM into one namespace.
     *
     * @param value a DNS-1123 label, or null for a namespace per host named like the host
     * @return this builder
     */
    public Builder namespace(String value) {
      this.namespace = value;
      return this;
    }

    /**
     * Sets the containerDisk image the VMs boot.
     *
     * @param value an image reference
     * @return this builder
     */
    public Builder diskImage(String value) {
      this.diskImage = Objects.requireNonNull(value, "diskImage");
      return this;
    }

    /**
     * Sets the virtual CPU cores of each VM.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder cores(int value) {
      this.cores = value;
      return this;
    }

    /**
     * Sets the memory each VM requests.
     *
     * @param value a Kubernetes quantity such as {@code 4Gi}
     * @return this builder
     */
    public Builder memory(String value) {
      this.memory = Objects.requireNonNull(value, "memory");
      return this;
    }

    /**
     * Gives each VM a blank DataVolume of this size for {@code /var/home}, so agent state survives
     * restarts and image updates.
     *
     * @param value a Kubernetes quantity such as {@code 20Gi}, or null for none (Tank-OS's default)
     * @return this builder
     */
    public Builder homeVolumeSize(String value) {
      this.homeVolumeSize = value;
      return this;
    }

    /**
     * Builds and checks the name, namespace, cores, disk image, memory and home volume size.
     *
     * @return the KubeVirt fleet
     * @throws io.tankos.core.validation.ValidationException naming each problem's location
     */
    public KubeVirtFleet build() {
      Problems problems = new Problems();
      KubeNames.checkLabel(problems, AT.child("name"), name);
      if (namespace != null) {
        KubeNames.checkLabel(problems, AT.child("namespace"), namespace);
      }
      if (cores < 1) {
        problems.add(AT.child("cores"), cores + " is not a positive number of cores");
      }
      ImageReferences.check(problems, AT.child("diskImage"), diskImage);
      Quantities.checkSize(problems, AT.child("memory"), memory);
      if (homeVolumeSize != null) {
        Quantities.checkSize(problems, AT.child("homeVolumeSize"), homeVolumeSize);
      }
      problems.throwIfAny();
      return new KubeVirtFleet(this);
    }
  }
}
