package io.tankos.cloudinit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generated cloud-config documents full of hostile strings, valid for both cloud-init versions. */
final class Generated {
  private Generated() {}

  static Arbitrary<String> userName() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(1)
        .flatMap(first -> Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_', '-')
            .ofMaxLength(12).map(rest -> first + rest));
  }

  static Arbitrary<CloudUser> user() {
    return Combinators.combine(userName(), HostileStrings.oneLine(), userName().list().ofMaxSize(3),
        HostileStrings.oneLine().list().ofMaxSize(2), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 65000), Arbitraries.of("ALL=(ALL) NOPASSWD:ALL",
            "ALL=(ALL:ALL) ALL", "ALL=(root) NOPASSWD: /usr/bin/systemctl restart *"))
        .as((name, gecos, groups, keys, lock, uid, sudo) -> {
          CloudUser.Builder b = CloudUser.builder(name).gecos(gecos).lockPasswd(lock).uid(uid).sudo(sudo)
              .shell("/bin/bash").homedir("/var/home/" + name);
          groups.forEach(b::groups);
          keys.forEach(k -> b.sshAuthorizedKey(TestKeys.ADMIN + " " + k));
          return b.build();
        });
  }

  static Arbitrary<WriteFile> writeFile() {
    return Combinators.combine(userName(), HostileStrings.any(),
        Arbitraries.integers().between(0, 07777), Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.bytes().array(byte[].class).ofMaxSize(64))
        .as((name, content, mode, append, binary, bytes) -> {
          WriteFile.Builder b = WriteFile.builder("/etc/tankos/" + name).permissions(mode)
              .owner("root:root").append(append).defer(!append);
          return binary ? b.content(bytes).build() : b.content(content).build();
        });
  }

  static Arbitrary<CloudCommand> command() {
    return Arbitraries.oneOf(
        HostileStrings.any().map(CloudCommand::shell),
        HostileStrings.any().list().ofMinSize(1).ofMaxSize(4).map(CloudCommand::argv));
  }

  static Arbitrary<CloudConfig> cloudConfig() {
    return Builders.withBuilder(CloudConfig::builder)
        .use(user().list().ofMaxSize(2)).in((b, us) -> {
          us.forEach(b::user);
          return b;
        })
        .use(writeFile().list().ofMaxSize(2)).in((b, fs) -> {
          fs.forEach(b::writeFile);
          return b;
        })
        .use(command().list().ofMaxSize(3)).in((b, cs) -> {
          cs.forEach(b::runcmd);
          return b;
        })
        .use(command().list().ofMaxSize(2)).in((b, cs) -> {
          cs.forEach(b::bootcmd);
          return b;
        })
        .use(HostileStrings.any()).in(CloudConfig.Builder::finalMessage)
        .use(HostileStrings.oneLine()).in(CloudConfig.Builder::timezone)
        .use(HostileStrings.oneLine().list().ofMinSize(1).ofMaxSize(6)).in((b, f) -> b.mount(new CloudMount(f)))
        .use(HostileStrings.oneLine().list().ofMaxSize(2)).in((b, keys) -> {
          keys.forEach(k -> b.sshAuthorizedKey(TestKeys.OPS + " " + k));
          return b;
        })
        .use(Arbitraries.of(true, false)).in(CloudConfig.Builder::sshPwauth)
        .use(Arbitraries.of("tank-01", "a", "x-1")).in(CloudConfig.Builder::hostname)
        .build(CloudConfig.Builder::build);
  }

  /** Raw escape-hatch documents: hostile keys and nested values under a key only 22.4 ignores. */
  static Arbitrary<CloudConfig> rawConfig() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(HostileStrings.any().map(s -> (Object) s),
        Arbitraries.integers().map(i -> (Object) i), Arbitraries.of(true, false).map(x -> (Object) x),
        Arbitraries.just(null));
    Arbitrary<Object> list = leaf.list().ofMaxSize(4).map(l -> (Object) l);
    Arbitrary<Object> map = Arbitraries.maps(HostileStrings.any(), Arbitraries.oneOf(leaf, list))
        .ofMaxSize(5).map(m -> (Object) m);
    return Arbitraries.maps(HostileStrings.any(), Arbitraries.oneOf(leaf, list, map)).ofMaxSize(6)
        .map(m -> CloudConfig.builder().set("tankos_fuzz", m).build());
  }
}
