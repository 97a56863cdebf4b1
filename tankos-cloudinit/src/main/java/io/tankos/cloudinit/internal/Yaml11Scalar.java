package io.tankos.cloudinit.internal;

import org.yaml.snakeyaml.nodes.Tag;

/**
 * The style {@link Yaml11#dump} gives a string scalar, decided as SnakeYAML's emitter decides it
 * for the style {@code Yaml11}'s representer asks for (plain, literal for a line feed, double
 * quotes for NEL, LS or PS): the emitter's analysis of the characters (indicators, leading and
 * trailing spaces and breaks, special characters) and PyYAML's implicit types, which force quotes
 * on a string such as {@code yes} or {@code 0644}. {@link #FALLBACK} marks a string this class
 * does not decide (a lone surrogate, a key the emitter would write with {@code ?}).
 */
final class Yaml11Scalar {
  /** Written as is. */
  static final int PLAIN = 0;
  /** Between single quotes, a quote doubled. */
  static final int SINGLE_QUOTED = 1;
  /** Between double quotes, with escapes. */
  static final int DOUBLE_QUOTED = 2;
  /** A literal block scalar. */
  static final int LITERAL = 3;
  /** Not decided here: the caller dumps the value with SnakeYAML. */
  static final int FALLBACK = -1;

  /** A value of a block mapping, an item of a block sequence, or the document. */
  static final int IN_BLOCK = 0;
  /** An item of a flow sequence. */
  static final int IN_FLOW = 1;
  /** A key of a block mapping. */
  static final int AS_KEY = 2;

  /** SnakeYAML's longest simple key (its default), counted with the five characters of !!str. */
  private static final int MAX_SIMPLE_KEY = 128 - 5;

  private Yaml11Scalar() {}

  /**
   * The style of a string in a place.
   *
   * @param s the string
   * @param place {@link #IN_BLOCK}, {@link #IN_FLOW} or {@link #AS_KEY}
   * @return {@link #PLAIN}, {@link #SINGLE_QUOTED}, {@link #DOUBLE_QUOTED}, {@link #LITERAL} or
   *     {@link #FALLBACK}
   */
  static int style(String s, int place) {
    int a = EmitterAnalysis.analyze(s);
    if ((a & EmitterAnalysis.LONE_SURROGATE) != 0) {
      return FALLBACK;
    }
    if (place == AS_KEY && ((a & (EmitterAnalysis.EMPTY | EmitterAnalysis.MULTILINE)) != 0
        || s.length() >= MAX_SIMPLE_KEY)) {
      return FALLBACK; // the emitter writes "? key"
    }
    if ((a & EmitterAnalysis.UNICODE_BREAK) != 0) {
      return DOUBLE_QUOTED;
    }
    if ((a & EmitterAnalysis.LINE_FEED) != 0) {
      return place == IN_BLOCK && (a & EmitterAnalysis.BLOCK) != 0 ? LITERAL : DOUBLE_QUOTED;
    }
    int plain = place == IN_FLOW ? EmitterAnalysis.FLOW_PLAIN : EmitterAnalysis.BLOCK_PLAIN;
    if ((a & plain) != 0 && plainIsString(s)) {
      return PLAIN;
    }
    return (a & EmitterAnalysis.SINGLE) != 0 ? SINGLE_QUOTED : DOUBLE_QUOTED;
  }

  /**
   * Whether PyYAML reads the plain text back as a string: no implicit resolver matches. Text whose
   * first character starts none of them, or a word longer than any boolean or null, needs no
   * pattern.
   */
  static boolean plainIsString(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    switch (c) {
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O':
        if (s.length() > 5) {
          return true;
        }
        break;
      case '-', '+', '.', '<', '~', '=', '!', '&', '*':
        break;
      default:
        if (c < '0' || c > '9') {
          return true;
        }
    }
    return Tag.STR.equals(PyYamlResolver.resolvePlain(s));
  }

}
