package io.tankos.bench;

import io.tankos.cloudinit.CloudInitSchema;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.SchemaVerdict;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The offline {@code cloud-init schema} verdict per document, in process: the Tank-OS user-data
 * and a document using many modules (two errors, one deprecation), for each version. The same
 * documents are written by {@link #main} for timing cloud-init's Python API on them
 * (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CloudConfigSchemaBenchmark {
  /** The user-data of the Tank-OS NoCloud seed (as the seed builder writes it). */
  static final String TANK_OS = """
      #cloud-config
      users:
        - name: openclaw
          gecos: OpenClaw agent
          shell: /bin/bash
          lock_passwd: true
          groups: [wheel]
          ssh_authorized_keys:
            - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop
      hostname: tank-01
      ssh_pwauth: false
      disable_root: true
      runcmd:
        - [loginctl, enable-linger, openclaw]
      """;

  /** Many modules: runcmd and write_files[0].permissions fail, users[1].uid is deprecated. */
  static final String MANY_MODULES = """
      #cloud-config
      hostname: tank-01
      fqdn: tank-01.example.com
      timezone: Europe/Berlin
      locale: en_US.UTF-8
      ssh_pwauth: false
      disable_root: true
      package_update: true
      packages: [htop, [podman, "5.4"]]
      users:
        - default
        - name: ops
          uid: "1001"
          groups: [wheel, systemd-journal]
          sudo: ALL=(ALL) NOPASSWD:ALL
          shell: /bin/bash
          lock_passwd: true
          ssh_authorized_keys: [ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI a@b]
      write_files:
        - path: /etc/tankos/config
          content: "a=1\\n"
          permissions: 0644
          owner: root:root
        - path: /etc/motd
          encoding: b64
          content: aGVsbG8K
          defer: true
      runcmd: systemctl enable --now podman.socket
      bootcmd: [[sh, -c, echo early]]
      mounts: [[/dev/vdb, /data, ext4, defaults, "0", "2"]]
      swap: {filename: /swap.img, size: auto, maxsize: 2147483648}
      ntp: {enabled: true, servers: [time.example.com]}
      growpart: {mode: auto, devices: [/]}
      power_state: {mode: reboot, delay: now, message: bye, timeout: 30}
      phone_home: {url: "http://example.com/$INSTANCE_ID/", post: [pub_key_rsa, instance_id], tries: 10}
      final_message: "up after $UPTIME seconds"
      """;

  @Param({"22.4", "25.1"})
  public String version;

  @Param({"tank-os", "many-modules"})
  public String document;

  byte[] bytes;
  CloudInitVersion target;

  @Setup
  public void setUp() {
    bytes = text(document).getBytes(StandardCharsets.UTF_8);
    target = CloudInitVersion.parse(version);
    CloudInitSchema.check("warm-up", bytes, target);
  }

  static String text(String document) {
    return document.equals("tank-os") ? TANK_OS : MANY_MODULES;
  }

  @Benchmark
  public SchemaVerdict check() {
    return CloudInitSchema.check("user-data", bytes, target);
  }

  /**
   * Writes the benchmark's documents, for timing cloud-init on the same input.
   *
   * @param args the directory to write into
   * @throws java.io.IOException when writing fails
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
    for (String d : new String[] {"tank-os", "many-modules"}) {
      java.nio.file.Files.writeString(dir.resolve(d + ".yaml"), text(d));
    }
  }
}
