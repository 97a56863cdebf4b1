package io.tankos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.ChildJvm;
import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tankos modules on the module path (the tests run on the class path): their {@code
 * module-info} descriptors resolve with every dependency's, the command runs as a module, and only
 * API packages are exported.
 */
class ModulePathIT {
  @TempDir Path dir;

  @Test
  void theCommandRunsAsAModuleOnTheModulePath() throws Exception {
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(ChildJvm.java(), "--module-path", modulePath(),
        "--module", "io.tankos.examples/io.tankos.examples.Tankos", "render", "--out", "out")
        .directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    assertThat(Files.readString(err)).isEmpty();
    assertThat(dir.resolve("out/Containerfile")).isRegularFile();
    assertThat(dir.resolve("out/seed/user-data")).isRegularFile();
  }

  @Test
  void onlyApiPackagesAreExported() {
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleReference m : ModuleFinder.of(entries().toArray(Path[]::new)).findAll()) {
      String name = m.descriptor().name();
      if (name.startsWith("io.tankos.")) {
        assertThat(m.descriptor().isAutomatic()).as(name + " has a module-info").isFalse();
        exports.put(name, m.descriptor().exports().stream().filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new)));
        // an internal package may be shared with another tankos module, never with anyone else
        m.descriptor().exports().stream().filter(ModuleDescriptor.Exports::isQualified).forEach(e ->
            assertThat(e.targets()).as(name + " exports " + e.source() + " to")
                .allMatch(t -> t.startsWith("io.tankos.")));
      }
    }
    assertThat(exports).containsOnlyKeys("io.tankos.core", "io.tankos.quadlet", "io.tankos.cloudinit",
        "io.tankos.bootc", "io.tankos.examples", "io.tankos.testkit");
    assertThat(exports.get("io.tankos.examples")).containsExactly("io.tankos.examples");
    exports.forEach((module, packages) -> assertThat(packages).as(module)
        .isNotEmpty().noneMatch(pkg -> pkg.contains(".internal") || pkg.endsWith(".cli")));
  }

  private static String modulePath() {
    return entries().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** The class path without the test classes and the test runner: the modules and their dependencies. */
  private static List<Path> entries() {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .filter(e -> !e.contains("test-classes") && !e.contains("surefire") && !e.contains("failsafe"))
        .map(Path::of).filter(Files::exists).toList();
  }
}
