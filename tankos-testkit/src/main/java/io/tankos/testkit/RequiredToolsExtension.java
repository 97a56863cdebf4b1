package io.tankos.testkit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit extension behind {@link RequiresTools}: where real tools are not required, a test
 * whose tool is missing is disabled with the reason (so it shows as skipped, test factories
 * included); where they are required, the test starts and fails before its body with the
 * testkit's message.
 */
public final class RequiredToolsExtension implements ExecutionCondition, BeforeEachCallback {

  /** Created by JUnit. */
  public RequiredToolsExtension() {}

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (RealTools.required()) {
      return ConditionEvaluationResult.enabled("real tools are required");
    }
    Optional<String> problem =
        keys(context).map(RealTools.get()::executableProblem).flatMap(Optional::stream).findFirst();
    return problem
        .map(why -> ConditionEvaluationResult.disabled(RealTools.skipped(why)))
        .orElseGet(() -> ConditionEvaluationResult.enabled("real tools present"));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    keys(context).forEach(RealTools.get()::requireExecutable);
  }

  private static Stream<String> keys(ExtensionContext context) {
    return Stream.concat(
        keys(context.getTestClass().orElse(null)), keys(context.getTestMethod().orElse(null)));
  }

  private static Stream<String> keys(AnnotatedElement element) {
    RequiresTools tools = element == null ? null : element.getAnnotation(RequiresTools.class);
    return tools == null ? Stream.empty() : Stream.of(tools.value());
  }
}
