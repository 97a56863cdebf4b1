package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.internal.Yaml11;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The real validators judge tankos' model: generated users, files and commands, valid and invalid,
 * each get from tankos ({@code build()}, then {@code problems(target)}) the verdict {@code
 * cloud-init schema} 22.4.2 and 25.1.4 give the entry. The exceptions are named house rules, where
 * tankos refuses what the schema lets through (user names, absolute shells, password hashes, sudo
 * rule syntax, SSH public keys, deprecated spellings, empty argv); for those the test asserts that
 * the schema does accept the entry and tankos does not.
 */
class ModelVerdictRealToolsTest {
  private static final String[] STRINGS = {"OpenClaw agent", "yes", "0644", "a: b", "", "\u00e9 \u2603", "#x", "1:20", "="};
  private static final String HASH = "$6$rounds=500000$tankos$0cJ6r0Qb1m7hS0x1dB4E1D6Zz3pE1vGQ3ZsYjK9qf8Lr2m8q0n5v6w7x8y9z0A1B2C3D4E5F6G7H8I9J0K1L2M3";

  /** What the schema says of a generated entry, when it differs from tankos by a house rule. */
  private enum Rule { NONE, HOUSE }

  /** One generated entry: its raw YAML value, how tankos builds it, and whether a house rule applies. */
  private record Case(String label, Object raw, Supplier<Object> typed, Rule rule) {}

  private final Random random = new Random(20261204L);

  private <T> T pick(List<T> l) {
    return l.get(random.nextInt(l.size()));
  }

  private String name() {
    return "u" + Integer.toString(random.nextInt(1 << 20), 36) + pick(List.of("", "_x", "-y", "9"));
  }

  private Case user() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("name", name());
    if (random.nextBoolean()) {
      raw.put("gecos", STRINGS[random.nextInt(STRINGS.length)]);
    }
    if (random.nextBoolean()) {
      raw.put("groups", List.of("wheel", "systemd-journal", "agents").subList(0, 1 + random.nextInt(3)));
    }
    int rules = random.nextInt(3);
    if (rules == 1) {
      raw.put("sudo", "ALL=(ALL) NOPASSWD:ALL");
    } else if (rules == 2) {
      raw.put("sudo", List.of("ALL=(ALL:ALL) ALL", "ALL=(root) NOPASSWD: /usr/bin/bootc upgrade"));
    }
    for (String flag : List.of("lock_passwd", "system", "no_create_home")) {
      if (random.nextInt(3) == 0) {
        raw.put(flag, random.nextBoolean());
      }
    }
    if (random.nextBoolean()) {
      raw.put("shell", pick(List.of("/bin/bash", "/usr/bin/zsh", "/sbin/nologin")));
    }
    if (random.nextInt(3) == 0) {
      raw.put("homedir", "/var/home/" + raw.get("name"));
    }
    if (random.nextInt(3) == 0) {
      raw.put("uid", random.nextInt(65000));
    }
    if (random.nextInt(4) == 0) {
      raw.put("passwd", HASH);
    }
    if (random.nextBoolean()) {
      raw.put("ssh_authorized_keys", List.of(TestKeys.ADMIN, TestKeys.OPS).subList(0, 1 + random.nextInt(2)));
    }
    Rule rule = Rule.NONE;
    String label = "valid, invalid or version-specific";
    switch (random.nextInt(4) == 0 ? -1 : random.nextInt(24)) {
      case -1 -> { }
      case 0 -> raw.put("lock_passwd", "yes");
      case 1 -> raw.put("system", 1);
      case 2 -> raw.put("uid", 1.5);
      case 3 -> raw.put("gecos", 5);
      case 4 -> raw.put("groups", List.of());
      case 5 -> raw.put("ssh_authorized_keys", List.of());
      case 6 -> raw.put("sudo", 5);
      case 7 -> raw.put("bogus_field", "x");
      case 8 -> raw.put("shell", List.of("/bin/sh"));
      case 9 -> raw.put("expiredate", pick(List.of("2030-13-01", "2030-02-30", "2030-01-15")));
      case 10 -> raw.put("doas", List.of("permit nopass openclaw"));
      case 11 -> raw.put("groups", Map.of("wheel", "x"));
      case 12 -> raw.put("snapuser", "a@example.org");
      default -> {
        rule = Rule.HOUSE;
        label = "house rule";
        if (raw.get("sudo") instanceof List) {
          raw.put("sudo", "ALL=(ALL) NOPASSWD:ALL");
        }
        switch (random.nextInt(11)) {
          case 0 -> raw.put("name", "Bad Name");
          case 1 -> raw.put("shell", "bash");
          case 2 -> raw.put("passwd", "hunter2");
          case 3 -> raw.put("ssh_authorized_keys", List.of("ssh-ed25519 AAAA admin@laptop"));
          case 4 -> raw.put("ssh_authorized_keys", List.of("-----BEGIN OPENSSH PRIVATE KEY-----"));
          case 5 -> raw.put("sudo", "everything");
          case 6 -> raw.put("uid", -1 - random.nextInt(100));
          case 7 -> raw.put("uid", "1000");
          case 8 -> raw.put("sudo", random.nextBoolean());
          case 9 -> raw.put("plain_text_passwd", "hunter2");
          default -> raw.put("groups", List.of("Wheel"));
        }
      }
    }
    return new Case(label, raw, () -> typedUser(raw), rule);
  }

  /** Builds a user from its raw fields through the typed setters where the value fits one. */
  private static CloudUser typedUser(Map<String, Object> raw) {
    CloudUser.Builder b = CloudUser.builder((String) raw.get("name"));
    raw.forEach((k, v) -> {
      switch (k) {
        case "name" -> { }
        case "gecos" -> setOr(b, k, v, String.class, () -> b.gecos((String) v));
        case "shell" -> setOr(b, k, v, String.class, () -> b.shell((String) v));
        case "homedir" -> setOr(b, k, v, String.class, () -> b.homedir((String) v));
        case "passwd" -> setOr(b, k, v, String.class, () -> b.passwd((String) v));
        case "lock_passwd" -> setOr(b, k, v, Boolean.class, () -> b.lockPasswd((Boolean) v));
        case "system" -> setOr(b, k, v, Boolean.class, () -> b.system((Boolean) v));
        case "no_create_home" -> setOr(b, k, v, Boolean.class, () -> b.noCreateHome((Boolean) v));
        case "uid" -> setOr(b, k, v, Integer.class, () -> b.uid((Integer) v));
        case "sudo" -> {
          if (v instanceof String s) {
            b.sudo(s);
          } else if (v instanceof List<?> l && !l.isEmpty()) {
            l.forEach(r -> b.sudo((String) r));
          } else {
            b.field(k, v);
          }
        }
        case "groups" -> {
          if (v instanceof List<?> l && !l.isEmpty()) {
            b.groups(l.toArray(new String[0]));
          } else {
            b.field(k, v);
          }
        }
        case "ssh_authorized_keys" -> {
          if (v instanceof List<?> l && !l.isEmpty()) {
            l.forEach(key -> b.sshAuthorizedKey((String) key));
          } else {
            b.field(k, v);
          }
        }
        default -> b.field(k, v);
      }
    });
    return b.build();
  }

  private static void setOr(CloudUser.Builder b, String key, Object v, Class<?> type, Runnable typed) {
    if (type.isInstance(v)) {
      typed.run();
    } else {
      b.field(key, v);
    }
  }

  private Case file() {
    String path = "/etc/tankos/" + name();
    Map<String, Object> override = new LinkedHashMap<>();
    Rule rule = Rule.NONE;
    String label = "valid";
    int mutation = random.nextInt(3) == 0 ? random.nextInt(5) : -1;
    WriteFile.Builder b = WriteFile.builder(path);
    switch (random.nextInt(4)) {
      case 0 -> b.content(STRINGS[random.nextInt(STRINGS.length)] + "\n");
      case 1 -> {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        b.content(bytes);
      }
      case 2 -> b.content("line\n".repeat(2000));
      default -> { }
    }
    if (random.nextBoolean()) {
      b.owner(pick(List.of("root:root", "openclaw", "openclaw:agents")));
    }
    if (random.nextBoolean()) {
      b.permissions(random.nextInt(01000));
    } else if (random.nextBoolean()) {
      b.permissions(pick(List.of("0644", "0o600", "644", "0755")));
    }
    b.append(random.nextBoolean()).defer(random.nextBoolean());
    WriteFile valid = b.build();
    switch (mutation) {
      case 0 -> {
        label = "encoding the schema does not know";
        override.put("encoding", "rot13");
        b.encoding("rot13");
      }
      case 1 -> {
        rule = Rule.HOUSE;
        label = "house rule";
        override.put("path", "etc/relative");
        b = rebuild(valid, "etc/relative");
      }
      case 2, 3, 4 -> {
        rule = Rule.HOUSE;
        label = "house rule";
        String[] bad = List.of(new String[] {"owner", "root:"}, new String[] {"permissions", "rw-r--r--"},
            new String[] {"permissions", "10000"}).get(mutation - 2);
        override.put(bad[0], bad[1]);
        if (mutation == 2) {
          b.owner(bad[1]);
        } else if (mutation == 3) {
          b.permissions(bad[1]);
        } else {
          b.permissions(010000);
        }
      }
      default -> { }
    }
    Map<String, Object> raw = new LinkedHashMap<>(valid.fields());
    raw.putAll(override);
    if (mutation == 0 && !raw.containsKey("content")) {
      raw.put("content", "x");
      b.content("x");
    }
    WriteFile.Builder typed = b;
    return new Case(label, raw, typed::build, rule);
  }

  private static WriteFile.Builder rebuild(WriteFile valid, String path) {
    WriteFile.Builder b = WriteFile.builder(path);
    Map<String, Object> f = valid.fields();
    if (f.get("content") != null) {
      b.content(valid.content());
    }
    if (f.get("owner") instanceof String o) {
      b.owner(o);
    }
    if (f.get("permissions") instanceof String p) {
      b.permissions(p);
    }
    return b.append((Boolean) f.get("append")).defer((Boolean) f.get("defer"));
  }

  private Case command(boolean bootcmd) {
    switch (random.nextInt(10)) {
      case 0 -> {
        return new Case("argv with a number", Arrays.asList("sleep", 5), null, Rule.NONE);
      }
      case 1 -> {
        return new Case(bootcmd ? "null (bootcmd)" : "null (runcmd skips it)", null, null, Rule.NONE);
      }
      case 2 -> {
        return new Case("house rule", List.of(), () -> CloudCommand.argv(List.of()), Rule.HOUSE);
      }
      case 3, 4, 5 -> {
        List<String> argv = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
          argv.add(STRINGS[random.nextInt(STRINGS.length)] + i);
        }
        return new Case("valid", argv, () -> CloudCommand.argv(argv), Rule.NONE);
      }
      default -> {
        String line = STRINGS[random.nextInt(STRINGS.length)] + " && echo $HOME";
        return new Case("valid", line, () -> CloudCommand.shell(line), Rule.NONE);
      }
    }
  }

  @Test
  void tankosGivesTheValidatorsVerdictOnGeneratedEntries() {
    Map<String, List<Case>> docs = new LinkedHashMap<>();
    docs.put("users", new ArrayList<>());
    docs.put("write_files", new ArrayList<>());
    docs.put("runcmd", new ArrayList<>());
    docs.put("bootcmd", new ArrayList<>());
    for (int i = 0; i < 400; i++) {
      docs.get("users").add(user());
    }
    for (int i = 0; i < 200; i++) {
      docs.get("write_files").add(file());
      docs.get("runcmd").add(command(false));
    }
    for (int i = 0; i < 100; i++) {
      docs.get("bootcmd").add(command(true));
    }
    Path dir = RealCloudInit.tempDir("tankos-ci-verdicts");
    Map<String, Path> files = new LinkedHashMap<>();
    Map<String, CloudConfig> parsed = new LinkedHashMap<>();
    docs.forEach((key, cases) -> {
      List<Object> items = new ArrayList<>();
      cases.forEach(c -> items.add(c.raw()));
      Map<String, Object> root = new LinkedHashMap<>();
      root.put(key, items);
      String text = CloudConfig.HEADER + "\n" + Yaml11.dump(root);
      files.put(key, RealCloudInit.write(dir.resolve(key + ".yaml"), text.getBytes(StandardCharsets.UTF_8)));
      parsed.put(key, CloudConfig.parse(key, text));
    });
    List<String> mismatches = new ArrayList<>();
    Map<String, int[]> counts = new TreeMap<>();
    for (CloudInitVersion version : CloudInitVersion.values()) {
      Map<String, RealCloudInit.Verdict> verdicts =
          RealCloudInit.validate(version.label(), new ArrayList<>(files.values()), false);
      for (String key : docs.keySet()) {
        RealCloudInit.Verdict v = verdicts.get(files.get(key).toString());
        String errors = v.errors();
        List<Problem> problems = parsed.get(key).problems(Target.generic(version));
        List<Case> cases = docs.get(key);
        for (int i = 0; i < cases.size(); i++) {
          Case c = cases.get(i);
          String schemaPath = key + "." + i;
          boolean real = !errors.contains("\"" + schemaPath + ":") && !errors.contains("\"" + schemaPath + ".");
          String at = key + "[" + i + "]";
          boolean ours = built(c) && problems.stream().map(p -> p.location().path())
              .noneMatch(p -> p.equals(at) || p.startsWith(at + ".") || p.startsWith(at + "["));
          boolean expected = c.rule() == Rule.HOUSE ? !ours && real : ours == real;
          counts.computeIfAbsent(version.label() + " " + key + ": " + c.label() + (real ? ", schema-valid" : ", schema-invalid"),
              k -> new int[1])[0]++;
          if (!expected) {
            mismatches.add(version.label() + " " + at + " (" + c.label() + "): cloud-init " + real + ", tankos " + ours
                + ": " + c.raw() + " " + problems.stream().filter(p -> p.location().path().startsWith(at)).toList());
          }
        }
      }
    }
    counts.forEach((k, n) -> System.out.printf("cloud-init %s: %d entries, same verdict from tankos%n", k, n[0]));
    assertThat(mismatches).isEmpty();
  }

  /** Whether tankos' typed API builds the entry (true for entries only the raw escape hatch writes). */
  private static boolean built(Case c) {
    if (c.typed() == null) {
      return true;
    }
    try {
      Object value = c.typed().get();
      if (value instanceof CloudUser u) {
        assertThat(u.fields()).isEqualTo(c.raw());
      } else if (value instanceof WriteFile f) {
        assertThat(f.fields()).isEqualTo(c.raw());
      } else if (value instanceof CloudCommand cmd) {
        assertThat(cmd.isArgv() ? cmd.argvList() : cmd.shellText()).isEqualTo(c.raw());
      }
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }
}
