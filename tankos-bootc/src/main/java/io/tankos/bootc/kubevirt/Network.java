package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Plain;
import java.util.Map;
import java.util.Objects;

/**
 * A network ({@code spec.networks[]}) for the interface of the same name.
 *
 * @param name the network and interface name
 * @param kind pod or Multus, or null when the source is kept in {@code extra}
 * @param multusNetworkName the NetworkAttachmentDefinition ({@code [namespace/]name}) for Multus
 * @param extra fields the model does not type, kept as they are
 */
public record Network(
    String name, NetworkKind kind, String multusNetworkName, Map<String, Object> extra) {

  /**
   * Checks and copies.
   *
   * @param name the name
   * @param kind the kind
   * @param multusNetworkName the Multus network, or null
   * @param extra untyped fields
   */
  public Network {
    Objects.requireNonNull(name, "name");
    extra = Plain.copyMap(extra);
  }

  /**
   * The pod network.
   *
   * @param name the network and interface name
   * @return the network
   */
  public static Network pod(String name) {
    return new Network(name, NetworkKind.POD, null, Map.of());
  }

  /**
   * A Multus network attachment.
   *
   * @param name the network and interface name
   * @param networkName the NetworkAttachmentDefinition, {@code [namespace/]name}
   * @return the network
   */
  public static Network multus(String name, String networkName) {
    return new Network(name, NetworkKind.MULTUS, Objects.requireNonNull(networkName), Map.of());
  }
}
