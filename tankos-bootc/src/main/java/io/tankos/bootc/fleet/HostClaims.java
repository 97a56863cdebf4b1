package io.tankos.bootc.fleet;

import io.tankos.bootc.fleet.internal.HostFieldNames;
import io.tankos.bootc.fleet.internal.IpAddresses;
import io.tankos.bootc.fleet.internal.KeyTable;
import java.util.List;
import java.util.Locale;

/**
 * The keys no two hosts of a fleet may share (host name, instance id, static address, MAC), claimed
 * host by host; shared by the seed and the KubeVirt writers.
 */
final class HostClaims {
  private HostClaims() {}

  /** Claims the host's unique keys; a key claimed before is a problem naming both places. */
  static void claim(ListedHost e, FleetHost h, KeyTable keys, List<String> problems) {
    if (claimOne(e, keys, problems, HostFieldNames.HOSTNAME, h.hostname().toLowerCase(Locale.ROOT))) {
      claimOne(e, keys, problems, HostFieldNames.INSTANCE_ID, h.instanceId()); // else it repeats the host name's
    }
    h.address().flatMap(IpAddresses::cidrAddress)
        .ifPresent(a -> claimOne(e, keys, problems, HostFieldNames.ADDRESS, a));
    h.mac().ifPresent(m -> claimOne(e, keys, problems, HostFieldNames.MAC, m));
  }

  /** Claims a key; false (and a problem) when another host has it. */
  private static boolean claimOne(ListedHost e, KeyTable keys, List<String> problems, String field, String value) {
    int first = keys.claim(field, value, e.fieldLine(field));
    if (first >= 0) {
      problems.add(e.fieldLocation(field) + ": " + field + ": " + value + " is also the " + field
          + " of the host at " + e.place(first));
    }
    return first < 0;
  }
}
