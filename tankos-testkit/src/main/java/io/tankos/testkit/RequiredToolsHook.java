package io.tankos.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** The jqwik hook behind {@link RequiresTools}. */
public final class RequiredToolsHook implements SkipExecutionHook {

  /** Created by jqwik. */
  public RequiredToolsHook() {}

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    if (RealTools.required()) {
      return SkipResult.doNotSkip(); // the property runs and fails with the testkit's message
    }
    Optional<RequiresTools> tools = context.findAnnotation(RequiresTools.class);
    if (tools.isEmpty()) {
      return SkipResult.doNotSkip();
    }
    for (String key : tools.get().value()) {
      Optional<String> path = RealTools.get().value(key);
      if (path.isEmpty() || !Files.isExecutable(Path.of(path.get()))) {
        return SkipResult.skip(
            "skipped, real tool missing: " + key + " — run scripts/install-test-tools to install it");
      }
    }
    return SkipResult.doNotSkip();
  }
}
