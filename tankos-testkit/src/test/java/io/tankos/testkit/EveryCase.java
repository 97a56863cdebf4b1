package io.tankos.testkit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that count cases: a case chosen for the whole run with {@code -Dtankos.case} must not
 * narrow them, so it is cleared before each test and restored after it.
 */
final class EveryCase implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EveryCase.class);
  private static final String CHOSEN = "chosen";

  @Override
  public void beforeEach(ExtensionContext context) {
    String chosen = System.clearProperty("tankos.case");
    if (chosen != null) {
      context.getStore(NAMESPACE).put(CHOSEN, chosen);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    String chosen = context.getStore(NAMESPACE).remove(CHOSEN, String.class);
    if (chosen == null) {
      System.clearProperty("tankos.case");
    } else {
      System.setProperty("tankos.case", chosen);
    }
  }
}
