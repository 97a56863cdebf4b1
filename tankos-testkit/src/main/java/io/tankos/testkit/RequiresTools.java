package io.tankos.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that needs real tools: before each test, every listed executable is
 * looked up with {@link RealTools#requireExecutable(String)}, so a missing one skips the test with a
 * message on a developer machine and fails it where real tools are required. Generated cases
 * ({@link Seeded}) then never start without their tools.
 *
 * <pre>{@code
 * @RequiresTools({"iso.xorriso"})
 * class IsoImagePropertyTest { @TestFactory Stream<DynamicTest> ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequiredToolsExtension.class)
public @interface RequiresTools {

  /**
   * Keys of executables in {@code tools.properties}, e.g. {@code quadlet.5.4.path}.
   *
   * @return the keys
   */
  String[] value();
}
