package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Plain;
import java.util.Map;
import java.util.Objects;

/**
 * A network interface ({@code domain.devices.interfaces[]}), attached to the network of the same
 * name.
 *
 * @param name the interface and network name
 * @param binding masquerade, bridge or SR-IOV, or null when the binding is kept in {@code extra}
 * @param model the NIC model (e.g. {@code virtio}, {@code e1000e}), or null
 * @param extra fields the model does not type, kept as they are
 */
public record Interface(
    String name, InterfaceBinding binding, String model, Map<String, Object> extra) {

  /**
   * Checks and copies.
   *
   * @param name the name
   * @param binding the binding
   * @param model the model
   * @param extra untyped fields
   */
  public Interface {
    Objects.requireNonNull(name, "name");
    extra = Plain.copyMap(extra);
  }

  /**
   * A masquerade interface (NAT behind the pod's address).
   *
   * @param name the interface and network name
   * @return the interface
   */
  public static Interface masquerade(String name) {
    return new Interface(name, InterfaceBinding.MASQUERADE, null, Map.of());
  }

  /**
   * A bridge interface.
   *
   * @param name the interface and network name
   * @return the interface
   */
  public static Interface bridge(String name) {
    return new Interface(name, InterfaceBinding.BRIDGE, null, Map.of());
  }

  /**
   * This interface with a NIC model.
   *
   * @param model e.g. {@code virtio}
   * @return the interface
   */
  public Interface withModel(String model) {
    return new Interface(name, binding, model, extra);
  }
}
