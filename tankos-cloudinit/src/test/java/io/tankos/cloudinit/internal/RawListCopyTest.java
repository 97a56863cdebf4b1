package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.CloudInitLimits;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The copy of a list keeps its strings and reports, for each, what {@link Raw#checkElement} reports
 * of it at its index (a lone surrogate, a line too long, or both), in order, on generated lists.
 */
class RawListCopyTest {
  private static final String LONG = "x".repeat(CloudInitLimits.MAX_YAML_LINE_LENGTH - 2);

  @Test
  void aListsStringsAreReportedAsEachElementsCheck() {
    String[] pieces = {"a", "b c", "\uD800", "\uDC00x", "\uD83D\uDE00", LONG, LONG + "\uDBFF", "", "\n"};
    Random random = new Random(2026);
    Location at = Location.of("runcmd");
    int reported = 0;
    for (int n = 0; n < 100; n++) {
      List<Object> list = new ArrayList<>();
      int size = random.nextInt(5);
      for (int i = 0; i < size; i++) {
        list.add(random.nextInt(6) == 0 ? (Object) i : pieces[random.nextInt(pieces.length)]);
      }
      Problems copied = new Problems();
      Object copy = Raw.copy(Map.of("runcmd", list), Location.ROOT, copied);
      Problems expected = new Problems();
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof String s) {
          Raw.checkElement(s, at, i, 2, expected); // the list is a value of the top-level mapping
        }
      }
      assertThat(copied.list()).extracting(Problem::toString).as("%s", n)
          .containsExactlyElementsOf(expected.list().stream().map(Problem::toString).toList());
      assertThat(((Map<?, ?>) copy).get("runcmd")).isEqualTo(list);
      reported += copied.list().size();
    }
    assertThat(reported).as("problems reported").isGreaterThan(50);
  }
}
