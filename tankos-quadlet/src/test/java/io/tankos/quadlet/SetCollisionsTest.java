package io.tankos.quadlet;

import static io.tankos.quadlet.ValueRenderingTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Gen;
import io.tankos.testkit.RealTools;
import io.tankos.testkit.Seeded;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The collision rules of {@link SetCollisions}, one test per rule, and a seeded oracle. */
class SetCollisionsTest {

  private static QuadletUnit container(String name, String... lines) {
    return QuadletUnit.parse(name + ".container",
        "[Container]\nImage=quay.io/x/app:1\n" + String.join("\n", lines) + "\n");
  }

  private static QuadletUnit unit(String fileName, String section, String... lines) {
    return QuadletUnit.parse(fileName, "[" + section + "]\n" + String.join("\n", lines) + "\n");
  }

  private static DropIn dropIn(String path, String... lines) {
    return DropIn.parse(path, "[Container]\n" + String.join("\n", lines) + "\n");
  }

  private static List<String> problems(QuadletSet.Builder b) {
    try {
      b.build();
      return List.of();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
  }

  private static List<String> ports(String a, String b) {
    return problems(QuadletSet.builder()
        .unit(container("a", "PublishPort=" + a))
        .unit(container("b", "PublishPort=" + b)));
  }

  @Test
  void theSameHostPortInTwoUnitsIsRefusedNamingBoth() {
    ValidationException e = catchValidation(() -> QuadletSet.builder()
        .unit(container("a", "PublishPort=8080:80"))
        .unit(container("b", "PublishPort=9000:9000", "PublishPort=8080:81"))
        .build());
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).location().path()).isEqualTo("b.container.PublishPort[1]");
    assertThat(e.problems().get(0).message()).isEqualTo("host port 8080/tcp on every address is"
        + " already published by a.container.PublishPort[0] (8080/tcp on every address)");
  }

  @Test
  void aPortWithoutHostPartIsRandomAndNeverCollides() {
    assertThat(ports("80", "80")).isEmpty();
    assertThat(ports("127.0.0.1::80", "127.0.0.1::80")).isEmpty();
    assertThat(ports("80/udp", "80:80/udp")).isEmpty();
  }

  @Test
  void specificAddressesCollideOnlyWithTheSameAddressOrAWildcard() {
    assertThat(ports("127.0.0.1:8080:80", "127.0.0.2:8080:80")).isEmpty();
    assertThat(ports("127.0.0.1:8080:80", "127.0.0.1:8080:81")).hasSize(1);
    assertThat(ports("0.0.0.0:8080:80", "127.0.0.1:8080:80")).hasSize(1);
    assertThat(ports("127.0.0.1:8080:80", ":8080:80")).hasSize(1);
    assertThat(ports("8080:80", "[::1]:8080:80")).hasSize(1);
  }

  @Test
  void ipv6AddressesInBracketsAreRead() {
    assertThat(ports("[::1]:8080:80", "127.0.0.1:8080:80")).isEmpty();
    assertThat(ports("[::1]:8080:80", "[::1]:8080:80/tcp")).singleElement().asString()
        .contains("8080/tcp on ::1");
    assertThat(ports("[::]:8080:80", "127.0.0.1:8080:80")).hasSize(1);
    assertThat(PublishedPort.parse("[::1]:8080:80")).contains(
        List.of(new PublishedPort("::1", "tcp", 8080, 8080)));
    assertThat(PublishedPort.parse("[::1]::80")).contains(List.of());
    assertThat(PublishedPort.parse("[::1]:80")).as("Podman wants a host port after an address")
        .isEmpty();
  }

  @Test
  void tcpAndUdpAreDifferentPorts() {
    assertThat(ports("53:53/udp", "53:53/tcp")).isEmpty();
    assertThat(ports("53:53/udp", "53:53")).isEmpty();
    assertThat(ports("53:53/tcp,udp", "53:53/udp")).singleElement().asString()
        .contains("53/udp");
  }

  @Test
  void rangesClaimEveryPortInThem() {
    assertThat(ports("8080-8085:80-85", "8085:80")).hasSize(1);
    assertThat(ports("8080-8085:80-85", "8086:80")).isEmpty();
    assertThat(ports("8080-8085:80-85", "8070-8080:70-80")).singleElement().asString()
        .contains("8070-8080/tcp").contains("8080-8085/tcp");
  }

  @Test
  void valuesPodmanRefusesClaimNothing() {
    for (String bad : List.of("notaport", "8080-8081:80", "1.2.3:8080:80", "8080:80/tcp/udp",
        "8080:80/icmp", "0:80", "65536:80", "[::1]8080:80", "a:b:c:d")) {
      assertThat(PublishedPort.parse(bad)).as(bad).isEmpty();
      assertThat(ports(bad, bad)).as(bad).isEmpty();
    }
  }

  @Test
  void portsSetInDropInsCount() {
    ValidationException e = catchValidation(() -> QuadletSet.builder()
        .unit(container("a", "PublishPort=8080:80"))
        .unit(container("web-b"))
        .dropIn(dropIn("web-.container.d/10-port.conf", "PublishPort=8080:80"))
        .build());
    assertThat(e.problems()).singleElement().asString()
        .startsWith("web-b.container.PublishPort[0]: host port 8080/tcp on every address"
            + " (set in web-.container.d/10-port.conf) is already published by a.container");
    assertThat(problems(QuadletSet.builder()
        .unit(container("a", "PublishPort=8080:80"))
        .unit(container("b", "PublishPort=8080:80"))
        .dropIn(dropIn("b.container.d/10-port.conf", "PublishPort=", "PublishPort=8081:80"))))
        .isEmpty();
  }

  @Test
  void templateInstancesAreJudgedEachOnItsOwn() {
    QuadletUnit perInstance = container("worker@", "PublishPort=127.0.0.1:80%i:80");
    assertThat(problems(QuadletSet.builder().unit(perInstance)
        .instance(perInstance, "81").instance(perInstance, "82"))).isEmpty();
    assertThat(problems(QuadletSet.builder().unit(perInstance)
        .unit(container("other", "PublishPort=127.0.0.1:8082:80"))
        .instance(perInstance, "81").instance(perInstance, "82")))
        .containsExactly("worker@82.container.PublishPort[0]: host port 8082/tcp on 127.0.0.1 is"
            + " already published by other.container.PublishPort[0] (8082/tcp on 127.0.0.1)");
    QuadletUnit fixed = container("fixed@", "PublishPort=9000:80");
    assertThat(problems(QuadletSet.builder().unit(fixed)
        .instance(fixed, "one").instance(fixed, "two")))
        .singleElement().asString().startsWith("fixed@two.container.PublishPort[0]");
    assertThat(problems(QuadletSet.builder().unit(fixed)
        .unit(container("plain", "PublishPort=9000:80")))).as("no instances: not judged").isEmpty();
  }

  @Test
  void podAndKubePortsCountToo() {
    assertThat(problems(QuadletSet.builder()
        .unit(unit("p.pod", "Pod", "PublishPort=8080:80"))
        .unit(unit("k.kube", "Kube", "Yaml=k.yaml", "PublishPort=8080:80"))))
        .containsExactly("k.kube.PublishPort[0]: host port 8080/tcp on every address is already"
            + " published by p.pod.PublishPort[0] (8080/tcp on every address)");
  }

  @Test
  void containerNamesAreUniqueIncludingDefaults() {
    assertThat(problems(QuadletSet.builder()
        .unit(container("a", "ContainerName=app"))
        .unit(container("b", "ContainerName=app"))))
        .containsExactly("b.container.ContainerName: container or pod name app is already used by"
            + " a.container");
    assertThat(problems(QuadletSet.builder()
        .unit(container("a"))
        .unit(container("b", "ContainerName=systemd-a"))))
        .containsExactly("b.container.ContainerName: container or pod name systemd-a is already"
            + " used by a.container");
    assertThat(problems(QuadletSet.builder()
        .unit(container("a", "ContainerName=app"))
        .unit(container("b"))
        .dropIn(dropIn("b.container.d/10-name.conf", "ContainerName=app"))))
        .hasSize(1);
    QuadletUnit t = container("w@", "ContainerName=w-%i");
    assertThat(problems(QuadletSet.builder().unit(t).instance(t, "1").instance(t, "2"))).isEmpty();
    QuadletUnit t2 = container("t@");
    assertThat(problems(QuadletSet.builder().unit(t2).instance(t2, "x")
        .unit(container("other", "ContainerName=systemd-t_x"))))
        .containsExactly("t@x.container.ContainerName: container or pod name systemd-t_x (the"
            + " default) is already used by other.container");
    QuadletUnit same = container("s@", "ContainerName=s");
    assertThat(problems(QuadletSet.builder().unit(same).instance(same, "1").instance(same, "2")))
        .containsExactly("s@2.container.ContainerName: container or pod name s is already used by"
            + " s@1.container");
  }

  @Test
  void podNamesShareTheContainerNamespace() {
    assertThat(problems(QuadletSet.builder()
        .unit(unit("a.pod", "Pod", "PodName=app"))
        .unit(unit("b.pod", "Pod", "PodName=app"))))
        .containsExactly("b.pod.PodName: container or pod name app is already used by a.pod");
    assertThat(problems(QuadletSet.builder()
        .unit(unit("a.pod", "Pod"))
        .unit(container("b", "ContainerName=systemd-a"))))
        .containsExactly("b.container.ContainerName: container or pod name systemd-a is already"
            + " used by a.pod");
  }

  @Test
  void networkNamesAreUniqueIncludingDefaults() {
    assertThat(problems(QuadletSet.builder()
        .unit(unit("a.network", "Network"))
        .unit(unit("b.network", "Network", "NetworkName=systemd-a"))))
        .containsExactly("b.network.NetworkName: network name systemd-a is already used by"
            + " a.network");
    assertThat(problems(QuadletSet.builder()
        .unit(unit("a.network", "Network"))
        .unit(unit("a.volume", "Volume"))
        .unit(container("a")))).as("names of different kinds").isEmpty();
    QuadletUnit net = unit("n@.network", "Network");
    assertThat(problems(QuadletSet.builder().unit(net).instance(net, "a")
        .unit(unit("b.network", "Network", "NetworkName=systemd-n@a"))))
        .as("a template network instance's default name depends on the Quadlet version").isEmpty();
    QuadletUnit named = unit("m@.network", "Network", "NetworkName=lan");
    assertThat(problems(QuadletSet.builder().unit(named).instance(named, "a").instance(named, "b")))
        .containsExactly("m@b.network.NetworkName: network name lan is already used by m@a.network");
  }

  @Test
  void volumeNamesAreUniqueIncludingDefaults() {
    assertThat(problems(QuadletSet.builder()
        .unit(unit("a.volume", "Volume", "VolumeName=data"))
        .unit(unit("b.volume", "Volume", "VolumeName=data"))))
        .containsExactly("b.volume.VolumeName: volume name data is already used by a.volume");
    assertThat(problems(QuadletSet.builder()
        .unit(unit("a.volume", "Volume", "VolumeName=data"))
        .unit(unit("b.volume", "Volume", "VolumeName=data", "VolumeName=")))).isEmpty();
  }

  /**
   * The names the rules compare are the names Quadlet gives Podman: {@code --name} of
   * {@code podman run} (after systemd expands {@code %N} and {@code %i}) and the last word of
   * {@code podman network create} / {@code podman volume create}. (A pod's name is in
   * {@code ExecStartPre}, which the smoke test's reader does not return.)
   */
  @ParameterizedTest
  @CsvSource({"quadlet.5.4.path, 5.4", "quadlet.sid.path, 5.8"})
  void theNamesComparedAreTheNamesQuadletGivesPodman(String toolKey, PodmanVersion version,
      @TempDir Path dir) throws Exception {
    Path quadlet = RealTools.get().requireExecutable(toolKey);
    QuadletUnit worker = container("worker@", "ContainerName=w-%i");
    QuadletUnit pinned = container("pinned@");
    QuadletSet set = QuadletSet.builder()
        .unit(container("plain"))
        .unit(container("renamed", "ServiceName=svc"))
        .unit(container("named", "ContainerName=app"))
        .unit(worker).instance(worker, "one")
        .unit(pinned).instance(pinned, "two")
        .unit(unit("web.network", "Network"))
        .unit(unit("lan.network", "Network", "NetworkName=lan0"))
        .unit(unit("data.volume", "Volume"))
        .unit(unit("cache.volume", "Volume"))
        .dropIn(DropIn.parse("cache.volume.d/10-name.conf", "[Volume]\nVolumeName=shared\n"))
        .build();
    assertThat(SetCollisions.resourceNames(set)).containsExactly(
        Map.entry("plain.container", "systemd-plain"),
        Map.entry("renamed.container", "systemd-svc"),
        Map.entry("named.container", "app"),
        Map.entry("web.network", "systemd-web"),
        Map.entry("lan.network", "lan0"),
        Map.entry("data.volume", "systemd-data"),
        Map.entry("cache.volume", "shared"),
        Map.entry("worker@one.container", "w-one"),
        Map.entry("pinned@two.container", "systemd-pinned_two"));
    set.toFileTree(version, TargetPolicy.STRICT).writeTo(dir);
    Map<String, String> services = Map.of(
        "plain.container", "plain.service", "renamed.container", "svc.service",
        "named.container", "named.service", "worker@one.container", "worker@one.service",
        "pinned@two.container", "pinned@two.service", "web.network", "web-network.service",
        "lan.network", "lan-network.service", "data.volume", "data-volume.service",
        "cache.volume", "cache-volume.service");
    SetCollisions.resourceNames(set).forEach((file, name) -> {
      String service = services.get(file);
      List<String> argv;
      try {
        argv = RealQuadletSmokeTest.execStart(quadlet, dir, service);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      String stem = service.substring(0, service.length() - ".service".length());
      String instance = stem.contains("@") ? stem.substring(stem.indexOf('@') + 1) : "";
      String given = file.endsWith(".container")
          ? argv.get(argv.indexOf("--name") + 1) : argv.get(argv.size() - 1);
      String prefix = stem.contains("@") ? stem.substring(0, stem.indexOf('@')) : stem;
      assertThat(given.replace("<%N>", stem).replace("<%p>", prefix).replace("<%i>", instance))
          .as(file).isEqualTo(name);
    });
  }

  private static Gen<String> portSpecs() {
    Gen<String> ips = Gen.of("127.0.0.1", "0.0.0.0", "[::1]", "[::]", "", "1.2.3", "[::1", "::1",
        "300.1.1.1");
    Gen<String> hosts = Gen.of("8080", "8080-8081", "", "0", "65536", "x", "8081-8080", "65535");
    Gen<String> ctrs = Gen.of("80", "80-81", "0", "", "x", "65535");
    Gen<String> protos = Gen.of("", "/tcp", "/udp", "/sctp", "/icmp", "/tcp/udp", "/");
    return r -> {
      int form = Gen.ints(0, 2).next(r);
      String head = form == 0 ? "" : form == 1 ? hosts.next(r) + ":"
          : ips.next(r) + ":" + hosts.next(r) + ":";
      if (form == 2 && r.nextInt(4) == 0) {
        head = ips.next(r) + ":";
      }
      return head + ctrs.next(r) + protos.next(r);
    };
  }

  /**
   * The parser accepts exactly what {@code podman create --publish} accepts (the recorded 4.3.1).
   * Comma lists of protocols ({@code /tcp,udp}) are left out: the parser reads them as each
   * protocol, which newer Podman accepts and 4.3.1 refuses.
   */
  @Test
  void thePortParserAcceptsWhatPodmanAccepts() throws Exception {
    RealTools tools = RealTools.get();
    String podman = tools.requireExecutable("podman.path").toString();
    String image = tools.require("podman.baseimage");
    List<String> specs = new ArrayList<>(List.of("8080-8081:80-81", "8080-8081:80", "[::1]:80",
        "[::1]::80", "127.0.0.1::80", "0:80", "1.2.3:8080:80", "8080:80/icmp", "a:b:c:d",
        "8080:80/sctp", "[::1]8080:80", "80", "[::]:8080:80"));
    specs.addAll(Seeded.cases("portSpecs", portSpecs()).tries(25).values());
    for (String spec : specs) {
      PodmanRefusalsTest.Result r = PodmanRefusalsTest.create(podman,
          tools.valueOrEmpty("podman.args"), "--pull=never", "--publish", spec, image);
      assertThat(PublishedPort.parse(spec).isPresent()).as(spec + ": " + r.err())
          .isEqualTo(r.status() == 0);
    }
  }

  private record Spec(String ip, int port, int width, String proto) {
    String value() {
      String host = width == 0 ? Integer.toString(port) : port + "-" + (port + width);
      String ctr = width == 0 ? "80" : "80-" + (80 + width);
      String h = ip.isEmpty() ? host + ":" + ctr : ip + ":" + host + ":" + ctr;
      return proto.isEmpty() ? h : h + "/" + proto;
    }

    boolean claims(String otherIp, int p, String otherProto) {
      String mine = proto.isEmpty() ? "tcp" : proto;
      String theirs = otherProto.isEmpty() ? "tcp" : otherProto;
      boolean anyIp = ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("[::]")
          || otherIp.isEmpty() || otherIp.equals("0.0.0.0") || otherIp.equals("[::]");
      return mine.equals(theirs) && p >= port && p <= port + width && (anyIp || ip.equals(otherIp));
    }
  }

  private static Gen<Spec> specs() {
    Gen<String> ips = Gen.of("", "0.0.0.0", "127.0.0.1", "127.0.0.2", "[::1]", "[::]");
    Gen<String> protos = Gen.of("", "tcp", "udp");
    return r -> new Spec(ips.next(r), Gen.ints(8000, 8006).next(r), Gen.ints(0, 2).next(r),
        protos.next(r));
  }

  @Test
  void generatedSetsAreRefusedExactlyWhereAPortIsTakenTwice() {
    Seeded.cases("generatedSetsAreRefusedExactlyWhereAPortIsTakenTwice",
            specs().list(0, 3).list(1, 4))
        .tries(500)
        .check(units -> {
          QuadletSet.Builder b = QuadletSet.builder();
          Set<String> expected = new TreeSet<>();
          List<Spec> earlier = new ArrayList<>();
          for (int u = 0; u < units.size(); u++) {
            List<String> lines = new ArrayList<>();
            List<Spec> specs = units.get(u);
            for (int i = 0; i < specs.size(); i++) {
              Spec s = specs.get(i);
              lines.add("PublishPort=" + s.value());
              for (int p = s.port; p <= s.port + s.width; p++) {
                int port = p;
                if (earlier.stream().anyMatch(e -> e.claims(s.ip, port, s.proto))) {
                  expected.add("c" + u + ".container.PublishPort[" + i + "]");
                }
              }
            }
            earlier.addAll(specs);
            b.unit(container("c" + u, lines.toArray(String[]::new)));
          }
          if (expected.isEmpty()) {
            assertThatCode(b::build).doesNotThrowAnyException();
          } else {
            ValidationException e = catchValidation(b::build);
            assertThat(new TreeSet<>(e.problems().stream().map(p -> p.location().path()).toList()))
                .isEqualTo(expected);
          }
        });
  }
}
