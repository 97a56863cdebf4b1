package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.bib.BuildConfig;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.cloudinit.realtools.CloudInitValidators;
import io.tankos.core.fs.FileTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed of the default and the multi-instance image as the real cloud-init validators (22.4.2
 * and 25.1.4) read it, the ISO as written, and the bootc-image-builder config read back.
 */
class ImageSeedRealToolsTest {

  @TempDir Path tmp;

  @Test
  void bothCloudInitVersionsAcceptTheSeeds() throws Exception {
    Path dir = tmp;
    List<Path> files = new ArrayList<>();
    int n = 0;
    for (TankOsImage image : List.of(TankOsImage.tankOs(), ImageFixtures.multiInstance())) {
      FileTree ctx = image.buildContext(RenderOptions.builder().seedIso(true).build());
      Path seed = dir.resolve("ctx" + n++);
      ctx.writeTo(seed);
      files.add(seed.resolve("seed/user-data"));
      NoCloudSeed read = NoCloudSeed.read(seed.resolve("seed"));
      assertThat(read.metaData().instanceId()).isEqualTo(image.provisioning().instanceId());
      assertThat(BuildConfig.read(seed.resolve("bib/config.toml"))).isEqualTo(image.diskImage());
    }
    assertThat(CloudInitValidators.versions()).containsExactly("22.4", "25.1");
    for (String version : CloudInitValidators.versions()) {
      assertThat(CloudInitValidators.problems(version, files)).as(version).isEmpty();
    }
    Path bad = dir.resolve("bad-user-data");
    Files.writeString(bad, "#cloud-config\nusers:\n  - name: openclaw\n    lock_passwd: maybe\n");
    assertThat(CloudInitValidators.problems("25.1", List.of(bad))).as("the validator can refuse").hasSize(1);
  }
}
