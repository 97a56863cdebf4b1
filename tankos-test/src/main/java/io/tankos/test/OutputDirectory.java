package io.tankos.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link java.nio.file.Path} parameter that {@link TankosExtension} fills with a fresh
 * empty output directory, deleted after the test.
 *
 * <pre>{@code
 * @Test void writesSeed(@OutputDirectory Path out) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface OutputDirectory {}
