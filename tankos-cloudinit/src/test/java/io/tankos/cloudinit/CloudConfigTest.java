package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudConfigTest {

  private static CloudUser openclaw() {
    return CloudUser.builder("openclaw").gecos("OpenClaw agent").groups("wheel", "systemd-journal")
        .sudo("ALL=(ALL) NOPASSWD:ALL").shell("/bin/bash").lockPasswd(true)
        .sshAuthorizedKey(TestKeys.ADMIN).uid(1000).homedir("/var/home/openclaw")
        .build();
  }

  @Test
  void everyBuilderWritesItsModule() {
    CloudConfig c = CloudConfig.builder()
        .defaultUser()
        .user(openclaw())
        .group("agents", "openclaw")
        .group("empty")
        .sshAuthorizedKey(TestKeys.OPS)
        .sshPwauth(false)
        .disableRoot(true)
        .sshDeletekeys(false)
        .sshKey("ed25519_public", "ssh-ed25519 AAAA host")
        .writeFile(WriteFile.builder("/etc/tank-os/role").content("agent\n").owner("root:root")
            .permissions(0640).defer(true).build())
        .runcmd(CloudCommand.argv("loginctl", "enable-linger", "openclaw"))
        .runcmd(CloudCommand.shell("echo ready > /run/ready"))
        .bootcmd(CloudCommand.argv("systemctl", "mask", "foo.service"))
        .hostname("tank-01")
        .fqdn("tank-01.fleet.example")
        .preferFqdnOverHostname(true)
        .timezone("Europe/Berlin")
        .locale("en_US.UTF-8")
        .mount(CloudMount.of("/dev/vdb", "/var/data", "xfs", "defaults,nofail", "0", "2"))
        .swap(Swap.of("/var/swap.img", "2G", "4G"))
        .growpart(Growpart.of("auto", List.of("/"), false))
        .resizeRootfs(true)
        .powerState(PowerState.reboot().withDelayMinutes(1).withMessage("bye"))
        .finalMessage("up after $UPTIME s")
        .phoneHome(PhoneHome.of("https://fleet.example/$INSTANCE_ID", List.of("hostname"), 3))
        .chpasswd(Chpasswd.builder().random("ops").expire(false).build())
        .randomSeed(RandomSeed.of("/dev/urandom", "c2VlZA==", "b64", List.of(), false))
        .build();
    assertThat(c.render()).isEqualTo(String.join("\n",
        "#cloud-config",
        "users:",
        "  - default",
        "  - name: openclaw",
        "    gecos: OpenClaw agent",
        "    shell: /bin/bash",
        "    lock_passwd: true",
        "    uid: 1000",
        "    homedir: /var/home/openclaw",
        "    groups: [wheel, systemd-journal]",
        "    sudo: ALL=(ALL) NOPASSWD:ALL",
        "    ssh_authorized_keys:",
        "      - " + TestKeys.ADMIN,
        "groups:",
        "  - agents: [openclaw]",
        "  - empty",
        "ssh_authorized_keys:",
        "  - " + TestKeys.OPS,
        "ssh_pwauth: false",
        "disable_root: true",
        "ssh_deletekeys: false",
        "ssh_keys:",
        "  ed25519_public: ssh-ed25519 AAAA host",
        "write_files:",
        "  - path: /etc/tank-os/role",
        "    content: |",
        "      agent",
        "    owner: root:root",
        "    permissions: '0640'",
        "    defer: true",
        "runcmd:",
        "  - [loginctl, enable-linger, openclaw]",
        "  - echo ready > /run/ready",
        "bootcmd:",
        "  - [systemctl, mask, foo.service]",
        "hostname: tank-01",
        "fqdn: tank-01.fleet.example",
        "prefer_fqdn_over_hostname: true",
        "timezone: Europe/Berlin",
        "locale: en_US.UTF-8",
        "mounts:",
        "  - [/dev/vdb, /var/data, xfs, 'defaults,nofail', '0', '2']",
        "swap:",
        "  filename: /var/swap.img",
        "  size: 2G",
        "  maxsize: 4G",
        "growpart:",
        "  mode: auto",
        "  devices: [/]",
        "resize_rootfs: true",
        "power_state:",
        "  mode: reboot",
        "  delay: 1",
        "  message: bye",
        "final_message: up after $UPTIME s",
        "phone_home:",
        "  url: https://fleet.example/$INSTANCE_ID",
        "  post: [hostname]",
        "  tries: 3",
        "chpasswd:",
        "  expire: false",
        "  users:",
        "    - name: ops",
        "      type: RANDOM",
        "random_seed:",
        "  file: /dev/urandom",
        "  data: c2VlZA==",
        "  encoding: b64",
        ""));
    for (CloudInitVersion v : CloudInitVersion.values()) {
      assertThat(c.problems(Target.bootc(v))).isEmpty();
    }
    assertThat(CloudConfig.parse("again", c.render())).isEqualTo(c);
    assertThat(c.users()).hasSize(1);
    assertThat(c.users().get(0).groups()).containsExactly("wheel", "systemd-journal");
    assertThat(c.runcmd()).containsExactly(CloudCommand.argv("loginctl", "enable-linger", "openclaw"),
        CloudCommand.shell("echo ready > /run/ready"));
  }

  private static List<String> locations(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      assertThat(e.getMessage()).doesNotContain("hunter2");
      return e.problems().stream().map(p -> p.location().path()).toList();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void invalidValuesAreRejectedWithTheirLocations() {
    assertThat(locations(() -> CloudUser.builder("Bad Name").sudo("NOPASSWD everything").shell("bash")
        .passwd("hunter2").uid(-1).groups("Wheel").field("lock_pasword", true).build()))
        .containsExactly("users.name", "users.shell", "users.passwd", "users.uid", "users.lock_pasword",
            "users.groups[0]", "users.sudo");
    assertThat(locations(() -> WriteFile.builder("relative").permissions("rw-r--r--").owner("root:").build()))
        .containsExactly("write_files.path", "write_files.owner", "write_files.permissions");
    String text = "#cloud-config\nusers:\n- name: Bad Name\n  sudo: NOPASSWD everything\n  shell: bash\n"
        + "  passwd: hunter2\nwrite_files:\n- path: /a\n- path: relative\n  permissions: rw-r--r--\n"
        + "  owner: 'root:'\nhostname: tank_01.\n";
    assertThat(locations(() -> CloudConfig.parse("f", text).check(Target.generic(CloudInitVersion.V25_1))))
        .containsExactly("users[0].name", "users[0].sudo", "users[0].shell", "users[0].passwd",
            "write_files[1].path", "write_files[1].permissions", "write_files[1].owner", "hostname");
  }

  @Test
  void permissionsAreAlwaysAnOctalString() {
    WriteFile f = WriteFile.builder("/x").permissions(0755).build();
    assertThat(f.permissions()).contains("0755");
    assertThatThrownBy(() -> WriteFile.builder("/x").permissions(010000).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("write_files.permissions: mode 10000 is not within 0..07777");
    CloudConfig parsed = CloudConfig.parse("f", "#cloud-config\nwrite_files:\n- path: /x\n  permissions: 0644\n");
    assertThat(parsed.problems(Target.generic(CloudInitVersion.V25_1)))
        .extracting(Problem::toString)
        .containsExactly("write_files[0].permissions: must be an octal string such as '0644', not an"
            + " integer (an unquoted 0644 is read as the integer 420)");
  }

  @Test
  void writeFilesChooseTheirEncoding() {
    WriteFile text = WriteFile.builder("/t").content("hello\n").build();
    WriteFile binary = WriteFile.builder("/b").content(new byte[] {0, 1, 2, (byte) 0xff}).build();
    WriteFile large = WriteFile.builder("/l").content("0123456789\n".repeat(1000)).build();
    assertThat(text.encoding()).isEqualTo("text/plain");
    assertThat(binary.encoding()).isEqualTo("b64");
    assertThat(large.encoding()).isEqualTo("gz+b64");
    assertThat(binary.content()).containsExactly(0, 1, 2, 0xff);
    assertThat(new String(large.content(), StandardCharsets.UTF_8)).isEqualTo("0123456789\n".repeat(1000));
    assertThat(WriteFile.builder("/l").content("0123456789\n".repeat(1000)).build()).isEqualTo(large);
  }

  @Test
  void versionsDifferInSudoListsUnknownKeysSourceAndDsaKeys() {
    // 22.4 ignores unknown keys, as cloud-init 22.4 does; 25.1's schema rejects them
    CloudConfig c = CloudConfig.builder()
        .user(CloudUser.builder("ops").sudo("ALL=(ALL) NOPASSWD:ALL").sudo("ALL=(root) /usr/bin/bootc").build())
        .set("tankos_unknown", 1)
        .set("write_files", List.of(Map.of("path", "/x", "source", Map.of("uri", "https://x/y"))))
        .sshKey("dsa_private", "key")
        .build();
    assertThat(c.problems(Target.generic(CloudInitVersion.V22_4))).extracting(Problem::toString)
        .containsExactlyInAnyOrder(
            "users[0].sudo: cloud-init 22.4 accepts sudo only as one rule (a string); a list of rules"
                + " needs cloud-init 25.1",
            "write_files[0].source: cloud-init 22.4 does not know write_files source (added in 24.x);"
                + " write the content instead");
    assertThat(c.problems(Target.generic(CloudInitVersion.V25_1))).extracting(Problem::toString)
        .containsExactlyInAnyOrder(
            "tankos_unknown: cloud-init 25.1 schema: Additional properties are not allowed"
                + " ('tankos_unknown' was unexpected)",
            "ssh_keys.dsa_private: cloud-init 25.1 does not accept DSA host keys");
    assertThat(c.unknownKeys(CloudInitVersion.V25_1)).containsExactly("tankos_unknown");
    assertThatThrownBy(() -> c.render(Target.generic(CloudInitVersion.V25_1), TargetPolicy.REWRITE))
        .isInstanceOf(ValidationException.class).hasMessageContaining("tankos_unknown");
  }

  @Test
  void aOneRuleSudoListIsWrittenAsAStringFor22() {
    CloudConfig c = CloudConfig.parse("f", "#cloud-config\nusers:\n- name: ops\n  sudo: [ALL=(ALL) ALL]\n");
    assertThat(c.problems(Target.generic(CloudInitVersion.V22_4))).hasSize(1);
    assertThat(c.render(Target.generic(CloudInitVersion.V22_4), TargetPolicy.REWRITE))
        .isEqualTo("#cloud-config\nusers:\n  - name: ops\n    sudo: ALL=(ALL) ALL\n");
    assertThatThrownBy(() -> c.render(Target.generic(CloudInitVersion.V22_4), TargetPolicy.STRICT))
        .isInstanceOf(ValidationException.class)
        .hasMessage("users[0].sudo: cloud-init 22.4 accepts sudo only as one rule (a string);"
            + " a list of rules needs cloud-init 25.1");
    assertThat(c.render(Target.generic(CloudInitVersion.V25_1), TargetPolicy.STRICT))
        .isEqualTo("#cloud-config\nusers:\n  - name: ops\n    sudo: [ALL=(ALL) ALL]\n");
  }

  @Test
  void bootcProfileRejectsPackageModulesWithTheReason() {
    CloudConfig c = CloudConfig.builder()
        .set("packages", List.of("htop"))
        .set("package_upgrade", true)
        .set("ntp", Map.of("enabled", true))
        .set("snap", Map.of("commands", List.of("snap install x")))
        .set("yum_repos", Map.of("epel", Map.of("baseurl", "https://example.com/epel")))
        .set("apt", Map.of("preserve_sources_list", true))
        .build();
    List<Problem> problems = c.problems(Target.bootc(CloudInitVersion.V25_1));
    assertThat(problems).extracting(p -> p.location().path())
        .containsExactly("packages", "package_upgrade", "ntp", "snap", "yum_repos", "apt");
    assertThat(problems.get(0).message()).contains("installs packages at boot", "Containerfile");
    assertThat(problems.get(2).message()).contains("installs the NTP client package");
    assertThat(c.problems(Target.generic(CloudInitVersion.V25_1))).isEmpty();
  }

  @Test
  void parsingKeepsUnknownKeysAndRefusesOtherDocuments() {
    CloudConfig c = CloudConfig.parse("f", "#cloud-config\nhostname: a\nmy_key: {x: [1, yes]}\n");
    assertThat(c.keys()).containsExactly("hostname", "my_key");
    assertThat(c.unknownKeys(CloudInitVersion.V22_4)).containsExactly("my_key");
    assertThat(c.render()).isEqualTo("#cloud-config\nhostname: a\nmy_key:\n  x: [1, true]\n");
    assertThatThrownBy(() -> CloudConfig.parse("s.sh", "#!/bin/sh\necho\n"))
        .isInstanceOf(ParseException.class).hasMessage("s.sh:1: not a cloud-config document: the first"
            + " line must be #cloud-config");
    assertThatThrownBy(() -> CloudConfig.parse("bad", "#cloud-config\na: [\n"))
        .isInstanceOf(ParseException.class).hasMessageStartingWith("bad:");
    assertThatThrownBy(() -> CloudConfig.parse("list", "#cloud-config\n- a\n"))
        .hasMessage("list: cloud-config is not a YAML mapping but a list");
    assertThatThrownBy(() -> CloudConfig.parse("eq", "#cloud-config\na: =\n"))
        .isInstanceOf(ParseException.class);
  }

  @Test
  void escapeHatchRejectsValuesYamlCannotCarry() {
    assertThatThrownBy(() -> CloudConfig.builder().set("x", new Object()).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("x: a Object cannot be written");
    assertThatThrownBy(() -> CloudConfig.builder().finalMessage("bad \ud800 surrogate").build())
        .hasMessageContaining("final_message: contains a lone UTF-16 surrogate");
  }

  @Test
  void commandsMustBeStringsAndMountsAtMostSixFields() {
    CloudConfig c = CloudConfig.parse("f", "#cloud-config\nruncmd:\n- [sleep, 5]\nmounts:\n- [a, b, c, d, 0, 2]\n");
    assertThat(c.problems(Target.generic(CloudInitVersion.V25_1))).extracting(Problem::toString)
        .containsExactly("runcmd[0][1]: must be a string, not an integer (quote it)",
            "mounts[0][4]: must be a string, not an integer (quote it)",
            "mounts[0][5]: must be a string, not an integer (quote it)");
    assertThatThrownBy(() -> CloudMount.of("1", "2", "3", "4", "5", "6", "7"))
        .isInstanceOf(ValidationException.class).hasMessage("mounts: must have 1 to 6 fields, not 7");
    assertThatThrownBy(() -> CloudMount.of("swap", null))
        .isInstanceOf(ValidationException.class).hasMessage("mounts[1]: must be a string, not null (quote it)");
    assertThatThrownBy(() -> CloudCommand.argv(List.of()))
        .isInstanceOf(ValidationException.class).hasMessage("command: an argv list needs at least the program");
  }

  @Test
  void aSudoRuleOfManyTagsDoesNotOverflowTheRegexStack() {
    // Java's regex recursed once per tag: 20,000 tags overflowed its stack
    String rule = "ALL=(ALL) " + "NOPASSWD: ".repeat(20_000) + "ALL";
    org.assertj.core.api.Assertions.assertThatCode(() -> CloudUser.builder("app").sudo(rule).build())
        .doesNotThrowAnyException();
    org.assertj.core.api.Assertions.assertThatCode(() -> CloudUser.builder("app").sudo("ALL=EXEC:").build())
        .doesNotThrowAnyException(); // the last tag-like word is the command
    assertThat(locations(() -> CloudUser.builder("app").sudo(rule.replace("ALL=", "")).build()))
        .containsExactly("users.sudo");
  }

  @Test
  void aBuiltUserIsSharedNotCopiedAndItsVersionRulesStillApply() {
    CloudUser u = CloudUser.builder("openclaw").sudo("ALL=(ALL) ALL").sudo("ALL=(ALL) NOPASSWD:ALL")
        .field("doas", List.of("permit openclaw")).sshAuthorizedKey(TestKeys.ADMIN).build();
    CloudConfig c = CloudConfig.builder().user(u).build();
    assertThat(((List<?>) c.values().get("users")).get(0)).isSameAs(u.fields());
    // the value rules passed when the user was built; what 22.4 lacks is still reported
    assertThat(c.problems(Target.bootc(CloudInitVersion.V22_4))).extracting(Problem::toString)
        .containsExactly("users[0].doas: is not a field of a user in cloud-init 22.4",
            "users[0].sudo: cloud-init 22.4 accepts sudo only as one rule (a string); a list"
            + " of rules needs cloud-init 25.1");
    assertThat(c.problems(Target.bootc(CloudInitVersion.V25_1))).isEmpty();
  }

  @Test
  void aBuiltUserWhoseLineFitsOnlyOutsideAListIsCopiedAndRefused() {
    // gecos: 4 columns of indentation in a user alone, 8 under users
    int n = CloudInitLimits.MAX_YAML_LINE_LENGTH - "gecos: ".length() - 4;
    CloudUser u = CloudUser.builder("openclaw").gecos("a".repeat(n)).build();
    assertThatThrownBy(() -> CloudConfig.builder().user(u).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("users[0].gecos: would be written as a YAML line of up to "
            + (CloudInitLimits.MAX_YAML_LINE_LENGTH + 4) + " characters");
  }

  @Test
  void aBuiltUsersBinaryIsNotShared() {
    CloudUser u = CloudUser.builder("openclaw").field("create-groups", new byte[] {1, 2, 3})
        .build();
    CloudConfig c = CloudConfig.builder().user(u).build();
    ((byte[]) u.fields().get("create-groups"))[0] = 9;
    Map<?, ?> shared = (Map<?, ?>) ((List<?>) c.values().get("users")).get(0);
    assertThat((byte[]) shared.get("create-groups")).containsExactly(1, 2, 3);
  }

  @Test
  void appendingGrowsTheBuildersOwnListOnlyAndEveryBuildKeepsItsItems() {
    CloudCommand a = CloudCommand.shell("echo a");
    CloudCommand b = CloudCommand.shell("echo b");
    CloudCommand c = CloudCommand.shell("echo c");
    // a list given to set is the caller's: appending copies it instead of changing it
    List<Object> given = new java.util.ArrayList<>(List.of("echo given"));
    CloudConfig.Builder builder = CloudConfig.builder().set("runcmd", given).runcmd(a);
    assertThat(given).containsExactly("echo given");
    CloudConfig first = builder.build();
    // the builder goes on growing its list; what it built before keeps its own items
    CloudConfig second = builder.runcmd(b).build();
    assertThat(first.runcmd()).containsExactly(CloudCommand.fromRaw("echo given"), a);
    assertThat(second.runcmd()).containsExactly(CloudCommand.fromRaw("echo given"), a, b);
    // toBuilder starts from the built, unmodifiable list: it is copied, the document unchanged
    CloudConfig third = second.toBuilder().runcmd(c).build();
    assertThat(second.runcmd()).hasSize(3);
    assertThat(third.runcmd()).containsExactly(CloudCommand.fromRaw("echo given"), a, b, c);
    // replacing the list drops what was appended before
    assertThat(builder.set("runcmd", List.of("echo d")).runcmd(c).build().runcmd())
        .containsExactly(CloudCommand.fromRaw("echo d"), c);
  }

  @Test
  void manyAppendedItemsAreAllKeptInOrder() {
    CloudConfig.Builder builder = CloudConfig.builder();
    for (int i = 0; i < 20_000; i++) {
      builder.writeFile(WriteFile.builder("/etc/f" + i).content("x").build());
    }
    List<WriteFile> files = builder.build().writeFiles();
    assertThat(files).hasSize(20_000);
    assertThat(files.get(19_999).path()).contains("/etc/f19999");
  }
}
