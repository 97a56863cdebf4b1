package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link SshTransport} refuses an option-like host, user or key file (each hostile name for each),
 * and puts {@code --} before the host.
 */
class SshTransportInjectionTest {
  private static final Map<String, Consumer<String>> SETTERS =
      Map.of(
          "host", v -> SshTransport.builder().host(v),
          "user", v -> SshTransport.builder().user(v),
          "identityFile", v -> SshTransport.builder().identityFile(Path.of(v)));

  @TestFactory
  Stream<DynamicTest> hostileNamesAreRefused() {
    return SETTERS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(setter -> OperandsTest.HOSTILE.stream().map(name -> DynamicTest.dynamicTest(
            setter.getKey() + " " + name,
            () -> assertThatThrownBy(() -> setter.getValue().accept(name))
                .isInstanceOfSatisfying(
                    ValidationException.class,
                    e -> assertThat(e.location().toString()).isEqualTo("SshTransport." + setter.getKey())))));
  }

  @Test
  void theHostFollowsDoubleDash() {
    List<String> argv =
        SshTransport.builder().host("tank-01").identityFile(Path.of("./-key")).build()
            .sshCommand(Command.of("true")).argv();
    assertThat(argv.subList(argv.indexOf("--"), argv.size())).containsExactly("--", "tank-01", "'true'");
    assertThat(argv).containsSubsequence("-i", "./-key");
  }
}
