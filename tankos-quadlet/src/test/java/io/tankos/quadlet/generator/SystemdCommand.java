package io.tankos.quadlet.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The argument vector systemd would execute for an {@code Exec*=} line of a generated service, for
 * comparing it with the values a unit was built from. Applied in systemd's order: specifiers on the
 * raw line ({@code %%} becomes {@code %}), the word split with unquoting and C unescaping ({@link
 * CommandLineWords}), {@code \;} becomes {@code ;}, then environment substitution ({@code $$}
 * becomes {@code $}).
 *
 * <p>Anything that would make systemd execute something other than literal words is reported as
 * an issue instead of being resolved: a specifier other than {@code %%}, a variable reference
 * ({@code ${NAME}} anywhere or {@code $NAME} as a whole word), a lone {@code ;} (command
 * separator), a bad escape.
 *
 * <pre>{@code
 * SystemdCommand c = SystemdCommand.of("/usr/bin/podman run --env \"A=50%%\" img");
 * c.argv();     // [/usr/bin/podman, run, --env, A=50%, img]
 * c.issues();   // []
 * }</pre>
 *
 * @param argv the words as executed
 * @param issues why the line would not execute as literal words; empty when it would
 */
record SystemdCommand(List<String> argv, List<String> issues) {
  private static final Pattern WHOLE_VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");

  SystemdCommand {
    argv = List.copyOf(argv);
    issues = List.copyOf(issues);
  }

  /**
   * Decodes a command line.
   *
   * @param line the value of an {@code Exec*=} key, without a leading {@code -@+!:} prefix
   * @return the argv and issues
   */
  static SystemdCommand of(String line) {
    List<String> issues = new ArrayList<>();
    String expanded = specifiers(line, issues);
    CommandLineWords.Split split = CommandLineWords.split(expanded);
    if (!split.ok()) {
      issues.add("systemd cannot split the line: " + split.error());
    }
    List<String> argv = new ArrayList<>();
    for (String word : split.words()) {
      if (word.equals(";")) {
        issues.add("a lone ';' separates commands");
        argv.add(word);
        continue;
      }
      if (word.equals("\\;")) {
        argv.add(";");
        continue;
      }
      argv.add(environment(word, issues));
    }
    return new SystemdCommand(argv, issues);
  }

  private static String specifiers(String line, List<String> issues) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '%') {
        out.append(c);
      } else if (i + 1 < line.length() && line.charAt(i + 1) == '%') {
        out.append('%');
        i++;
      } else {
        String spec = i + 1 < line.length() ? line.substring(i, i + 2) : "%";
        issues.add("specifier " + spec);
        out.append(spec);
        i++;
      }
    }
    return out.toString();
  }

  private static String environment(String word, List<String> issues) {
    if (WHOLE_VARIABLE.matcher(word).matches()) {
      issues.add("variable " + word);
      return word;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '$' && i + 1 < word.length() && word.charAt(i + 1) == '$') {
        out.append('$');
        i++;
      } else if (c == '$' && i + 1 < word.length() && word.charAt(i + 1) == '{') {
        issues.add("variable reference in " + word);
        out.append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
