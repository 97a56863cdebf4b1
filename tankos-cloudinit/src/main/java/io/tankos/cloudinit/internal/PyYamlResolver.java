package io.tankos.cloudinit.internal;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The implicit scalar resolver of PyYAML 6 ({@code yaml/resolver.py}), which cloud-init uses: the
 * same patterns, in the same order, without SnakeYAML's length limit. Used for loading (so Java
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
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
              + "|[-+]?\\.(?:inf|Inf|INF)"
              + "|\\.(?:nan|NaN|NAN))$");
  private static final Pattern PY_INT =
      Pattern.compile(
          "^(?:[-+]?0b[0-1_]+"
              + "|[-+]?0[0-7_]+"
              + "|[-+]?(?:0|[1-9][0-9_]*)"
              + "|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$");
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

  /** A resolver with PyYAML's rules. */
  public PyYamlResolver() {
    super();
  }

  @Override
  protected void addImplicitResolvers() {
    int unlimited = Integer.MAX_VALUE;
    addImplicitResolver(Tag.BOOL, PY_BOOL, "yYnNtTfFoO", unlimited);
    addImplicitResolver(Tag.FLOAT, PY_FLOAT, "-+0123456789.", unlimited);
    addImplicitResolver(Tag.INT, PY_INT, "-+0123456789", unlimited);
    addImplicitResolver(Tag.MERGE, PY_MERGE, "<", unlimited);
    // "\0" stands for the empty scalar (PyYAML's ''), which PY_NULL's empty branch matches; no
    // resolver for every first character (SnakeYAML's EMPTY): it would build a Matcher per scalar
    addImplicitResolver(Tag.NULL, PY_NULL, "~nN\0", unlimited);
    addImplicitResolver(Tag.TIMESTAMP, PY_TIMESTAMP, "0123456789", unlimited);
    addImplicitResolver(VALUE_TAG, PY_VALUE, "=", unlimited);
    addImplicitResolver(Tag.YAML, PY_YAML, "!&*", unlimited);
  }
}
