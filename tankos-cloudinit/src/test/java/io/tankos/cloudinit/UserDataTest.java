package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UserDataTest {
  private static final CloudConfig BASE = CloudConfig.builder().hostname("tank-01")
      .runcmd(CloudCommand.argv("echo", "one")).build();
  private static final CloudConfig EXTRA = CloudConfig.builder()
      .runcmd(CloudCommand.argv("echo", "two")).finalMessage("größer ✓").build();

  static UserData multi() {
    return UserData.builder()
        .cloudConfig(BASE)
        .part(Part.cloudConfig(EXTRA).withMergeType(Part.MERGE_APPEND_LISTS).withFilename("extra.yaml"))
        .part(Part.shellScript("#!/bin/sh\necho done\n"))
        .part(Part.of(PartType.BOOTHOOK, "#cloud-boothook\necho early\n"))
        .part(Part.of(PartType.INCLUDE_URL, "#include\nhttps://example.invalid/more\n"))
        .part(Part.of(PartType.JINJA2, "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\n"))
        .part(Part.of(PartType.PART_HANDLER, "#part-handler\ndef list_types():\n    return []\n"))
        .part(Part.of(PartType.CLOUD_CONFIG_ARCHIVE, "#cloud-config-archive\n- type: text/cloud-config\n  content: 'a: b'\n"))
        .build();
  }

  @Test
  void multiPartIsDeterministicMimeWithMergeTypesAndFilenames() {
    String text = multi().render();
    assertThat(text).isEqualTo(multi().render());
    String boundary = text.substring(text.indexOf("boundary=\"") + 10, text.indexOf("\"\n"));
    assertThat(boundary).startsWith("==tankos-").endsWith("==");
    assertThat(text).startsWith("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\nMIME-Version: 1.0\n\n--" + boundary + "\n"
        + "Content-Type: text/cloud-config; charset=\"utf-8\"\nMIME-Version: 1.0\n"
        + "Content-Transfer-Encoding: 7bit\n\n#cloud-config\nhostname: tank-01\n");
    assertThat(text).contains("Content-Disposition: attachment; filename=\"extra.yaml\"\n"
        + "X-Merge-Type: list(append)+dict(no_replace,recurse_list)+str()\n");
    assertThat(text).contains("Content-Type: text/x-shellscript; charset=\"utf-8\"")
        .contains("Content-Type: text/cloud-boothook").contains("Content-Type: text/x-include-url")
        .contains("Content-Type: text/jinja2").contains("Content-Type: text/part-handler")
        .contains("Content-Type: text/cloud-config-archive");
    // the non-ASCII part goes base64
    assertThat(text).contains("Content-Transfer-Encoding: base64");
    assertThat(text).endsWith("--" + boundary + "--\n");
    assertThat(UserData.builder().cloudConfig(BASE).build().render()).doesNotContain(boundary);
  }

  @Test
  void multiPartParsesBackToTheSameParts() {
    UserData data = multi();
    UserData back = UserData.parse("ud", data.bytes());
    assertThat(back.isMultipart()).isTrue();
    assertThat(back.parts()).isEqualTo(data.parts());
    assertThat(back.parts().get(1).mergeType()).contains(Part.MERGE_APPEND_LISTS);
    assertThat(back.parts().get(1).filename()).contains("extra.yaml");
    assertThat(back.parts().get(1).cloudConfig().orElseThrow().get("final_message")).contains("größer ✓");
    assertThat(back.render()).isEqualTo(data.render());
  }

  @Test
  void gzipIsDeterministicAndParsedBack() {
    byte[] a = multi().gzip();
    byte[] b = multi().gzip();
    assertThat(a).isEqualTo(b);
    assertThat(Arrays.copyOfRange(a, 0, 10))
        .containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff);
    assertThat(UserData.parse("ud.gz", a).parts()).isEqualTo(multi().parts());
    assertThat(UserData.parse("single.gz", UserData.of(BASE).gzip()).parts().get(0).cloudConfig())
        .contains(BASE);
  }

  @Test
  void sizeLimitsAreCheckedPerPlatform() {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 1200; i++) {
      big.append("line ").append(i).append(" of a large but compressible file\n");
    }
    CloudConfig large = CloudConfig.builder()
        .writeFile(WriteFile.builder("/etc/big").content(big.toString()).encoding("text/plain").build())
        .build();
    UserData data = UserData.of(large);
    assertThat(data.sizes().raw()).isGreaterThan(16 * 1024);
    assertThat(data.sizes().base64()).isEqualTo((data.sizes().raw() + 2) / 3 * 4);
    assertThatThrownBy(() -> data.checkFits(PlatformLimit.EC2, false))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("user-data: size " + data.sizes().raw() + " B is over the AWS EC2 limit of 16384 B; gzip would make it");
    data.checkFits(PlatformLimit.EC2, true);
    data.checkFits(PlatformLimit.VMWARE, false);
    data.checkFits(PlatformLimit.AZURE, false);
    assertThat(PlatformLimit.OPENSTACK.countedSize(49152)).isEqualTo(65536);
    assertThat(PlatformLimit.EC2.countedSize(20000)).isEqualTo(20000);
  }

  @Test
  void singleDocumentsKeepTheirType() {
    UserData script = UserData.parse("s", "#!/bin/bash\necho hi\n".getBytes(StandardCharsets.UTF_8));
    assertThat(script.isMultipart()).isFalse();
    assertThat(script.parts().get(0).type()).isEqualTo(PartType.SHELL_SCRIPT);
    assertThat(script.render()).isEqualTo("#!/bin/bash\necho hi\n");
    assertThat(UserData.of(BASE).render()).isEqualTo(BASE.render());
  }

  @Test
  void fileThatIsNotUserDataIsRefusedWithOneLine() {
    assertThatThrownBy(() -> UserData.parse("notes.txt", "just some notes\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("notes.txt:1: not cloud-init user-data: the first line must be one of")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThatThrownBy(() -> UserData.parse("bom", "\ufeff#cloud-config\na: 1\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("byte order mark");
    assertThatThrownBy(() -> UserData.parse("mime", ("Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
        + "Content-Type: application/x-unknown\n\nzzz\n--b--\n").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("content type application/x-unknown is not a user-data type");
  }

  @Test
  void partsRejectHeaderInjection() {
    UserData bad = UserData.builder().part(Part.cloudConfig(BASE).withFilename("a\"\nX-Evil: 1")).build();
    assertThatThrownBy(bad::render).isInstanceOf(ValidationException.class)
        .hasMessageContaining("part[0].filename");
    assertThatThrownBy(() -> UserData.builder().boundary("has space")).isInstanceOf(ValidationException.class);
  }

  @Test
  void problemsOfPartsArePrefixed() {
    CloudConfig bad = CloudConfig.builder().set("packages", java.util.List.of("htop")).build();
    UserData data = UserData.builder().cloudConfig(BASE).cloudConfig(bad).build();
    assertThat(data.problems(Target.bootc(CloudInitVersion.V25_1)))
        .extracting(p -> p.location().path()).containsExactly("part[1].packages");
  }
}
