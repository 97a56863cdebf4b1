package io.tankos.examples.cli;

import io.tankos.bootc.image.AgentAccess;
import io.tankos.bootc.image.SecretProvisioner;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.podman.SecretDriver;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The machine, image and instance a {@code tankos secrets} command acts on: {@code --host H} (over
 * ssh; this machine without it), {@code --user U} (the ssh login), {@code --access
 * runuser|sudo|direct} (how the login reaches the agent user; by default {@code direct} when the
 * login is the agent user, {@code runuser} when it is root or not given, {@code sudo} otherwise),
 * {@code --instance NAME}, {@code --spec FILE} (the image the machine runs, as {@code tankos render
 * --spec} reads it; the default preset {@link TankOsImage#tankOs()} without it).
 */
final class SecretsTarget {
  /** The options that take a value. */
  static final Set<String> OPTIONS = Set.of("--host", "--user", "--access", "--instance", "--spec");

  /** The usage text of these options. */
  static final String USAGE = "[--host H] [--user U] [--access runuser|sudo|direct] [--spec FILE] --instance NAME";

  private SecretsTarget() {}

  /**
   * The image the machine runs.
   *
   * @param a the parsed arguments
   * @param io the working directory the spec file is relative to
   * @return the spec file's image, or the default preset
   */
  static TankOsImage image(Arguments a, Cli.Io io) {
    return a.option("--spec").map(f -> SpecCommand.read(io, f)).orElseGet(TankOsImage::tankOs);
  }

  /**
   * The instance option.
   *
   * @param a the parsed arguments
   * @return the instance name
   * @throws UsageException when it is missing
   */
  static String instance(Arguments a) {
    return a.option("--instance").orElseThrow(() -> new UsageException("--instance NAME is required"));
  }

  /**
   * A provisioner for the machine the arguments name, reporting each step on stderr.
   *
   * @param a the parsed arguments
   * @param image the image
   * @param io standard error for progress
   * @return the provisioner
   * @throws UsageException for {@code --user} without {@code --host}, or a bad {@code --access} or
   *     {@code --driver}
   */
  static SecretProvisioner provisioner(Arguments a, TankOsImage image, Cli.Io io) {
    CommandRunner runner = HostRunner.of(a);
    String login = a.option("--user").orElse(null);
    SecretProvisioner.Builder b = SecretProvisioner.builder(runner)
        .access(access(a, login, image))
        .progress(line -> io.err().println(line));
    a.option("--driver").ifPresent(d -> b.driver(driver(d)));
    return b.build();
  }

  private static AgentAccess access(Arguments a, String login, TankOsImage image) {
    if (a.option("--access").isPresent()) {
      return switch (a.option("--access").get()) {
        case "runuser" -> AgentAccess.RUNUSER;
        case "sudo" -> AgentAccess.SUDO;
        case "direct" -> AgentAccess.DIRECT;
        default -> throw new UsageException("--access must be runuser, sudo or direct");
      };
    }
    if (login == null || login.equals("root")) {
      return AgentAccess.RUNUSER;
    }
    return login.equals(image.user().name()) ? AgentAccess.DIRECT : AgentAccess.SUDO;
  }

  private static SecretDriver driver(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "file" -> SecretDriver.FILE;
      case "pass" -> SecretDriver.PASS;
      default -> throw new UsageException("--driver must be file or pass");
    };
  }

  /**
   * These options plus a command's own.
   *
   * @param own the command's own options that take a value
   * @return both
   */
  static Set<String> options(String... own) {
    Set<String> all = new TreeSet<>(OPTIONS);
    all.addAll(Set.of(own));
    return all;
  }
}
