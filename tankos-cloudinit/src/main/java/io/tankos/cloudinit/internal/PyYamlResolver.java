package io.tankos.cloudinit.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The implicit scalar resolver of PyYAML 6 ({@code yaml/resolver.py}), which cloud-init uses: the
 * same patterns, in the same order, without SnakeYAML's length limit. The base-60 groups are
 * possessive ({@code (?::[0-5]?[0-9])++}): Java's regex recurses once per repetition of a greedy
 * group, so a long {@code 1:11:11:…} overflowed the stack; each repetition starts at a colon and
 * can be split one way only, so giving none back changes no match. Used for loading (so Java
 * reads a plain scalar as PyYAML does, e.g. {@code 1e3} stays a string) and for dumping (a string is
 * written plain only when PyYAML would resolve the plain text back to a string; {@code =}, {@code
 * <<}, {@code yes}, {@code 0644}, {@code 1:20}, dates… are quoted).
 */
public final class PyYamlResolver extends Resolver {
  /** PyYAML's {@code tag:yaml.org,2002:value} for a plain {@code =}. */
  public static final Tag VALUE_TAG = new Tag(Tag.PREFIX + "value");

  private static final Pattern PY_BOOL =
      Pattern.compile(
          "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$");
  private static final Pattern PY_FLOAT =
      Pattern.compile(
          "^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
              + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])++\\.[0-9_]*"
              + "|[-+]?\\.(?:inf|Inf|INF)"
              + "|\\.(?:nan|NaN|NAN))$");
  private static final Pattern PY_INT =
      Pattern.compile(
          "^(?:[-+]?0b[0-1_]+"
              + "|[-+]?0[0-7_]+"
              + "|[-+]?(?:0|[1-9][0-9_]*)"
              + "|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])++)$");
  private static final Pattern PY_MERGE = Pattern.compile("^(?:<<)$");
  private static final Pattern PY_NULL = Pattern.compile("^(?:~|null|Null|NULL|)$");
  private static final Pattern PY_TIMESTAMP =
      Pattern.compile(
          "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
              + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
              + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
              + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
              + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$");
  private static final Pattern PY_VALUE = Pattern.compile("^(?:=)$");
  private static final Pattern PY_YAML = Pattern.compile("^(?:!|&|\\*)$");

  /** Timestamp pattern, shared with the constructor. */
  public static final Pattern TIMESTAMP = PY_TIMESTAMP;

  /** PyYAML's implicit resolvers in its order: tag, pattern, first characters ("\0": empty). */
  private record Implicit(Tag tag, Pattern pattern, String first) {}

  // "\0" stands for the empty scalar (PyYAML's ''), which PY_NULL's empty branch matches; no
  // resolver for every first character (SnakeYAML's EMPTY), which would run on each scalar
  private static final List<Implicit> IMPLICITS = List.of(
      new Implicit(Tag.BOOL, PY_BOOL, "yYnNtTfFoO"),
      new Implicit(Tag.FLOAT, PY_FLOAT, "-+0123456789."),
      new Implicit(Tag.INT, PY_INT, "-+0123456789"),
      new Implicit(Tag.MERGE, PY_MERGE, "<"),
      new Implicit(Tag.NULL, PY_NULL, "~nN\0"),
      new Implicit(Tag.TIMESTAMP, PY_TIMESTAMP, "0123456789"),
      new Implicit(VALUE_TAG, PY_VALUE, "="),
      new Implicit(Tag.YAML, PY_YAML, "!&*"));

  /** A resolver with PyYAML's rules. */
  public PyYamlResolver() {
    super();
  }

  @Override
  protected void addImplicitResolvers() {
    for (Implicit i : IMPLICITS) {
      addImplicitResolver(i.tag(), i.pattern(), i.first(), Integer.MAX_VALUE);
    }
  }

  /**
   * The resolvers added above, tried as SnakeYAML tries them (those for the first character, in
   * order; an empty scalar by "\0"), with matchers reused instead of one made per scalar.
   */
  @Override
  public Tag resolve(NodeId kind, String value, boolean implicit) {
    if (kind != NodeId.scalar || !implicit) {
      return super.resolve(kind, value, implicit);
    }
    return resolvePlain(value);
  }

  /**
   * The tag PyYAML gives a plain scalar with this text.
   *
   * @param value the scalar's text
   * @return its implicit tag, {@link Tag#STR} when no pattern matches
   */
  static Tag resolvePlain(String value) {
    return resolvePlain(value, 0, value.length());
  }

  /**
   * The tag PyYAML gives a plain scalar whose text is a region of a text, found where it stands
   * (a load resolves every plain scalar; one reused matcher per pattern tries it).
   *
   * @param text the text
   * @param from the scalar's start
   * @param to the scalar's end
   * @return its implicit tag, {@link Tag#STR} when no pattern matches
   */
  static Tag resolvePlain(CharSequence text, int from, int to) {
    char first = from == to ? '\0' : text.charAt(from);
    for (int i = 0; i < IMPLICITS.size(); i++) {
      Implicit implicit = IMPLICITS.get(i);
      if (implicit.first().indexOf(first) >= 0
          && ReusedMatchers.matches(implicit.pattern(), text, from, to)) {
        return implicit.tag();
      }
    }
    return Tag.STR;
  }
}
