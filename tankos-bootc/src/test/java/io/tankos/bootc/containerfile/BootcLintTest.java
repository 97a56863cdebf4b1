package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootcLintTest {

  private static List<String> findings(String text) {
    return BootcLint.check(Containerfile.parseLenient("Containerfile", text)).stream().map(LintFinding::toString).toList();
  }

  @Test
  void cleanImageHasNoFindings() {
    assertThat(findings("FROM quay.io/fedora/fedora-bootc:42\nCOPY usr/ /usr/\nRUN bootc container lint\n")).isEmpty();
  }

  @Test
  void missingLintAndEphemeralPaths() {
    assertThat(
            findings(
                "FROM b\nCOPY x /usr/etc/x\nCOPY k /boot/vmlinuz\nRUN mkdir -p /var/lib/app && echo x > /tmp/f\nWORKDIR /run/app\n"))
        .containsExactly(
            "stage[0].COPY[0]: error: /usr/etc/x: /usr/etc must not exist next to /etc (bootc lint 'etc-usretc'); write to /etc [ephemeral-path]",
            "stage[0].COPY[1]: warning: /boot/vmlinuz: /boot must stay empty in the image (bootc lint 'nonempty-boot'); kernels belong in /usr/lib/modules [ephemeral-path]",
            "stage[0].RUN[0]: warning: /var/lib/app: /var content is only unpacked at first install, never updated; use tmpfiles.d or /usr [ephemeral-path]",
            "stage[0].RUN[0]: warning: /tmp/f: /run and /tmp are not part of the booted system (bootc lint 'nonempty-run-tmp') [ephemeral-path]",
            "stage[0].WORKDIR[0]: warning: /run/app: /run and /tmp are not part of the booted system (bootc lint 'nonempty-run-tmp') [ephemeral-path]",
            "stage[0]: warning: the final stage has no 'RUN bootc container lint' step [missing-lint]");
  }

  @Test
  void useraddNeedsSysusers() {
    assertThat(findings("FROM b\nRUN useradd -r app\nRUN bootc container lint\n"))
        .containsExactly(
            "stage[0].RUN[0]: warning: users or groups created with useradd/groupadd need a /usr/lib/sysusers.d entry (bootc lint 'sysusers') [sysusers]");
    assertThat(findings("FROM b\nRUN useradd -r app\nCOPY app.conf /usr/lib/sysusers.d/app.conf\nRUN bootc container lint\n")).isEmpty();
  }

  @Test
  void secretsInArgAndEnv() {
    assertThat(findings("ARG GITHUB_TOKEN\nFROM b\nENV DB_PASSWORD=x PUBLIC_KEY=y VERSION=1\nARG API_KEY_FILE\nRUN bootc container lint\n"))
        .containsExactly(
            "global.ARG[0]: error: 'GITHUB_TOKEN' looks like a secret; ARG/ENV values are stored in the image, use RUN --mount=type=secret [secret-in-arg-env]",
            "stage[0].ENV[0]: error: 'DB_PASSWORD' looks like a secret; ARG/ENV values are stored in the image, use RUN --mount=type=secret [secret-in-arg-env]");
  }

  @Test
  void lintInAnEarlierStageDoesNotCount() {
    assertThat(findings("FROM a AS build\nRUN bootc container lint\nFROM scratch\nCOPY --from=build / /\n"))
        .containsExactly("stage[1]: warning: the final stage has no 'RUN bootc container lint' step [missing-lint]");
  }

  @Test
  void longRunsAndDurationsDoNotOverflowTheRegexStack() {
    // Java's regex recursed once per repetition: 20,000 options or duration parts overflowed it
    assertThat(findings("FROM b\nRUN mkdir " + "-p ".repeat(20_000) + "/var/x\nRUN bootc container lint\n"))
        .isEmpty(); // past 32 options the path is not looked for
    assertThat(findings("FROM b\nHEALTHCHECK --interval=" + "1s".repeat(30_000) + " CMD true\n"
        + "RUN bootc container lint\n")).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Containerfile.parse("Containerfile",
            "FROM b\nHEALTHCHECK --interval=" + "1s".repeat(30_000) + "x CMD true\n"))
        .hasMessageContaining("invalid value for --interval");
  }
}
