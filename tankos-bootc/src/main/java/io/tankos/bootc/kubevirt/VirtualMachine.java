package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.KubeYaml;
import io.tankos.bootc.kubevirt.internal.Plain;
import io.tankos.bootc.kubevirt.internal.SmallMap;
import io.tankos.bootc.kubevirt.internal.VirtualMachineCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A KubeVirt {@code VirtualMachine} ({@code kubevirt.io/v1}): what Tank-OS needs to run an agent VM
 * on KubeVirt, typed and checked, with every field the model does not type kept so that a parsed
 * manifest renders back to equal data.
 *
 * <pre>{@code
 * VirtualMachine vm = VirtualMachine.builder()
 *     .metadata(ObjectMeta.builder().name("tank-alice").label("app", "tank-os").build())
 *     .runStrategy(RunStrategy.ALWAYS)
 *     .domain(Domain.builder()
 *         .cpu(Cpu.cores(2))
 *         .resources(Resources.memoryRequest("4Gi"))
 *         .disk(Disk.disk("containerdisk", DiskBus.VIRTIO))
 *         .iface(Interface.masquerade("default"))
 *         .build())
 *     .network(Network.pod("default"))
 *     .volume(Volume.containerDisk("containerdisk", "quay.io/example/disk:1", null))
 *     .build();                  // checks names and disk/volume, interface/network pairs
 * String yaml = vm.toYaml();     // apiVersion, kind, metadata, spec
 * }</pre>
 */
public final class VirtualMachine {
  /** The API version written. */
  public static final String API_VERSION = "kubevirt.io/v1";

  /** The kind written. */
  public static final String KIND = "VirtualMachine";

  private final ObjectMeta metadata;
  private final RunStrategy runStrategy;
  private final List<DataVolumeTemplate> dataVolumeTemplates;
  private final ObjectMeta templateMetadata;
  private final Domain domain;
  private final List<Network> networks;
  private final List<Volume> volumes;
  private final Map<String, String> nodeSelector;
  private final EvictionStrategy evictionStrategy;
  private final Long terminationGracePeriodSeconds;
  private final Map<String, Object> extra;
  private final Map<String, Object> specExtra;
  private final Map<String, Object> templateExtra;
  private final Map<String, Object> templateSpecExtra;

  /** The manifest's plain tree, written once when built; read by the writers, never changed. */
  private final Map<String, Object> tree;

  static {
    VirtualMachineCodec.builtTrees(vm -> vm.tree);
  }

  /**
   * Sets the fields, checks them and writes the tree (which refuses an untyped field that shadows
   * a typed one).
   */
  private VirtualMachine(Builder b) {
    this.metadata = b.metadata;
    this.runStrategy = b.runStrategy;
    this.dataVolumeTemplates = List.copyOf(b.dataVolumeTemplates);
    this.templateMetadata = b.templateMetadata;
    this.domain = b.domain;
    this.networks = List.copyOf(b.networks);
    this.volumes = List.copyOf(b.volumes);
    this.nodeSelector = Plain.copyStrings(b.nodeSelector);
    this.evictionStrategy = b.evictionStrategy;
    this.terminationGracePeriodSeconds = b.terminationGracePeriodSeconds;
    this.extra = Plain.copyMap(b.extra);
    this.specExtra = Plain.copyMap(b.specExtra);
    this.templateExtra = Plain.copyMap(b.templateExtra);
    this.templateSpecExtra = Plain.copyMap(b.templateSpecExtra);
    VirtualMachineChecks.check(this);
    this.tree = VirtualMachineCodec.write(this, Domain::tree);
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
   * A builder holding this VirtualMachine.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .metadata(metadata)
            .runStrategy(runStrategy)
            .dataVolumeTemplates(dataVolumeTemplates)
            .templateMetadata(templateMetadata)
            .domain(domain)
            .networks(networks)
            .volumes(volumes)
            .nodeSelector(nodeSelector)
            .evictionStrategy(evictionStrategy)
            .terminationGracePeriodSeconds(terminationGracePeriodSeconds);
    b.extra.putAll(extra);
    b.specExtra.putAll(specExtra);
    b.templateExtra.putAll(templateExtra);
    b.templateSpecExtra.putAll(templateSpecExtra);
    return b;
  }

  /**
   * Reads a VirtualMachine manifest (YAML or JSON, one document).
   *
   * @param source the source's name for messages, e.g. a file name
   * @param text the manifest
   * @return the VirtualMachine
   * @throws io.tankos.core.validation.ParseException when the text is not one mapping
   * @throws io.tankos.core.validation.ValidationException when it is not a valid VirtualMachine
   */
  public static VirtualMachine parseYaml(String source, String text) {
    return VirtualMachineCodec.read(KubeYaml.parse(source, text));
  }

  /**
   * Reads a VirtualMachine manifest in JSON.
   *
   * @param source the source's name for messages
   * @param text the manifest
   * @return the VirtualMachine
   * @throws io.tankos.core.validation.ParseException when the text is not one JSON object
   * @throws io.tankos.core.validation.ValidationException when it is not a valid VirtualMachine
   */
  public static VirtualMachine parseJson(String source, String text) {
    return VirtualMachineCodec.read(KubeYaml.parseJson(source, text));
  }

  /**
   * The manifest as YAML: keys in Kubernetes order (apiVersion, kind, metadata, spec), same bytes
   * for the same value.
   *
   * @return the YAML text
   */
  public String toYaml() {
    return KubeYaml.toYaml(tree);
  }

  /**
   * The manifest as indented JSON, keys in the same order as {@link #toYaml()}.
   *
   * @return the JSON text
   */
  public String toJson() {
    return KubeYaml.toJson(tree);
  }

  /**
   * The VirtualMachine's metadata.
   *
   * @return the metadata
   */
  public ObjectMeta metadata() {
    return metadata;
  }

  /**
   * The run strategy.
   *
   * @return the strategy, or null when unset
   */
  public RunStrategy runStrategy() {
    return runStrategy;
  }

  /**
   * DataVolumes created with the VM.
   *
   * @return an unmodifiable list
   */
  public List<DataVolumeTemplate> dataVolumeTemplates() {
    return dataVolumeTemplates;
  }

  /**
   * The instance template's metadata (labels of the VMI and its pod).
   *
   * @return the metadata
   */
  public ObjectMeta templateMetadata() {
    return templateMetadata;
  }

  /**
   * The virtual hardware.
   *
   * @return the domain
   */
  public Domain domain() {
    return domain;
  }

  /**
   * The networks, in order.
   *
   * @return an unmodifiable list
   */
  public List<Network> networks() {
    return networks;
  }

  /**
   * The volumes, in order.
   *
   * @return an unmodifiable list
   */
  public List<Volume> volumes() {
    return volumes;
  }

  /**
   * The node selector.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> nodeSelector() {
    return nodeSelector;
  }

  /**
   * The eviction strategy.
   *
   * @return the strategy, or null
   */
  public EvictionStrategy evictionStrategy() {
    return evictionStrategy;
  }

  /**
   * Seconds the guest gets to shut down.
   *
   * @return the grace period, or null
   */
  public Long terminationGracePeriodSeconds() {
    return terminationGracePeriodSeconds;
  }

  /**
   * Untyped top-level fields (e.g. {@code status}).
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> extra() {
    return extra;
  }

  /**
   * Untyped fields of {@code spec}.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> specExtra() {
    return specExtra;
  }

  /**
   * Untyped fields of {@code spec.template}.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> templateExtra() {
    return templateExtra;
  }

  /**
   * Untyped fields of {@code spec.template.spec}.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> templateSpecExtra() {
    return templateSpecExtra;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VirtualMachine v && toYaml().equals(v.toYaml());
  }

  @Override
  public int hashCode() {
    return toYaml().hashCode();
  }

  /** Name, run strategy and counts only: user-data never appears here. */
  @Override
  public String toString() {
    return "VirtualMachine{name="
        + metadata.name()
        + ", runStrategy="
        + runStrategy
        + ", disks="
        + domain.disks().size()
        + ", volumes="
        + volumes.size()
        + ", networks="
        + networks.size()
        + "}";
  }

  /** Builds {@link VirtualMachine}. */
  public static final class Builder {
    /** The empty metadata and domain a builder starts with (immutable values, shared). */
    private static final ObjectMeta NO_METADATA = ObjectMeta.builder().build();

    private static final Domain NO_DOMAIN = Domain.builder().build();

    private ObjectMeta metadata = NO_METADATA;
    private RunStrategy runStrategy;
    private final List<DataVolumeTemplate> dataVolumeTemplates = new ArrayList<>();
    private ObjectMeta templateMetadata = NO_METADATA;
    private Domain domain = NO_DOMAIN;
    private final List<Network> networks = new ArrayList<>();
    private final List<Volume> volumes = new ArrayList<>();
    private final Map<String, String> nodeSelector = new SmallMap<>();
    private EvictionStrategy evictionStrategy;
    private Long terminationGracePeriodSeconds;
    private final Map<String, Object> extra = new SmallMap<>();
    private final Map<String, Object> specExtra = new SmallMap<>();
    private final Map<String, Object> templateExtra = new SmallMap<>();
    private final Map<String, Object> templateSpecExtra = new SmallMap<>();

    private Builder() {}

    /**
     * Sets the metadata.
     *
     * @param metadata the metadata
     * @return this builder
     */
    public Builder metadata(ObjectMeta metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Sets the run strategy.
     *
     * @param runStrategy the strategy, or null to leave it out
     * @return this builder
     */
    public Builder runStrategy(RunStrategy runStrategy) {
      this.runStrategy = runStrategy;
      return this;
    }

    /**
     * Adds a DataVolume template.
     *
     * @param template the template
     * @return this builder
     */
    public Builder dataVolumeTemplate(DataVolumeTemplate template) {
      dataVolumeTemplates.add(Objects.requireNonNull(template, "template"));
      return this;
    }

    /**
     * Replaces the DataVolume templates.
     *
     * @param templates the templates
     * @return this builder
     */
    public Builder dataVolumeTemplates(List<DataVolumeTemplate> templates) {
      dataVolumeTemplates.clear();
      templates.forEach(this::dataVolumeTemplate);
      return this;
    }

    /**
     * Sets the instance template's metadata.
     *
     * @param templateMetadata the metadata
     * @return this builder
     */
    public Builder templateMetadata(ObjectMeta templateMetadata) {
      this.templateMetadata = Objects.requireNonNull(templateMetadata, "templateMetadata");
      return this;
    }

    /**
     * Sets the virtual hardware.
     *
     * @param domain the domain
     * @return this builder
     */
    public Builder domain(Domain domain) {
      this.domain = Objects.requireNonNull(domain, "domain");
      return this;
    }

    /**
     * Adds a network.
     *
     * @param network the network
     * @return this builder
     */
    public Builder network(Network network) {
      networks.add(Objects.requireNonNull(network, "network"));
      return this;
    }

    /**
     * Replaces the networks.
     *
     * @param networks the networks
     * @return this builder
     */
    public Builder networks(List<Network> networks) {
      this.networks.clear();
      networks.forEach(this::network);
      return this;
    }

    /**
     * Adds a volume.
     *
     * @param volume the volume
     * @return this builder
     */
    public Builder volume(Volume volume) {
      volumes.add(Objects.requireNonNull(volume, "volume"));
      return this;
    }

    /**
     * Replaces the volumes.
     *
     * @param volumes the volumes
     * @return this builder
     */
    public Builder volumes(List<Volume> volumes) {
      this.volumes.clear();
      volumes.forEach(this::volume);
      return this;
    }

    /**
     * Replaces the node selector.
     *
     * @param selector label to value
     * @return this builder
     */
    public Builder nodeSelector(Map<String, String> selector) {
      nodeSelector.clear();
      nodeSelector.putAll(Plain.copyStrings(selector));
      return this;
    }

    /**
     * Sets the eviction strategy.
     *
     * @param strategy the strategy, or null
     * @return this builder
     */
    public Builder evictionStrategy(EvictionStrategy strategy) {
      this.evictionStrategy = strategy;
      return this;
    }

    /**
     * Sets the shutdown grace period.
     *
     * @param seconds the seconds, or null
     * @return this builder
     */
    public Builder terminationGracePeriodSeconds(Long seconds) {
      this.terminationGracePeriodSeconds = seconds;
      return this;
    }

    /**
     * Replaces the untyped top-level fields.
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
     * Replaces the untyped fields of {@code spec}.
     *
     * @param extra plain values
     * @return this builder
     */
    public Builder specExtra(Map<String, ?> extra) {
      specExtra.clear();
      specExtra.putAll(Plain.copyMap(extra));
      return this;
    }

    /**
     * Replaces the untyped fields of {@code spec.template}.
     *
     * @param extra plain values
     * @return this builder
     */
    public Builder templateExtra(Map<String, ?> extra) {
      templateExtra.clear();
      templateExtra.putAll(Plain.copyMap(extra));
      return this;
    }

    /**
     * Replaces the untyped fields of {@code spec.template.spec}.
     *
     * @param extra plain values
     * @return this builder
     */
    public Builder templateSpecExtra(Map<String, ?> extra) {
      templateSpecExtra.clear();
      templateSpecExtra.putAll(Plain.copyMap(extra));
      return this;
    }

    /**
     * Builds and checks the VirtualMachine: names are DNS-1123 labels, every disk has its volume
     * and every volume its disk, every interface its network and every network its interface, a
     * volume has at most one source, user-data comes from one place, and no untyped field shadows a
     * typed one.
     *
     * @return the VirtualMachine
     * @throws io.tankos.core.validation.ValidationException naming each problem's location
     */
    public VirtualMachine build() {
      return new VirtualMachine(this);
    }
  }
}
