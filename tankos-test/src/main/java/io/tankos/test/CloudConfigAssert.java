package io.tankos.test;

import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.UserData;
import io.tankos.test.internal.CloudInitJudge;
import io.tankos.test.internal.TextDiff;
import io.tankos.test.internal.Texts;
import io.tankos.test.internal.Verdict;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link CloudConfig}.
 *
 * <pre>{@code
 * assertThat(config).hasKey("hostname").isValidFor(CloudInitVersion.V25_1);
 * }</pre>
 */
public final class CloudConfigAssert extends AbstractAssert<CloudConfigAssert, CloudConfig> {

  CloudConfigAssert(CloudConfig actual) {
    super(actual, CloudConfigAssert.class);
  }

  /**
   * Checks the document against a cloud-init version: tankos's checker, then the real {@code
   * cloud-init schema} of that version when installed; the message says which judged.
   *
   * @param version the version, e.g. {@link CloudInitVersion#V25_1}
   * @return this
   */
  public CloudConfigAssert isValidFor(CloudInitVersion version) {
    Objects.requireNonNull(version, "version");
    isNotNull();
    Verdict verdict = CloudInitJudge.judge(UserData.of(actual), version);
    if (!verdict.accepted()) {
      failWithMessage(
          "Expected the cloud-config to be valid for cloud-init %s but %s refused it:%n%s%nthe document:%n%s",
          version.label(), verdict.judge(), Texts.indent(verdict.detail()), Texts.indent(actual.render()));
    }
    return this;
  }

  /**
   * Checks that a top-level key is set.
   *
   * @param key the key, e.g. {@code users}
   * @return this
   */
  public CloudConfigAssert hasKey(String key) {
    isNotNull();
    if (actual.get(key).isEmpty()) {
      failWithMessage("Expected the cloud-config to set %s but it sets only %s", key, actual.keys());
    }
    return this;
  }

  /**
   * Checks the rendered text; a failure shows a unified-diff-like snippet.
   *
   * @param expected the expected text, {@code #cloud-config} line included
   * @return this
   */
  public CloudConfigAssert rendersAs(String expected) {
    isNotNull();
    String diff = TextDiff.diff("expected", expected, "cloud-config", actual.render());
    if (!diff.isEmpty()) {
      failWithMessage("Expected the cloud-config to render as expected:%n%s", diff);
    }
    return this;
  }
}
