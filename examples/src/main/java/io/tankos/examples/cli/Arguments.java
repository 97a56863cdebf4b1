package io.tankos.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed command-line arguments: options ({@code --out DIR}, {@code --iso}) and positional operands.
 * {@code --} ends the options.
 *
 * <pre>{@code
 * Arguments a = Arguments.parse(args, Set.of("--out", "--target"), Set.of("--iso", "--json"));
 * Optional<String> out = a.option("--out");
 * List<String> files = a.operands();
 * }</pre>
 */
public final class Arguments {
  private final Map<String, List<String>> options;
  private final List<String> operands;

  private Arguments(Map<String, List<String>> options, List<String> operands) {
    this.options = options;
    this.operands = operands;
  }

  /**
   * Parses arguments.
   *
   * @param args the arguments
   * @param withValue options that take a value ({@code --out DIR} or {@code --out=DIR})
   * @param flags options without a value
   * @return the parsed arguments
   * @throws UsageException on an unknown option, a missing value, an empty value or an empty
   *     operand ({@code --out ""} or {@code ""} from an unset shell variable)
   */
  public static Arguments parse(List<String> args, Set<String> withValue, Set<String> flags) {
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<String> operands = new ArrayList<>();
    boolean onlyOperands = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (onlyOperands || !a.startsWith("--") || a.equals("-")) {
        if (a.isEmpty()) {
          throw new UsageException("an argument is empty");
        }
        operands.add(a);
      } else if (a.equals("--")) {
        onlyOperands = true;
      } else {
        int eq = a.indexOf('=');
        String name = eq > 0 ? a.substring(0, eq) : a;
        if (withValue.contains(name)) {
          String value;
          if (eq > 0) {
            value = a.substring(eq + 1);
          } else if (i + 1 < args.size()) {
            value = args.get(++i);
          } else {
            throw new UsageException("option " + name + " needs a value");
          }
          if (value.isEmpty()) {
            throw new UsageException("option " + name + " has an empty value");
          }
          valuesOf(options, name).add(value);
        } else if (flags.contains(name) && eq < 0) {
          valuesOf(options, name);
        } else {
          throw new UsageException("unknown option " + a);
        }
      }
    }
    return new Arguments(options, List.copyOf(operands));
  }

  /**
   * The last value of an option.
   *
   * @param name e.g. {@code --out}
   * @return the value, if given
   */
  public Optional<String> option(String name) {
    List<String> v = options.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /**
   * Every value of a repeatable option.
   *
   * @param name e.g. {@code --tag}
   * @return the values in order
   */
  public List<String> options(String name) {
    return List.copyOf(options.getOrDefault(name, List.of()));
  }

  /**
   * Whether a flag or option was given.
   *
   * @param name e.g. {@code --iso}
   * @return true when present
   */
  public boolean has(String name) {
    return options.containsKey(name);
  }

  /**
   * The operands, in order.
   *
   * @return the operands
   */
  public List<String> operands() {
    return operands;
  }

  /**
   * The option's list of values, made when first asked. No lambda: the first lambda of a run costs
   * milliseconds of start-up (docs/benchmarks.md), and every command parses its arguments.
   */
  private static List<String> valuesOf(Map<String, List<String>> options, String name) {
    List<String> values = options.get(name);
    if (values == null) {
      values = new ArrayList<>();
      options.put(name, values);
    }
    return values;
  }
}
