package io.tankos.bootc.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.exec.RecordingRunner.Reply;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No argument injection through {@link Podman}: every public method (and {@link PodmanBuild} setter)
 * taking a name, reference or path refuses each option-like name before podman runs, at its
 * location; with ordinary names every operand follows {@code --}.
 */
class PodmanInjectionTest {
  static final List<String> HOSTILE = List.of("--all", "-a", "--rm", "-rf", "--help");
  private static final String OK = "localhost/ok:1";

  /** Calls by location: the hostile name goes to the parameter the location names. */
  private static Map<String, BiConsumer<Podman, String>> calls() {
    Map<String, BiConsumer<Podman, String>> c = new LinkedHashMap<>();
    c.put("Podman.imageExists.image", Podman::imageExists);
    c.put("Podman.inspectImage.image", Podman::inspectImage);
    c.put("Podman.history.image", Podman::history);
    c.put("Podman.removeImage.image", Podman::removeImage);
    c.put("Podman.push.image", (p, v) -> p.push(v, null));
    c.put("Podman.push.destination", (p, v) -> p.push(OK, v));
    c.put("Podman.manifestCreate.list", Podman::manifestCreate);
    c.put("Podman.manifestAdd.list", (p, v) -> p.manifestAdd(v, OK));
    c.put("Podman.manifestAdd.image", (p, v) -> p.manifestAdd(OK, v));
    c.put("Podman.manifestInspect.list", Podman::manifestInspect);
    c.put("Podman.manifestRemove.list", Podman::manifestRemove);
    c.put("Podman.manifestPush.list", (p, v) -> p.manifestPush(v, "oci:/tmp/x"));
    c.put("Podman.manifestPush.destination", (p, v) -> p.manifestPush(OK, v));
    c.put("Podman.inspectSecret.name", Podman::inspectSecret);
    c.put("Podman.removeSecret.name", Podman::removeSecret);
    c.put("secret[NAME].name", (p, v) -> {
      try (SecretValue value = SecretValue.of("s", "v")) {
        p.createSecret(v, value);
      }
    });
    c.put("PodmanBuild.tag[0]", (p, v) -> PodmanBuild.builder().tag(v));
    c.put("PodmanBuild.manifest", (p, v) -> PodmanBuild.builder().manifest(v));
    c.put("PodmanBuild.platform", (p, v) -> PodmanBuild.builder().platform(v));
    c.put("PodmanBuild.containerfilePath", (p, v) -> PodmanBuild.builder().containerfilePath(Path.of(v)));
    c.put("PodmanBuild.context", (p, v) -> PodmanBuild.builder().context(Path.of(v)));
    c.put("PodmanBuild.buildArg", (p, v) -> PodmanBuild.builder().buildArg(v, "x"));
    c.put("PodmanBuild.label", (p, v) -> PodmanBuild.builder().label(v, "x"));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> everyNameTakingMethodRefusesOptionLikeNames() {
    return calls().entrySet().stream()
        .flatMap(call -> HOSTILE.stream().map(name -> DynamicTest.dynamicTest(
            call.getKey() + " = " + name,
            () -> {
              RecordingRunner runner = new RecordingRunner();
              Podman podman = Podman.builder().runner(runner).build();
              String expected = call.getKey().replace("NAME", name);
              assertThatThrownBy(() -> call.getValue().accept(podman, name))
                  .isInstanceOfSatisfying(
                      ValidationException.class,
                      e -> assertThat(e.location().toString()).isEqualTo(expected));
              assertThat(runner.invocations()).as("podman never ran").isEmpty();
            })));
  }

  @TestFactory
  Stream<DynamicTest> anOptionLikeIdListedByPodmanIsNotPassedOn() {
    return HOSTILE.stream().map(id -> DynamicTest.dynamicTest("secret ls lists " + id, () -> {
      RecordingRunner runner =
          new RecordingRunner().onPrefix("podman", "secret", "ls").reply(Reply.success().stdout(id + "\n"));
      Podman podman = Podman.builder().runner(runner).build();
      assertThatThrownBy(podman::listSecrets)
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.location().toString()).isEqualTo("Podman.listSecrets.id"));
      assertThat(runner.invocations()).hasSize(1);
    }));
  }

  @Test
  void aSecretFilePathCannotSmuggleAnotherSecretOption() {
    RecordingRunner runner = new RecordingRunner();
    Podman podman = Podman.builder().runner(runner).build();
    PodmanBuild build =
        PodmanBuild.builder()
            .containerfile("FROM scratch\n")
            .secret(BuildSecret.fromFile("cert", Path.of("/tmp/a,env=HOME")))
            .build();
    assertThatThrownBy(() -> podman.build(build))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.location().toString()).isEqualTo("PodmanBuild.secret[0]"));
    assertThat(runner.invocations()).isEmpty();
  }

  @Test
  void everyOperandFollowsDoubleDash() {
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "image", "inspect").reply(Reply.success().stdout("[]"))
            .onPrefix("podman", "manifest", "inspect").reply(Reply.success().stdout("{\"manifests\":[]}"))
            .onPrefix("podman", "secret", "inspect").reply(Reply.success().stdout("[]"))
            .onAnyCommand().reply(Reply.success());
    Podman podman = Podman.builder().runner(runner).build();
    List<Runnable> calls =
        List.of(
            () -> podman.imageExists(OK),
            () -> podman.inspectImage(OK),
            () -> podman.history(OK),
            () -> podman.removeImage(OK),
            () -> podman.push(OK, "oci:/tmp/x"),
            () -> podman.manifestCreate(OK),
            () -> podman.manifestAdd(OK, OK),
            () -> podman.manifestInspect(OK),
            () -> podman.manifestRemove(OK),
            () -> podman.manifestPush(OK, "oci:/tmp/x"),
            () -> podman.inspectSecret("ok_name"),
            () -> podman.removeSecret("ok_name"));
    calls.forEach(Runnable::run);
    assertThat(runner.argvs()).hasSize(calls.size());
    for (List<String> argv : runner.argvs()) {
      int dash = argv.indexOf("--");
      assertThat(dash).as("%s", argv).isPositive();
      assertThat(argv.subList(dash + 1, argv.size()))
          .as("%s", argv)
          .allMatch(a -> a.equals("-") || !a.startsWith("-"))
          .isNotEmpty();
    }
  }
}
