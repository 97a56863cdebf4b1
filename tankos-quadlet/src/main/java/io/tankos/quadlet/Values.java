package io.tankos.quadlet;

import io.tankos.quadlet.internal.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The values the typed key methods write: flags, numbers, durations and words, all literal. */
final class Values {
  private Values() {}

  static SystemdValue flag(boolean value) {
    return value ? TRUE : FALSE; // values are immutable: the two flags are shared
  }

  private static final SystemdValue TRUE = SystemdValue.literal("true");
  private static final SystemdValue FALSE = SystemdValue.literal("false");

  static SystemdValue number(long value) {
    return SystemdValue.literal(Long.toString(value));
  }

  static SystemdValue duration(Duration value) {
    return SystemdValue.literal(Durations.format(Objects.requireNonNull(value, "duration")));
  }

  static SystemdValue[] literals(String... words) {
    SystemdValue[] out = new SystemdValue[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = SystemdValue.literal(words[i]);
    }
    return out;
  }

  static SystemdValue[] words(List<SystemdValue> words) {
    return words.toArray(SystemdValue[]::new);
  }
}
