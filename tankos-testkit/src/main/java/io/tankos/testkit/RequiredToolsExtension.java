package io.tankos.testkit;

import java.lang.reflect.AnnotatedElement;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The JUnit extension behind {@link RequiresTools}. */
public final class RequiredToolsExtension implements BeforeEachCallback {

  /** Created by JUnit. */
  public RequiredToolsExtension() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    require(context.getRequiredTestClass());
    require(context.getRequiredTestMethod());
  }

  private static void require(AnnotatedElement element) {
    RequiresTools tools = element.getAnnotation(RequiresTools.class);
    if (tools != null) {
      for (String key : tools.value()) {
        RealTools.get().requireExecutable(key);
      }
    }
  }
}
