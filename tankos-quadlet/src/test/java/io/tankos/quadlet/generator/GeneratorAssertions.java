package io.tankos.quadlet.generator;

import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import io.tankos.core.fs.Symlink;
import io.tankos.core.unit.UnitFile;
import io.tankos.quadlet.UnitType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assertions that a set of rendered units is accepted by the real Podman generators: exit status 0,
 * no error, panic, {@code unsupported escape char} or {@code Warning:} line, a service for every
 * unit file, and in file mode the {@code [Install]} symlinks ({@code WantedBy=X} → {@code
 * X.wants/<service>}, {@code RequiredBy=X} → {@code X.requires/<service>}).
 *
 * <pre>{@code
 * FileTree units = TankOs.render(...).under("etc/containers/systemd/users/1000");
 * GeneratorAssertions.acceptedByBothVersionsInUserMode(units);
 * }</pre>
 */
public final class GeneratorAssertions {
  private GeneratorAssertions() {}

  /**
   * Asserts that the 5.4 and the sid generator accept the units in user (rootless) mode.
   *
   * @param units unit files, drop-ins ({@code foo.container.d/10-x.conf}) and instance symlinks, at
   *     paths relative to one unit directory (sub-directories are searched, as the generator does)
   * @return the dry-run results, per binary
   * @throws AssertionError naming the binary, the unit and the problem
   */
  public static Map<QuadletBinary, GeneratorResult> acceptedByBothVersionsInUserMode(
      FileTree units) {
    return acceptedBy(QuadletBinary.both(), GeneratorMode.USER, units);
  }

  /**
   * Asserts that every given generator accepts the units in the given mode.
   *
   * @param binaries the generators
   * @param mode system or user
   * @param units the unit directory's content
   * @return the dry-run results, per binary
   */
  public static Map<QuadletBinary, GeneratorResult> acceptedBy(
      List<QuadletBinary> binaries, GeneratorMode mode, FileTree units) {
    Map<QuadletBinary, GeneratorResult> results = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (QuadletBinary binary : binaries) {
      QuadletGenerator generator = new QuadletGenerator(binary);
      GeneratorResult dry = generator.dryRun(units, mode);
      results.put(binary, dry);
      String label = binary + " (" + mode + ")";
      dry.problems().forEach(p -> failures.add(label + ": " + p));
      dry.diagnostics().stream()
          .filter(l -> l.contains("Warning:"))
          .forEach(l -> failures.add(label + ": " + l));
      Map<String, UnitFile> unitFiles = unitFiles(units);
      unitFiles.forEach(
          (path, unit) -> {
            String service = serviceName(path, unit);
            if (dry.service(service).isEmpty()) {
              failures.add(label + ": no " + service + " generated from " + path);
            }
          });
      List<String> expectedLinks = expectedSymlinks(unitFiles);
      if (!expectedLinks.isEmpty()) {
        GeneratorResult files = generator.writeFiles(units, mode);
        for (String link : expectedLinks) {
          if (!files.symlinks().containsKey(link)) {
            failures.add(
                label + ": [Install] symlink " + link + " not written; got "
                    + files.symlinks().keySet());
          }
        }
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(
          "the generator refused the units:\n  " + String.join("\n  ", failures));
    }
    return results;
  }

  /** The unit files (not drop-ins), parsed, with their drop-ins' lines appended. */
  private static Map<String, UnitFile> unitFiles(FileTree units) {
    Map<String, UnitFile> out = new LinkedHashMap<>();
    for (FileEntry e : units.entries()) {
      String path = e.path();
      boolean inDropInDir = path.contains(".d/");
      if (UnitType.ofFileName(path).isEmpty() || inDropInDir) {
        continue;
      }
      if (e instanceof RegularFile f) {
        out.put(path, UnitFile.parse(path, new String(f.content(), StandardCharsets.UTF_8)));
      } else if (e instanceof Symlink) {
        out.put(path, UnitFile.builder().build());
      }
    }
    for (FileEntry e : units.entries()) {
      String path = e.path();
      int d = path.lastIndexOf(".d/");
      if (d < 0 || !(e instanceof RegularFile f) || !path.endsWith(".conf")) {
        continue;
      }
      String owner = path.substring(0, d);
      UnitFile unit = out.get(owner);
      if (unit != null) {
        UnitFile.Builder b = unit.toBuilder();
        UnitFile.parse(path, new String(f.content(), StandardCharsets.UTF_8)).sections().forEach(b::section);
        out.put(owner, b.build());
      }
    }
    return out;
  }

  private static String serviceName(String path, UnitFile unit) {
    String section = UnitType.ofFileName(path).orElseThrow().section();
    Optional<String> override = unit.lastValue(section, "ServiceName");
    return ServiceNames.of(path, override);
  }

  private static List<String> expectedSymlinks(Map<String, UnitFile> unitFiles) {
    List<String> links = new ArrayList<>();
    unitFiles.forEach(
        (path, unit) -> {
          String service = serviceName(path, unit);
          if (service.contains("@.")) {
            return;
          }
          for (String target : words(unit.values("Install", "WantedBy"))) {
            links.add(target + ".wants/" + service);
          }
          for (String target : words(unit.values("Install", "RequiredBy"))) {
            links.add(target + ".requires/" + service);
          }
        });
    return links;
  }

  private static List<String> words(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (v.isBlank()) {
        out.clear();
        continue;
      }
      out.addAll(List.of(v.trim().split("\\s+")));
    }
    return out;
  }
}
