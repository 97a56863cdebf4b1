package io.tankos.test;

import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.test.internal.CloudInitJudge;
import io.tankos.test.internal.Texts;
import io.tankos.test.internal.Verdict;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link NoCloudSeed}.
 *
 * <pre>{@code
 * assertThat(seed).isValidFor(CloudInitVersion.V25_1)
 *     .files().hasFile("meta-data").withText("instance-id: web-1\n");
 * }</pre>
 */
public final class NoCloudSeedAssert extends AbstractAssert<NoCloudSeedAssert, NoCloudSeed> {

  NoCloudSeedAssert(NoCloudSeed actual) {
    super(actual, NoCloudSeedAssert.class);
  }

  /**
   * Checks the seed's user data (and vendor data) against a cloud-init version: tankos's checker,
   * then the real {@code cloud-init schema} of that version when installed; the message says which
   * judged and which file was refused.
   *
   * @param version the version, e.g. {@link CloudInitVersion#V25_1}
   * @return this
   */
  public NoCloudSeedAssert isValidFor(CloudInitVersion version) {
    Objects.requireNonNull(version, "version");
    isNotNull();
    check("user-data", CloudInitJudge.judge(actual.userData(), version), version);
    actual.vendorData().ifPresent(v -> check("vendor-data", CloudInitJudge.judge(v, version), version));
    return this;
  }

  private void check(String file, Verdict verdict, CloudInitVersion version) {
    if (!verdict.accepted()) {
      failWithMessage(
          "Expected the seed's %s to be valid for cloud-init %s but %s refused it:%n%s",
          file, version.label(), verdict.judge(), Texts.indent(verdict.detail()));
    }
  }

  /**
   * Assertions on the seed's files ({@code meta-data}, {@code user-data}, ...).
   *
   * @return assertions on {@link NoCloudSeed#toFileTree()}
   */
  public FileTreeAssert files() {
    isNotNull();
    return new FileTreeAssert(actual.toFileTree());
  }
}
