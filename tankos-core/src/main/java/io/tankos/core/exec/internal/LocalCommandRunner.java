package io.tankos.core.exec.internal;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandCancelledException;
import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.exec.CommandTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteResultHandler;
import org.apache.commons.exec.ProcessDestroyer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local runner on Apache Commons Exec 1.6.0: a {@link DefaultExecutor} runs the process
 * asynchronously with argv added verbatim ({@code addArgument(arg, false)}: no quoting, no shell),
 * {@link PumpStreamHandler} feeds stdin and pumps lines with a bounded wait, and a {@link
 * ProcessDestroyer} hands over the started {@link Process}. Commons Exec's own watchdog is not used
 * (it only calls {@code Process.destroy()} on the direct child): timeout and interrupt are handled
 * here by {@link ProcessTree#end}, which ends the whole tree.
 */
public final class LocalCommandRunner implements CommandRunner {
  /** The shared instance (stateless). */
  public static final LocalCommandRunner INSTANCE = new LocalCommandRunner();

  private static final Logger LOG = LoggerFactory.getLogger(LocalCommandRunner.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  /** Extra time granted, after the tree was ended, for Commons Exec to report the exit. */
  private static final Duration AFTER_KILL = Duration.ofSeconds(5);

  private static final java.nio.charset.Charset NATIVE = NativeEncoding.charset();

  private LocalCommandRunner() {}

  @Override
  public CommandResult run(Command command) {
    NativeEncoding.check(command, NATIVE);
    long start = System.nanoTime();
    String display = command.displayText();
    LOG.debug("exec: {}", display);
    OutputDispatcher dispatcher = new OutputDispatcher(command);
    ThreadFactory threads = LocalCommandRunner::daemon;
    TreeWatch watch = command.endTreeOnExit() ? new TreeWatch(threads) : null;
    PumpStreamHandler streams = new PumpStreamHandler(command, dispatcher, threads, watch);
    CompletableFuture<Process> started = new CompletableFuture<>();
    CompletableFuture<Integer> exit = new CompletableFuture<>();

    DefaultExecutor.Builder<?> builder = DefaultExecutor.builder().setThreadFactory(threads);
    command.workingDirectory().ifPresent(builder::setWorkingDirectory);
    DefaultExecutor executor = builder.get();
    executor.setStreamHandler(streams);
    executor.setExitValues(null);
    executor.setProcessDestroyer(new Capture(started, watch));
    try {
      Map<String, String> env = environment(command);
      if (watch != null) {
        env.put(TreeWatch.VARIABLE, watch.token());
      }
      executor.execute(commandLine(command), env, new Result(exit));
    } catch (IOException e) {
      throw notStarted(command, start, e);
    }

    try {
      int code = awaitExit(command, exit);
      return finish(command, dispatcher, streams, code, start);
    } catch (TimeoutException e) {
      int code = endTree(command, started, exit);
      CommandResult result = result(command, dispatcher, streams, code, start, true);
      LOG.debug("exec: {} timed out after {}", display, command.timeout().orElseThrow());
      throw new CommandTimeoutException(command.timeout().orElseThrow(), result);
    } catch (InterruptedException e) {
      int code = endTree(command, started, exit);
      CommandResult result = result(command, dispatcher, streams, code, start, true);
      LOG.debug("exec: {} cancelled by interrupt", display);
      Thread.currentThread().interrupt();
      throw new CommandCancelledException(result, e);
    } catch (ExecutionException e) {
      throw notStarted(command, start, e.getCause());
    }
  }

  private static int awaitExit(Command command, CompletableFuture<Integer> exit)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (command.timeout().isPresent()) {
      return exit.get(command.timeout().get().toNanos(), TimeUnit.NANOSECONDS);
    }
    return exit.get();
  }

  private static CommandResult finish(
      Command command,
      OutputDispatcher dispatcher,
      PumpStreamHandler streams,
      int code,
      long start) {
    CommandResult result = result(command, dispatcher, streams, code, start, false);
    LOG.debug(
        "exec: {} exited {} after {} ms",
        command.displayText(),
        code,
        result.duration().toMillis());
    RuntimeException listenerFailure = dispatcher.listenerFailure();
    if (listenerFailure != null) {
      throw listenerFailure;
    }
    return result;
  }

  /**
   * Ends the tree after a timeout or interrupt and waits (bounded, uninterruptibly) for Commons
   * Exec to report the exit code.
   */
  private static int endTree(
      Command command, CompletableFuture<Process> started, CompletableFuture<Integer> exit) {
    boolean interrupted = Thread.interrupted();
    try {
      // wait for the launch (or its failure) to be reported, whichever comes first
      getUninterruptibly(CompletableFuture.anyOf(started, exit), Duration.ofSeconds(5));
      Process process = started.getNow(null);
      if (process != null) {
        ProcessTree.end(process.toHandle(), command.killGracePeriod());
      }
      Duration wait = command.drainTimeout().plus(AFTER_KILL);
      Integer code = getUninterruptibly(exit, wait);
      return code == null ? -1 : code;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static <T> T getUninterruptibly(CompletableFuture<T> future, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException | TimeoutException e) {
          return null;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static CommandResult result(
      Command command,
      OutputDispatcher dispatcher,
      PumpStreamHandler streams,
      int code,
      long start,
      boolean killed) {
    dispatcher.detach();
    return CommandResult.builder(command.redactedArgv())
        .exitCode(code)
        .stdout(dispatcher.stdoutBytes(), dispatcher.stdoutTruncated())
        .stderrTail(dispatcher.stderrTail())
        .possiblyTruncated(killed || streams.possiblyTruncated())
        .duration(Duration.ofNanos(System.nanoTime() - start))
        .build();
  }

  private static CommandFailedException notStarted(Command command, long start, Throwable cause) {
    Throwable root = cause;
    while (root instanceof ExecuteException && root.getCause() != null) {
      root = root.getCause();
    }
    String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    CommandResult result =
        CommandResult.builder(command.redactedArgv())
            .exitCode(-1)
            .duration(Duration.ofNanos(System.nanoTime() - start))
            .build();
    LOG.debug("exec: {} did not start", command.displayText());
    // the cause is not attached: its message may repeat argv words that are redacted here
    return new CommandFailedException("could not start: " + command.redact(reason), result, null);
  }

  static CommandLine commandLine(Command command) {
    List<String> argv = command.argv();
    if (argv.get(0).indexOf('\\') >= 0) {
      // measured: CommandLine(String) turns '\' in the program into '/' (fixFileSeparatorChar)
      throw new IllegalArgumentException(
          "argv[0] contains '\\', which Commons Exec would rewrite to '/'; rename the program");
    }
    CommandLine line = new CommandLine(argv.get(0));
    for (String arg : argv.subList(1, argv.size())) {
      line.addArgument(arg, false);
    }
    return line;
  }

  static Map<String, String> environment(Command command) {
    Map<String, String> env =
        command.inheritEnvironment() ? new HashMap<>(System.getenv()) : new HashMap<>();
    command.removedEnvironment().forEach(env::remove);
    env.putAll(command.environment());
    return env;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "tankos-exec-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  }

  /**
   * Hands the started process over (and to the tree watch, if any); Commons Exec calls {@code add}
   * right after launching it.
   */
  private static final class Capture implements ProcessDestroyer {
    private final CompletableFuture<Process> started;
    private final TreeWatch watch;

    Capture(CompletableFuture<Process> started, TreeWatch watch) {
      this.started = started;
      this.watch = watch;
    }

    @Override
    public boolean add(Process process) {
      if (watch != null) {
        watch.start(process);
      }
      return started.complete(process);
    }

    @Override
    public boolean remove(Process process) {
      return true;
    }

    @Override
    public int size() {
      return started.isDone() ? 1 : 0;
    }
  }

  /** Completes the exit future from Commons Exec's callbacks. */
  private static final class Result implements ExecuteResultHandler {
    private final CompletableFuture<Integer> exit;

    Result(CompletableFuture<Integer> exit) {
      this.exit = exit;
    }

    @Override
    public void onProcessComplete(int exitValue) {
      exit.complete(exitValue);
    }

    @Override
    public void onProcessFailed(ExecuteException e) {
      exit.completeExceptionally(e);
    }
  }
}
