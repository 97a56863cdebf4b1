package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.RealTools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authorized keys against keys made by the real {@code ssh-keygen}: every public key type it makes
 * (and certificates, and security-key types built from them) is accepted; private keys in every
 * format it writes are refused as PRIVATE without their content in the message; RFC 4716 and PEM
 * public keys are refused with the conversion, which the real tool then performs; and on mutated
 * lines tankos gives the verdict of {@code ssh-keygen -l}. tankos does not verify certificate
 * signatures, so certificates are left out of the class whose key material is changed.
 */
class SshKeysRealToolsTest {
  private static final String[][] TYPES = {
      {"ed25519"}, {"rsa", "-b", "1024"}, {"ecdsa", "-b", "256"}, {"ecdsa", "-b", "384"},
      {"ecdsa", "-b", "521"}, {"dsa"}};

  @TempDir Path dir;
  private String keygen;

  @BeforeEach
  void tool() {
    keygen = RealTools.get().requireExecutable("ssh.keygen").toString();
  }

  private Run run(String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of(keygen));
    argv.addAll(List.of(args));
    Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    return new Run(p.waitFor(), out.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String output) {}

  /** Makes a key pair; returns the private key file. */
  private Path generate(String name, String... typeAndOptions) throws Exception {
    List<String> args = new ArrayList<>(List.of("-q", "-N", "", "-C", name + "@tankos", "-f", name, "-t"));
    args.addAll(List.of(typeAndOptions));
    Run r = run(args.toArray(new String[0]));
    assertThat(r.status()).as(r.output()).isZero();
    return dir.resolve(name);
  }

  private String text(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<Problem> problems(String key) {
    try {
      CloudConfig.builder().sshAuthorizedKey(key).build();
      return List.of();
    } catch (ValidationException e) {
      return e.problems();
    }
  }

  private boolean keygenAccepts(String line) throws Exception {
    Path f = Files.writeString(dir.resolve("check.pub"), line + "\n", StandardCharsets.UTF_8);
    return run("-l", "-f", f.toString()).status() == 0;
  }

  private List<String> publicKeys() throws Exception {
    List<String> out = new ArrayList<>();
    Path ca = generate("ca", "ed25519");
    for (int i = 0; i < TYPES.length; i++) {
      Path key = generate("k" + i, TYPES[i]);
      String pub = text(Path.of(key + ".pub")).strip();
      out.add(pub);
      Run sign = run("-q", "-s", ca.toString(), "-I", "host" + i, "-n", "openclaw", key + ".pub");
      assertThat(sign.status()).as(sign.output()).isZero();
      out.add(text(Path.of(key + "-cert.pub")).strip());
    }
    out.add(securityKey(out.get(0), "sk-ssh-ed25519@openssh.com", false));
    out.add(securityKey(out.get(4), "sk-ecdsa-sha2-nistp256@openssh.com", true));
    return out;
  }

  /** A security-key public key of the same key material: the blob with an application string. */
  private static String securityKey(String plain, String type, boolean curve) {
    ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(plain.split(" ")[1]));
    ByteArrayOutputStream blob = new ByteArrayOutputStream();
    string(blob, type.getBytes(StandardCharsets.US_ASCII));
    skip(in);
    if (curve) {
      string(blob, read(in));
    }
    string(blob, read(in));
    string(blob, "ssh:".getBytes(StandardCharsets.US_ASCII));
    return type + " " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " fido@tankos";
  }

  private static void skip(ByteBuffer b) {
    read(b);
  }

  private static byte[] read(ByteBuffer b) {
    byte[] v = new byte[b.getInt()];
    b.get(v);
    return v;
  }

  private static void string(ByteArrayOutputStream out, byte[] v) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(v.length).array());
    out.writeBytes(v);
  }

  @Test
  void everyPublicKeySshKeygenMakesIsAccepted() throws Exception {
    List<String> keys = publicKeys();
    for (String key : keys) {
      assertThat(keygenAccepts(key)).as("ssh-keygen -l accepts %s", key).isTrue();
      assertThat(problems(key)).as(key).isEmpty();
      assertThat(problems("no-pty,command=\"echo \\\"a b\\\"\",from=\"10.0.0.0/8\" " + key)).as(key).isEmpty();
    }
    CloudConfig c = CloudConfig.builder().sshAuthorizedKeys("# fleet admins\n\n" + String.join("\n", keys) + "\n").build();
    assertThat(c.get("ssh_authorized_keys").orElseThrow()).isEqualTo(keys);
    System.out.printf("ssh-keygen: %d public keys (6 types, their certificates, 2 security-key types) accepted%n",
        keys.size());
  }

  @Test
  void privateKeysAreRefusedAsPrivateAndNeverShown() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("OpenSSH ed25519", text(generate("p1", "ed25519")));
    files.put("OpenSSH rsa with passphrase", text(passphrase(generate("p2", "rsa", "-b", "1024"))));
    files.put("PEM rsa", text(generate("p3", "rsa", "-b", "1024", "-m", "PEM")));
    files.put("PEM ecdsa", text(generate("p4", "ecdsa", "-m", "PEM")));
    files.put("PEM dsa", text(generate("p5", "dsa", "-m", "PEM")));
    files.put("PKCS#8 rsa", text(generate("p6", "rsa", "-b", "1024", "-m", "PKCS8")));
    files.put("PuTTY", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: x\nPublic-Lines: 2\n"
        + TestKeys.ADMIN.split(" ")[1] + "\nPrivate-Lines: 1\nAAAAIGvNhZbq3l8Ww1n2zqq7cvTqH0lJ0xMHtZl4tYb0bW2p\n"
        + "Private-MAC: 2c1f3f6a9d5b7e0a\n");
    files.put("SSH2 encrypted", "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"x\"\n"
        + "P2/56wAAAi4AAAA3aWYtbW9kbntzaWdue3JzYS1wa2NzMS1zaGExfSxlbmNyeXB0e3JzYS1wa2NzMXYyLW9hZXB9fQAAAARub25l\n"
        + "---- END SSH2 ENCRYPTED PRIVATE KEY ----\n");
    files.forEach((kind, file) -> {
      String label = kind.startsWith("OpenSSH") ? "OpenSSH private key" : kind.startsWith("PuTTY") ? "PuTTY private key file"
          : kind.startsWith("SSH2") ? "SSH2 private key" : "PEM private key";
      List<String> secretLines = file.lines().filter(l -> !l.startsWith("-") && !l.contains(":") && l.length() >= 12)
          .map(l -> l.substring(0, 12)).toList();
      assertThat(secretLines).as(kind).isNotEmpty();
      assertThatThrownBy(() -> CloudUser.builder("openclaw").sshAuthorizedKey(TestKeys.ADMIN)
          .sshAuthorizedKeys(file).build())
          .as(kind)
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).location().path()).isEqualTo("users.ssh_authorized_keys[1]");
            assertThat(e.getMessage()).contains("is a PRIVATE key (" + label + ")");
            secretLines.forEach(s -> assertThat(e.getMessage()).doesNotContain(s));
          });
      assertThat(problems(file)).as(kind).singleElement().asString().contains("PRIVATE");
    });
    String openssh = files.get("OpenSSH ed25519");
    List<String> lines = openssh.lines().toList();
    assertThat(problems(lines.get(1))).as("an OpenSSH private key body line on its own")
        .singleElement().asString().contains("PRIVATE");
    String userData = "#cloud-config\nusers:\n  - name: openclaw\n    ssh_authorized_keys:\n      - |\n"
        + openssh.lines().map(l -> "        " + l + "\n").reduce("", String::concat);
    assertThatThrownBy(() -> NoCloudSeed.builder().metaData(MetaData.builder("i-1").build())
        .userData(UserData.parse("user-data", userData.getBytes(StandardCharsets.UTF_8))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("user-data.users[0].ssh_authorized_keys[0]: is a PRIVATE key (OpenSSH private key)")
        .hasMessageNotContaining(lines.get(1).substring(0, 12));
  }

  private Path passphrase(Path key) throws Exception {
    Run r = run("-q", "-p", "-P", "", "-N", "tankos-secret-passphrase", "-f", key.toString());
    assertThat(r.status()).as(r.output()).isZero();
    return key;
  }

  @Test
  void ssh2AndPemPublicKeysAreRefusedWithTheirConversion() throws Exception {
    Path key = generate("s", "rsa", "-b", "1024");
    String pub = text(Path.of(key + ".pub")).strip();
    Path rfc = Files.writeString(dir.resolve("s.rfc"), run("-e", "-f", key + ".pub").output());
    assertThat(text(rfc)).startsWith("---- BEGIN SSH2 PUBLIC KEY ----");
    assertThat(problems(text(rfc))).singleElement().asString()
        .contains("RFC 4716 (SSH2) public key block", "ssh-keygen -i -m RFC4716 -f FILE");
    assertThatThrownBy(() -> CloudUser.builder("openclaw").sshAuthorizedKeys(text(rfc)).sshAuthorizedKey(pub).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Object::toString)
            .singleElement().asString().startsWith("users.ssh_authorized_keys[0]: is an RFC 4716"));
  }

  @Test
  void rfc4716ConvertedBySshKeygenIsAccepted() throws Exception {
    Path key = generate("c", "ecdsa");
    String pub = text(Path.of(key + ".pub")).strip();
    Path rfc = Files.writeString(dir.resolve("c.rfc"), run("-e", "-f", key + ".pub").output());
    String converted = run("-i", "-m", "RFC4716", "-f", rfc.toString()).output().strip();
    assertThat(problems(converted)).isEmpty();
    assertThat(converted).isEqualTo(pub.substring(0, pub.lastIndexOf(' ')));
    Path pem = Files.writeString(dir.resolve("c.pem"), run("-e", "-m", "PKCS8", "-f", key + ".pub").output());
    assertThat(problems(text(pem))).singleElement().asString().contains("PEM public key", "ssh-keygen -i -m PKCS8");
  }

  @Test
  void mutatedLinesGetTheVerdictOfSshKeygen() throws Exception {
    List<String> keys = publicKeys();
    Random random = new Random(20261204L);
    Map<String, int[]> classes = new LinkedHashMap<>();
    List<String> disagree = new ArrayList<>();
    for (int n = 0; n < 240; n++) {
      String key = keys.get(random.nextInt(keys.size()));
      while (n % 8 == 1 && key.contains("-cert-")) {
        key = keys.get(random.nextInt(keys.size()));
      }
      String[] parts = key.split(" ");
      String kind;
      String line;
      switch (n % 8) {
        case 0 -> {
          kind = "truncated base64";
          line = parts[0] + " " + parts[1].substring(0, parts[1].length() - 1 - random.nextInt(12)) + " c";
        }
        case 1 -> {
          kind = "one base64 character changed (not in certificates)";
          char[] b = parts[1].toCharArray();
          int at = random.nextInt(b.length);
          b[at] = "AZaz09+/".charAt(random.nextInt(8));
          line = parts[0] + " " + new String(b);
        }
        case 2 -> {
          kind = "another type's label";
          line = keys.get(random.nextInt(keys.size())).split(" ")[0] + " " + parts[1];
        }
        case 3 -> {
          kind = "trailing bytes in the blob";
          byte[] blob = Base64.getDecoder().decode(parts[1]);
          byte[] longer = java.util.Arrays.copyOf(blob, blob.length + 1 + random.nextInt(8));
          line = parts[0] + " " + Base64.getEncoder().encodeToString(longer);
        }
        case 4 -> {
          kind = "no type or no data";
          line = random.nextBoolean() ? parts[1] : parts[0];
        }
        case 5 -> {
          kind = "options, tabs and comments";
          line = (random.nextBoolean() ? "restrict,command=\"/bin/x \\\"y z\\\"\" " : "\t ")
              + parts[0] + (random.nextBoolean() ? "\t" : "  ") + parts[1] + " a b  c\t";
        }
        case 6 -> {
          kind = "unterminated option quote";
          line = "command=\"x " + key;
        }
        default -> {
          kind = "unknown type";
          line = "ssh-" + (char) ('a' + random.nextInt(26)) + "x25519 " + parts[1];
        }
      }
      boolean real = keygenAccepts(line);
      boolean ours = problems(line).isEmpty();
      int[] count = classes.computeIfAbsent(kind, k -> new int[2]);
      count[0]++;
      count[1] += real ? 1 : 0;
      if (real != ours) {
        disagree.add(kind + ": ssh-keygen " + real + ", tankos " + ours + ": " + line);
      }
    }
    classes.forEach((k, c) -> System.out.printf("ssh-keygen -l vs tankos, %s: %d lines, %d valid, same verdict%n",
        k, c[0], c[1]));
    assertThat(disagree).isEmpty();
  }
}
