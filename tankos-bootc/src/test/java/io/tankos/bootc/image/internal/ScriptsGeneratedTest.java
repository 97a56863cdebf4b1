package io.tankos.bootc.image.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random valid inputs (one to three instances, names from the whole allowed alphabet, env and file
 * secrets, service-gator or not, a random part of the secrets present): every script parses and
 * the sync writes exactly the drop-ins the present secrets call for.
 */
class ScriptsGeneratedTest {
  private static final Chars LOWER = Chars.range('a', 'z').plus(Chars.range('0', '9'));
  private static final Chars UPPER = Chars.range('A', 'Z').plus(Chars.of("_"));
  private static final Gen<String> NAMES = Gen.strings(LOWER, 1, 1);
  private static final Gen<String> TAIL = Gen.strings(LOWER.plus(Chars.of("_.-")), 0, 8);
  private static final Gen<String> VARS = Gen.strings(UPPER, 1, 1);
  private static final Gen<String> VAR_TAIL = Gen.strings(UPPER.plus(Chars.range('0', '9')), 0, 8);

  /** One generated case: the inputs and which secret names exist. */
  record Case(List<InstanceDraft> drafts, Set<String> present) {}

  /** An instance before the sandbox's home is known. */
  record InstanceDraft(
      String name, List<SecretBinding> secrets, boolean gator, List<SecretBinding> gatorSecrets) {}

  private static String name(SplittableRandom r) {
    return NAMES.next(r) + TAIL.next(r);
  }

  private static List<SecretBinding> secrets(SplittableRandom r) {
    List<SecretBinding> out = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    Set<String> vars = new LinkedHashSet<>();
    int n = Gen.ints(0, 4).next(r);
    for (int i = 0; i < n; i++) {
      String secret = name(r);
      String var = VARS.next(r) + VAR_TAIL.next(r);
      if (!names.add(secret)) {
        continue;
      }
      if (r.nextBoolean() || !vars.add(var)) {
        out.add(SecretBinding.file(secret));
      } else {
        out.add(SecretBinding.env(secret, var));
      }
    }
    return out;
  }

  private static final Gen<Case> CASES =
      r -> {
        List<InstanceDraft> drafts = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int n = Gen.ints(1, 3).next(r);
        while (drafts.size() < n) {
          String name = name(r);
          if (names.add(name)) {
            boolean gator = r.nextBoolean();
            drafts.add(new InstanceDraft(name, secrets(r), gator, gator ? secrets(r) : List.of()));
          }
        }
        Set<String> present = new LinkedHashSet<>();
        for (InstanceDraft d : drafts) {
          for (SecretBinding s : all(d)) {
            if (r.nextInt(3) > 0) {
              present.add(s.secretName());
            }
          }
        }
        return new Case(drafts, present);
      };

  private static List<SecretBinding> all(InstanceDraft d) {
    List<SecretBinding> out = new ArrayList<>(d.secrets());
    out.addAll(d.gatorSecrets());
    return out;
  }

  private static ScriptInputs inputs(Case c, String home) {
    List<InstanceInputs> instances = new ArrayList<>();
    for (int i = 0; i < c.drafts().size(); i++) {
      InstanceDraft d = c.drafts().get(i);
      instances.add(
          new InstanceInputs(
              d.name(),
              "c-" + d.name(),
              "agent-" + d.name() + ".container",
              20000 + i,
              ".state-" + d.name(),
              ".state-" + d.name() + "/env",
              d.secrets(),
              d.gator() ? "gator-" + d.name() + ".container" : null,
              d.gatorSecrets()));
    }
    return new ScriptInputs(ScriptFixtures.ME, 1000, home, "/etc/tank-os-release", instances);
  }

  @TestFactory
  Stream<DynamicTest> generatedScriptsParseAndSyncExactlyThePresentSecrets() {
    return Seeded.cases("generatedScriptsParseAndSyncExactlyThePresentSecrets", CASES)
        .tries(25)
        .dynamicTests(this::check);
  }

  private void check(Case c) throws Exception {
    Path dir = Files.createTempDirectory("scripts-gen");
    try {
      ScriptInputs in = inputs(c, ScriptSandbox.home(dir).toString());
      BashSyntax.assertValid(ImageScripts.render(in), Files.createDirectories(dir.resolve("syntax")));
      ScriptSandbox box = new ScriptSandbox(dir, ImageScripts.render(in));
      for (String secret : c.present()) {
        box.secret(secret, "v");
      }

      ScriptSandbox.Run run = box.run(ImageScripts.SYNC_PODMAN_SECRETS);

      assertThat(run.exit()).as(run.err()).isZero();
      boolean any = false;
      for (InstanceInputs it : in.instances()) {
        any |= expectDropIn(box, it.quadletName(), it.secrets(), c.present());
        if (it.hasGator()) {
          any |= expectDropIn(box, it.gatorQuadletName(), it.gatorSecrets(), c.present());
        }
      }
      assertThat(box.calls("systemctl"))
          .isEqualTo(any ? List.of(List.of("systemctl", "--user", "daemon-reload")) : List.of());
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static boolean expectDropIn(
      ScriptSandbox box, String unit, List<SecretBinding> secrets, Set<String> present)
      throws Exception {
    Path file = box.home().resolve(".config/containers/systemd/" + unit + ".d/10-secrets.conf");
    StringBuilder expected = new StringBuilder("[Container]\n");
    boolean any = false;
    for (SecretBinding s : secrets) {
      if (present.contains(s.secretName())) {
        expected.append(s.secretLine()).append('\n');
        any = true;
      }
    }
    if (any) {
      assertThat(Files.readString(file)).as(unit).isEqualTo(expected.toString());
    } else {
      assertThat(file).as(unit).doesNotExist();
    }
    return any;
  }
}
