package io.tankos.cloudinit;

import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import java.util.List;

/** Strings YAML 1.1 likes to read as something else, and random Unicode around them. */
final class HostileStrings {
  static final List<String> FRAGMENTS = List.of(
      "yes", "no", "on", "off", "Yes", "NO", "true", "False", "y", "n", "~", "null", "Null", "",
      "0644", "0755", "08", "0o644", "1:20", "190:20:30", "8080:80", "1_000", "1e3", "+1e3", "3.10",
      ".inf", "-.inf", ".NaN", "0x1F", "0b101", "-0", "+12", "2032-09-01", "2001-12-14t21:59:43.10-05:00",
      "2001-12-14 21:59:43.10 -5", "=", "<<", "*", "&", "!", "!!str", "|", ">", "%", "@", "`", "#",
      "- ", "-", "? ", "?", ": ", ":", " #", "#x", "'", "\"", "\\", "\\n", "{", "}", "[", "]", ",",
      "---", "...", "\n", "\n\n", "\r", "\r\n", "\t", " ", "  ", "\u0085", "\u2028", "\u2029",
      "\ufeff", "\u00a0", "\u0000", "\u0007", "\u001b", "\u007f", "\u0080", "\ud83d\ude00", "é", "ß",
      "\ue000", "\ufffd", "\ufffe", "$UPTIME", "{{ v1.instance_id }}", "%{x}", "a: b", "key: [1, 2]",
      "#cloud-config", "Content-Type: text/plain", "--==tankos==");

  private HostileStrings() {}

  /** A hostile string: 0 to 6 fragments or random characters, concatenated. */
  static Gen<String> any() {
    Gen<String> fragment = Gen.oneOf(
        Gen.of(FRAGMENTS),
        Gen.strings(Chars.any(), 1, 4).filter(HostileStrings::validUnicode),
        Gen.strings(Chars.alphaNumeric(), 1, 8));
    return fragment.list(0, 6).map(l -> String.join("", l));
  }

  /** A hostile string without line breaks (for one-line fields). */
  static Gen<String> oneLine() {
    return any().map(s -> s.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " "));
  }

  static boolean validUnicode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
