package io.tankos.quadlet.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The argument vector systemd would execute for an {@code Exec*=} line of a generated service, for
 * comparing it with the values a unit was built from. Each word is taken as written (split at
 * whitespace outside quotes) and decoded in systemd's order: an unquoted lone {@code ;} separates
 * commands and {@code \;} is a literal {@code ;}; specifiers ({@code %%} becomes {@code %}); unquoting
 * and C unescaping ({@link CommandLineWords}); environment substitution ({@code $$} becomes {@code
 * $}).
 *
 * <p>Anything that would make systemd execute something other than the literal word is recorded as
 * an issue of that word instead of being resolved: a specifier other than {@code %%}, a variable
 * reference ({@code ${NAME}} anywhere or {@code $NAME} as a whole word), a command separator, a bad
 * escape.
 *
 * <pre>{@code
 * SystemdCommand c = SystemdCommand.of("/usr/bin/podman run --env \"A=50%%\" img");
 * c.argv();     // [/usr/bin/podman, run, --env, A=50%, img]
 * c.issues();   // []
 * }</pre>
 *
 * @param words the decoded words with their issues
 */
record SystemdCommand(List<Word> words) {
  private static final Pattern WHOLE_VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");

  /**
   * One executed word.
   *
   * @param value what the program receives
   * @param issues why it is not simply the literal text; empty when it is
   */
  record Word(String value, List<String> issues) {
    Word {
      issues = List.copyOf(issues);
    }
  }

  SystemdCommand {
    words = List.copyOf(words);
  }

  /**
   * Decodes a command line.
   *
   * @param line the value of an {@code Exec*=} key, without a leading {@code -@+!:} prefix
   * @return the words
   */
  static SystemdCommand of(String line) {
    List<Word> words = new ArrayList<>();
    for (String raw : CommandLineWords.rawWords(line)) {
      List<String> issues = new ArrayList<>();
      if (raw.equals(";")) {
        words.add(new Word(";", List.of("a lone ';' separates commands")));
        continue;
      }
      if (raw.equals("\\;")) {
        words.add(new Word(";", List.of()));
        continue;
      }
      CommandLineWords.Split split = CommandLineWords.split(specifiers(raw, issues));
      if (!split.ok()) {
        issues.add("systemd cannot split " + raw + ": " + split.error());
      }
      if (split.words().size() != 1) {
        issues.add("not one word: " + split.words());
      }
      String value = String.join(" ", split.words());
      words.add(new Word(environment(value, issues), issues));
    }
    return new SystemdCommand(words);
  }

  /**
   * The executed words.
   *
   * @return the argv
   */
  List<String> argv() {
    return words.stream().map(Word::value).toList();
  }

  /**
   * Every issue of every word.
   *
   * @return the issues
   */
  List<String> issues() {
    return words.stream().flatMap(w -> w.issues().stream()).toList();
  }

  /**
   * Whether the words appear contiguously, as literal words (without issues).
   *
   * @param expected the words
   * @param atEnd whether they must end the command
   * @return true when found
   */
  boolean containsLiterally(List<String> expected, boolean atEnd) {
    int n = expected.size();
    for (int start = atEnd ? words.size() - n : 0; start >= 0 && start + n <= words.size(); start++) {
      boolean match = true;
      for (int k = 0; k < n && match; k++) {
        Word w = words.get(start + k);
        match = w.value().equals(expected.get(k)) && w.issues().isEmpty();
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  private static String specifiers(String raw, List<String> issues) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        out.append(c);
      } else if (i + 1 < raw.length() && raw.charAt(i + 1) == '%') {
        out.append('%');
        i++;
      } else {
        String spec = i + 1 < raw.length() ? raw.substring(i, i + 2) : "%";
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
