package io.tankos.test.internal;

import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.Target;
import io.tankos.cloudinit.UserData;
import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.validation.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Judges user data for a cloud-init version: tankos's checker ({@link UserData#problems(Target)}),
 * then the real {@code cloud-init schema} of that version when installed and the data is a single
 * cloud-config.
 */
public final class CloudInitJudge {
  /** The judge named for a refusal found before any real cloud-init runs. */
  public static final String OFFLINE = "tankos cloud-config checker";

  private CloudInitJudge() {}

  /**
   * Judges user data.
   *
   * @param data the user data
   * @param version the target version
   * @return the verdict
   */
  public static Verdict judge(UserData data, CloudInitVersion version) {
    List<Problem> problems = data.problems(Target.generic(version));
    if (!problems.isEmpty()) {
      StringBuilder text = new StringBuilder();
      problems.forEach(p -> text.append(p).append('\n'));
      return new Verdict(false, OFFLINE, text.toString());
    }
    Optional<RealTool> tool = tool(version);
    String rendered = data.render();
    if (tool.isEmpty()) {
      return new Verdict(true, OFFLINE + " (no real cloud-init " + version.label() + " installed)", "");
    }
    if (!rendered.startsWith(CloudConfig.HEADER)) {
      return new Verdict(true, OFFLINE + " (multi-part user data: no real schema check)", "");
    }
    return schema(tool.get(), rendered, "real cloud-init " + tool.get().version() + " schema (" + tool.get().path() + ")");
  }

  private static Optional<RealTool> tool(CloudInitVersion version) {
    String v = version.label();
    return RealTool.find(
        "tankos.cloudinit." + v,
        List.<String[]>of(new String[] {"cloudinit." + v + ".cmd", "cloudinit." + v + ".version"}),
        v + ".");
  }

  private static Verdict schema(RealTool tool, String text, String judge) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("tankos-cloudinit-");
      Path file = dir.resolve("user-data");
      Files.writeString(file, text);
      CommandResult r =
          RealTool.run(
              Command.builder(tool.path().toString(), "schema", "--config-file", file.toString())
                  .stderrTailLines(200));
      if (r.exitCode() == 0) {
        return new Verdict(true, judge, "");
      }
      return new Verdict(false, judge, (r.stdout() + "\n" + r.stderrTail()).strip().replace(dir + "/", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Trees.deleteQuietly(dir);
    }
  }
}
