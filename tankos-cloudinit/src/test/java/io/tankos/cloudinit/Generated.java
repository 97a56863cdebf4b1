package io.tankos.cloudinit;

import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import java.util.List;
import java.util.Map;

/** Generated cloud-config documents full of hostile strings, valid for both cloud-init versions. */
final class Generated {
  private Generated() {}

  static Gen<String> userName() {
    Gen<String> first = Gen.strings(Chars.range('a', 'z'), 1, 1);
    Gen<String> rest = Gen.strings(Chars.range('a', 'z').plus(Chars.range('0', '9')).plus(Chars.of("_-")), 0, 12);
    return r -> first.next(r) + rest.next(r);
  }

  /** Hostile one-line key comments, without NUL: sshd reads a key line as a C string. */
  static Gen<String> keyComments() {
    return HostileStrings.oneLine().map(s -> s.replace("\0", ""));
  }

  static Gen<CloudUser> user() {
    Gen<String> names = userName();
    Gen<String> gecos = HostileStrings.oneLine();
    Gen<List<String>> groups = userName().list(0, 3);
    Gen<List<String>> keys = keyComments().list(0, 2);
    Gen<Boolean> locks = Gen.booleans();
    Gen<Integer> uids = Gen.ints(0, 65000);
    Gen<String> sudo = Gen.of("ALL=(ALL) NOPASSWD:ALL",
        "ALL=(ALL:ALL) ALL", "ALL=(root) NOPASSWD: /usr/bin/systemctl restart *");
    return r -> {
      String name = names.next(r);
      CloudUser.Builder b = CloudUser.builder(name).gecos(gecos.next(r)).lockPasswd(locks.next(r))
          .uid(uids.next(r)).sudo(sudo.next(r)).shell("/bin/bash").homedir("/var/home/" + name);
      groups.next(r).forEach(b::groups);
      keys.next(r).forEach(k -> b.sshAuthorizedKey(TestKeys.ADMIN + " " + k));
      return b.build();
    };
  }

  static Gen<WriteFile> writeFile() {
    Gen<String> names = userName();
    Gen<String> contents = HostileStrings.any();
    Gen<Integer> modes = Gen.ints(0, 07777);
    Gen<Boolean> flags = Gen.booleans();
    Gen<byte[]> bytes = Gen.bytes(0, 64);
    return r -> {
      WriteFile.Builder b = WriteFile.builder("/etc/tankos/" + names.next(r));
      String content = contents.next(r);
      b.permissions(modes.next(r));
      boolean append = flags.next(r);
      b.owner("root:root").append(append).defer(!append);
      boolean binary = flags.next(r);
      byte[] data = bytes.next(r);
      return binary ? b.content(data).build() : b.content(content).build();
    };
  }

  static Gen<CloudCommand> command() {
    return Gen.oneOf(
        HostileStrings.any().map(CloudCommand::shell),
        HostileStrings.any().list(1, 4).map(CloudCommand::argv));
  }

  static Gen<CloudConfig> cloudConfig() {
    Gen<List<CloudUser>> users = user().list(0, 2);
    Gen<List<WriteFile>> files = writeFile().list(0, 2);
    Gen<List<CloudCommand>> runcmds = command().list(0, 3);
    Gen<List<CloudCommand>> bootcmds = command().list(0, 2);
    Gen<String> text = HostileStrings.any();
    Gen<String> line = HostileStrings.oneLine();
    Gen<List<String>> mountFields = HostileStrings.oneLine().list(1, 6);
    Gen<List<String>> keys = keyComments().list(0, 2);
    Gen<Boolean> pwauth = Gen.booleans();
    Gen<String> hostnames = Gen.of("tank-01", "a", "x-1");
    return r -> {
      CloudConfig.Builder b = CloudConfig.builder();
      users.next(r).forEach(b::user);
      files.next(r).forEach(b::writeFile);
      runcmds.next(r).forEach(b::runcmd);
      bootcmds.next(r).forEach(b::bootcmd);
      b.finalMessage(text.next(r));
      b.timezone(line.next(r));
      b.mount(new CloudMount(mountFields.next(r)));
      keys.next(r).forEach(k -> b.sshAuthorizedKey(TestKeys.OPS + " " + k));
      b.sshPwauth(pwauth.next(r));
      b.hostname(hostnames.next(r));
      return b.build();
    };
  }

  /** Raw escape-hatch documents: hostile keys and nested values under a key only 22.4 ignores. */
  static Gen<CloudConfig> rawConfig() {
    Gen<Object> leaf = Gen.oneOf(HostileStrings.any(),
        Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE), Gen.booleans(), Gen.constant(null));
    Gen<Object> list = leaf.list(0, 4).map(l -> l);
    Gen<Object> map = Gen.maps(HostileStrings.any(), Gen.oneOf(leaf, list), 0, 5).map(m -> m);
    Gen<Map<String, Object>> top = Gen.maps(HostileStrings.any(), Gen.oneOf(leaf, list, map), 0, 6);
    return top.map(m -> CloudConfig.builder().set("tankos_fuzz", m).build());
  }
}
