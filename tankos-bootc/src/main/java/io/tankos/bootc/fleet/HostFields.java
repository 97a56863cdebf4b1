package io.tankos.bootc.fleet;

import io.tankos.bootc.fleet.internal.HostFieldNames;
import io.tankos.bootc.fleet.internal.RawHost;
import java.util.List;
import java.util.Map;

/** A host-list file's fields as a {@link FleetHost}. */
final class HostFields {
  private HostFields() {}

  /** Builds the host; the reader has checked the field types. */
  @SuppressWarnings("unchecked")
  static FleetHost build(String hostname, RawHost raw) {
    FleetHost.Builder b = FleetHost.builder(hostname);
    raw.fields().forEach((name, field) -> {
      Object v = field.value();
      switch (name) {
        case HostFieldNames.INSTANCE_ID -> b.instanceId((String) v);
        case HostFieldNames.SSH_AUTHORIZED_KEYS -> ((List<String>) v).forEach(b::sshAuthorizedKey);
        case HostFieldNames.INSTANCES -> b.instances(((List<String>) v).toArray(new String[0]));
        case HostFieldNames.MAC -> b.mac((String) v);
        case HostFieldNames.ADDRESS -> b.address((String) v);
        case HostFieldNames.GATEWAY -> b.gateway((String) v);
        case HostFieldNames.DNS -> b.dns(((List<String>) v).toArray(new String[0]));
        case HostFieldNames.LABELS -> ((Map<String, String>) v).forEach(b::label);
        default -> { } // hostname: given
      }
    });
    return b.build();
  }
}
