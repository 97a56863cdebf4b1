package io.tankos.core.unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Immutable copies of the lists a unit file is built from, as {@link List#copyOf} makes them but
 * with one array instead of two: {@code List.copyOf} of an {@link ArrayList} copies it into an array
 * and that array again, while {@code List.of} of up to ten elements keeps its own argument array.
 * The copies are the same immutable lists (null-hostile, equal, of the same classes).
 */
final class ListCopies {
  private ListCopies() {}

  /**
   * An immutable copy of a list.
   *
   * @param list the list; an immutable list is returned as it is
   * @param <T> the element type
   * @return the copy
   * @throws NullPointerException when an element is null
   */
  static <T> List<T> copyOf(List<? extends T> list) {
    if (!(list instanceof ArrayList)) {
      return List.copyOf(list); // an immutable list comes back as it is
    }
    return switch (list.size()) {
      case 0 -> List.of();
      case 1 -> List.of(list.get(0));
      case 2 -> List.of(list.get(0), list.get(1));
      case 3 -> List.of(list.get(0), list.get(1), list.get(2));
      case 4 -> List.of(list.get(0), list.get(1), list.get(2), list.get(3));
      case 5 -> List.of(list.get(0), list.get(1), list.get(2), list.get(3), list.get(4));
      case 6 -> List.of(list.get(0), list.get(1), list.get(2), list.get(3), list.get(4), list.get(5));
      case 7 -> List.of(list.get(0), list.get(1), list.get(2), list.get(3), list.get(4), list.get(5),
          list.get(6));
      case 8 -> List.of(list.get(0), list.get(1), list.get(2), list.get(3), list.get(4), list.get(5),
          list.get(6), list.get(7));
      case 9 -> List.of(list.get(0), list.get(1), list.get(2), list.get(3), list.get(4), list.get(5),
          list.get(6), list.get(7), list.get(8));
      case 10 -> List.of(list.get(0), list.get(1), list.get(2), list.get(3), list.get(4), list.get(5),
          list.get(6), list.get(7), list.get(8), list.get(9));
      default -> List.copyOf(list);
    };
  }
}
