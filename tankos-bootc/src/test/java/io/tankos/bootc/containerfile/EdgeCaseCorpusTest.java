package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tricky/ and escaping/ inputs: what the builder reads (BuildKit v0.11.6 results recorded in the
 * reference, section 4 and 5), before and after a render round trip.
 */
class EdgeCaseCorpusTest {
  private static final Map<String, String> ENV = Map.of("X", "xv", "EMPTY", "", "HOME", "/root");

  private static Containerfile load(String name) throws IOException {
    String text = Files.readString(Conformance.require("containerfile/" + name), StandardCharsets.UTF_8);
    Containerfile cf = Containerfile.parse(name, text);
    Containerfile again = Containerfile.parse("rendered", cf.toString());
    assertThat(again).isEqualTo(cf);
    assertThat(again.toString()).isEqualTo(cf.toString());
    assertThat(Semantics.of(again, ENV)).isEqualTo(Semantics.of(cf, ENV));
    return again;
  }

  private static String sem(Containerfile cf, int index) {
    return Semantics.of(cf.instructions().get(index), cf.escape(), ENV);
  }

  @Test
  void execFormCopyAndVolumeAreRelexed() throws IOException {
    Containerfile cf = load("escaping/copy-json-dollar.Containerfile");
    assertThat(sem(cf, 1)).isEqualTo("COPY [cxv] [e$X] [sp ace] -> [/d/]");
    assertThat(sem(cf, 2)).isEqualTo("VOLUME [/v/xv] [/w w]");
    assertThat(sem(cf, 3)).isEqualTo("VOLUME [/a] [/b]");
    assertThat(sem(cf, 4)).isEqualTo("RUN shell[echo \"a\\tb\"   && echo $X]");
    assertThat(sem(cf, 5)).isEqualTo("CMD exec[echo, $X]");
  }

  @Test
  void singleQuoteInExecCopyIsALexerErrorFoundByCheck() throws IOException {
    Containerfile cf = load("escaping/copy-json-singlequote.Containerfile");
    assertThat(BootcLint.check(cf))
        .anySatisfy(f -> assertThat(f.toString()).contains("stage[0].COPY[0]").contains("matching single-quote"));
  }

  @Test
  void envAndLabelQuoting() throws IOException {
    Containerfile cf = load("escaping/env-label-escapes.Containerfile");
    assertThat(sem(cf, 1))
        .isEqualTo("ENV [A]=[x\"y] [B]=[a\\b] [C]=[$HOME] [D]=[single $X \\n] [E]=[tab\\tx] [F]=[xv] [G]=[dflt] [H]=[] [I]=[a b] [J]=[a`b]");
    assertThat(sem(cf, 2)).isEqualTo("LABEL [com.example.k]=[v \"q\" xv] [k2]=[lit $X]");
    assertThat(sem(cf, 3)).isEqualTo("USER [xv:0]");
    assertThat(sem(cf, 4)).isEqualTo("WORKDIR [/w/xv]");
    assertThat(sem(cf, 5)).isEqualTo("COPY --chown=xv:0 --chmod=0644 [axv] -> [/dst/]");
    assertThat(sem(cf, 6)).isEqualTo("COPY [b c] [de] -> [/dst dir/]");
  }

  @Test
  void testcontainersStyleJsonStringsAreNotJson() throws IOException {
    Containerfile cf = load("escaping/testcontainers-style-env.Containerfile");
    assertThat(sem(cf, 1)).isEqualTo("ENV [A]=[v\"x /root \\ \\n] [B]=[plain]");
    assertThat(sem(cf, 2)).isEqualTo("LABEL [org.opencontainers.image.title]=[t\\u00e9st]");
  }

  @Test
  void heredocs() throws IOException {
    Containerfile cf = load("tricky/01-heredoc-run.Containerfile");
    assertThat(cf.directives()).containsExactly(new Directive("syntax", "docker/dockerfile:1"));
    Run first = (Run) cf.instructions().get(1);
    assertThat(first.heredocs().get(0).content()).isEqualTo("set -euo pipefail\ndnf -y install tmux\ndnf clean all\n");
    Run chomped = (Run) cf.instructions().get(2);
    assertThat(chomped.heredocs().get(0))
        .satisfies(h -> assertThat(h.expand()).isFalse())
        .satisfies(h -> assertThat(h.chomp()).isTrue())
        .satisfies(h -> assertThat(h.effectiveContent()).isEqualTo("echo \"tab-stripped, not expanded: $HOME\"\n"));
    assertThat(chomped.command().script()).isEqualTo("<<-'SCRIPT' bash");
    Copy motd = (Copy) cf.instructions().get(3);
    assertThat(motd.heredocs().get(0).expand()).isTrue();
    Run two = (Run) cf.instructions().get(4);
    assertThat(two.heredocs()).extracting(Heredoc::content).containsExactly("first\n", "second\n");
  }

  @Test
  void jsonExecForms() throws IOException {
    Containerfile cf = load("tricky/02-json-exec.Containerfile");
    assertThat(((Entrypoint) cf.instructions().get(1)).command().argv())
        .containsExactly("/bin/sh", "-c", "echo \"quoted\" && printf \"a\\\\tb\\n\"");
    assertThat(((Cmd) cf.instructions().get(2)).command().argv()).containsExactly("C:\\windows\\system32", "tab\there", "uni\u00e9");
    assertThat(((Run) cf.instructions().get(3)).command().isExec()).isTrue();
    assertThat(((Run) cf.instructions().get(4)).command().script()).isEqualTo("['echo', 'single-quoted JSON is shell form']");
  }

  @Test
  void continuationKeepsComments() throws IOException {
    Containerfile cf = load("tricky/03-continuation.Containerfile");
    assertThat(((Run) cf.instructions().get(1)).command().script())
        .isEqualTo("dnf -y install       httpd       mod_ssl       && dnf clean all");
    assertThat(cf.elements()).contains(new Comment(" comment inside continuation is dropped"));
    assertThat(sem(cf, 2)).isEqualTo("LABEL [description]=[multi line] [org.opencontainers.image.title]=[demo]");
    assertThat(sem(cf, 3)).isEqualTo("ENV [A]=[1] [B]=[two words] [C]=[Rex The Dog]");
    assertThat(((Run) cf.instructions().get(4)).command().script()).isEqualTo("echo \"trailing backslash \\\\\"");
  }

  @Test
  void backtickEscape() throws IOException {
    Containerfile cf = load("tricky/04-escape-backtick.Containerfile");
    assertThat(cf.escape()).isEqualTo('`');
    assertThat(sem(cf, 1)).isEqualTo("COPY [testfile.txt] -> [c:\\]");
    assertThat(((Run) cf.instructions().get(2)).command().script()).isEqualTo("dir c:\\     && echo done");
    assertThat(cf.toString()).startsWith("# escape=`\n");
  }

  @Test
  void everyFlag() throws IOException {
    Containerfile cf = load("tricky/05-arg-before-from-secret.Containerfile");
    Run run = (Run) cf.instructions().get(4);
    assertThat(run.mounts()).extracting(RunMount::type).containsExactly("secret", "cache", "bind", "tmpfs");
    assertThat(run.mounts().get(2).value("from")).contains("builder");
    assertThat(run.flags()).extracting(Flag::name).containsExactly("mount", "mount", "mount", "mount", "network", "security");
    assertThat(sem(cf, 5)).isEqualTo("COPY --from=builder --chown=0:0 --chmod=0644 --link --exclude=*.md --parents [./etc/] -> [/]");
    assertThat(cf.instructions().get(8)).isEqualTo(new Onbuild(Run.builder().heredocs("echo triggered", List.of()).build()));
    assertThat(BootcLint.check(cf)).noneMatch(f -> f.rule().equals("missing-lint"));
  }

  @Test
  void strictParseNamesFileAndLine() {
    assertThatThrownBy(() -> Containerfile.parse("Containerfile", "FROM a\nRUN --user=me x\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("Containerfile:2: unknown flag: user");
    assertThatThrownBy(() -> Containerfile.parse("Containerfile", "FROM a\nRUN <<EOF\nx\n"))
        .hasMessage("Containerfile:2: unterminated heredoc");
    assertThatThrownBy(() -> Containerfile.parse("C", "RUN x\n")).hasMessage("C:1: no build stage in current context");
    assertThatThrownBy(() -> Containerfile.parse("C", "# escape=x\nFROM a\n")).hasMessageStartingWith("C:1: invalid escape token");
    assertThatThrownBy(() -> Containerfile.parse("C", "")).hasMessage("C: file with no instructions");
  }
}
