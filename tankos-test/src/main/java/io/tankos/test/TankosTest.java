package io.tankos.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that uses {@link TankosExtension}: its tests may take a {@link
 * io.tankos.core.exec.RecordingRunner}, {@link FakeTools} and an {@link OutputDirectory} path as
 * parameters.
 *
 * <pre>{@code
 * @TankosTest
 * class ImageBuildTest {
 *   @Test void builds(RecordingRunner runner, @OutputDirectory Path out) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(TankosExtension.class)
public @interface TankosTest {}
