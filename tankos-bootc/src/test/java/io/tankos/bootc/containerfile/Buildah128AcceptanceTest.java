package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.testkit.RealTools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real build with the recorded podman (Buildah inside): one generated Containerfile with hostile
 * literal values in ENV, LABEL, COPY, exec-form RUN and CMD, USER and WORKDIR; the image config and
 * files must hold exactly the values the model was given.
 */
class Buildah128AcceptanceTest {
  private static final String ALPHABET = "$'\"\\` \t{}<>#=,-:;|&()!~%^@+.aZ09_\u00e9\u2003\uD83D\uDE00";
  @TempDir Path dir;

  private static List<String> values(long seed, int count, String forbidden) {
    List<String> out =
        new ArrayList<>(
            List.of("$HOME", "${X:-y}", "a\\", "\\", "'", "\"", "`", "-x", "--flag", "<<EOF", " lead", "trail ", "\u00e9\uD83D\uDE00", "t\tab", "$", "a'b\"c"));
    out.removeIf(v -> v.chars().anyMatch(c -> forbidden.indexOf(c) >= 0));
    Random r = new Random(seed);
    int[] cps = ALPHABET.codePoints().filter(c -> forbidden.indexOf(c) < 0).toArray();
    while (out.size() < count) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(10);
      for (int i = 0; i < n; i++) {
        b.appendCodePoint(cps[r.nextInt(cps.length)]);
      }
      out.add(b.toString());
    }
    return out;
  }

  /** The recorded podman with its global arguments, then the given ones. */
  private static List<String> podman(String... args) {
    RealTools tools = RealTools.get();
    List<String> argv = new ArrayList<>(List.of(tools.requireExecutable("podman.path").toString()));
    tools.value("podman.args").filter(s -> !s.isBlank()).ifPresent(s -> argv.addAll(List.of(s.split(" "))));
    argv.addAll(List.of(args));
    return argv;
  }

  private static String run(List<String> argv, Path cwd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(argv).directory(cwd.toFile()).redirectErrorStream(true).start();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(bytes);
    }
    int status = p.waitFor();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as("%s\n%s", argv, out).isZero();
    return out;
  }

  @Test
  void buildahReadsEveryValueAsGiven() throws Exception {
    String base = RealTools.get().require("podman.baseimage");

    Map<String, String> env = new LinkedHashMap<>();
    List<String> envValues = values(1, 30, "");
    for (int i = 0; i < envValues.size(); i++) {
      env.put("K" + i, envValues.get(i));
    }
    Map<String, String> labels = new LinkedHashMap<>();
    List<String> labelNames = values(2, 20, "=");
    List<String> labelValues = values(3, 20, "");
    for (int i = 0; i < labelNames.size(); i++) {
      labels.put("l." + labelNames.get(i), labelValues.get(i));
    }
    List<String> fileNames = values(4, 20, "/*?[]\\");
    fileNames.removeIf(n -> n.equals(".") || n.equals("..") || n.isBlank() || n.startsWith("<<"));
    List<String> argv = values(5, 20, "");
    argv.add("line\nbreak");

    Containerfile.Builder b = Containerfile.builder().from(base);
    b.instruction(new Env(env.entrySet().stream().map(e -> KeyValue.of(e.getKey(), Word.literal(e.getValue()))).toList()));
    b.instruction(new Label(labels.entrySet().stream().map(e -> KeyValue.of(e.getKey(), Word.literal(e.getValue()))).toList()));
    Path ctx = Files.createDirectories(dir.resolve("ctx"));
    for (int i = 0; i < fileNames.size(); i++) {
      Files.writeString(ctx.resolve(fileNames.get(i)), fileNames.get(i) + "\0", StandardCharsets.UTF_8);
      b.copy(Copy.builder().source(fileNames.get(i)).destination("/d/" + i).build());
    }
    StringBuilder files = new StringBuilder();
    for (int i = 0; i < fileNames.size(); i++) {
      files.append(" /d/").append(i);
    }
    List<String> runArgv =
        new ArrayList<>(List.of("/bin/sh", "-c", "printf '%s\\0' \"$@\" > /argv && cat" + files + " >> /argv", "sh"));
    runArgv.addAll(argv);
    b.run(Run.builder().exec(runArgv).build());
    String workdir = "/w/" + String.join("", values(6, 1, "/"));
    b.instruction(new Workdir(Word.literal(workdir)));
    b.instruction(new Cmd(CommandForm.exec(argv)));
    b.user("0:0");
    Containerfile cf = b.build();
    ContainerfileRender render = cf.render(BuilderTarget.podman(4, 3), TargetPolicy.STRICT);
    Files.writeString(ctx.resolve("Containerfile"), render.text(), StandardCharsets.UTF_8);

    String tag = "localhost/tankos-containerfile-acceptance:" + ProcessHandle.current().pid();
    List<String> build = podman("build", "-q", "-t", tag, "-f", "Containerfile", ".");
    run(build, ctx);
    try {
      List<String> inspect = podman("image", "inspect", tag);
      JsonNode config = new ObjectMapper().readTree(run(inspect, ctx)).get(0).get("Config");
      Map<String, String> gotEnv = new LinkedHashMap<>();
      config.get("Env").forEach(n -> {
        String s = n.asText();
        gotEnv.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
      });
      for (Map.Entry<String, String> e : env.entrySet()) {
        assertThat(gotEnv.get(e.getKey())).as("ENV %s", e.getKey()).isEqualTo(e.getValue());
      }
      for (Map.Entry<String, String> e : labels.entrySet()) {
        assertThat(config.get("Labels").get(e.getKey()).asText()).as("LABEL %s", e.getKey()).isEqualTo(e.getValue());
      }
      List<String> cmd = new ArrayList<>();
      config.get("Cmd").forEach(n -> cmd.add(n.asText()));
      assertThat(cmd).isEqualTo(argv);
      assertThat(config.get("WorkingDir").asText()).isEqualTo(workdir);
      assertThat(config.get("User").asText()).isEqualTo("0:0");

      String container = tag.replace(':', '-').replace('/', '-') + "-c";
      List<String> create = podman("create", "--name", container, tag);
      run(create, ctx);
      List<String> cp = podman("cp", container + ":/argv", dir.resolve("argv").toString());
      try {
        run(cp, ctx);
      } finally {
        List<String> rm = podman("rm", "-f", container);
        run(rm, ctx);
      }
      StringBuilder expected = new StringBuilder();
      argv.forEach(a -> expected.append(a).append('\0'));
      fileNames.forEach(n -> expected.append(n).append('\0'));
      assertThat(Files.readString(dir.resolve("argv"), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    } finally {
      List<String> rmi = podman("rmi", "-f", tag);
      new ProcessBuilder(rmi).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
  }

  @Test
  void whatTheGateRejectsBuildah128RejectsToo() throws Exception {
    assertThat(RealTools.get().require("podman.version")).startsWith("4.3.");
    String base = RealTools.get().require("podman.baseimage");
    Path ctx = Files.createDirectories(dir.resolve("gate"));
    Files.writeString(ctx.resolve("f"), "x");
    String copyFlags = "COPY only supports the --chmod=<permissions> --chown=<uid:gid> and the --from";
    String addFlags = "ADD only supports the --chmod=<permissions> and the --chown=<uid:gid> flag";
    String runFlags = "RUN only supports the --mount flag";
    // each gated instruction with the reason podman 4.3 (Buildah 1.28) gives for refusing it
    Map<Instruction, String> gated = new LinkedHashMap<>();
    gated.put(Copy.builder().link().source("f").destination("/x").build(), copyFlags);
    gated.put(Copy.builder().exclude(Word.literal("a")).source("f").destination("/x").build(), copyFlags);
    gated.put(Copy.builder().parents().source("f").destination("/x").build(), copyFlags);
    gated.put(Copy.addBuilder().checksum("sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d").source("f").destination("/x").build(), addFlags);
    gated.put(Copy.addBuilder().keepGitDir(true).source("f").destination("/x").build(), addFlags);
    gated.put(Copy.addBuilder().unpack(true).source("f").destination("/x").build(), addFlags);
    gated.put(Healthcheck.builder(CommandForm.exec("true")).startInterval(java.time.Duration.ofSeconds(1)).build(),
        "flag provided but not defined: -start-interval");
    gated.put(Run.builder().network("none").shell("true").build(), runFlags);
    gated.put(Run.builder().security("sandbox").shell("true").build(), runFlags);
    // no heredocs: the body's line is read as an instruction, the heredoc marker as a source path
    gated.put(Run.script("true\n"), "Unknown instruction: \"TRUE\"");
    gated.put(Copy.builder().heredoc("x\n").destination("/x").build(), ": no such file or directory");
    for (Map.Entry<Instruction, String> g : gated.entrySet()) {
      Instruction i = g.getKey();
      Containerfile cf = Containerfile.builder().from(base).instruction(i).build();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cf.render(BuilderTarget.podman(4, 3), TargetPolicy.STRICT))
          .as("gate for %s", i)
          .isInstanceOf(io.tankos.core.validation.ValidationException.class);
      Files.writeString(ctx.resolve("Containerfile"), cf.toString(), StandardCharsets.UTF_8);
      List<String> build = podman("build", "-q", "-f", "Containerfile", ".");
      Process p = new ProcessBuilder(build).directory(ctx.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as("podman 4.3 accepted %s: %s", cf, out).isNotZero();
      assertThat(out).as("podman 4.3's reason for refusing %s", cf).contains(g.getValue());
    }
    assertThat(gated).hasSize(11);
  }

  @Test
  void fromReadsAGlobalBuildArg() throws Exception {
    String base = RealTools.get().require("podman.baseimage");
    Containerfile cf = Containerfile.builder().arg("BASE").from("${BASE}").env("PRICE", "$5").build();
    assertThat(cf.toString()).startsWith("ARG BASE\nFROM ${BASE}\n");
    Path ctx = Files.createDirectories(dir.resolve("from-arg"));
    Files.writeString(ctx.resolve("Containerfile"), cf.render(BuilderTarget.podman(4, 3), TargetPolicy.STRICT).text(),
        StandardCharsets.UTF_8);
    String tag = "localhost/tankos-containerfile-from-arg:" + ProcessHandle.current().pid();
    List<String> build = podman("build", "-q", "--build-arg", "BASE=" + base, "-t", tag, "-f", "Containerfile", ".");
    run(build, ctx);
    try {
      List<String> inspect = podman("image", "inspect", tag);
      JsonNode image = new ObjectMapper().readTree(run(inspect, ctx)).get(0);
      List<String> env = new ArrayList<>();
      image.get("Config").get("Env").forEach(n -> env.add(n.asText()));
      assertThat(env).contains("PRICE=$5");
      List<String> baseInspect = podman("image", "inspect", "--format", "{{.Id}}", base);
      String baseId = run(baseInspect, ctx).strip();
      assertThat(image.get("Parent").asText()).isEqualTo(baseId);
    } finally {
      List<String> rmi = podman("rmi", "-f", tag);
      new ProcessBuilder(rmi).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
  }

  @Test
  void rewrittenHeredocsBuildOnBuildah128() throws Exception {
    String base = RealTools.get().require("podman.baseimage");
    String body = "set -eu\nprintf '%s|' \"$HOME\" 'a b' > /from-script\n";
    Containerfile cf =
        Containerfile.builder()
            .from(base)
            .run(Run.script(body))
            .copy(Copy.builder().heredoc("literal $HOME \\ 'q'\n").destination("/motd").build())
            .run(Run.exec("/bin/sh", "-c", "cat /from-script /motd > /result"))
            .build();
    ContainerfileRender r = cf.render(BuilderTarget.podman(4, 3), TargetPolicy.REWRITE);
    Path ctx = Files.createDirectories(dir.resolve("rewrite"));
    r.contextFiles().writeTo(ctx);
    Files.writeString(ctx.resolve("Containerfile"), r.text(), StandardCharsets.UTF_8);
    String tag = "localhost/tankos-containerfile-rewrite:" + ProcessHandle.current().pid();
    List<String> build = podman("build", "-q", "-t", tag, "-f", "Containerfile", ".");
    run(build, ctx);
    String container = "tankos-containerfile-rewrite-" + ProcessHandle.current().pid();
    try {
      List<String> create = podman("create", "--name", container, tag);
      run(create, ctx);
      List<String> cp = podman("cp", container + ":/result", dir.resolve("result").toString());
      run(cp, ctx);
      assertThat(Files.readString(dir.resolve("result"))).isEqualTo("/root|a b|literal $HOME \\ 'q'\n");
    } finally {
      List<String> rm = podman("rm", "-f", container);
      new ProcessBuilder(rm).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
      List<String> rmi = podman("rmi", "-f", tag);
      new ProcessBuilder(rmi).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
  }

  @Test
  void aBacktickEscapeDocumentIsRewrittenForBuildah() throws Exception {
    // imagebuilder reads "# escape=" only on the first line and continues lines with it, but reads
    // every word with a backslash: "a\\b `c `$HOME" written for the backtick was read as "a\\b ``c `"
    String base = RealTools.get().require("podman.baseimage");
    Path ctx = Files.createDirectories(dir.resolve("escape"));
    String value = "a\\b `c $HOME \"q\" 'x'";
    Containerfile cf = Containerfile.builder().syntax("docker/dockerfile:1").escape('`').from(base)
        .instruction(new Env(List.of(KeyValue.of("K", Word.literal(value))))).build();
    assertThat(cf.toString()).startsWith("# escape=`\n# syntax=docker/dockerfile:1\n");
    assertThat(Containerfile.parse("C", cf.toString()).directives()).isEqualTo(cf.directives());
    assertThatThrownBy(() -> cf.render(BuilderTarget.podman(4, 3), TargetPolicy.STRICT))
        .hasMessageContaining("directive[0]: the escape directive ` (imagebuilder reads words with \\");
    String text = cf.render(BuilderTarget.podman(4, 3), TargetPolicy.REWRITE).text();
    assertThat(text).startsWith("# syntax=docker/dockerfile:1\nFROM ");
    assertThat(cf.render(BuilderTarget.buildkit(), TargetPolicy.STRICT).text()).isEqualTo(cf.toString());
    Files.writeString(ctx.resolve("Containerfile"), text, StandardCharsets.UTF_8);
    String tag = "localhost/tankos-containerfile-escape:" + ProcessHandle.current().pid();
    run(podman("build", "-q", "-t", tag, "-f", "Containerfile", "."), ctx);
    try {
      JsonNode config = new ObjectMapper().readTree(run(podman("image", "inspect", tag), ctx)).get(0).get("Config");
      List<String> env = new ArrayList<>();
      config.get("Env").forEach(n -> env.add(n.asText()));
      assertThat(env).contains("K=" + value);
    } finally {
      List<String> rmi = podman("rmi", "-f", tag);
      new ProcessBuilder(rmi).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
  }
}
