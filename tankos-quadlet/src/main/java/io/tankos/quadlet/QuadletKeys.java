package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of every key Quadlet reads in its own sections, across Podman 4.4 … 6.0, with the
 * metadata that drives validation, rendering and parsing. Generated from the project's Quadlet key
 * table (podman-systemd.unit(5) and the key maps of Podman's {@code quadlet.go} per release).
 *
 * <pre>{@code
 * QuadletKeys.find("Container", "AppArmor").get().since();  // V5_8
 * QuadletKeys.forSection("Volume").size();                   // 16
 * }</pre>
 */
public final class QuadletKeys {
  private static final List<QuadletKey> ALL = List.of(
      key("Container", "AddCapability", ValueKind.WORD_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "words: capability names (CAP_X ...)", "--cap-add CAP"),
      key("Container", "AddDevice", ValueKind.WORD_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "words: HOST-DEVICE[:CONTAINER-DEVICE][:PERMISSIONS] (leading \"-\" = only if exists)", "--device /dev/foo"),
      key("Container", "AddHost", ValueKind.VERBATIM_LIST, PodmanVersion.V5_3, PodmanVersion.V5_3, "string: hostname:ip", "--add-host example.com:192.168.10.11"),
      key("Container", "Annotation", ValueKind.KEY_VALUE_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "keyvals: KEY=VALUE ...", "--annotation \"XYZ\""),
      key("Container", "AppArmor", ValueKind.SINGLE, PodmanVersion.V5_8, null, "string: profile name or \"unconfined\"", "--security-opt apparmor=alternate-profile"),
      key("Container", "AutoUpdate", ValueKind.SINGLE, PodmanVersion.V4_6, null, "enum{registry,local}", "--label \"io.containers.autoupdate=registry\""),
      key("Container", "CgroupsMode", ValueKind.SINGLE, PodmanVersion.V5_3, null, "enum{enabled,disabled,no-conmon,split} (quadlet default split)", "--cgroups=no-conmon"),
      key("Container", "ContainerName", ValueKind.SINGLE, PodmanVersion.V4_4, null, "string: container name (default systemd-%N)", "--name name"),
      key("Container", "ContainersConfModule", ValueKind.VERBATIM_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "path: containers.conf module", "--module=/etc/nvd.conf"),
      key("Container", "DNS", ValueKind.VERBATIM_LIST, PodmanVersion.V4_7, PodmanVersion.V4_7, "string: IP address", "--dns=192.168.55.1"),
      key("Container", "DNSOption", ValueKind.VERBATIM_LIST, PodmanVersion.V4_7, PodmanVersion.V4_7, "string: resolv.conf option (e.g. ndots:1)", "--dns-option=ndots:1"),
      key("Container", "DNSSearch", ValueKind.VERBATIM_LIST, PodmanVersion.V4_7, PodmanVersion.V4_7, "string: domain (\".\" removes search domain)", "--dns-search example.com"),
      key("Container", "DropCapability", ValueKind.WORD_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "words: capability names or \"all\"", "--cap-drop=CAP"),
      key("Container", "Entrypoint", ValueKind.SINGLE, PodmanVersion.V5_0, null, "string: path or JSON array string", "--entrypoint=/foo.sh"),
      key("Container", "Environment", ValueKind.KEY_VALUE_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "keyvals: NAME=VALUE ... (systemd Environment= syntax)", "--env foo=bar"),
      key("Container", "EnvironmentFile", ValueKind.ARG_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "args: path (abs or relative to unit file)", "--env-file /tmp/env"),
      key("Container", "EnvironmentHost", ValueKind.BOOLEAN, PodmanVersion.V4_4, null, "bool", "--env-host"),
      key("Container", "Exec", ValueKind.EXEC, PodmanVersion.V4_4, null, "cmdline: systemd command line (args after image)", "Command after image specification - /usr/bin/command"),
      key("Container", "ExposeHostPort", ValueKind.VERBATIM_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "string: port or range (50-59)[/proto]", "--expose 50-59"),
      key("Container", "GIDMap", ValueKind.WORD_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "words: CONTAINER_GID:HOST_GID:AMOUNT", "--gidmap=0:10000:10"),
      key("Container", "GlobalArgs", ValueKind.ARG_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "args: podman global options", "--log-level=debug"),
      key("Container", "Group", ValueKind.SINGLE, PodmanVersion.V4_4, null, "string: numeric GID (combined with User= as --user U:G)", "--user UID:1234"),
      key("Container", "GroupAdd", ValueKind.VERBATIM_LIST, PodmanVersion.V5_1, PodmanVersion.V5_1, "string: group name/GID or keep-groups", "--group-add=keep-groups"),
      key("Container", "HealthCmd", ValueKind.SINGLE, PodmanVersion.V4_5, null, "string: command (shell form) or \"none\"", "--health-cmd=/usr/bin/command"),
      key("Container", "HealthInterval", ValueKind.SINGLE, PodmanVersion.V4_5, null, "duration or \"disable\"", "--health-interval=2m"),
      key("Container", "HealthLogDestination", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: local|events_logger|directory path", "--health-log-destination=/foo/log"),
      key("Container", "HealthMaxLogCount", ValueKind.SINGLE, PodmanVersion.V5_3, null, "uint", "--health-max-log-count=5"),
      key("Container", "HealthMaxLogSize", ValueKind.SINGLE, PodmanVersion.V5_3, null, "uint", "--health-max-log-size=500"),
      key("Container", "HealthOnFailure", ValueKind.SINGLE, PodmanVersion.V4_5, null, "enum{none,kill,restart,stop}", "--health-on-failure=kill"),
      key("Container", "HealthRetries", ValueKind.SINGLE, PodmanVersion.V4_5, null, "uint", "--health-retries=5"),
      key("Container", "HealthStartPeriod", ValueKind.SINGLE, PodmanVersion.V4_5, null, "duration", "--health-start-period=1m"),
      key("Container", "HealthStartupCmd", ValueKind.SINGLE, PodmanVersion.V4_5, null, "string: command", "--health-startup-cmd=command"),
      key("Container", "HealthStartupInterval", ValueKind.SINGLE, PodmanVersion.V4_5, null, "duration or \"disable\"", "--health-startup-interval=1m"),
      key("Container", "HealthStartupRetries", ValueKind.SINGLE, PodmanVersion.V4_5, null, "uint", "--health-startup-retries=8"),
      key("Container", "HealthStartupSuccess", ValueKind.SINGLE, PodmanVersion.V4_5, null, "uint", "--health-startup-success=2"),
      key("Container", "HealthStartupTimeout", ValueKind.SINGLE, PodmanVersion.V4_5, null, "duration", "--health-startup-timeout=1m33s"),
      key("Container", "HealthTimeout", ValueKind.SINGLE, PodmanVersion.V4_5, null, "duration", "--health-timeout=20s"),
      key("Container", "HostName", ValueKind.SINGLE, PodmanVersion.V4_6, null, "string: hostname", "--hostname example.com"),
      key("Container", "HttpProxy", ValueKind.BOOLEAN, PodmanVersion.V5_7, null, "bool", "--http-proxy=true"),
      key("Container", "Image", ValueKind.SINGLE, PodmanVersion.V4_4, null, "image-ref: FQIN[:tag|@digest] or <name>.image / <name>.build", "Image specification - ubi8"),
      key("Container", "IP", ValueKind.SINGLE, PodmanVersion.V4_5, null, "string: IPv4 address", "--ip 192.5.0.1"),
      key("Container", "IP6", ValueKind.SINGLE, PodmanVersion.V4_5, null, "string: IPv6 address", "--ip6 2001:db8::1"),
      key("Container", "Label", ValueKind.KEY_VALUE_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "keyvals: KEY=VALUE ...", "--label \"XYZ\""),
      key("Container", "LogDriver", ValueKind.SINGLE, PodmanVersion.V4_5, null, "string: k8s-file|journald|none|passthrough|passthrough-tty", "--log-driver journald"),
      key("Container", "LogOpt", ValueKind.WORD_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "words: name=value", "--log-opt path=/var/log/mykube.json"),
      key("Container", "Mask", ValueKind.ARG_LIST, PodmanVersion.V4_6, PodmanVersion.V4_6, "args: colon-separated paths (/p1:/p2)", "--security-opt mask=/proc/sys/foo:/proc/sys/bar"),
      key("Container", "Memory", ValueKind.SINGLE, PodmanVersion.V5_5, null, "size: number[b|k|m|g]", "--memory 20g"),
      key("Container", "Mount", ValueKind.ARG_LIST, PodmanVersion.V4_5, PodmanVersion.V4_5, "args: mount-spec type=TYPE,KEY=VAL,... (source may be <n>.volume/.image/.artifact)", "--mount type=..."),
      key("Container", "Network", ValueKind.VERBATIM_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "network-spec: mode|name[:opts] | <name>.network | <name>.container (ns sharing)", "--network host"),
      key("Container", "NetworkAlias", ValueKind.VERBATIM_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "string: alias name", "--network-alias name"),
      key("Container", "NoNewPrivileges", ValueKind.BOOLEAN, PodmanVersion.V4_4, null, "bool (default false)", "--security-opt no-new-privileges"),
      key("Container", "Notify", ValueKind.SINGLE, PodmanVersion.V4_4, null, "enum{true,false,healthy}", "--sdnotify container"),
      key("Container", "PidsLimit", ValueKind.SINGLE, PodmanVersion.V4_7, null, "int", "--pids-limit 10000"),
      key("Container", "Pod", ValueKind.SINGLE, PodmanVersion.V5_0, null, "string: <name>.pod (quadlet pod unit)", "--pod=pod-name"),
      key("Container", "PodmanArgs", ValueKind.ARG_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "args: extra podman sub-command args", "--publish 8080:80"),
      key("Container", "PublishPort", ValueKind.VERBATIM_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "port-mapping: [[ip:][hostPort]:]containerPort[/proto] (ranges allowed)", "--publish 8080:80"),
      key("Container", "Pull", ValueKind.SINGLE, PodmanVersion.V4_6, null, "enum{always,missing,never,newer}", "--pull never"),
      key("Container", "ReadOnly", ValueKind.BOOLEAN, PodmanVersion.V4_4, null, "bool (default false)", "--read-only"),
      key("Container", "ReadOnlyTmpfs", ValueKind.BOOLEAN, PodmanVersion.V4_8, null, "bool (default true)", "--read-only-tmpfs"),
      key("Container", "ReloadCmd", ValueKind.EXEC, PodmanVersion.V5_5, null, "cmdline: command run via podman exec", "Add ExecReload and run exec with the value"),
      key("Container", "ReloadSignal", ValueKind.SINGLE, PodmanVersion.V5_5, null, "signal: name (SIGHUP) or number", "Add ExecReload and run kill with the signal"),
      key("Container", "RemapGid", ValueKind.WORD_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "words: GID mapping (deprecated)", ""),
      key("Container", "RemapUid", ValueKind.WORD_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "words: UID mapping (deprecated)", ""),
      key("Container", "RemapUidSize", ValueKind.UINT32, PodmanVersion.V4_4, null, "uint (deprecated)", ""),
      key("Container", "RemapUsers", ValueKind.LAST, PodmanVersion.V4_4, null, "enum{auto,keep-id,manual} (deprecated; manual not for Kube)", ""),
      key("Container", "Retry", ValueKind.SINGLE, PodmanVersion.V5_5, null, "uint", "--retry=5"),
      key("Container", "RetryDelay", ValueKind.SINGLE, PodmanVersion.V5_5, null, "duration", "--retry-delay=5s"),
      key("Container", "Rootfs", ValueKind.SINGLE, PodmanVersion.V4_5, null, "path[:O] (overlay) — alternative to Image", "--rootfs /var/lib/rootfs"),
      key("Container", "RunInit", ValueKind.BOOLEAN, PodmanVersion.V4_4, null, "bool (default false)", "--init"),
      key("Container", "SeccompProfile", ValueKind.SINGLE, PodmanVersion.V4_4, null, "path or \"unconfined\"", "--security-opt seccomp=/tmp/s.json"),
      key("Container", "Secret", ValueKind.ARG_LIST, PodmanVersion.V4_5, PodmanVersion.V4_5, "args: secret-spec NAME[,type=mount|env][,target=T][,uid=,gid=,mode=]", "--secret=secret[,opt=opt ...]"),
      key("Container", "SecurityLabelDisable", ValueKind.BOOLEAN, PodmanVersion.V4_5, null, "bool", "--security-opt label=disable"),
      key("Container", "SecurityLabelFileType", ValueKind.SINGLE, PodmanVersion.V4_5, null, "string: SELinux type", "--security-opt label=filetype:usr_t"),
      key("Container", "SecurityLabelLevel", ValueKind.SINGLE, PodmanVersion.V4_5, null, "string: SELinux level (s0:c1,c2)", "--security-opt label=level:s0:c1,c2"),
      key("Container", "SecurityLabelNested", ValueKind.BOOLEAN, PodmanVersion.V4_6, null, "bool", "--security-opt label=nested"),
      key("Container", "SecurityLabelType", ValueKind.SINGLE, PodmanVersion.V4_5, null, "string: SELinux type", "--security-opt label=type:spc_t"),
      key("Container", "ServiceName", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: service unit name without .service", "Name the systemd unit `name.service`"),
      key("Container", "ShmSize", ValueKind.SINGLE, PodmanVersion.V4_7, null, "size: number[unit]", "--shm-size=100m"),
      key("Container", "StartWithPod", ValueKind.BOOLEAN, PodmanVersion.V5_3, null, "bool (default true)", "If Pod= is defined, container is started by pod"),
      key("Container", "StopSignal", ValueKind.SINGLE, PodmanVersion.V5_2, null, "signal: name (SIGINT) or number", "--stop-signal=SIGINT"),
      key("Container", "StopTimeout", ValueKind.SINGLE, PodmanVersion.V5_0, null, "uint: seconds", "--stop-timeout=20"),
      key("Container", "SubGIDMap", ValueKind.SINGLE, PodmanVersion.V4_8, null, "string: /etc/subgid name", "--subgidname=gtest"),
      key("Container", "SubUIDMap", ValueKind.SINGLE, PodmanVersion.V4_8, null, "string: /etc/subuid name", "--subuidname=utest"),
      key("Container", "Sysctl", ValueKind.WORD_LIST, PodmanVersion.V4_6, PodmanVersion.V4_6, "words: name=value", "--sysctl=name=value"),
      key("Container", "Timezone", ValueKind.SINGLE, PodmanVersion.V4_4, null, "string: TZ name or \"local\"", "--tz local"),
      key("Container", "Tmpfs", ValueKind.VERBATIM_LIST, PodmanVersion.V4_5, PodmanVersion.V4_5, "string: CONTAINER-DIR[:OPTIONS]", "--tmpfs /work"),
      key("Container", "UIDMap", ValueKind.WORD_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "words: CONTAINER_UID:HOST_UID:AMOUNT", "--uidmap=0:10000:10"),
      key("Container", "Ulimit", ValueKind.VERBATIM_LIST, PodmanVersion.V4_7, PodmanVersion.V4_7, "string: name=soft[:hard]", "--ulimit nofile=1000:10000"),
      key("Container", "Unmask", ValueKind.ARG_LIST, PodmanVersion.V4_6, PodmanVersion.V4_6, "args: ALL or colon-separated paths", "--security-opt unmask=ALL"),
      key("Container", "User", ValueKind.SINGLE, PodmanVersion.V4_4, null, "string: UID or user name (combined with Group=)", "--user bin"),
      key("Container", "UserNS", ValueKind.SINGLE, PodmanVersion.V4_5, null, "userns-spec: MODE[:OPTIONS,...] (auto, host, keep-id[:uid=,gid=], nomap, ns:PATH)", "--userns keep-id:uid=200,gid=210"),
      key("Container", "VolatileTmp", ValueKind.BOOLEAN, PodmanVersion.V4_4, null, "bool (deprecated)", ""),
      key("Container", "Volume", ValueKind.VERBATIM_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "volume-spec: [[SOURCE-VOLUME|HOST-DIR:]CONTAINER-DIR[:OPTIONS]]; SOURCE may be <name>.volume, \"./rel\" resolved vs unit dir", "--volume /source:/dest"),
      key("Container", "WorkingDir", ValueKind.SINGLE, PodmanVersion.V4_6, null, "path (in container)", "--workdir $HOME"),
      key("Volume", "ContainersConfModule", ValueKind.VERBATIM_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "path: containers.conf module", "--module=/etc/nvd.conf"),
      key("Volume", "Copy", ValueKind.BOOLEAN, PodmanVersion.V4_4, null, "bool (default true)", "--opt copy"),
      key("Volume", "Device", ValueKind.SINGLE, PodmanVersion.V4_4, null, "string: device path or fs source (e.g. tmpfs, /dev/sdb1, host dir for Type=bind)", "--opt device=tmpfs"),
      key("Volume", "Driver", ValueKind.SINGLE, PodmanVersion.V4_8, null, "string: volume driver (e.g. local, image)", "--driver=image"),
      key("Volume", "GID", ValueKind.SINGLE, PodmanVersion.V6_0, null, "string: numeric GID", "--gid 5678"),
      key("Volume", "GlobalArgs", ValueKind.ARG_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "args: podman global options", "--log-level=debug"),
      key("Volume", "Group", ValueKind.UINT32, PodmanVersion.V4_4, null, "uint: numeric host GID (parsed with LookupUint32; non-numeric -> 0)", "--opt \"o=group=192\""),
      key("Volume", "Image", ValueKind.SINGLE, PodmanVersion.V4_8, null, "image-ref: FQIN or <name>.image / <name>.build (requires Driver=image)", "--opt image=quay.io/centos/centos\\:latest"),
      key("Volume", "Label", ValueKind.KEY_VALUE_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "keyvals: KEY=VALUE ...", "--label \"foo=bar\""),
      key("Volume", "Options", ValueKind.SINGLE, PodmanVersion.V4_4, null, "string: mount(8) -o options", "--opt \"o=XYZ\""),
      key("Volume", "PodmanArgs", ValueKind.ARG_LIST, PodmanVersion.V4_6, PodmanVersion.V4_6, "args: extra podman sub-command args", "--driver=image"),
      key("Volume", "ServiceName", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: service unit name without .service", "Name the systemd unit `name.service`"),
      key("Volume", "Type", ValueKind.SINGLE, PodmanVersion.V4_4, null, "string: filesystem type for Device (mount -t; \"bind\" adds RequiresMountsFor)", "Filesystem type of Device"),
      key("Volume", "UID", ValueKind.SINGLE, PodmanVersion.V6_0, null, "string: numeric UID", "--uid 1234"),
      key("Volume", "User", ValueKind.UINT32, PodmanVersion.V4_4, null, "uint: numeric host UID (parsed with LookupUint32; non-numeric -> 0)", "--opt \"o=uid=123\""),
      key("Volume", "VolumeName", ValueKind.SINGLE, PodmanVersion.V4_7, null, "string: volume name (default systemd-<unit>)", "podman volume create foo"),
      key("Network", "ContainersConfModule", ValueKind.VERBATIM_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "path: containers.conf module", "--module=/etc/nvd.conf"),
      key("Network", "DisableDNS", ValueKind.BOOLEAN, PodmanVersion.V4_4, null, "bool", "--disable-dns"),
      key("Network", "DNS", ValueKind.VERBATIM_LIST, PodmanVersion.V4_7, PodmanVersion.V4_7, "string: IP address", "--dns=192.168.55.1"),
      key("Network", "Driver", ValueKind.SINGLE, PodmanVersion.V4_4, null, "enum{bridge,macvlan,ipvlan}", "--driver bridge"),
      key("Network", "Gateway", ValueKind.VERBATIM_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "string: IP address (one per Subnet)", "--gateway 192.168.55.3"),
      key("Network", "GlobalArgs", ValueKind.ARG_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "args: podman global options", "--log-level=debug"),
      key("Network", "InterfaceName", ValueKind.SINGLE, PodmanVersion.V5_6, null, "string: interface name", "--interface-name enp1"),
      key("Network", "Internal", ValueKind.BOOLEAN, PodmanVersion.V4_4, null, "bool", "--internal"),
      key("Network", "IPAMDriver", ValueKind.SINGLE, PodmanVersion.V4_4, null, "enum{host-local,dhcp,none}", "--ipam-driver dhcp"),
      key("Network", "IPRange", ValueKind.VERBATIM_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "string: CIDR or startIP-endIP (one per Subnet)", "--ip-range 192.168.55.128/25"),
      key("Network", "IPv6", ValueKind.BOOLEAN, PodmanVersion.V4_4, null, "bool", "--ipv6"),
      key("Network", "Label", ValueKind.KEY_VALUE_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "keyvals: KEY=VALUE ...", "--label \"XYZ\""),
      key("Network", "NetworkDeleteOnStop", ValueKind.BOOLEAN, PodmanVersion.V5_5, null, "bool (default false)", "Add ExecStopPost to delete the network when the unit is stopped"),
      key("Network", "NetworkName", ValueKind.SINGLE, PodmanVersion.V4_7, null, "string: network name (default systemd-<unit>)", "podman network create foo"),
      key("Network", "Options", ValueKind.KEY_VALUE_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "keyvals: KEY=VALUE ... (driver options)", "--opt isolate=true"),
      key("Network", "PodmanArgs", ValueKind.ARG_LIST, PodmanVersion.V4_6, PodmanVersion.V4_6, "args: extra podman sub-command args", "--dns=192.168.55.1"),
      key("Network", "ServiceName", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: service unit name without .service", "Name the systemd unit `name.service`"),
      key("Network", "Subnet", ValueKind.VERBATIM_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "string: CIDR", "--subnet 192.5.0.0/16"),
      key("Pod", "AddHost", ValueKind.VERBATIM_LIST, PodmanVersion.V5_3, PodmanVersion.V5_3, "string: hostname:ip", "--add-host example.com:192.168.10.11"),
      key("Pod", "ContainersConfModule", ValueKind.VERBATIM_LIST, PodmanVersion.V5_0, PodmanVersion.V5_0, "path: containers.conf module", "--module=/etc/nvd.conf"),
      key("Pod", "DNS", ValueKind.VERBATIM_LIST, PodmanVersion.V5_3, PodmanVersion.V5_3, "string: IP address", "--dns=192.168.55.1"),
      key("Pod", "DNSOption", ValueKind.VERBATIM_LIST, PodmanVersion.V5_3, PodmanVersion.V5_3, "string: resolv.conf option (e.g. ndots:1)", "--dns-option=ndots:1"),
      key("Pod", "DNSSearch", ValueKind.VERBATIM_LIST, PodmanVersion.V5_3, PodmanVersion.V5_3, "string: domain (\".\" removes search domain)", "--dns-search example.com"),
      key("Pod", "ExitPolicy", ValueKind.SINGLE, PodmanVersion.V5_6, null, "enum{continue,stop} (quadlet default stop)", "--exit-policy stop"),
      key("Pod", "GIDMap", ValueKind.WORD_LIST, PodmanVersion.V5_3, PodmanVersion.V5_3, "words: CONTAINER_GID:HOST_GID:AMOUNT", "--gidmap=0:10000:10"),
      key("Pod", "GlobalArgs", ValueKind.ARG_LIST, PodmanVersion.V5_0, PodmanVersion.V5_0, "args: podman global options", "--log-level=debug"),
      key("Pod", "HostName", ValueKind.VERBATIM_LIST, PodmanVersion.V5_5, PodmanVersion.V5_5, "string: hostname", "--hostname=name"),
      key("Pod", "IP", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: IPv4 address", "--ip 192.5.0.1"),
      key("Pod", "IP6", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: IPv6 address", "--ip6 2001:db8::1"),
      key("Pod", "Label", ValueKind.KEY_VALUE_LIST, PodmanVersion.V5_6, PodmanVersion.V5_6, "keyvals: KEY=VALUE ...", "--label \"XYZ\""),
      key("Pod", "Network", ValueKind.VERBATIM_LIST, PodmanVersion.V5_0, PodmanVersion.V5_0, "network-spec: mode|name[:opts] | <name>.network", "--network host"),
      key("Pod", "NetworkAlias", ValueKind.VERBATIM_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "string: alias name", "--network-alias name"),
      key("Pod", "PodmanArgs", ValueKind.ARG_LIST, PodmanVersion.V5_0, PodmanVersion.V5_0, "args: extra podman sub-command args", "--cpus=2"),
      key("Pod", "PodName", ValueKind.SINGLE, PodmanVersion.V5_0, null, "string: pod name (default systemd-<unit>)", "--name=name"),
      key("Pod", "PublishPort", ValueKind.VERBATIM_LIST, PodmanVersion.V5_0, PodmanVersion.V5_0, "port-mapping: [[ip:][hostPort]:]containerPort[/proto] (ranges allowed)", "--publish 8080:80"),
      key("Pod", "RemapGid", ValueKind.WORD_LIST, PodmanVersion.V5_3, PodmanVersion.V5_3, "words: GID mapping (deprecated)", ""),
      key("Pod", "RemapUid", ValueKind.WORD_LIST, PodmanVersion.V5_3, PodmanVersion.V5_3, "words: UID mapping (deprecated)", ""),
      key("Pod", "RemapUidSize", ValueKind.UINT32, PodmanVersion.V5_3, null, "uint (deprecated)", ""),
      key("Pod", "RemapUsers", ValueKind.LAST, PodmanVersion.V5_3, null, "enum{auto,keep-id,manual} (deprecated; manual not for Kube)", ""),
      key("Pod", "ServiceName", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: service unit name without .service", "Name the systemd unit `name.service`"),
      key("Pod", "ShmSize", ValueKind.SINGLE, PodmanVersion.V5_4, null, "size: number[unit]", "--shm-size=100m"),
      key("Pod", "StopTimeout", ValueKind.SINGLE, PodmanVersion.V5_7, null, "uint: seconds", "--time=20"),
      key("Pod", "SubGIDMap", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: /etc/subgid name", "--subgidname=gtest"),
      key("Pod", "SubUIDMap", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: /etc/subuid name", "--subuidname=utest"),
      key("Pod", "UIDMap", ValueKind.WORD_LIST, PodmanVersion.V5_3, PodmanVersion.V5_3, "words: CONTAINER_UID:HOST_UID:AMOUNT", "--uidmap=0:10000:10"),
      key("Pod", "UserNS", ValueKind.SINGLE, PodmanVersion.V5_3, null, "userns-spec: MODE[:OPTIONS,...] (auto, host, keep-id[:uid=,gid=], nomap, ns:PATH)", "--userns keep-id:uid=200,gid=210"),
      key("Pod", "Volume", ValueKind.VERBATIM_LIST, PodmanVersion.V5_0, PodmanVersion.V5_0, "volume-spec: [[SOURCE-VOLUME|HOST-DIR:]CONTAINER-DIR[:OPTIONS]]; SOURCE may be <name>.volume, \"./rel\" resolved vs unit dir", "--volume /source:/dest"),
      key("Kube", "AutoUpdate", ValueKind.WORD_LIST, PodmanVersion.V4_7, PodmanVersion.V4_7, "words: registry|local or CONTAINER/registry|CONTAINER/local", "--annotation \"io.containers.autoupdate=registry\""),
      key("Kube", "ConfigMap", ValueKind.WORD_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "words: path (abs or relative to unit file)", "--config-map /tmp/config.map"),
      key("Kube", "ContainersConfModule", ValueKind.VERBATIM_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "path: containers.conf module", "--module=/etc/nvd.conf"),
      key("Kube", "ExitCodePropagation", ValueKind.SINGLE, PodmanVersion.V4_6, null, "enum{all,any,none}", "How to propagate container error status"),
      key("Kube", "GlobalArgs", ValueKind.ARG_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "args: podman global options", "--log-level=debug"),
      key("Kube", "KubeDownForce", ValueKind.BOOLEAN, PodmanVersion.V4_8, null, "bool", "--force (for `podman kube down`)"),
      key("Kube", "LogDriver", ValueKind.SINGLE, PodmanVersion.V4_5, null, "string: k8s-file|journald|none|passthrough|passthrough-tty", "--log-driver journald"),
      key("Kube", "LogOpt", ValueKind.WORD_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "words: name=value", ""),
      key("Kube", "Network", ValueKind.VERBATIM_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "network-spec: mode|name[:opts] | <name>.network", "--network host"),
      key("Kube", "PodmanArgs", ValueKind.ARG_LIST, PodmanVersion.V4_6, PodmanVersion.V4_6, "args: extra podman sub-command args", "--annotation=key=value"),
      key("Kube", "PublishPort", ValueKind.VERBATIM_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "port-mapping: [[ip:][hostPort]:]containerPort[/proto] (ranges allowed)", "--publish 8080:80"),
      key("Kube", "RemapGid", ValueKind.WORD_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "words: GID mapping (deprecated)", ""),
      key("Kube", "RemapUid", ValueKind.WORD_LIST, PodmanVersion.V4_4, PodmanVersion.V4_4, "words: UID mapping (deprecated)", ""),
      key("Kube", "RemapUidSize", ValueKind.UINT32, PodmanVersion.V4_4, null, "uint (deprecated)", ""),
      key("Kube", "RemapUsers", ValueKind.LAST, PodmanVersion.V4_4, null, "enum{auto,keep-id,manual} (deprecated; manual not for Kube)", ""),
      key("Kube", "ServiceName", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: service unit name without .service", "Name the systemd unit `name.service`"),
      key("Kube", "SetWorkingDirectory", ValueKind.SINGLE, PodmanVersion.V4_7, null, "enum{yaml,unit}", "Set `WorkingDirectory` of unit file to location of the YAML file"),
      key("Kube", "UserNS", ValueKind.SINGLE, PodmanVersion.V4_5, null, "userns-spec: MODE[:OPTIONS,...] (auto, host, keep-id[:uid=,gid=], nomap, ns:PATH)", "--userns keep-id:uid=200,gid=210"),
      key("Kube", "Yaml", ValueKind.WORD_LIST, PodmanVersion.V4_4, PodmanVersion.V5_5, "path: Kubernetes YAML (abs or relative to unit file)", "podman kube play /tmp/kube.yaml"),
      key("Image", "AllTags", ValueKind.BOOLEAN, PodmanVersion.V4_8, null, "bool", "--all-tags"),
      key("Image", "Arch", ValueKind.SINGLE, PodmanVersion.V4_8, null, "string: architecture (e.g. aarch64)", "--arch=aarch64"),
      key("Image", "AuthFile", ValueKind.SINGLE, PodmanVersion.V4_8, null, "path", "--authfile=/etc/registry/auth.json"),
      key("Image", "CertDir", ValueKind.SINGLE, PodmanVersion.V4_8, null, "path (directory)", "--cert-dir=/etc/registry/certs"),
      key("Image", "ContainersConfModule", ValueKind.VERBATIM_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "path: containers.conf module", "--module=/etc/nvd.conf"),
      key("Image", "Creds", ValueKind.SINGLE, PodmanVersion.V4_8, null, "string: [username[:password]]", "--creds=myname\\:mypassword"),
      key("Image", "DecryptionKey", ValueKind.SINGLE, PodmanVersion.V4_8, null, "string: key[:passphrase]", "--decryption-key=/etc/registry.key"),
      key("Image", "GlobalArgs", ValueKind.ARG_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "args: podman global options", "--log-level=debug"),
      key("Image", "Image", ValueKind.SINGLE, PodmanVersion.V4_8, null, "image-ref: FQIN[:tag|@digest] or transport:ref (docker-archive:...)", "podman image pull quay.io/centos/centos\\:latest"),
      key("Image", "ImageTag", ValueKind.SINGLE, PodmanVersion.V4_8, null, "image-ref: FQIN", "Use this name when resolving `.image` references"),
      key("Image", "OS", ValueKind.SINGLE, PodmanVersion.V4_8, null, "string: OS name", "--os=windows"),
      key("Image", "PodmanArgs", ValueKind.ARG_LIST, PodmanVersion.V4_8, PodmanVersion.V4_8, "args: extra podman sub-command args", "--os=linux"),
      key("Image", "Policy", ValueKind.SINGLE, PodmanVersion.V5_6, null, "enum{always,missing,never,newer}", "--policy=always"),
      key("Image", "Retry", ValueKind.SINGLE, PodmanVersion.V5_5, null, "uint", "--retry=5"),
      key("Image", "RetryDelay", ValueKind.SINGLE, PodmanVersion.V5_5, null, "duration", "--retry-delay=10s"),
      key("Image", "ServiceName", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: service unit name without .service", "Name the systemd unit `name.service`"),
      key("Image", "TLSVerify", ValueKind.BOOLEAN, PodmanVersion.V4_8, null, "bool", "--tls-verify=false"),
      key("Image", "Variant", ValueKind.SINGLE, PodmanVersion.V4_8, null, "string: arch variant (arm/v7)", "--variant=arm/v7"),
      key("Build", "Annotation", ValueKind.KEY_VALUE_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "keyvals: KEY=VALUE ...", "--annotation=annotation=value"),
      key("Build", "Arch", ValueKind.SINGLE, PodmanVersion.V5_2, null, "string: architecture (e.g. aarch64)", "--arch=aarch64"),
      key("Build", "AuthFile", ValueKind.SINGLE, PodmanVersion.V5_2, null, "path", "--authfile=/etc/registry/auth.json"),
      key("Build", "BuildArg", ValueKind.KEY_VALUE_LIST, PodmanVersion.V5_7, PodmanVersion.V5_7, "keyvals: NAME=VALUE ...", "--build-arg foo=bar"),
      key("Build", "ContainersConfModule", ValueKind.VERBATIM_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "path: containers.conf module", "--module=/etc/nvd.conf"),
      key("Build", "DNS", ValueKind.VERBATIM_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "string: IP address", "--dns=192.168.55.1"),
      key("Build", "DNSOption", ValueKind.VERBATIM_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "string: resolv.conf option (e.g. ndots:1)", "--dns-option=ndots:1"),
      key("Build", "DNSSearch", ValueKind.VERBATIM_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "string: domain (\".\" removes search domain)", "--dns-search example.com"),
      key("Build", "Environment", ValueKind.KEY_VALUE_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "keyvals: NAME=VALUE ... (systemd Environment= syntax)", "--env foo=bar"),
      key("Build", "File", ValueKind.SINGLE, PodmanVersion.V5_2, null, "string: Containerfile path (abs/relative) or http(s) URL", "--file=/path/to/Containerfile"),
      key("Build", "ForceRM", ValueKind.BOOLEAN, PodmanVersion.V5_2, null, "bool (default true)", "--force-rm=false"),
      key("Build", "GlobalArgs", ValueKind.ARG_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "args: podman global options", "--log-level=debug"),
      key("Build", "GroupAdd", ValueKind.VERBATIM_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "string: group name/GID or keep-groups", "--group-add=keep-groups"),
      key("Build", "IgnoreFile", ValueKind.SINGLE, PodmanVersion.V5_7, null, "path", "--ignorefile=/path/to/.customignore"),
      key("Build", "ImageTag", ValueKind.VERBATIM_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "image-ref: FQIN", "--tag=localhost/imagename"),
      key("Build", "Label", ValueKind.KEY_VALUE_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "keyvals: KEY=VALUE ...", "--label=label"),
      key("Build", "Network", ValueKind.VERBATIM_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "network-spec: mode|name | <name>.network", "--network=host"),
      key("Build", "PodmanArgs", ValueKind.ARG_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "args: extra podman sub-command args", "--pull never"),
      key("Build", "Pull", ValueKind.SINGLE, PodmanVersion.V5_2, null, "enum{always,missing,never,newer,true,false}", "--pull never"),
      key("Build", "Retry", ValueKind.SINGLE, PodmanVersion.V5_5, null, "uint", "--retry=5"),
      key("Build", "RetryDelay", ValueKind.SINGLE, PodmanVersion.V5_5, null, "duration", "--retry-delay=10s"),
      key("Build", "Secret", ValueKind.ARG_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "args: secret-spec id=ID,src=PATH|env=VAR[,type=file|env]", "--secret=id=mysecret,src=path"),
      key("Build", "ServiceName", ValueKind.SINGLE, PodmanVersion.V5_3, null, "string: service unit name without .service", "Name the systemd unit `name.service`"),
      key("Build", "SetWorkingDirectory", ValueKind.SINGLE, PodmanVersion.V5_2, null, "string: path | URL | file | unit", "Set `WorkingDirectory` of systemd unit file"),
      key("Build", "Target", ValueKind.SINGLE, PodmanVersion.V5_2, null, "string: build stage name", "--target=my-app"),
      key("Build", "TLSVerify", ValueKind.BOOLEAN, PodmanVersion.V5_2, null, "bool", "--tls-verify=false"),
      key("Build", "Variant", ValueKind.SINGLE, PodmanVersion.V5_2, null, "string: arch variant (arm/v7)", "--variant=arm/v7"),
      key("Build", "Volume", ValueKind.VERBATIM_LIST, PodmanVersion.V5_2, PodmanVersion.V5_2, "volume-spec: [[SOURCE-VOLUME|HOST-DIR:]CONTAINER-DIR[:OPTIONS]]; SOURCE may be <name>.volume, \"./rel\" resolved vs unit dir", "--volume /source:/dest"),
      key("Artifact", "Artifact", ValueKind.SINGLE, PodmanVersion.V5_7, null, "string: fully-qualified artifact reference", "podman artifact pull quay.io/foobar/artifact:special"),
      key("Artifact", "AuthFile", ValueKind.SINGLE, PodmanVersion.V5_7, null, "path", "--authfile=/etc/registry/auth.json"),
      key("Artifact", "CertDir", ValueKind.SINGLE, PodmanVersion.V5_7, null, "path (directory)", "--cert-dir=/etc/registry/certs"),
      key("Artifact", "ContainersConfModule", ValueKind.VERBATIM_LIST, PodmanVersion.V5_7, PodmanVersion.V5_7, "path: containers.conf module", "--module=/etc/nvd.conf"),
      key("Artifact", "Creds", ValueKind.SINGLE, PodmanVersion.V5_7, null, "string: [username[:password]]", "--creds=username:password"),
      key("Artifact", "DecryptionKey", ValueKind.SINGLE, PodmanVersion.V5_7, null, "string: key[:passphrase]", "--decryption-key=/etc/registry.key"),
      key("Artifact", "GlobalArgs", ValueKind.ARG_LIST, PodmanVersion.V5_7, PodmanVersion.V5_7, "args: podman global options", "--log-level=debug"),
      key("Artifact", "PodmanArgs", ValueKind.ARG_LIST, PodmanVersion.V5_7, PodmanVersion.V5_7, "args: extra podman sub-command args", "--pull never"),
      key("Artifact", "Quiet", ValueKind.BOOLEAN, PodmanVersion.V5_7, null, "bool", "--quiet"),
      key("Artifact", "Retry", ValueKind.SINGLE, PodmanVersion.V5_7, null, "uint", "--retry=5"),
      key("Artifact", "RetryDelay", ValueKind.SINGLE, PodmanVersion.V5_7, null, "duration", "--retry-delay=10s"),
      key("Artifact", "ServiceName", ValueKind.SINGLE, PodmanVersion.V5_7, null, "string: service unit name without .service", "Set the systemd service name to my-artifact.service"),
      key("Artifact", "TLSVerify", ValueKind.BOOLEAN, PodmanVersion.V5_7, null, "bool", "--tls-verify=false"),
      key("Quadlet", "DefaultDependencies", ValueKind.BOOLEAN, PodmanVersion.V5_3, null, "bool (default true)", "Disable implicit network dependencies to the unit"));

  private QuadletKeys() {}

  private static QuadletKey key(
      String section, String name, ValueKind kind, PodmanVersion since,
      PodmanVersion repeatableSince, String shape, String flag) {
    return new QuadletKey(section, name, kind, since, repeatableSince, shape, flag);
  }

  /**
   * Every key, in catalog order (by section, then name).
   *
   * @return unmodifiable list
   */
  public static List<QuadletKey> all() {
    return ALL;
  }

  /**
   * The keys of one section.
   *
   * @param section e.g. {@code Container} or {@code Quadlet}
   * @return the keys, possibly empty
   */
  public static List<QuadletKey> forSection(String section) {
    List<QuadletKey> out = new ArrayList<>();
    for (QuadletKey k : ALL) {
      if (k.section().equals(section)) {
        out.add(k);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A key by section and name (case-sensitive, as Quadlet reads keys).
   *
   * @param section the section
   * @param name the key
   * @return the key, if Quadlet knows it in some version
   */
  public static Optional<QuadletKey> find(String section, String name) {
    for (QuadletKey k : ALL) {
      if (k.section().equals(section) && k.name().equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * A key that must exist.
   *
   * @param section the section
   * @param name the key
   * @return the key
   * @throws IllegalArgumentException when unknown
   */
  public static QuadletKey require(String section, String name) {
    return find(section, name)
        .orElseThrow(() -> new IllegalArgumentException("unknown Quadlet key " + section + "." + name));
  }
}
