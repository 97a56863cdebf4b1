package io.tankos.bootc.fleet;

import io.tankos.bootc.image.AgentInstance;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.cloudinit.CloudCommand;
import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.cloudinit.UserData;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Tank-OS image and the hosts that run it. Each host's NoCloud seed is the image's {@link
 * TankOsImage#seed(io.tankos.bootc.image.Provisioning) seed} with the host's keys, host name and
 * instance id; an instance the host does not run has its units masked at boot ({@code bootcmd:
 * systemctl --global mask UNIT}), and a static address becomes the seed's {@code network-config}.
 * The user-data of the 64 most recent key and instance selections is kept, so hosts that share
 * keys share its rendering (thread-safe).
 * Hosts given here are held in memory; for large host lists stream a {@link HostList} through a
 * {@link FleetWriter} instead.
 *
 * <pre>{@code
 * Fleet fleet = Fleet.builder(TankOsImage.tankOs())
 *     .host(FleetHost.builder("tank-01").sshAuthorizedKey(key).build())
 *     .host(FleetHost.builder("tank-02").sshAuthorizedKey(key).address("192.0.2.12/24").build())
 *     .build();
 * NoCloudSeed seed = fleet.seed(fleet.hosts().get(0));
 * FleetWriter.builder(Path.of("out/fleet")).build().write(fleet);
 * }</pre>
 */
public final class Fleet {
  private final TankOsImage image;
  private final List<FleetHost> hosts;
  private final Map<String, AgentInstance> instances;
  /** The user-data of recent key and instance selections: hosts of a fleet mostly share them. */
  private final Map<List<Object>, SharedUserData> userDataCache = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<List<Object>, SharedUserData> eldest) {
      return size() > 64;
    }
  };

  private Fleet(TankOsImage image, List<FleetHost> hosts) {
    this.image = image;
    this.hosts = List.copyOf(hosts);
    Map<String, AgentInstance> m = new LinkedHashMap<>();
    image.instances().forEach(i -> m.put(i.name(), i));
    this.instances = m;
  }

  /**
   * A builder for a fleet of this image.
   *
   * @param image the image every host runs
   * @return the builder
   */
  public static Builder builder(TankOsImage image) {
    return new Builder(image);
  }

  /**
   * A builder holding these values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(image);
    b.hosts.addAll(hosts);
    return b;
  }

  /**
   * The image.
   *
   * @return the image
   */
  public TankOsImage image() {
    return image;
  }

  /**
   * The hosts given in code.
   *
   * @return unmodifiable list in insertion order
   */
  public List<FleetHost> hosts() {
    return hosts;
  }

  /**
   * The hosts given in code as a host list (source {@code Fleet}, line = position from 1), for
   * {@link FleetWriter}.
   *
   * @return the list
   */
  public HostList hostList() {
    return HostList.of(hosts);
  }

  /**
   * The NoCloud seed of a host.
   *
   * @param host the host
   * @return the seed: {@code user-data}, {@code meta-data} and, with a static address, {@code
   *     network-config}
   * @throws io.tankos.core.validation.ValidationException at {@code FleetHost.instances[i]} for a
   *     name that is not one of the image's instances
   */
  public NoCloudSeed seed(FleetHost host) {
    UserData userData = shared(host).userData();
    // the image's meta-data for the host: instance id and host name
    NoCloudSeed.Builder b = NoCloudSeed.builder()
        .metaData(host.provisioning().metaData())
        .userData(userData);
    return b.networkConfig(host.networkConfig().orElse(null)).build();
  }

  /**
   * The user-data of a host's keys and instance selection, rendered once for all hosts sharing
   * them.
   *
   * @throws io.tankos.core.validation.ValidationException as {@link #seed} does
   */
  SharedUserData shared(FleetHost host) {
    Objects.requireNonNull(host, "host");
    List<String> masked = maskedUnits(host);
    List<Object> key = List.of(host.sshAuthorizedKeys(), masked);
    SharedUserData shared;
    synchronized (userDataCache) {
      shared = userDataCache.get(key);
    }
    if (shared == null) {
      shared = new SharedUserData(userData(host, masked));
      synchronized (userDataCache) {
        userDataCache.put(key, shared);
      }
    }
    return shared;
  }

  /** The image's user-data for the host's keys, with the units of unselected instances masked. */
  private UserData userData(FleetHost host, List<String> masked) {
    NoCloudSeed seed = image.seed(host.provisioning());
    if (masked.isEmpty()) {
      return seed.userData();
    }
    CloudConfig.Builder c = seed.userData().parts().get(0).cloudConfig().orElseThrow().toBuilder();
    masked.forEach(u -> c.bootcmd(CloudCommand.argv("systemctl", "--global", "mask", u)));
    return UserData.of(c.build());
  }

  /** The starting units of the instances the host does not run. */
  private List<String> maskedUnits(FleetHost host) {
    if (host.instances().isEmpty()) {
      return List.of();
    }
    Problems problems = new Problems();
    for (int i = 0; i < host.instances().size(); i++) {
      if (!instances.containsKey(host.instances().get(i))) {
        problems.add(Location.of("FleetHost").child("instances").index(i),
            "not an instance of the image (it has " + String.join(", ", instances.keySet()) + ")");
      }
    }
    problems.throwIfAny();
    List<String> units = new ArrayList<>();
    instances.values().stream().filter(i -> !host.instances().contains(i.name()))
        .forEach(i -> units.addAll(i.startingUnits()));
    return units;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fleet f && f.image.equals(image) && f.hosts.equals(hosts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(image, hosts);
  }

  @Override
  public String toString() {
    return "Fleet[" + image.instances().size() + " instances, " + hosts.size() + " hosts]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private TankOsImage image;
    private final List<FleetHost> hosts = new ArrayList<>();

    private Builder(TankOsImage image) {
      this.image = Objects.requireNonNull(image, "image");
    }

    /**
     * The image every host runs.
     *
     * @param value the image
     * @return this builder
     */
    public Builder image(TankOsImage value) {
      this.image = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Adds a host.
     *
     * @param host the host
     * @return this builder
     */
    public Builder host(FleetHost host) {
      hosts.add(Objects.requireNonNull(host, "host"));
      return this;
    }

    /**
     * Builds the fleet; duplicates and seeds are checked when it is written ({@link
     * FleetWriter}), host by host.
     *
     * @return the fleet
     */
    public Fleet build() {
      return new Fleet(image, hosts);
    }
  }
}
