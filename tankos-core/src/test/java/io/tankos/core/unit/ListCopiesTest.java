package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ListCopies#copyOf} makes the lists {@link List#copyOf} makes: equal, of the same class, immutable. */
class ListCopiesTest {

  @Test
  void copiesAsListCopyOfDoes() {
    for (int n = 0; n <= 14; n++) {
      List<String> source = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        source.add("e" + i);
      }
      List<String> copy = ListCopies.copyOf(source);
      List<String> expected = List.copyOf(source);
      assertThat(copy).isEqualTo(expected).hasSameHashCodeAs(expected);
      assertThat(copy.getClass()).as("size " + n).isEqualTo(expected.getClass());
      assertThatThrownBy(() -> copy.add("x")).isInstanceOf(UnsupportedOperationException.class);
      source.add("later");
      assertThat(copy).isEqualTo(expected);
      List<String> again = ListCopies.copyOf(copy);
      assertThat(again).isSameAs(copy); // an immutable list is kept
    }
    assertThat(ListCopies.copyOf(new LinkedList<>(List.of("a", "b", "c")))).isEqualTo(List.of("a", "b", "c"));
  }

  @Test
  void refusesNullsAsListCopyOfDoes() {
    for (int n = 1; n <= 12; n++) {
      List<String> source = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        source.add(i == n / 2 ? null : "e" + i);
      }
      assertThatThrownBy(() -> ListCopies.copyOf(source)).isInstanceOf(NullPointerException.class);
    }
  }
}
