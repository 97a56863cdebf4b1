package io.tankos.bootc.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.bootc.podman.Podman;
import io.tankos.core.exec.RecordingRunner;
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
 * No argument injection through {@link Bootc}: the switch target, lint root and skip names, every
 * {@link InstallToDisk} value, the install image and the upgrade tag refuse each option-like name
 * before bootc runs; operands follow {@code --}.
 */
class BootcInjectionTest {
  private static final List<String> HOSTILE = List.of("--all", "-a", "--rm", "-rf", "--help");

  private static Map<String, BiConsumer<Bootc, String>> calls() {
    Map<String, BiConsumer<Bootc, String>> c = new LinkedHashMap<>();
    c.put("Bootc.switchTo.target", (b, v) -> b.switchTo(v, SwitchOptions.defaults(), l -> {}));
    c.put("Bootc.containerLint.rootfs", (b, v) -> b.containerLint(Path.of(v), false, List.of()));
    c.put("Bootc.containerLint.skip[0]", (b, v) -> b.containerLint(null, false, List.of(v)));
    c.put("Bootc.installToDiskCommand.image",
        (b, v) -> Bootc.installToDiskCommand(Podman.local(), v, InstallToDisk.builder("/dev/vda").build(), List.of()));
    c.put("InstallToDisk.device", (b, v) -> InstallToDisk.builder(v));
    c.put("InstallToDisk.blockSetup", (b, v) -> InstallToDisk.builder("/dev/vda").blockSetup(v));
    c.put("InstallToDisk.rootSize", (b, v) -> InstallToDisk.builder("/dev/vda").rootSize(v));
    c.put("InstallToDisk.sourceImgref", (b, v) -> InstallToDisk.builder("/dev/vda").sourceImgref(v));
    c.put("InstallToDisk.targetTransport", (b, v) -> InstallToDisk.builder("/dev/vda").targetTransport(v));
    c.put("InstallToDisk.targetImgref", (b, v) -> InstallToDisk.builder("/dev/vda").targetImgref(v));
    c.put("InstallToDisk.karg[0]", (b, v) -> InstallToDisk.builder("/dev/vda").karg(v));
    c.put("InstallToDisk.rootSshAuthorizedKeys", (b, v) -> InstallToDisk.builder("/dev/vda").rootSshAuthorizedKeys(Path.of(v)));
    c.put("InstallToDisk.bootloader", (b, v) -> InstallToDisk.builder("/dev/vda").bootloader(v));
    c.put("InstallToDisk.stateroot", (b, v) -> InstallToDisk.builder("/dev/vda").stateroot(v));
    c.put("UpgradeOptions.tag", (b, v) -> UpgradeOptions.builder().tag(v));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> everyNameTakingCallRefusesOptionLikeNames() {
    return calls().entrySet().stream()
        .flatMap(call -> HOSTILE.stream().map(name -> DynamicTest.dynamicTest(
            call.getKey() + " = " + name,
            () -> {
              RecordingRunner runner = new RecordingRunner();
              Bootc bootc = Bootc.builder().runner(runner).build();
              assertThatThrownBy(() -> call.getValue().accept(bootc, name))
                  .isInstanceOfSatisfying(
                      ValidationException.class,
                      e -> assertThat(e.location().toString()).isEqualTo(call.getKey()));
              assertThat(runner.invocations()).as("bootc never ran").isEmpty();
            })));
  }

  @Test
  void operandsFollowDoubleDash() {
    RecordingRunner runner = new RecordingRunner().onAnyCommand().reply(RecordingRunner.Reply.success());
    Bootc bootc = Bootc.builder().runner(runner).build();
    bootc.switchTo("registry.example/tank-os:2", SwitchOptions.defaults(), l -> {});
    bootc.installToDisk(InstallToDisk.builder("/dev/vda").karg("console=ttyS0").build(), l -> {});
    assertThat(runner.argvs().get(0)).endsWith("--", "registry.example/tank-os:2");
    assertThat(runner.argvs().get(1)).endsWith("--karg", "console=ttyS0", "--", "/dev/vda");
  }
}
