package io.tankos.test;

import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.Invocation;
import io.tankos.core.fs.FileTree;
import io.tankos.core.unit.UnitFile;
import io.tankos.quadlet.QuadletSet;
import io.tankos.quadlet.QuadletUnit;
import org.assertj.core.api.Assertions;

/**
 * AssertJ entry point for tankos's formats; extends {@link Assertions}, so one static import serves
 * both.
 *
 * <pre>{@code
 * import static io.tankos.test.TankosAssertions.assertThat;
 *
 * assertThat(set).isAcceptedByQuadlet(PodmanVersion.V5_4);
 * assertThat(tree).hasFile("etc/sudoers.d/openclaw").withMode(0440);
 * assertThat(config).isValidFor(CloudInitVersion.V25_1);
 * }</pre>
 */
public class TankosAssertions extends Assertions {

  /** Static methods only; a subclass may add its own. */
  protected TankosAssertions() {}

  /**
   * Assertions on a Quadlet unit.
   *
   * @param actual the unit
   * @return the assertions
   */
  public static QuadletUnitAssert assertThat(QuadletUnit actual) {
    return new QuadletUnitAssert(actual);
  }

  /**
   * Assertions on a Quadlet set.
   *
   * @param actual the set
   * @return the assertions
   */
  public static QuadletSetAssert assertThat(QuadletSet actual) {
    return new QuadletSetAssert(actual);
  }

  /**
   * Assertions on a unit file.
   *
   * @param actual the unit file
   * @return the assertions
   */
  public static UnitFileAssert assertThat(UnitFile actual) {
    return new UnitFileAssert(actual, "the unit");
  }

  /**
   * Assertions on a cloud-config document.
   *
   * @param actual the document
   * @return the assertions
   */
  public static CloudConfigAssert assertThat(CloudConfig actual) {
    return new CloudConfigAssert(actual);
  }

  /**
   * Assertions on a NoCloud seed.
   *
   * @param actual the seed
   * @return the assertions
   */
  public static NoCloudSeedAssert assertThat(NoCloudSeed actual) {
    return new NoCloudSeedAssert(actual);
  }

  /**
   * Assertions on a Containerfile.
   *
   * @param actual the Containerfile
   * @return the assertions
   */
  public static ContainerfileAssert assertThat(Containerfile actual) {
    return new ContainerfileAssert(actual);
  }

  /**
   * Assertions on a file tree.
   *
   * @param actual the tree
   * @return the assertions
   */
  public static FileTreeAssert assertThat(FileTree actual) {
    return new FileTreeAssert(actual);
  }

  /**
   * Assertions on a command's result.
   *
   * @param actual the result
   * @return the assertions
   */
  public static CommandResultAssert assertThat(CommandResult actual) {
    return new CommandResultAssert(actual);
  }

  /**
   * Assertions on a command recorded by a {@link io.tankos.core.exec.RecordingRunner}.
   *
   * @param actual the invocation
   * @return the assertions
   */
  public static RecordedCallAssert assertThat(Invocation actual) {
    return new RecordedCallAssert(RecordedCall.of(actual));
  }

  /**
   * Assertions on a call recorded by a fake executable of {@link FakeTools}.
   *
   * @param actual the call
   * @return the assertions
   */
  public static RecordedCallAssert assertThat(RecordedCall actual) {
    return new RecordedCallAssert(actual);
  }
}
