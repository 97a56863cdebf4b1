package io.tankos.bootc.image.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageScriptsTest {
  private static final String HOME = "/var/home/openclaw";

  @TempDir Path dir;

  @Test
  void everyScriptParsesForOneInstance() throws Exception {
    BashSyntax.assertValid(ImageScripts.render(ScriptFixtures.tankOs("openclaw", HOME)), dir);
  }

  @Test
  void everyScriptParsesForTwoInstances() throws Exception {
    BashSyntax.assertValid(
        ImageScripts.render(ScriptFixtures.workAndResearch("openclaw", HOME)), dir);
  }

  @Test
  void theScriptsComeInAFixedOrderAndTheSameTextEachTime() {
    Map<String, String> first = ImageScripts.render(ScriptFixtures.workAndResearch("openclaw", HOME));
    assertThat(first.keySet())
        .containsExactly(
            ImageScripts.SYNC_PODMAN_SECRETS,
            ImageScripts.OPENCLAW,
            ImageScripts.TANK_OPENCLAW_SECRETS,
            ImageScripts.TANK_OS_VERSION,
            ImageScripts.BOOTSTRAP_OPENCLAW,
            ImageScripts.BOOTSTRAP_SERVICE_GATOR,
            ImageScripts.HEALTHCHECK);
    assertThat(ImageScripts.render(ScriptFixtures.workAndResearch("openclaw", HOME)))
        .isEqualTo(first);
    assertThat(first.keySet()).allSatisfy(path -> assertThat(path).doesNotStartWith("/"));
  }

  @Test
  void valuesEnterTheScriptsSingleQuoted() {
    Map<String, String> scripts = ImageScripts.render(ScriptFixtures.workAndResearch("openclaw", HOME));
    assertThat(scripts.get(ImageScripts.SYNC_PODMAN_SECRETS))
        .contains("agent_user='openclaw'\n")
        .contains("begin_unit 'openclaw-research.container' 'research'\n")
        .contains("want_secret 'research_ca.pem' 'Secret=research_ca.pem'\n");
    assertThat(scripts.get(ImageScripts.HEALTHCHECK))
        .contains("      port='18790'\n      service='openclaw-research.service'\n");
    assertThat(scripts.get(ImageScripts.TANK_OS_VERSION)).endsWith("exec cat -- '/etc/tank-os-release'\n");
  }

  @Test
  void quoteReadsBackVerbatimInBash() throws Exception {
    List<String> words = List.of("", "plain", "it's", "''", "$HOME `id` $(id)", "a\nb", "\\'\\", "*?[a]");
    for (String word : words) {
      Process p =
          new ProcessBuilder("bash", "-c", "printf '%s' " + ShellText.quote(word)).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).isZero();
      assertThat(out).isEqualTo(word);
    }
  }

  @Test
  void quoteWritesEachQuoteAsCloseEscapedOpen() {
    java.util.Random random = new java.util.Random(20261207L);
    String alphabet = "a'\\ $\n";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder word = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String w = word.toString();
      assertThat(ShellText.quote(w)).isEqualTo("'" + w.replace("'", "'\\''") + "'");
      assertThat(ShellText.appendQuoted(new StringBuilder("x"), w).toString()).isEqualTo("x" + ShellText.quote(w));
    }
    assertThat(ShellText.concat("a", "", "bc")).isEqualTo("abc");
  }

  @Test
  void aSecondPortUseIsRefusedWithBothLocations() {
    ScriptInputs in = ScriptFixtures.workAndResearch("openclaw", HOME);
    ScriptInputs clash = withInstance(in, 1, it -> copy(it, it.name(), 18789, it.secrets()));
    assertThatThrownBy(() -> ImageScripts.render(clash))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "ScriptInputs.instances[1].gatewayPort: port 18789 already used by"
                + " ScriptInputs.instances[0].gatewayPort");
  }

  @Test
  void everyBadValueIsReportedAtItsLocation() {
    InstanceInputs bad =
        new InstanceInputs(
            "Work",
            "openclaw",
            "openclaw.service",
            0,
            "/abs",
            "../env",
            List.of(
                new SecretBinding("key", false, "lower_case"),
                new SecretBinding("file", true, "X"),
                new SecretBinding("nothing", false, null),
                SecretBinding.env("key", "OTHER")),
            null,
            List.of(SecretBinding.file("gh_token")));
    InstanceInputs second =
        new InstanceInputs(
            "ok", "openclaw", "ok.container", 65536, "s", "s/e", List.of(), "ok.container",
            List.of());
    ScriptInputs in =
        new ScriptInputs("open claw", 0, "relative", "/etc/x'y", List.of(bad, second));
    assertThatThrownBy(() -> ImageScripts.render(in))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(locations(e))
                    .containsExactly(
                        "ScriptInputs.userName",
                        "ScriptInputs.uid",
                        "ScriptInputs.home",
                        "ScriptInputs.releaseFile",
                        "ScriptInputs.instances[0].name",
                        "ScriptInputs.instances[0].quadletName",
                        "ScriptInputs.instances[0].gatewayPort",
                        "ScriptInputs.instances[0].stateDirectory",
                        "ScriptInputs.instances[0].envFile",
                        "ScriptInputs.instances[0].secrets[0].target",
                        "ScriptInputs.instances[0].secrets[1].target",
                        "ScriptInputs.instances[0].secrets[2].target",
                        "ScriptInputs.instances[0].secrets[3].secretName",
                        "ScriptInputs.instances[0].gatorSecrets",
                        "ScriptInputs.instances[1].containerName",
                        "ScriptInputs.instances[1].gatewayPort",
                        "ScriptInputs.instances[1].gatorQuadletName"));
  }

  @Test
  void noInstanceIsRefused() {
    ScriptInputs in = new ScriptInputs("openclaw", 1000, HOME, "/etc/tank-os-release", List.of());
    assertThatThrownBy(() -> ImageScripts.render(in))
        .hasMessage("ScriptInputs.instances: at least one instance is required");
  }

  @Test
  void aControlCharacterInANameIsNotEchoedRaw() {
    ScriptInputs in = ScriptFixtures.tankOs("a\nb", HOME);
    assertThatThrownBy(() -> ImageScripts.render(in))
        .hasMessageStartingWith("ScriptInputs.userName: must match")
        .hasMessageEndingWith("'a\\nb'");
  }

  private static List<String> locations(ValidationException e) {
    return e.problems().stream().map(Problem::location).map(Object::toString)
        .collect(Collectors.toList());
  }

  static ScriptInputs withInstance(ScriptInputs in, int index, UnaryOperator<InstanceInputs> change) {
    List<InstanceInputs> list = new ArrayList<>(in.instances());
    list.set(index, change.apply(list.get(index)));
    return new ScriptInputs(in.userName(), in.uid(), in.home(), in.releaseFile(), list);
  }

  static InstanceInputs copy(InstanceInputs it, String name, int port, List<SecretBinding> secrets) {
    return new InstanceInputs(
        name, it.containerName(), it.quadletName(), port, it.stateDirectory(), it.envFile(),
        secrets, it.gatorQuadletName(), it.gatorSecrets());
  }
}
