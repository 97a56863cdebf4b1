package io.tankos.quadlet;

import static io.tankos.quadlet.ValueRenderingTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.Symlink;
import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Unit sets: files, drop-ins, template instances, references, collisions, install locations. */
class QuadletSetTest {

  @Test
  void rendersUnitsDropInsAndInstanceLinks() {
    NetworkUnit net = NetworkUnit.builder("web").addSubnet("10.89.10.0/24").build();
    VolumeUnit data = VolumeUnit.builder("web-data").build();
    ContainerUnit worker = ContainerUnit.builder("worker@")
        .image("quay.io/x/worker:1")
        .addNetwork(net)
        .addVolume(data, "/data:Z")
        .environment("INSTANCE", SystemdValue.withSpecifiers("%i"))
        .defaultInstance("one")
        .wantedBy("default.target")
        .build();
    DropIn forTwo = ContainerUnit.builder("worker@two").environment("EXTRA", "1").buildDropIn("10-extra.conf");
    DropIn all = ContainerUnit.builder("any").label("managed", "tankos").buildDropIn("50-label.conf")
        .withDirectory("container.d");
    QuadletSet set = QuadletSet.builder()
        .unit(net)
        .unit(data)
        .unit(worker)
        .instance(worker, "two")
        .dropIn(forTwo)
        .dropIn(all)
        .build();
    FileTree tree = set.toFileTree();
    assertThat(tree.paths()).containsExactly(
        "container.d/50-label.conf",
        "web-data.volume",
        "web.network",
        "worker@.container",
        "worker@two.container",
        "worker@two.container.d/10-extra.conf");
    assertThat(tree.get("worker@two.container")).get().isInstanceOf(Symlink.class);
    assertThat(((Symlink) tree.get("worker@two.container").get()).target()).isEqualTo("worker@.container");
    assertThat(tree.text("worker@.container").get())
        .contains("Network=web.network\n").contains("Volume=web-data.volume:/data:Z\n")
        .contains("DefaultInstance=one\n");
    assertThat(tree.text("container.d/50-label.conf")).contains("[Container]\nLabel=managed=tankos\n");
    assertThat(worker.serviceName()).isEqualTo("worker@.service");
    assertThat(data.serviceName()).isEqualTo("web-data-volume.service");
    assertThat(VolumeUnit.builder("db@").build().serviceName()).isEqualTo("db-volume@.service");
  }

  @Test
  void missingReferencesAreReported() {
    ContainerUnit c = ContainerUnit.builder("app")
        .image("app.build")
        .addNetwork("missing.network")
        .addNetwork("host")
        .addVolume("gone.volume:/data")
        .pod("p.pod")
        .addMount("type=volume,source=m.volume,destination=/m")
        .build();
    ValidationException e = catchValidation(() -> QuadletSet.builder().unit(c).build());
    assertThat(e.problems()).extracting(p -> p.location().path()).containsExactlyInAnyOrder(
        "app.container.Network[0]", "app.container.Volume[0]", "app.container.Pod[0]",
        "app.container.Image[0]", "app.container.Mount[0]");
    assertThat(e.getMessage()).contains("requested Quadlet source missing.network is not in the set");
  }

  @Test
  void eachReferenceKindIsCheckedByItsExtensions() {
    VolumeUnit here = VolumeUnit.builder("here").build();
    ContainerUnit c = ContainerUnit.builder("app")
        .image("img.image")
        .addNetwork("other.container")
        .addNetwork("n.network:ip=10.89.0.2")
        .addMount("type=volume,source=a.volume,destination=/a")
        .addMount("type=image,src=b.image,destination=/b")
        .addMount("type=artifact,source=c.artifact,destination=/c")
        .addMount("type=bind,source=d.build,destination=/d")
        .addMount("type=bind,source=/srv/e.volume,destination=/e")
        .addMount("type=volume,source=here.volume,destination=/h")
        .addMount("type=volume,source=.volume,destination=/v")
        .build();
    ValidationException e = catchValidation(() -> QuadletSet.builder().unit(here).unit(c).build());
    assertThat(e.problems()).extracting(Object::toString).containsExactly(
        "app.container.Network[0]: requested Quadlet source other.container is not in the set",
        "app.container.Network[1]: requested Quadlet source n.network is not in the set",
        "app.container.Image[0]: requested Quadlet source img.image is not in the set",
        "app.container.Mount[0]: requested Quadlet source a.volume is not in the set",
        "app.container.Mount[1]: requested Quadlet source b.image is not in the set",
        "app.container.Mount[2]: requested Quadlet source c.artifact is not in the set",
        "app.container.Mount[4]: requested Quadlet source /srv/e.volume is not in the set",
        "app.container.Mount[6]: requested Quadlet source .volume is not in the set");
  }

  @Test
  void aUnitOrDropInWithTheSameNameReplacesTheEarlierOne() {
    ContainerUnit a = ContainerUnit.builder("a").image("x:1").build();
    ContainerUnit a2 = ContainerUnit.builder("a").image("y:1").build();
    ContainerUnit c = ContainerUnit.builder("c").image("x:1").build();
    DropIn d1 = ContainerUnit.builder("a").environment("A", "1").buildDropIn("10-x.conf");
    DropIn d2 = ContainerUnit.builder("a").environment("A", "2").buildDropIn("10-x.conf");
    QuadletSet set = QuadletSet.builder().unit(a).unit(c).unit(a2).dropIn(d1).dropIn(d2).build();
    assertThat(set.units()).containsExactly(a2, c);
    assertThat(set.dropIns()).containsExactly(d2);
    QuadletSet smaller = set.toBuilder().removeUnit("c.container").removeDropIn(d2.path()).build();
    assertThat(smaller.toFileTree().paths()).containsExactly("a.container");
  }

  @Test
  void serviceCollisionsAreReported() {
    ContainerUnit a = ContainerUnit.builder("a").image("x:1").build();
    // a distinct container name: the default systemd-%N would also collide (SetCollisionsTest)
    ContainerUnit b = ContainerUnit.builder("b").image("x:1").serviceName("a").containerName("b").build();
    VolumeUnit v = VolumeUnit.builder("a").build();
    ValidationException e = catchValidation(() -> QuadletSet.builder().unit(a).unit(b).unit(v).build());
    assertThat(e.getMessage()).isEqualTo("b.container: generates service a.service, as a.container does");
  }

  @Test
  void aSetRendersForOneTarget() {
    ContainerUnit newer = ContainerUnit.builder("n").image("x:1").httpProxy(false).build();
    DropIn dropIn = ContainerUnit.builder("n").appArmor("unconfined").buildDropIn("10-a.conf");
    QuadletSet set = QuadletSet.builder().unit(newer).dropIn(dropIn).build();
    assertThat(set.toFileTree().text("n.container").orElseThrow()).isEqualTo("[Container]\nImage=x:1\nHttpProxy=false\n");
    ValidationException e = catchValidation(
        () -> InstallLocation.ROOTFUL.tree(set, io.tankos.core.podman.PodmanVersion.V5_4,
            io.tankos.core.validation.TargetPolicy.STRICT));
    assertThat(e.problems()).extracting(p -> p.location().path())
        .containsExactly("n.container.Container.HttpProxy", "n.container.d/10-a.conf.Container.AppArmor");
    FileTree rewritten = set.toFileTree(io.tankos.core.podman.PodmanVersion.V5_4,
        io.tankos.core.validation.TargetPolicy.REWRITE);
    assertThat(rewritten.text("n.container").orElseThrow())
        .isEqualTo("[Container]\nImage=x:1\nPodmanArgs=--http-proxy=false\n");
    assertThat(rewritten.text("n.container.d/10-a.conf").orElseThrow())
        .isEqualTo("[Container]\nPodmanArgs=--security-opt apparmor=unconfined\n");
  }

  @Test
  void instancesNeedTemplates() {
    ContainerUnit plain = ContainerUnit.builder("plain").image("x:1").build();
    assertThatThrownBy(() -> QuadletSet.builder().unit(plain).instance(plain, "one").build())
        .hasMessageContaining("not a template");
    ContainerUnit t = ContainerUnit.builder("t@").image("x:1").build();
    assertThatThrownBy(() -> QuadletSet.builder().instance(t, "one").build())
        .hasMessageContaining("template t@.container is not in the set");
    DropIn stray = ContainerUnit.builder("nobody").buildDropIn("1.conf");
    assertThatThrownBy(() -> QuadletSet.builder().dropIn(stray).build())
        .hasMessageContaining("drop-in for nobody.container");
  }

  @Test
  void dropInNamesFollowQuadletRules() {
    DropIn d = ContainerUnit.builder("web").buildDropIn("10-a.conf");
    assertThat(d.path()).isEqualTo("web.container.d/10-a.conf");
    assertThat(d.withDirectory("web-.container.d").unitFileName()).isEmpty();
    assertThat(d.withDirectory("container.d").isTopLevel()).isTrue();
    assertThatThrownBy(() -> ContainerUnit.builder("web").buildDropIn("10-a.txt"))
        .hasMessageContaining(".conf");
    assertThatThrownBy(() -> d.withDirectory("web.volume.d")).hasMessageContaining("container.d");
    DropIn parsed = DropIn.parse("x/web.container.d/10-a.conf", "[Container]\nEnvironment=A=1\n");
    assertThat(parsed.directory()).isEqualTo("web.container.d");
    assertThat(parsed.unitType()).isEqualTo(UnitType.CONTAINER);
    assertThatThrownBy(() -> DropIn.parse("web.container.d/10-a.conf", "[Container]\nNope=1\n"))
        .hasMessage("web.container.d/10-a.conf:2: unsupported key 'Nope' in group 'Container'");
    assertThat(DropIn.parseLenient("web.container.d/10-a.conf", "[Container]\nNope=1\n").render())
        .isEqualTo("[Container]\nNope=1\n");
  }

  @Test
  void installLocations() {
    QuadletSet set = QuadletSet.builder().unit(ContainerUnit.builder("a").image("x:1").build()).build();
    assertThat(InstallLocation.ROOTFUL.tree(set).paths()).containsExactly("etc/containers/systemd/a.container");
    assertThat(InstallLocation.user(1000).tree(set).paths())
        .containsExactly("etc/containers/systemd/users/1000/a.container");
    assertThat(InstallLocation.ALL_USERS.absoluteDirectory()).isEqualTo("/etc/containers/systemd/users/");
    assertThat(InstallLocation.USER_HOME.absoluteDirectory()).isEqualTo("~/.config/containers/systemd/");
    assertThat(InstallLocation.USER_HOME.isRootless()).isTrue();
    assertThat(InstallLocation.ROOTFUL.isRootless()).isFalse();
    assertThat(InstallLocation.ROOTFUL_DISTRIBUTION.directory()).isEqualTo("usr/share/containers/systemd");
    assertThat(InstallLocation.distributionUser(7).directory())
        .isEqualTo("usr/share/containers/systemd/users/7");
  }
}
