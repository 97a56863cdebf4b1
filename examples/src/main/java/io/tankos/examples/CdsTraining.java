package io.tankos.examples;

import io.tankos.examples.cli.Cli;
import io.tankos.examples.cli.Commands;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run for the {@code tankos} launcher's start-up archives (a class-data sharing archive,
 * or an AOT cache on JDK 25 and later): runs one group of subcommands on the inputs under
 * {@code training/} (units of every Quadlet type with many keys, a drop-in, refused units, the units
 * as a unit directory, a valid and an invalid cloud-config, a multi-stage Containerfile), in one
 * process, in a temporary directory, output discarded. The launcher keeps one archive per group
 * because a JVM maps (and, for an AOT cache, loads) its whole archive at start: a small archive for
 * {@code tankos quadlet} starts faster than one holding every command's classes.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=quadlet.jsa -cp tankos.jar io.tankos.examples.CdsTraining quadlet
 * }</pre>
 */
public final class CdsTraining {
  /** The groups, by the first word of the command line; {@code main} is every other command. */
  public static final List<String> GROUPS = List.of("quadlet", "cloud-init", "containerfile", "main");

  private static final List<String> UNITS = List.of("web.container", "worker.container", "broken.container",
      "empty.container", "app.pod", "web.network", "web-data.volume", "web-cache.volume", "worker.image",
      "site.kube", "tool.build", "web.container.d/10-override.conf");
  private static final List<String> USER_DATA = List.of("user-data-valid", "user-data-invalid");
  private static final String HOSTS = "hostname,instance_id,ssh_authorized_keys,address\n"
      + "tank-1,,ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI op@laptop,"
      + "10.0.0.1/24\ntank-2,i-2,,\n";

  private CdsTraining() {}

  /**
   * Runs the training commands of a group; always exits 0 unless the temporary directory cannot be
   * made or the group is unknown.
   *
   * @param args the group ({@link #GROUPS}); none for every group
   */
  public static void main(String[] args) {
    List<String> groups = args.length == 0 ? GROUPS : List.of(args[0]);
    if (!GROUPS.containsAll(groups)) {
      throw new IllegalArgumentException("unknown group " + groups + "; one of " + GROUPS);
    }
    try {
      Path dir = Files.createTempDirectory("tankos-cds-");
      try {
        for (String group : groups) {
          train(group, dir);
        }
      } finally {
        delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void train(String group, Path dir) throws IOException {
    switch (group) {
      case "quadlet" -> {
        checkAndFormat(dir, "quadlet", "--podman", List.of("5.4", "5.8"), copy(dir, UNITS));
        run(dir, List.of("quadlet", "check", dir.toString())); // the units as a unit directory
      }
      case "cloud-init" -> checkAndFormat(dir, "cloud-init", "--target", List.of("22.4", "25.1"), copy(dir, USER_DATA));
      case "containerfile" -> {
        String file = copy(dir, List.of("Containerfile")).get(0);
        run(dir, List.of("containerfile", "check", file));
        run(dir, List.of("containerfile", "fmt", file));
      }
      default -> {
        Path out = dir.resolve("render");
        Path hosts = Files.writeString(dir.resolve("hosts.csv"), HOSTS);
        run(dir, List.of("--help"));
        run(dir, List.of("spec"));
        run(dir, List.of("render", "--out", out.toString()));
        run(dir, List.of("fleet", "--hosts", hosts.toString(), "--out", dir.resolve("fleet").toString()));
      }
    }
  }

  /**
   * Checks the files together under each version, the first alone under the default, and formats
   * the first.
   */
  private static void checkAndFormat(Path dir, String command, String versionOption, List<String> versions,
      List<String> files) {
    for (String version : versions) {
      run(dir, concat(List.of(command, "check", versionOption, version), files));
    }
    run(dir, List.of(command, "check", files.get(0)));
    run(dir, List.of(command, "fmt", files.get(0)));
  }

  /** Copies training inputs into the directory; their paths. */
  private static List<String> copy(Path dir, List<String> names) throws IOException {
    List<String> paths = new ArrayList<>();
    for (String name : names) {
      Path to = dir.resolve(name);
      Files.createDirectories(to.getParent());
      try (InputStream in = CdsTraining.class.getResourceAsStream("training/" + name)) {
        if (in == null) {
          throw new IllegalStateException("training input missing from the jar: " + name);
        }
        Files.copy(in, to);
      }
      paths.add(to.toString());
    }
    return paths;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void run(Path dir, List<String> args) {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Cli.Io io = new Cli.Io(discard, discard, new ByteArrayInputStream(new byte[0]), dir);
    // through Tankos's own argument handling, so that its class is in the archive too: a main class
    // the archive holds is loaded without opening the jar
    List<String> rest = new ArrayList<>(args);
    Tankos.removeLeadingOption(rest, "--verbose");
    new Cli(Commands.all()).run(rest, io);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
