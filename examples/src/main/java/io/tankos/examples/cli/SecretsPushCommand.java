package io.tankos.examples.cli;

import io.tankos.bootc.image.SecretInventory;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.core.secret.SecretValue;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/**
 * {@code tankos secrets push [--host H] [--user U] [--access A] [--driver file|pass] --instance NAME
 * SECRET [--from-file F]}: creates or replaces the agent user's Podman secret SECRET on the machine
 * (value on podman's standard input as the agent user), rewrites the instance's secret drop-ins,
 * reloads systemd and restarts the units that use it. The value comes from standard input (a
 * prompt without echo on a terminal) or from a file, never from an argument; one trailing newline
 * is dropped. Each step is reported on stderr.
 */
public final class SecretsPushCommand implements Subcommand {
  /** Podman's limit, plus one byte to tell a too-long value from one at the limit. */
  private static final int MAX_READ = 512_000 + 2;

  @Override
  public List<String> path() {
    return List.of("secrets", "push");
  }

  @Override
  public String usage() {
    return SecretsTarget.USAGE + " [--driver file|pass] [--from-file F] SECRET  (value on stdin or in F, never an argument)";
  }

  @Override
  public String summary() {
    return "store an instance's secret on a machine as the agent user, then refresh its drop-ins and restart it";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, SecretsTarget.options("--from-file", "--driver"), java.util.Set.of());
    if (a.operands().size() != 1) {
      throw new UsageException("give exactly one SECRET name (the value comes from stdin or --from-file)");
    }
    String secret = a.operands().get(0);
    String instance = SecretsTarget.instance(a);
    TankOsImage image = SecretsTarget.image(a, io);
    var provisioner = SecretsTarget.provisioner(a, image, io);
    byte[] bytes = a.option("--from-file").isPresent()
        ? fromFile(a.option("--from-file").get(), io)
        : fromStdin(secret, io);
    SecretInventory after;
    try (SecretValue value = SecretValue.of(secret, bytes)) {
      Arrays.fill(bytes, (byte) 0);
      after = provisioner.push(image, instance, secret, value);
    }
    io.out().println(instance + ": " + secret + " stored; present: " + String.join(" ", after.present()));
    return 0;
  }

  private static byte[] fromFile(String file, Cli.Io io) {
    try (InputStream in = Files.newInputStream(io.resolve(file))) {
      return value(in.readNBytes(MAX_READ));
    } catch (IOException e) {
      throw FileException.of(file, e);
    }
  }

  private static byte[] fromStdin(String secret, Cli.Io io) {
    Console console = System.console();
    if (io.in() == System.in && console != null) {
      char[] chars = console.readPassword("value of %s: ", secret);
      if (chars == null) {
        throw new UsageException("no value given");
      }
      byte[] b = new String(chars).getBytes(StandardCharsets.UTF_8);
      Arrays.fill(chars, '\0');
      return value(b);
    }
    try {
      return value(io.in().readNBytes(MAX_READ));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  /** Drops one trailing newline ({@code \n} or {@code \r\n}); an empty value is refused. */
  private static byte[] value(byte[] read) {
    int end = read.length;
    if (end > 0 && read[end - 1] == '\n') {
      end--;
      if (end > 0 && read[end - 1] == '\r') {
        end--;
      }
    }
    byte[] v = Arrays.copyOf(read, end);
    Arrays.fill(read, (byte) 0);
    if (v.length == 0) {
      throw new UsageException("the secret's value is empty (give it on stdin or with --from-file)");
    }
    return v;
  }
}
