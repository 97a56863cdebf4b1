package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.internal.Yaml11;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quoting rule: a string is plain only when PyYAML (YAML 1.1) reads the plain text back as it. */
class QuotingRuleTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "yes|'yes'", "no|'no'", "on|'on'", "off|'off'", "Yes|'Yes'", "NO|'NO'", "True|'True'",
      "0644|'0644'", "0755|'0755'", "1:20|'1:20'", "190:20:30|'190:20:30'", "1_000|'1_000'",
      "3.10|'3.10'", "0x1F|'0x1F'", "0b101|'0b101'", ".inf|'.inf'", "~|'~'", "null|'null'",
      "2032-09-01|'2032-09-01'", "=|'='", "<<|'<<'", "*x|'*x'", "&a|'&a'", "!t|'!t'",
      "'@x'|'''@x'''", "%x|'%x'", "a #b|'a #b'", "\"- x\"|'- x'", "a: b|'a: b'", "[x|'[x'",
      // PyYAML reads these plain texts as strings, so they stay plain
      "y|y", "n|n", "1e3|1e3", "0o644|0o644", "8080:80|8080:80", "-.5|-.5", "plain text|plain text"})
  void scalarsAreQuotedExactlyWhenPyYamlWouldRetypeThem(String value, String written) {
    String text = Yaml11.dump(Map.of("k", value));
    assertThat(text).isEqualTo("k: " + written + "\n");
    assertThat(Yaml11.load("t", text)).isEqualTo(Map.of("k", value));
  }

  @ParameterizedTest
  @CsvSource({"on", "yes", "<<", "=", "0644", "null", "1:20"})
  void keysAreQuotedToo(String key) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, "v");
    String text = Yaml11.dump(m);
    assertThat(text).startsWith("'" + key + "': v");
    assertThat(Yaml11.load("t", text)).isEqualTo(m);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"a\u0085b", "a\u2028b", "x\r\ny", "nul\u0000", "bell\u0007"})
  void lineBreakLikeAndControlCharactersAreEscapedInDoubleQuotes(String value) {
    String text = Yaml11.dump(Map.of("k", value));
    assertThat(text).startsWith("k: \"");
    assertThat(Yaml11.load("t", text)).isEqualTo(Map.of("k", value));
  }

  @org.junit.jupiter.api.Test
  void multiLineStringsUseLiteralBlocks() {
    String text = Yaml11.dump(Map.of("content", "line 1\n  indented: yes\n"));
    assertThat(text).isEqualTo("content: |\n  line 1\n    indented: yes\n");
  }

  @org.junit.jupiter.api.Test
  void datesReadFromYamlAreWrittenBackAsDates() {
    Object loaded = Yaml11.load("t", "d: 2032-09-01\nt: 2001-12-14 21:59:43.10 -5\n");
    assertThat(((Map<?, ?>) loaded).get("d")).isEqualTo(LocalDate.of(2032, 9, 1));
    assertThat(Yaml11.dump(loaded)).isEqualTo("d: 2032-09-01\nt: 2001-12-14T21:59:43.100000000-05:00\n");
    assertThat(Yaml11.load("t", Yaml11.dump(loaded))).isEqualTo(loaded);
  }

  @org.junit.jupiter.api.Test
  void plainScalarsAreTypedAsPyYamlTypesThem() {
    Map<?, ?> m = (Map<?, ?>) Yaml11.load("t",
        "a: 0644\nb: 1:20\nc: 1e3\nd: yes\ne: y\nf: 0o644\ng: ~\nh: 08\ni: 3.10\nj:\nk: ''\n"
            + "l: [null, Null, NULL, nulL, '~', ~]\n");
    assertThat(m.get("a")).isEqualTo(420);
    assertThat(m.get("b")).isEqualTo(80);
    assertThat(m.get("c")).isEqualTo("1e3");
    assertThat(m.get("d")).isEqualTo(true);
    assertThat(m.get("e")).isEqualTo("y");
    assertThat(m.get("f")).isEqualTo("0o644");
    assertThat(m.get("g")).isNull();
    assertThat(m.get("h")).isEqualTo("08");
    assertThat(m.get("i")).isEqualTo(3.1);
    assertThat(m.containsKey("j")).isTrue();
    assertThat(m.get("j")).isNull(); // the empty plain scalar
    assertThat(m.get("k")).isEqualTo("");
    assertThat(m.get("l")).isEqualTo(java.util.Arrays.asList(null, null, null, "nulL", "~", null));
  }

  @org.junit.jupiter.api.Test
  void aLongBase60PlainScalarIsTypedAndValuedAsPyYamlDoes() {
    // "1:11:11:…" is a base-60 int to PyYAML; a greedy group in Java's regex recursed once per
    // place and overflowed the stack, and SnakeYAML's own sum overflowed an int
    int places = 2_000;
    Object value = ((java.util.Map<?, ?>) Yaml11.load("big.yaml",
        "hostname: 1" + ":11".repeat(places) + "\n")).get("hostname");
    // 1·60^n + 11·(60^n − 1)/59, the sum PyYAML makes place by place
    java.math.BigInteger sixtyN = java.math.BigInteger.valueOf(60).pow(places);
    assertThat(value).isEqualTo(sixtyN.add(java.math.BigInteger.valueOf(11)
        .multiply(sixtyN.subtract(java.math.BigInteger.ONE))
        .divide(java.math.BigInteger.valueOf(59))));
    // 300,000 places: over 4,300 decimal digits, which cloud-init's validator cannot write
    String text = "1" + ":11".repeat(300_000);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Yaml11.load("big.yaml", "hostname: " + text + "\n"))
        .hasMessageContaining("an integer of more than 4300 decimal digits");
    assertThat(Yaml11.load("t", "hostname: '" + text + "'\n")).isNotNull();
    assertThat(Yaml11.dump(java.util.Map.of("hostname", text))).isEqualTo("hostname: '" + text + "'\n");
  }

  @org.junit.jupiter.api.Test
  void numbersPythonCannotMakeAreRefusedWithTheirLine() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Yaml11.load("n.yaml", "a: 1\nb: 1" + "0".repeat(4300) + "\n"))
        .isInstanceOf(io.tankos.core.validation.ParseException.class)
        .hasMessage("n.yaml:2: not valid YAML: an integer of 4301 decimal digits: Python refuses to"
            + " convert more than 4300 (ValueError), so cloud-init cannot load it");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Yaml11.load("f.yaml", "x: 1" + ":0".repeat(174) + ".5\n"))
        .isInstanceOf(io.tankos.core.validation.ParseException.class)
        .hasMessageContaining("f.yaml:1: not valid YAML: a base-60 float of 175 places");
    assertThat(((java.util.Map<?, ?>) Yaml11.load("f.yaml", "x: 1" + ":0".repeat(173) + ".5\n")).get("x"))
        .isEqualTo(java.math.BigInteger.valueOf(60).pow(173).doubleValue() + 0.5);
  }

  @org.junit.jupiter.api.Test
  void aTaggedScalarPythonRefusesIsNotShownInTheMessage() {
    for (String tag : new String[] {"!!int", "!!float"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> Yaml11.load("p.yaml", "password: " + tag + " 'hunter2-secret'\n"))
          .isInstanceOf(io.tankos.core.validation.ParseException.class)
          .hasMessageStartingWith("p.yaml:1: not valid YAML: a scalar of 14 characters tagged ")
          .hasMessageNotContaining("hunter2");
    }
  }

  @org.junit.jupiter.api.Test
  void aRootTaggedNullMustBeAScalarAsInPyYaml() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Yaml11.load("r.yaml", "!!null\nt:\n"))
        .hasMessage("r.yaml:1: not valid YAML: expected a scalar node, but found mapping");
    assertThat(Yaml11.load("r.yaml", "!!null\n")).isNull();
    assertThat(Yaml11.load("r.yaml", "")).isNull();
  }

  @org.junit.jupiter.api.Test
  void aDocumentEndingInsideAnEscapeIsNotValidYaml() {
    for (String escape : new String[] {"\\x", "\\u", "\\U"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Yaml11.load("e.yaml", "a: 1\ny: \"" + escape))
          .isInstanceOf(io.tankos.core.validation.ParseException.class)
          .hasMessage("e.yaml:2: not valid YAML: while scanning a double-quoted scalar, the document"
              + " ends inside an escape sequence");
    }
  }
}
