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
 * The offline {@code cloud-init schema} verdict per document, in process: the Tank-OS user-data,
 * a document using many modules (two errors, one deprecation), and {@code corpus}: the
 * {@code cloud-config*} files of the version's conformance corpus in turn (one per operation, so
 * the time is their mean; the corpus is read from {@code ../shared/conformance/cloud-init}, or the
 * {@code tankos.conformance} property's {@code cloud-init} directory). The first two are written by
 * {@link #main} for timing cloud-init's Python API on them (docs/benchmarks.md).
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

  @Param({"tank-os", "many-modules", "corpus"})
  public String document;

  byte[] bytes;
  CloudInitVersion target;
  java.util.List<byte[]> corpus = java.util.List.of();
  int next;

  @Setup
  public void setUp() throws java.io.IOException {
    target = CloudInitVersion.parse(version);
    if (document.equals("corpus")) {
      corpus = corpus(target);
      corpus.forEach(d -> CloudInitSchema.check("warm-up", d, target));
      return;
    }
    bytes = text(document).getBytes(StandardCharsets.UTF_8);
    CloudInitSchema.check("warm-up", bytes, target);
  }

  /** The version's corpus files named {@code cloud-config*}, in name order. */
  static java.util.List<byte[]> corpus(CloudInitVersion target) throws java.io.IOException {
    java.nio.file.Path root = java.nio.file.Path.of(
        System.getProperty("tankos.conformance", "../shared/conformance"), "cloud-init",
        target == CloudInitVersion.V22_4 ? "bookworm-22.4.2" : "trixie-25.1.4");
    java.util.List<byte[]> docs = new java.util.ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(root)) {
      for (java.nio.file.Path f : files.filter(f -> f.getFileName().toString()
          .startsWith("cloud-config")).sorted().toList()) {
        docs.add(java.nio.file.Files.readAllBytes(f));
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalStateException("no cloud-config files in " + root);
    }
    return docs;
  }

  static String text(String document) {
    return document.equals("tank-os") ? TANK_OS : MANY_MODULES;
  }

  @Benchmark
  public SchemaVerdict check() {
    if (!corpus.isEmpty()) {
      byte[] doc = corpus.get(next);
      next = next + 1 == corpus.size() ? 0 : next + 1;
      return CloudInitSchema.check("user-data", doc, target);
    }
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
