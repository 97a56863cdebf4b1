package io.tankos.bench;

import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.bootc.image.Provisioning;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.cloudinit.UserData;
import io.tankos.core.fs.FileTree;
import io.tankos.quadlet.QuadletUnit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The Tank-OS documents end to end: Quadlet units, the cloud-init seed, a Containerfile. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DocumentsBenchmark {
  TankOsImage image;
  String unitText;
  String userDataText;
  String containerfileText;

  @Setup
  public void setUp() {
    image = TankOsImage.tankOs().toBuilder()
        .provisioning(Provisioning.builder()
            .sshAuthorizedKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop")
            .hostname("tank-01")
            .instanceId("tank-01-v1")
            .build())
        .build();
    unitText = image.quadlets().units().get(0).render();
    userDataText = seed().toFileTree().text("user-data").orElseThrow();
    StringBuilder cf = new StringBuilder("FROM quay.io/fedora/fedora-bootc:42\n");
    for (int i = 0; i < 50; i++) {
      cf.append("RUN --mount=type=cache,target=/var/cache/dnf dnf -y install pkg").append(i).append(" && \\\n    echo done\n");
      cf.append("ENV KEY_").append(i).append("=\"value ").append(i).append("\"\n");
      cf.append("COPY [\"files/a b ").append(i).append("\", \"/etc/x").append(i).append("\"]\n");
    }
    containerfileText = cf.toString();
  }

  private NoCloudSeed seed() {
    return image.seed();
  }

  @Benchmark
  public FileTree quadletDefaultSetToTree() {
    return image.quadlets().toFileTree();
  }

  @Benchmark
  public FileTree imageBuildContext() {
    return image.buildContext();
  }

  @Benchmark
  public QuadletUnit quadletParse() {
    return QuadletUnit.parse("openclaw.container", unitText);
  }

  @Benchmark
  public FileTree seedToTree() {
    return seed().toFileTree();
  }

  @Benchmark
  public byte[] seedToIso() {
    return seed().toIso();
  }

  @Benchmark
  public UserData userDataParse() {
    return UserData.parse("user-data", userDataText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Benchmark
  public String containerfileParseRender() {
    return Containerfile.parse("Containerfile", containerfileText).toString();
  }
}
