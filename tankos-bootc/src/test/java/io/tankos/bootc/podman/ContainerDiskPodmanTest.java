package io.tankos.bootc.podman;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.kubevirt.ContainerDisk;
import io.tankos.core.fs.FileTree;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The containerDisk Containerfile, built by the real podman: the disk lands in /disk/ owned by qemu
 * (107:107).
 */
class ContainerDiskPodmanTest {
  private Podman podman;
  private String tag;

  @AfterEach
  void cleanUp() {
    if (podman != null && tag != null) {
      podman.removeImage(tag);
    }
  }

  @Test
  void diskLandsUnderDiskOwnedByQemu() throws IOException {
    podman = RealPodman.podman();
    tag = "localhost/" + RealPodman.uniqueName("containerdisk") + ":1";
    byte[] disk = "QFI\u00fb not really a qcow2\n".getBytes(StandardCharsets.UTF_8);
    podman.build(
        PodmanBuild.builder()
            .containerfile(ContainerDisk.containerfile("disk.qcow2"))
            .context(FileTree.builder().file("disk.qcow2", disk).build())
            .tag(tag)
            .build());
    byte[] tar = RealPodman.export(podman, tag);
    Map<String, byte[]> files = TarEntries.files(tar);
    assertThat(files.get("disk/disk.qcow2")).isEqualTo(disk);
    assertThat(owner(tar, "disk/disk.qcow2")).isEqualTo("107:107");
  }

  /** uid:gid of a tar entry (ustar header fields, octal). */
  private static String owner(byte[] tar, String path) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(tar));
    byte[] header = new byte[512];
    while (in.available() >= 512) {
      in.readFully(header);
      if (header[0] == 0) {
        break;
      }
      String name = field(header, 0, 100);
      long size = octal(field(header, 124, 12));
      if (name.equals(path) || name.equals("./" + path)) {
        return octal(field(header, 108, 8)) + ":" + octal(field(header, 116, 8));
      }
      in.skipBytes((int) (size + (512 - size % 512) % 512));
    }
    throw new AssertionError(path + " is not in the image");
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long octal(String s) {
    String t = s.trim();
    return t.isEmpty() ? 0 : Long.parseLong(t, 8);
  }
}
