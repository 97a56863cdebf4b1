package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The schemas' patterns as Java runs them: every shipped pattern with a quantified group has a
 * possessive form (Java's regex would recurse once per repetition), and that form matches exactly
 * what the pattern matches.
 */
class PythonRegexTest {
  private static final List<String> TABLES = List.of("cloud-config-22.4", "cloud-config-25.1",
      "network-v1-25.1", "network-v2-25.1");
  /** A group, closed and then repeated without a bound: {@code (...)*}, {@code (...)+}, {@code (...){n,}}. */
  private static final Pattern REPEATED_GROUP = Pattern.compile("\\)(?:[*+]|\\{[0-9]+,\\})");

  @Test
  void everyPatternWithARepeatedGroupHasItsPossessiveForm() throws IOException {
    Set<String> patterns = new TreeSet<>();
    for (String t : TABLES) {
      try (InputStream in = SchemaRules.class.getResourceAsStream("rules-" + t + ".yaml")) {
        collect(RuleTableReader.read(t, new String(in.readAllBytes(), StandardCharsets.UTF_8)), patterns);
      }
    }
    assertThat(patterns).as("patterns found in the tables").hasSizeGreaterThan(5);
    List<String> repeated = patterns.stream().filter(p -> REPEATED_GROUP.matcher(p).find()).toList();
    assertThat(PythonRegex.POSSESSIVE.keySet()).containsAll(repeated);
    assertThat(patterns).containsAll(PythonRegex.POSSESSIVE.keySet());
  }

  @Test
  void possessiveFormsMatchWhatThePatternsMatch() {
    for (Map.Entry<String, String> e : PythonRegex.POSSESSIVE.entrySet()) {
      Pattern plain = Pattern.compile(e.getKey());
      Pattern possessive = PythonRegex.compile(e.getKey());
      Seeded.cases("possessive " + e.getKey(), Gen.strings(io.tankos.testkit.Chars.of(",-_aZ09 .BK"), 0, 12))
          .tries(20_000)
          .check(s -> assertThat(possessive.matcher(s).find()).as(s).isEqualTo(plain.matcher(s).find()));
    }
  }

  @Test
  void aLongValueDoesNotOverflowTheStack() {
    String tags = "a,".repeat(200_000) + "a";
    assertThat(PythonRegex.compile("^[-_0-9a-zA-Z]+(,[-_0-9a-zA-Z]+)*$").matcher(tags).find()).isTrue();
    assertThat(PythonRegex.compile("^[-_0-9a-zA-Z]+(,[-_0-9a-zA-Z]+)*$").matcher(tags + ",").find()).isFalse();
    String digits = "1".repeat(200_000);
    assertThat(PythonRegex.compile("^([0-9]+)?\\.?[0-9]+[BKMGT]$").matcher(digits).find()).isFalse();
    assertThat(PythonRegex.compile("^([0-9]+)?\\.?[0-9]+[BKMGT]$").matcher(digits + ".5G").find()).isTrue();
  }

  /** The "pat" values and the "pp" keys, wherever they are. */
  private static void collect(Object node, Set<String> out) {
    if (node instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        if ("pat".equals(k) && v instanceof String s) {
          out.add(s);
        } else if ("pp".equals(k) && v instanceof Map<?, ?> pp) {
          pp.keySet().forEach(p -> out.add((String) p));
        }
        collect(v, out);
      });
    } else if (node instanceof List<?> l) {
      l.forEach(x -> collect(x, out));
    }
  }
}
