package io.tankos.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Marks a jqwik test class whose properties need real tools: when one is missing, the properties
 * are skipped with a message on a developer machine (instead of jqwik counting every try as
 * rejected) and fail where real tools are required.
 *
 * <pre>{@code
 * @RequiresTools({"iso.xorriso"})
 * class IsoImagePropertyTest { @Property void ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@AddLifecycleHook(RequiredToolsHook.class)
public @interface RequiresTools {

  /**
   * Keys of executables in {@code tools.properties}, e.g. {@code quadlet.5.4.path}.
   *
   * @return the keys
   */
  String[] value();
}
