package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.validation.Location;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReportedFindingsTest {
  private static SchemaFinding f(String path, int line, String message) {
    return new SchemaFinding(path, Location.ROOT, line, message);
  }

  @Test
  void eachPairOnceInPythonsOrderKeepingTheFirstFound() {
    List<SchemaFinding> found = List.of(f("users.2", 5, "b"), f("hostname", 2, "x"),
        f("users.10", 9, "a"), f("hostname", 3, "x"), f("hostname", 2, "w"), f("users.2", 5, "a"));
    assertThat(ReportedFindings.of25(found)).extracting(x -> x.path() + "@" + x.line() + ":" + x.message())
        .containsExactly("hostname@2:w", "hostname@2:x", "users.10@9:a", "users.2@5:a", "users.2@5:b");
    assertThat(ReportedFindings.of25(List.of(f("a", 1, "m")))).hasSize(1);
  }

  @Test
  void stringsAreOrderedByCodePointAsPythonOrdersThem() {
    // U+FF5E sorts before U+1F600 by code point, after its surrogates by UTF-16 unit
    assertThat(ReportedFindings.pythonOrder("\uff5e", "\ud83d\ude00")).isNegative();
    assertThat("\uff5e".compareTo("\ud83d\ude00")).isPositive();
    SplittableRandom r = new SplittableRandom(11);
    String[] pool = {"a", "b", "users", ".", "1", "10", "2", "\u00e9", "\uff5e", "\ud83d\ude00", ""};
    for (int i = 0; i < 20_000; i++) {
      String a = word(r, pool);
      String b = word(r, pool);
      int[] x = a.codePoints().toArray();
      int[] y = b.codePoints().toArray();
      assertThat(Integer.signum(ReportedFindings.pythonOrder(a, b)))
          .as("%s / %s", a, b).isEqualTo(Integer.signum(java.util.Arrays.compare(x, y)));
    }
  }

  private static String word(SplittableRandom r, String[] pool) {
    StringBuilder out = new StringBuilder();
    for (int n = r.nextInt(4); n > 0; n--) {
      out.append(pool[r.nextInt(pool.length)]);
    }
    return out.toString();
  }
}
