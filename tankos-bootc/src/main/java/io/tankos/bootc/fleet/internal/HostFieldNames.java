package io.tankos.bootc.fleet.internal;

import java.util.List;

/** The field names of a host-list file (CSV columns, YAML and JSON keys). */
public final class HostFieldNames {
  /** The host name. */
  public static final String HOSTNAME = "hostname";
  /** The cloud-init instance id. */
  public static final String INSTANCE_ID = "instance_id";
  /** SSH public keys. */
  public static final String SSH_AUTHORIZED_KEYS = "ssh_authorized_keys";
  /** Selected agent instances. */
  public static final String INSTANCES = "instances";
  /** MAC address. */
  public static final String MAC = "mac";
  /** Static address (CIDR). */
  public static final String ADDRESS = "address";
  /** Gateway. */
  public static final String GATEWAY = "gateway";
  /** Name servers. */
  public static final String DNS = "dns";
  /** Labels. */
  public static final String LABELS = "labels";

  /** Every field, in the order messages list them. */
  public static final List<String> ALL =
      List.of(HOSTNAME, INSTANCE_ID, SSH_AUTHORIZED_KEYS, INSTANCES, MAC, ADDRESS, GATEWAY, DNS, LABELS);

  /** The columns a CSV header must name. */
  public static final List<String> REQUIRED_CSV = List.of(HOSTNAME, INSTANCE_ID, SSH_AUTHORIZED_KEYS);

  /** Fields that hold a list. */
  public static final List<String> LISTS = List.of(SSH_AUTHORIZED_KEYS, INSTANCES, DNS);

  private HostFieldNames() {}
}
