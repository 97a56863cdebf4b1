package io.tankos.core.exec;

import io.tankos.core.exec.internal.PosixShell;
import io.tankos.core.secret.SecretValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A {@link CommandRunner} for tests: records every command and answers with scripted replies
 * instead of running anything. Rules are tried in the order they were added; the first whose
 * matcher accepts the command answers. A rule with several replies gives them in turn and repeats
 * the last. A command no rule matches throws {@link IllegalStateException} naming the command and
 * the rules.
 *
 * <pre>{@code
 * RecordingRunner runner = new RecordingRunner()
 *     .onPrefix("podman", "secret", "create").reply(RecordingRunner.Reply.success())
 *     .onPrefix("podman", "version").reply(RecordingRunner.Reply.success().stdout("5.4.2\n"));
 * runner.run(Command.builder("podman", "secret", "create", "api_key", "-").stdin(secret).build());
 * assertThat(runner.invocations().get(0).stdinText()).isEqualTo("<secret:api_key>");
 * }</pre>
 *
 * <p>A reply may have side effects, to write the files a real tool would:
 *
 * <pre>{@code
 * runner.onPrefix("podman", "build")
 *     .reply(RecordingRunner.Reply.success().writesAfterOption("--iidfile", "sha256:1234\n"));
 * }</pre>
 */
public final class RecordingRunner implements CommandRunner {
  private final List<Rule> rules = new ArrayList<>();
  private final List<Invocation> invocations = new ArrayList<>();

  /** A runner with no rules: every command is unexpected until rules are added. */
  public RecordingRunner() {}

  /**
   * Adds a rule for commands whose argv starts with the given words.
   *
   * @param prefix the first words of argv
   * @return the rule, to give its replies
   */
  public synchronized Rule onPrefix(String... prefix) {
    List<String> words = List.of(prefix);
    return on("argv starts with " + PosixShell.quoteForDisplay(words), c -> startsWith(c, words));
  }

  /**
   * Adds a rule for commands the predicate accepts.
   *
   * @param description what the rule matches, for error messages
   * @param matcher the predicate
   * @return the rule, to give its replies
   */
  public synchronized Rule on(String description, Predicate<Command> matcher) {
    Rule rule = new Rule(description, matcher);
    rules.add(rule);
    return rule;
  }

  /**
   * Adds a rule matching every command.
   *
   * @return the rule, to give its replies
   */
  public Rule onAnyCommand() {
    return on("any command", c -> true);
  }

  /**
   * Every command run so far, in order.
   *
   * @return the invocations
   */
  public synchronized List<Invocation> invocations() {
    return List.copyOf(invocations);
  }

  /**
   * argv of every command run so far, in order.
   *
   * @return the argvs
   */
  public synchronized List<List<String>> argvs() {
    List<List<String>> out = new ArrayList<>();
    for (Invocation invocation : invocations) {
      out.add(invocation.argv());
    }
    return List.copyOf(out);
  }

  @Override
  public CommandResult run(Command command) {
    Objects.requireNonNull(command, "command");
    Reply reply;
    Invocation invocation = record(command);
    synchronized (this) {
      invocations.add(invocation);
      reply = nextReply(command);
    }
    reply.applyEffects(invocation);
    return reply.play(command);
  }

  private Reply nextReply(Command command) {
    for (Rule rule : rules) {
      if (rule.matcher.test(command)) {
        if (rule.replies.isEmpty()) {
          throw new IllegalStateException(
              "RecordingRunner: rule '" + rule.description + "' has no reply for " + command);
        }
        return rule.replies.size() > 1 ? rule.replies.poll() : rule.replies.peek();
      }
    }
    StringBuilder text =
        new StringBuilder("RecordingRunner: unexpected command ").append(command.displayText());
    if (rules.isEmpty()) {
      text.append("; no rules were added");
    } else {
      text.append("; rules:");
      for (Rule rule : rules) {
        text.append("\n  ").append(rule.description);
      }
    }
    throw new IllegalStateException(text.toString());
  }

  private static Invocation record(Command command) {
    try {
      List<String> names = new ArrayList<>();
      for (SecretValue secret : command.stdin().secrets()) {
        names.add(secret.name());
      }
      return new Invocation(command, command.stdin().recordedBytes(), names);
    } catch (IOException e) {
      throw new UncheckedIOException("RecordingRunner: reading stdin of " + command, e);
    }
  }

  private static boolean startsWith(Command command, List<String> prefix) {
    List<String> argv = command.argv();
    return argv.size() >= prefix.size() && argv.subList(0, prefix.size()).equals(prefix);
  }

  /** A rule: which commands it matches and the replies it gives. */
  public final class Rule {
    private final String description;
    private final Predicate<Command> matcher;
    private final ArrayDeque<Reply> replies = new ArrayDeque<>();

    private Rule(String description, Predicate<Command> matcher) {
      this.description = Objects.requireNonNull(description, "description");
      this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /**
     * Sets the replies, given in turn; the last one repeats.
     *
     * @param first the first reply
     * @param more later replies
     * @return the runner, to add more rules
     */
    public RecordingRunner reply(Reply first, Reply... more) {
      synchronized (RecordingRunner.this) {
        replies.clear();
        replies.add(Objects.requireNonNull(first, "reply"));
        for (Reply reply : more) {
          replies.add(Objects.requireNonNull(reply, "reply"));
        }
      }
      return RecordingRunner.this;
    }
  }

  /**
   * What a reply does besides answering, before its output is delivered: typically writes the files
   * the real tool would (an image id file, a disk image).
   */
  @FunctionalInterface
  public interface SideEffect {
    /**
     * Acts on a recorded command.
     *
     * @param invocation the command as recorded
     * @throws IOException when a file cannot be written (rethrown unchecked)
     */
    void apply(Invocation invocation) throws IOException;
  }

  /**
   * A scripted answer: side effects, then output lines delivered to the command's listener in
   * order, then an exit code, a timeout or an exception. Immutable; methods return changed copies.
   */
  public static final class Reply {
    private final int exitCode;
    private final List<OutputLine> lines;
    private final boolean timeout;
    private final List<SideEffect> effects;

    private Reply(int exitCode, List<OutputLine> lines, boolean timeout) {
      this(exitCode, lines, timeout, List.of());
    }

    private Reply(int exitCode, List<OutputLine> lines, boolean timeout, List<SideEffect> effects) {
      this.exitCode = exitCode;
      this.lines = List.copyOf(lines);
      this.timeout = timeout;
      this.effects = List.copyOf(effects);
    }

    /**
     * Exit code 0, no output.
     *
     * @return the reply
     */
    public static Reply success() {
      return exitCode(0);
    }

    /**
     * The given exit code, no output.
     *
     * @param code the exit code
     * @return the reply
     */
    public static Reply exitCode(int code) {
      return new Reply(code, List.of(), false);
    }

    /**
     * Acts as if the command's timeout expired: throws {@link CommandTimeoutException} (exit code
     * 143) after delivering the lines.
     *
     * @return the reply
     */
    public static Reply timeout() {
      return new Reply(143, List.of(), true);
    }

    /**
     * Adds standard output text, split into lines at {@code \n}.
     *
     * @param text the text
     * @return a changed copy
     */
    public Reply stdout(String text) {
      return withLines(OutputLine.StandardStream.STDOUT, text);
    }

    /**
     * Adds standard error text, split into lines at {@code \n}.
     *
     * @param text the text
     * @return a changed copy
     */
    public Reply stderr(String text) {
      return withLines(OutputLine.StandardStream.STDERR, text);
    }

    /**
     * Adds lines in the given order (to interleave the streams).
     *
     * @param more the lines
     * @return a changed copy
     */
    public Reply lines(OutputLine... more) {
      List<OutputLine> all = new ArrayList<>(lines);
      all.addAll(List.of(more));
      return new Reply(exitCode, all, timeout, effects);
    }

    /**
     * Adds a side effect, run with the recorded invocation each time this reply is given, before
     * its output is delivered.
     *
     * @param effect the side effect
     * @return a changed copy
     */
    public Reply effect(SideEffect effect) {
      List<SideEffect> all = new ArrayList<>(effects);
      all.add(Objects.requireNonNull(effect, "effect"));
      return new Reply(exitCode, lines, timeout, all);
    }

    /**
     * Adds a side effect writing text (UTF-8) to the path given as the argument after an option,
     * as {@code --iidfile FILE} or {@code --digestfile FILE} ({@code --option=FILE} is understood
     * too). A command without the option fails with {@link IllegalStateException}.
     *
     * @param option the option, e.g. {@code --iidfile}
     * @param text what the tool would write
     * @return a changed copy
     */
    public Reply writesAfterOption(String option, String text) {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(text, "text");
      return effect(
          invocation ->
              Files.writeString(
                  optionValue(invocation.argv(), option), text, StandardCharsets.UTF_8));
    }

    private static Path optionValue(List<String> argv, String option) {
      for (int i = 0; i < argv.size(); i++) {
        String word = argv.get(i);
        if (word.equals(option) && i + 1 < argv.size()) {
          return Path.of(argv.get(i + 1));
        }
        if (word.startsWith(option + "=")) {
          return Path.of(word.substring(option.length() + 1));
        }
      }
      throw new IllegalStateException(
          "RecordingRunner: reply writes after " + option + " but the command has no " + option + ": "
              + PosixShell.quoteForDisplay(argv));
    }

    void applyEffects(Invocation invocation) {
      for (SideEffect effect : effects) {
        try {
          effect.apply(invocation);
        } catch (IOException e) {
          throw new UncheckedIOException("RecordingRunner: side effect of " + this + " failed", e);
        }
      }
    }

    private Reply withLines(OutputLine.StandardStream stream, String text) {
      if (text.isEmpty()) {
        return this;
      }
      List<OutputLine> all = new ArrayList<>(lines);
      String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      for (String line : body.split("\n", -1)) {
        all.add(new OutputLine(stream, line));
      }
      return new Reply(exitCode, all, timeout, effects);
    }

    CommandResult play(Command command) {
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      boolean truncated = false;
      ArrayDeque<String> tail = new ArrayDeque<>();
      for (OutputLine line : lines) {
        String text = command.redact(line.text());
        command.outputListener().accept(new OutputLine(line.stream(), text));
        if (line.stream() == OutputLine.StandardStream.STDOUT) {
          byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
          long room = command.maxStdoutBytes() - stdout.size();
          if (bytes.length > room) {
            stdout.write(bytes, 0, (int) Math.max(0, room));
            truncated = true;
          } else {
            stdout.write(bytes, 0, bytes.length);
          }
        } else if (command.stderrTailLines() > 0) {
          if (tail.size() == command.stderrTailLines()) {
            tail.removeFirst();
          }
          tail.addLast(text);
        }
      }
      CommandResult result =
          CommandResult.builder(command.redactedArgv())
              .exitCode(exitCode)
              .stdout(stdout.toByteArray(), truncated)
              .stderrTail(new ArrayList<>(tail))
              .duration(Duration.ZERO)
              .build();
      if (timeout) {
        throw new CommandTimeoutException(command.timeout().orElse(Duration.ZERO), result);
      }
      return result;
    }

    @Override
    public String toString() {
      return (timeout ? "Reply[timeout" : "Reply[exitCode=" + exitCode)
          + ", "
          + lines.size()
          + " lines"
          + (effects.isEmpty() ? "" : ", " + effects.size() + " side effects")
          + "]";
    }
  }
}
