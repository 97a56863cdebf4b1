package io.tankos.quadlet.generator;

import io.tankos.testkit.RealTools;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/**
 * Skips jqwik properties when the real generators are not installed (jqwik would otherwise count
 * every try as rejected); where real tools are required nothing is skipped, and the property fails
 * with the testkit's message.
 */
public final class RequiresGenerators implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    if (RealTools.required()) {
      return SkipResult.doNotSkip();
    }
    try {
      QuadletBinary.both();
      return SkipResult.doNotSkip();
    } catch (TestAbortedException e) {
      return SkipResult.skip(e.getMessage());
    }
  }
}
