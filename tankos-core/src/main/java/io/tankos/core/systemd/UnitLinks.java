package io.tankos.core.systemd;

import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * Unit files and their enablement as {@link FileTree} fragments rooted at {@code /}: the files in the
 * vendor directory and exactly the symbolic links {@code systemctl enable} and {@code systemctl mask}
 * make ({@code systemctl --global} for user units), so an image needs no {@code systemctl} call.
 *
 * <pre>{@code
 * FileTree rootfs = FileTree.builder()
 *     .add(UnitLinks.install(UnitScope.USER, timer))    // usr/lib/systemd/user/NAME.timer
 *     .add(UnitLinks.enable(UnitScope.USER, timer))     // etc/systemd/user/timers.target.wants/NAME.timer
 *     .add(UnitLinks.enable(UnitScope.SYSTEM, "sshd.service", "multi-user.target"))
 *     .add(UnitLinks.mask(UnitScope.SYSTEM, "bootc-fetch-apply-updates.timer"))
 *     .build();
 * }</pre>
 */
public final class UnitLinks {
  private UnitLinks() {}

  /**
   * The unit file in the scope's vendor directory, mode {@code 0644}.
   *
   * @param scope system or user
   * @param unit the unit
   * @return a tree with {@code usr/lib/systemd/<scope>/NAME}
   */
  public static FileTree install(UnitScope scope, SystemdUnit unit) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(unit, "unit");
    return FileTree.builder()
        .file(scope.unitDirectory() + "/" + unit.fileName(), unit.toString(), FileTree.FILE_MODE)
        .build();
  }

  /**
   * The links {@code systemctl enable} makes for a unit installed with {@link #install}: {@code
   * <target>.wants/NAME} for each {@code WantedBy=}, {@code <unit>.requires/NAME} for each {@code
   * RequiredBy=} and {@code ALIAS} for each {@code Alias=}, all pointing at the vendor file. A
   * template is enabled through its {@code DefaultInstance=}; without one it gets no
   * {@code .wants}/{@code .requires} link, as with {@code systemctl}.
   *
   * @param scope system or user
   * @param unit the unit
   * @return the links, empty when the unit has no {@code [Install]} entries
   * @throws ValidationException when the unit's {@code [Install]} section uses {@code Also=} or
   *     specifiers, which these links cannot reproduce
   */
  public static FileTree enable(UnitScope scope, SystemdUnit unit) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(unit, "unit");
    Location at = Location.of(unit.fileName()).child("Install");
    Problems problems = new Problems();
    if (!unit.unitFile().values("Install", "Also").isEmpty()) {
      problems.add(at.child("Also"), "Also= names other units; enable each of them with UnitLinks");
    }
    for (String key : List.of("WantedBy", "RequiredBy", "Alias", "DefaultInstance")) {
      if (unit.unitFile().values("Install", key).stream().anyMatch(v -> v.contains("%"))) {
        problems.add(at.child(key), "uses specifiers, which enable() does not expand");
      }
    }
    problems.throwIfAny();
    String target = "/" + scope.unitDirectory() + "/" + unit.fileName();
    String linkName = unit.fileName();
    if (UnitNames.isTemplate(linkName)) {
      String instance = unit.unitFile().lastValue("Install", "DefaultInstance").orElse("");
      linkName = instance.isEmpty() ? null
          : unit.baseName() + instance + unit.type().suffix();
    }
    FileTree.Builder tree = FileTree.builder();
    if (linkName != null) {
      for (String w : unit.wantedBy()) {
        tree.symlink(scope.configDirectory() + "/" + w + ".wants/" + linkName, target);
      }
      for (String r : unit.requiredBy()) {
        tree.symlink(scope.configDirectory() + "/" + r + ".requires/" + linkName, target);
      }
    }
    for (String alias : unit.aliases()) {
      tree.symlink(scope.configDirectory() + "/" + alias, target);
    }
    return tree.build();
  }

  /**
   * The link {@code systemctl enable} makes for a unit the base image provides in the scope's vendor
   * directory, e.g. {@code sshd.service} wanted by {@code multi-user.target}.
   *
   * @param scope system or user
   * @param unitFileName the unit's file name
   * @param wantedByTarget the unit that wants it
   * @return a tree with {@code etc/systemd/<scope>/<target>.wants/NAME}
   */
  public static FileTree enable(UnitScope scope, String unitFileName, String wantedByTarget) {
    Objects.requireNonNull(scope, "scope");
    checkName("unitFileName", unitFileName);
    checkName("wantedByTarget", wantedByTarget);
    return FileTree.builder()
        .symlink(scope.configDirectory() + "/" + wantedByTarget + ".wants/" + unitFileName,
            "/" + scope.unitDirectory() + "/" + unitFileName)
        .build();
  }

  /**
   * The link {@code systemctl mask} makes: the unit's name in the configuration directory pointing
   * at {@code /dev/null}.
   *
   * @param scope system or user
   * @param unitFileName the unit's file name, e.g. {@code bootc-fetch-apply-updates.timer}
   * @return a tree with {@code etc/systemd/<scope>/NAME}
   */
  public static FileTree mask(UnitScope scope, String unitFileName) {
    Objects.requireNonNull(scope, "scope");
    checkName("unitFileName", unitFileName);
    return FileTree.builder()
        .symlink(scope.configDirectory() + "/" + unitFileName, "/dev/null")
        .build();
  }

  private static void checkName(String field, String name) {
    Objects.requireNonNull(name, field);
    String p = UnitNames.nameProblem(name);
    if (p != null) {
      throw new ValidationException(Location.of(field), p);
    }
  }
}
