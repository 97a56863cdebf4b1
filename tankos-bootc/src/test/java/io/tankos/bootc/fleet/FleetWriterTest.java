package io.tankos.bootc.fleet;

import static io.tankos.bootc.fleet.FleetFixtures.CSV_HEADER;
import static io.tankos.bootc.fleet.FleetFixtures.KEY;
import static io.tankos.bootc.fleet.FleetFixtures.KEY2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.bootc.image.TankOsImage;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.core.fs.TargetRefusedException;
import io.tankos.core.fs.WriteOptions;
import io.tankos.core.validation.ParseException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming output: one directory per host, content-addressed re-runs, failures that write nothing. */
class FleetWriterTest {
  static final Fleet FLEET = Fleet.builder(TankOsImage.tankOs()).build();
  static final FileTime OLD = FileTime.fromMillis(1_000_000_000L);

  @TempDir Path tmp;

  static String host(String name, String key) {
    return name + ",,\"" + key + "\",,,,,,\n";
  }

  List<HostResult> results = new ArrayList<>();

  FleetReport write(Path out, String csv, boolean iso) {
    try (HostList hosts = HostList.readCsv("hosts.csv", csv)) {
      return FleetWriter.builder(out).iso(iso).listener(results::add).build().write(FLEET, hosts);
    }
  }

  /** The directory's entries, without the lock file every run leaves (checked where it matters). */
  static List<String> listing(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".tankos-fleet.lock")).sorted().toList();
    }
  }

  /** Inode and modification time of each file of a host directory, and of the directory. */
  static List<Object> identity(Path hostDir) throws Exception {
    List<Object> out = new ArrayList<>();
    for (String f : List.of(".", "user-data", "meta-data")) {
      BasicFileAttributes a = Files.readAttributes(hostDir.resolve(f), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      out.add(a.fileKey());
      out.add(a.lastModifiedTime());
    }
    return out;
  }

  @Test
  void writesOneDirectoryPerHostWithItsSeed() throws Exception {
    Path out = tmp.resolve("fleet");
    FleetReport r = write(out, CSV_HEADER + host("tank-01", KEY) + host("tank-02", KEY2), true);
    assertThat(r).isEqualTo(new FleetReport(2, 0, 0, 0));
    assertThat(r.summary()).isEqualTo("2 written, 0 unchanged, 0 removed, 0 failed");
    assertThat(listing(out)).containsExactly(".tankos-fleet", "tank-01", "tank-02");
    assertThat(listing(out.resolve("tank-01"))).containsExactly("meta-data", "seed.iso", "user-data");
    NoCloudSeed seed = NoCloudSeed.read(out.resolve("tank-02"));
    assertThat(seed.metaData().instanceId()).isEqualTo("tank-02-local");
    assertThat(seed.userData().render()).contains(KEY2).doesNotContain(KEY);
    assertThat(Files.readString(out.resolve("tank-01/meta-data")))
        .isEqualTo(FLEET.seed(FleetHost.builder("tank-01").sshAuthorizedKey(KEY).build()).metaData().render());
    assertThat(Files.readString(out.resolve(".tankos-fleet"))).startsWith("# tankos fleet v1")
        .contains("\ntank-01 ").contains("\ntank-02 ");
  }

  @Test
  void reRunRewritesOnlyChangedHostsAndRemovesUnlisted() throws Exception {
    Path out = tmp.resolve("fleet");
    write(out, CSV_HEADER + host("tank-01", KEY) + host("tank-02", KEY) + host("tank-03", KEY), false);
    for (String h : List.of("tank-01", "tank-02", "tank-03")) {
      for (String f : List.of("user-data", "meta-data")) {
        Files.setLastModifiedTime(out.resolve(h).resolve(f), OLD);
      }
    }
    List<Object> one = identity(out.resolve("tank-01"));
    List<Object> three = identity(out.resolve("tank-03"));
    FleetReport r = write(out, CSV_HEADER + host("tank-01", KEY) + host("tank-03", KEY) + host("tank-02", KEY2)
        + host("tank-04", KEY), false);
    assertThat(r).isEqualTo(new FleetReport(2, 2, 0, 0));
    assertThat(identity(out.resolve("tank-01"))).isEqualTo(one);
    assertThat(identity(out.resolve("tank-03"))).isEqualTo(three);
    assertThat(Files.getLastModifiedTime(out.resolve("tank-02/user-data"))).isNotEqualTo(OLD);
    assertThat(Files.readString(out.resolve("tank-02/user-data"))).contains(KEY2);

    r = write(out, CSV_HEADER + host("tank-03", KEY), false);
    assertThat(r).isEqualTo(new FleetReport(0, 1, 3, 0));
    assertThat(listing(out)).containsExactly(".tankos-fleet", "tank-03");
    assertThat(results.subList(results.size() - 3, results.size())).extracting(HostResult::hostname)
        .containsExactly("tank-01", "tank-02", "tank-04");
    assertThat(identity(out.resolve("tank-03"))).isEqualTo(three);
  }

  @Test
  void aWrittenHostIsInTheJournalFileBeforeItsDirectoryIsInPlace() throws Exception {
    Path out = tmp.resolve("fleet");
    write(out, CSV_HEADER + host("tank-01", KEY) + host("tank-02", KEY), false);
    List<String> journalAtEachHost = new ArrayList<>();
    try (HostList hosts = HostList.readCsv("hosts.csv",
        CSV_HEADER + host("tank-01", KEY) + host("tank-02", KEY2) + host("tank-03", KEY))) {
      FleetWriter.builder(out).listener(r -> {
        try {
          journalAtEachHost.add(r.status() + " " + Files.readString(out.resolve(".tankos-fleet.new"))
              .lines().anyMatch(l -> l.startsWith(r.hostname() + " ")));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).build().write(FLEET, hosts);
    }
    assertThat(journalAtEachHost).as("an unchanged host's line may wait in the buffer; a written one may not")
        .hasSize(3).filteredOn(l -> l.startsWith("WRITTEN")).containsExactly("WRITTEN true", "WRITTEN true");
  }

  @Test
  void aDirectoryDeletedByHandIsWrittenAgain() throws Exception {
    Path out = tmp.resolve("fleet");
    write(out, CSV_HEADER + host("tank-01", KEY), false);
    Files.delete(out.resolve("tank-01/user-data"));
    Files.delete(out.resolve("tank-01/meta-data"));
    Files.delete(out.resolve("tank-01"));
    assertThat(write(out, CSV_HEADER + host("tank-01", KEY), false)).isEqualTo(new FleetReport(1, 0, 0, 0));
    assertThat(out.resolve("tank-01/user-data")).exists();
    assertThat(write(out, CSV_HEADER + host("tank-01", KEY), true)).as("--iso changes the content")
        .isEqualTo(new FleetReport(1, 0, 0, 0));
  }

  @Test
  void aFailingHostWritesNothingAndTheOthersAreWritten() throws Exception {
    Path out = tmp.resolve("fleet");
    FleetReport r = write(out, CSV_HEADER + host("tank-01", KEY) + "tank-02,,\"" + KEY + "\",,zz,,,,\n"
        + host("tank-03", KEY), false);
    assertThat(r).isEqualTo(new FleetReport(2, 0, 0, 1));
    assertThat(listing(out)).containsExactly(".tankos-fleet", "tank-01", "tank-03");
    HostResult failed = results.get(1);
    assertThat(failed.status()).isEqualTo(HostResult.Status.FAILED);
    assertThat(failed.problems()).containsExactly("hosts.csv:3: mac: not a MAC address (six hex pairs joined by ':')");

    // an earlier directory of a host that now fails stays, and stays recorded
    results.clear();
    r = write(out, CSV_HEADER + "tank-01,,\"" + KEY + "\",,,not-an-address,,,\n" + host("tank-03", KEY), false);
    assertThat(r).isEqualTo(new FleetReport(0, 1, 0, 1));
    assertThat(listing(out)).containsExactly(".tankos-fleet", "tank-01", "tank-03");
    r = write(out, CSV_HEADER + host("tank-03", KEY), false);
    assertThat(r).isEqualTo(new FleetReport(0, 1, 1, 0));
  }

  @Test
  void duplicatesAreRefusedWithBothLocations() throws Exception {
    Path out = tmp.resolve("fleet");
    FleetReport r = write(out, CSV_HEADER
        + "tank-01,tank-01-a,\"" + KEY + "\",,52:54:00:00:00:01,192.0.2.1/24,,,\n"   // 2
        + "TANK-01,,\"" + KEY + "\",,,,,,\n"                                          // 3: host name
        + "tank-02,tank-02,\"" + KEY + "\",,52:54:00:00:00:02,192.0.2.2/24,,,\n"      // 4: fine
        + "tank-03,,\"" + KEY + "\",,52:54:00:00:00:01,192.0.2.1/16,,,\n"             // 5: MAC and address
        + "tank-04,tank-04,\"" + KEY + "\",,,,,,\n", false);                          // 6
    assertThat(r.failed()).isEqualTo(2);
    List<String> problems = new ArrayList<>();
    results.forEach(h -> problems.addAll(h.problems()));
    assertThat(problems).containsExactly(
        "hosts.csv:3: hostname: tank-01 is also the hostname of the host at hosts.csv:2",
        "hosts.csv:5: address: 192.0.2.1 is also the address of the host at hosts.csv:2",
        "hosts.csv:5: mac: 52:54:00:00:00:01 is also the mac of the host at hosts.csv:2");
    assertThat(listing(out)).containsExactly(".tankos-fleet", "tank-01", "tank-02", "tank-04");
  }

  @Test
  void duplicateInstanceIdsAndYamlLines() {
    Path out = tmp.resolve("fleet");
    String yaml = "- hostname: tank-01\n"
        + "  ssh_authorized_keys: " + KEY + "\n"
        + "- hostname: tank-02\n"
        + "  ssh_authorized_keys: " + KEY + "\n"
        + "  address: 192.0.2.7/24\n"
        + "- hostname: tank-03\n"
        + "  ssh_authorized_keys: " + KEY + "\n"
        + "  address: 192.0.2.7/25\n";
    try (HostList hosts = HostList.readYaml("h.yaml", yaml)) {
      FleetWriter.builder(out).listener(results::add).build().write(FLEET, hosts);
    }
    assertThat(results.get(2).problems())
        .containsExactly("h.yaml:8: address: 192.0.2.7 is also the address of the host at h.yaml:5");
    Fleet same = Fleet.builder(TankOsImage.tankOs())
        .host(FleetHost.builder("a").instanceId("a").sshAuthorizedKey(KEY).build())
        .host(FleetHost.builder("b").sshAuthorizedKey(KEY).build())
        .host(FleetHost.builder("a").instanceId("a-2").sshAuthorizedKey(KEY).build())
        .build();
    results.clear();
    FleetReport r = FleetWriter.builder(tmp.resolve("code")).listener(results::add).build().write(same);
    assertThat(r).isEqualTo(new FleetReport(2, 0, 0, 1));
    assertThat(results.get(2).problems())
        .containsExactly("Fleet.hosts[2]: hostname: a is also the hostname of the host at Fleet.hosts[0]");
  }

  @Test
  void foreignContentIsRefusedOrLeftAlone() throws Exception {
    Path out = tmp.resolve("fleet");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> write(out, CSV_HEADER + host("tank-01", KEY), false))
        .isInstanceOf(TargetRefusedException.class).hasMessageContaining("a non-empty directory that tankos did not write");
    assertThat(listing(out)).containsExactly("notes.txt");

    Path managed = tmp.resolve("managed");
    write(managed, CSV_HEADER + host("tank-01", KEY), false);
    Files.createDirectories(managed.resolve("tank-02"));
    Files.writeString(managed.resolve("tank-02/keep"), "mine");
    Files.writeString(managed.resolve("README"), "mine");
    results.clear();
    FleetReport r = write(managed, CSV_HEADER + host("tank-02", KEY), false);
    assertThat(r).isEqualTo(new FleetReport(0, 0, 1, 1));
    assertThat(results.get(0).problems()).singleElement().asString()
        .startsWith("hosts.csv:2: hostname: ").endsWith("tank-02 exists and tankos did not write it (remove it or"
            + " choose another output directory)");
    assertThat(listing(managed)).containsExactly(".tankos-fleet", "README", "tank-02");
    assertThat(listing(managed.resolve("tank-02"))).containsExactly("keep");

    Path forced = tmp.resolve("forced");
    Files.createDirectories(forced);
    Files.writeString(forced.resolve("x"), "y");
    FleetReport f;
    try (HostList hosts = HostList.readCsv("hosts.csv", CSV_HEADER + host("tank-01", KEY))) {
      f = FleetWriter.builder(forced).options(WriteOptions.builder().replaceForeignDirectory(true).build()).build()
          .write(FLEET, hosts);
    }
    assertThat(f.written()).isEqualTo(1);
    assertThat(listing(forced)).containsExactly(".tankos-fleet", "tank-01", "x");
  }

  @Test
  void manyForeignNamesAreLookedUpOneByOne() throws Exception {
    Path out = tmp.resolve("fleet");
    write(out, CSV_HEADER + host("tank-01", KEY), false);
    for (int i = 0; i < 4200; i++) { // more than a scan holds: the names past that are looked up
      Files.createFile(out.resolve(String.format("tank-%04d", i)));
    }
    results.clear();
    FleetReport r = write(out, CSV_HEADER + host("tank-01", KEY) + host("tank-0007", KEY) + host("tank-4199", KEY)
        + host("tank-5000", KEY), false);
    assertThat(r).isEqualTo(new FleetReport(1, 1, 0, 2));
    assertThat(results).filteredOn(h -> h.status() == HostResult.Status.FAILED).extracting(HostResult::hostname)
        .containsExactly("tank-0007", "tank-4199");
    assertThat(out.resolve("tank-4199")).isRegularFile();
  }

  @Test
  void anInterruptedRunIsRecoveredAndAParseErrorRemovesNothing() throws Exception {
    Path out = tmp.resolve("fleet");
    write(out, CSV_HEADER + host("tank-01", KEY) + host("tank-02", KEY), false);
    assertThatThrownBy(() -> write(out, CSV_HEADER + host("tank-03", KEY) + "tank-04,,\"" + KEY + "\n", false))
        .isInstanceOf(ParseException.class).hasMessage("hosts.csv:3: quoted field not closed before the end of the file");
    assertThat(listing(out)).containsExactly(".tankos-fleet", ".tankos-fleet.new", "tank-01", "tank-02", "tank-03");
    // a leftover staging directory of a killed run
    Files.createDirectories(out.resolve(".tankos-tmp.tank-05"));
    results.clear();
    FleetReport r = write(out, CSV_HEADER + host("tank-01", KEY) + host("tank-03", KEY), false);
    assertThat(r).as("tank-03's digest came from the journal, so it is written again")
        .isEqualTo(new FleetReport(1, 1, 1, 0));
    assertThat(listing(out)).containsExactly(".tankos-fleet", "tank-01", "tank-03");
  }

  @Test
  void aListThatFailsAtItsFirstHostCreatesNothing() throws Exception {
    Path out = tmp.resolve("fleet");
    assertThatThrownBy(() -> write(out, CSV_HEADER + "tank-01,,\"" + KEY + "\n", false))
        .isInstanceOf(ParseException.class).hasMessageStartingWith("hosts.csv:2: ");
    assertThat(out).doesNotExist();
    write(out, CSV_HEADER + host("tank-01", KEY), false);
    assertThatThrownBy(() -> write(out, CSV_HEADER + "tank-01,,\"" + KEY + "\n", false))
        .isInstanceOf(ParseException.class);
    assertThat(listing(out)).as("an existing fleet is left as it was").containsExactly(".tankos-fleet", "tank-01");
  }

  @Test
  void aManifestEditedToNameAPathDeletesNothingOutsideTheFleet() throws Exception {
    Path victim = Files.createDirectories(tmp.resolve("victim"));
    Files.writeString(victim.resolve("keep"), "x");
    Path out = tmp.resolve("fleet");
    write(out, CSV_HEADER + host("tank-01", KEY), false);
    String manifest = Files.readString(out.resolve(".tankos-fleet"));
    String digest = "0".repeat(64);
    for (String line : List.of(victim + " " + digest, "../victim " + digest, "tank-02/../../victim " + digest,
        ".tankos-fleet.new " + digest, "tank-02 not-a-digest", "tank-02")) {
      Files.writeString(out.resolve(".tankos-fleet"), manifest + line + "\n");
      assertThatThrownBy(() -> write(out, CSV_HEADER + host("tank-01", KEY), false)).as(line)
          .isInstanceOf(ParseException.class).hasMessageStartingWith(out.resolve(".tankos-fleet") + ":3: ");
      assertThat(victim.resolve("keep")).as(line).exists();
      assertThat(listing(out)).as(line).containsExactly(".tankos-fleet", "tank-01");
    }
    // the same lines in an interrupted run's journal
    Files.writeString(out.resolve(".tankos-fleet"), manifest);
    Files.writeString(out.resolve(".tankos-fleet.new"), manifest + "../victim " + digest + "\ntank-01 " + digest + "\n");
    assertThatThrownBy(() -> write(out, CSV_HEADER + host("tank-01", KEY), false))
        .isInstanceOf(ParseException.class).hasMessageContaining("not a host directory name: '../victim'");
    assertThat(victim.resolve("keep")).exists();
  }

  @Test
  void runsOnOneDirectoryAtTheSameTimeTakeTurns() throws Exception {
    Path out = tmp.resolve("fleet");
    StringBuilder a = new StringBuilder(CSV_HEADER);
    StringBuilder b = new StringBuilder(CSV_HEADER);
    for (int i = 0; i < 40; i++) {
      a.append(host("tank-" + i, KEY));
      b.append(host("tank-" + (i + 20), i % 2 == 0 ? KEY : KEY2));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        List<java.util.concurrent.Future<FleetReport>> runs = new ArrayList<>();
        for (String csv : List.of(a.toString(), b.toString())) {
          runs.add(pool.submit(() -> {
            try (HostList hosts = HostList.readCsv("hosts.csv", csv)) {
              return FleetWriter.builder(out).build().write(FLEET, hosts);
            }
          }));
        }
        for (java.util.concurrent.Future<FleetReport> f : runs) {
          assertThat(f.get().failed()).as("round " + round).isZero();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // whichever ran last, the record matches the directory: a run of the other list finds its hosts
    results.clear();
    FleetReport last = write(out, b.toString(), false);
    assertThat(last.failed()).isZero();
    assertThat(out.resolve(".tankos-fleet.lock")).isEmptyFile();
    List<String> expected = new ArrayList<>(List.of(".tankos-fleet"));
    for (int i = 20; i < 60; i++) {
      expected.add("tank-" + i);
    }
    assertThat(listing(out)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void runsStartingTogetherOnANewDirectoryBothGoOn() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        Path out = tmp.resolve("new-" + round);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        List<java.util.concurrent.Future<FleetReport>> runs = new ArrayList<>();
        for (String name : List.of("tank-a", "tank-b")) {
          runs.add(pool.submit(() -> {
            try (HostList hosts = HostList.readCsv("hosts.csv", CSV_HEADER + host(name, KEY))) {
              start.await();
              return FleetWriter.builder(out).build().write(FLEET, hosts);
            }
          }));
        }
        for (java.util.concurrent.Future<FleetReport> f : runs) {
          assertThat(f.get().failed()).as("round " + round).isZero(); // neither refused the other's start
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void whatWasChangedByHandInAHostDirectoryIsNotReplacedOrRemovedUnlessForced() throws Exception {
    Path out = tmp.resolve("fleet");
    write(out, CSV_HEADER + host("tank-01", KEY) + host("tank-02", KEY) + host("tank-03", KEY), false);
    Files.writeString(out.resolve("tank-01/user-data"), "#cloud-config\n# mine\n");
    Files.writeString(out.resolve("tank-02/notes"), "mine\n");
    Files.writeString(out.resolve("tank-03/meta-data"), "instance-id: mine\n");
    // tank-01 unchanged in the list: nothing to do, the edit stays; tank-02 changed; tank-03 unlisted
    results.clear();
    FleetReport r = write(out, CSV_HEADER + host("tank-01", KEY) + host("tank-02", KEY2), false);
    assertThat(r).isEqualTo(new FleetReport(0, 1, 0, 2));
    assertThat(results).filteredOn(h -> h.status() == HostResult.Status.FAILED).extracting(h -> h.problems().get(0))
        .containsExactly(
            "hosts.csv:3: hostname: " + out.resolve("tank-02") + " was changed by hand since tankos wrote it"
                + " (move what you keep out of it, delete it, or force)",
            out.resolve(".tankos-fleet") + ": tank-03: no longer listed, but not removed: was changed by hand since"
                + " tankos wrote it (move what you keep out of it, delete it, or force)");
    assertThat(out.resolve("tank-01/user-data")).hasContent("#cloud-config\n# mine");
    assertThat(out.resolve("tank-02/notes")).exists();
    assertThat(out.resolve("tank-03/meta-data")).hasContent("instance-id: mine");
    // still recorded: forced, tank-02 is replaced and tank-03 removed
    results.clear();
    try (HostList hosts = HostList.readCsv("hosts.csv", CSV_HEADER + host("tank-01", KEY) + host("tank-02", KEY2))) {
      r = FleetWriter.builder(out).options(WriteOptions.builder().replaceForeignDirectory(true).build())
          .listener(results::add).build().write(FLEET, hosts);
    }
    assertThat(r).isEqualTo(new FleetReport(1, 1, 1, 0));
    assertThat(listing(out)).containsExactly(".tankos-fleet", "tank-01", "tank-02");
    assertThat(listing(out.resolve("tank-02"))).containsExactly("meta-data", "user-data");
  }
}
