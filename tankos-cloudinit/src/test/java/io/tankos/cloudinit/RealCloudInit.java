package io.tankos.cloudinit;

import io.tankos.testkit.RealTools;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real cloud-init validators and PyYAML, run in batches: one process per version for many
 * files (scripts/tools/cloudinit_batch_validate.py), one PyYAML process for many files.
 */
public final class RealCloudInit {
  private static final Pattern FIELD_STR =
      Pattern.compile("\"(file|message|data|error|expected)\": \"((?:[^\"\\\\]++|\\\\.)*+)\"");
  private static final Pattern FIELD_BOOL = Pattern.compile("\"(valid|ok|same)\": (true|false)");
  /** The errors array: the batch driver writes "message" right after it. */
  private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)*+)\"");
  private static final Pattern ERRORS = Pattern.compile("\"errors\": \\[(.*?)\\], \"message\": \"");

  private RealCloudInit() {}

  /** One validator verdict. */
  public record Verdict(String file, boolean valid, String message, String errors,
      List<String> errorList) {
    /**
     * The failing key paths (each error's text before its first ": "), sorted, distinct.
     *
     * @return the paths
     */
    public List<String> errorPaths() {
      return errorList.stream().map(e -> e.contains(": ") ? e.substring(0, e.indexOf(": ")) : e)
          .distinct().sorted().toList();
    }
  }

  /** One PyYAML result. */
  record Loaded(String file, boolean ok, String data, String error, Boolean same, String expected) {}

  /** The versions to test: the recorded 22.4 and 25.1 installs. */
  public static List<String> versions() {
    return List.of("22.4", "25.1");
  }

  /** The full recorded version, e.g. 22.4.2. */
  static String fullVersion(String key) {
    return RealTools.get().require("cloudinit." + key + ".version");
  }

  /**
   * A verdict's errors as cloud-init prints them: {@code path: message}, and an error at no key
   * path and no line (one cloud-init raises outside its schema check, a {@code RuntimeError}) as
   * its message alone.
   *
   * @param verdict tankos's verdict
   * @return the lines, in the verdict's order
   */
  static List<String> messages(SchemaVerdict verdict) {
    return verdict.errors().stream()
        .map(e -> e.path().isEmpty() && e.line() == 0 ? e.message() : e.path() + ": " + e.message())
        .toList();
  }

  /**
   * A file's bytes.
   *
   * @param p the file
   * @return its bytes
   */
  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares tankos's messages with cloud-init's, word for word and in order, for every file of a
   * real run.
   *
   * @param version the version's label, for the disagreement lines
   * @param real cloud-init's verdicts by file
   * @param ours tankos's verdict of a file
   * @param disagreements where a line for each file whose messages differ goes
   * @return how many messages cloud-init gave
   */
  static int compareMessages(String version, Map<String, Verdict> real,
      java.util.function.Function<Path, SchemaVerdict> ours, List<String> disagreements) {
    int messages = 0;
    for (Map.Entry<String, Verdict> e : real.entrySet()) {
      Path p = Path.of(e.getKey());
      List<String> ourMessages = messages(ours.apply(p));
      List<String> theirMessages = e.getValue().errorList();
      messages += theirMessages.size();
      if (!ourMessages.equals(theirMessages)) {
        String text = new String(read(p), StandardCharsets.UTF_8).replace("\n", "\\n");
        disagreements.add(version + " " + text + "\n    cloud-init " + theirMessages + "\n    tankos     "
            + ourMessages);
      }
    }
    return messages;
  }

  /**
   * Validates files with one batch process.
   *
   * @param key {@code 22.4} or {@code 25.1}
   * @param files files (absolute)
   * @param networkConfig validate as network-config (25.1 only)
   * @return verdicts by file path string
   */
  public static Map<String, Verdict> validate(String key, List<Path> files, boolean networkConfig) {
    Map<String, Verdict> out = new LinkedHashMap<>();
    if (files.isEmpty()) {
      return out;
    }
    Path python = RealTools.get().requireExecutable("cloudinit." + key + ".python");
    String batch = RealTools.get().require("cloudinit.batch");
    List<String> cmd = new ArrayList<>(List.of(python.toString(), batch, "--schema-type",
        networkConfig ? "network-config" : "cloud-config", "--files-from", "-"));
    StringBuilder in = new StringBuilder();
    files.forEach(f -> in.append(f).append('\n'));
    for (String line : run(cmd, in.toString()).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> s = strings(line);
      Map<String, Boolean> b = bools(line);
      Matcher e = ERRORS.matcher(line);
      boolean found = e.find();
      List<String> list = new ArrayList<>();
      if (found) {
        Matcher item = JSON_STRING.matcher(e.group(1));
        while (item.find()) {
          list.add(unescape(item.group(1)));
        }
      }
      out.put(s.get("file"), new Verdict(s.get("file"), b.get("valid"), s.getOrDefault("message", ""),
          found ? unescape(e.group(1)) : "", List.copyOf(list)));
    }
    if (out.size() != files.size()) {
      throw new AssertionError("batch validator gave " + out.size() + " verdicts for " + files.size());
    }
    return out;
  }

  /**
   * Loads files with PyYAML; with an expected tagged-JSON file per input, compares too.
   *
   * @param requests file → expected JSON file (or null to only load)
   * @return results by file path string
   */
  static Map<String, Loaded> pyyaml(Map<Path, Path> requests) {
    Path python = RealTools.get().requireExecutable("python.pyyaml");
    String script;
    try (InputStream s = RealCloudInit.class.getResourceAsStream("pyyaml_canon.py")) {
      script = new String(s.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder in = new StringBuilder();
    requests.forEach((f, exp) -> in.append(exp == null ? "load\t" + f : "compare\t" + f + "\t" + exp)
        .append('\n'));
    Map<String, Loaded> out = new LinkedHashMap<>();
    for (String line : run(List.of(python.toString(), "-c", script), in.toString()).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> s = strings(line);
      Map<String, Boolean> b = bools(line);
      out.put(s.get("file"), new Loaded(s.get("file"), b.get("ok"), s.get("data"), s.get("error"),
          b.get("same"), s.get("expected")));
    }
    return out;
  }

  /**
   * Runs tasks concurrently and waits for all.
   *
   * @param tasks the tasks
   * @return their results, in order
   */
  static <T> List<T> parallel(List<java.util.function.Supplier<T>> tasks) {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(tasks.size());
    try {
      List<CompletableFuture<T>> futures = new ArrayList<>();
      for (java.util.function.Supplier<T> t : tasks) {
        futures.add(CompletableFuture.supplyAsync(t, pool));
      }
      List<T> out = new ArrayList<>();
      for (CompletableFuture<T> f : futures) {
        try {
          out.add(f.join());
        } catch (java.util.concurrent.CompletionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw e;
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A temporary directory the validators (which drop to nobody) can read. */
  public static Path tempDir(String prefix) {
    try {
      Path d = Files.createTempDirectory(prefix);
      Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String run(List<String> cmd, String stdin) {
    try {
      Process p = new ProcessBuilder(cmd).start();
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      try (OutputStream o = p.getOutputStream()) {
        o.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      int rc = p.waitFor();
      String stdout = new String(out.join(), StandardCharsets.UTF_8);
      if (rc != 0) {
        throw new AssertionError(cmd.get(0) + " exited " + rc + ": "
            + new String(err.join(), StandardCharsets.UTF_8));
      }
      return stdout;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> strings(String json) {
    Map<String, String> m = new LinkedHashMap<>();
    Matcher x = FIELD_STR.matcher(json);
    while (x.find()) {
      m.putIfAbsent(x.group(1), unescape(x.group(2)));
    }
    return m;
  }

  private static Map<String, Boolean> bools(String json) {
    Map<String, Boolean> m = new LinkedHashMap<>();
    Matcher x = FIELD_BOOL.matcher(json);
    while (x.find()) {
      m.putIfAbsent(x.group(1), Boolean.parseBoolean(x.group(2)));
    }
    return m;
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        switch (n) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> sb.append(n);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
