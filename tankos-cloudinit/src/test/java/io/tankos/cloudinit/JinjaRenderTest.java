package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Jinja stand-in {@code cloud-init check} renders before it reads a {@code ## template: jinja}
 * document: the same text as the two lazy regexes it replaces, in one pass.
 */
class JinjaRenderTest {
  private static final Pattern EXPR = Pattern.compile("\\{\\{.*?\\}\\}");
  private static final Pattern TAG = Pattern.compile("\\{%.*?%\\}");

  private static String byRegex(String body) {
    return TAG.matcher(EXPR.matcher(body).replaceAll("jinja-value")).replaceAll("");
  }

  @Test
  void rendersAsTheLazyRegexesDo() {
    Seeded.cases("jinjaRender", Gen.strings(Chars.of("{}%\nab "), 0, 24)).tries(50_000).check(body ->
        assertThat(CloudInitSchema.renderJinja("## template: jinja\n" + body)).as(body)
            .isEqualTo(byRegex(body)));
    assertThat(CloudInitSchema.renderJinja("## template: jinja\n#cloud-config\nhostname: {{ v1.x }}\n"
        + "{% if x %}a: 1{% endif %}\n")).isEqualTo("#cloud-config\nhostname: jinja-value\na: 1\n");
  }

  @Test
  void aLineOfManyOpeningsIsReadInOnePass() {
    // the regexes looked for a close from every opening to the end of the line: seconds for this
    String body = "#cloud-config\nhostname: " + "{{".repeat(200_000) + "\nx: {% y %}{{ z }}\n";
    assertThat(CloudInitSchema.renderJinja("## template: jinja\n" + body))
        .isEqualTo("#cloud-config\nhostname: " + "{{".repeat(200_000) + "\nx: jinja-value\n");
  }
}
