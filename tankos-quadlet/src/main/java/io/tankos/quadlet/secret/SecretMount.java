package io.tankos.quadlet.secret;

import io.tankos.core.podman.PodmanSecret;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How a container receives a Podman secret: the value of a Quadlet {@code Secret=} line
 * ({@code podman run --secret}). As an environment variable ({@code type=env,target=VAR}) or as a
 * file ({@code type=mount,target=PATH,uid=,gid=,mode=}).
 *
 * <pre>{@code
 * SecretMount.env("db-password", "DB_PASSWORD").spec();   // db-password,type=env,target=DB_PASSWORD
 * SecretMount.file("tls-cert").target("/run/secrets/cert.pem").mode(0400).build().spec();
 * }</pre>
 */
public final class SecretMount {
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final String secret;
  private final boolean env;
  private final String target;
  private final Long uid;
  private final Long gid;
  private final Integer mode;

  private SecretMount(String secret, boolean env, String target, Long uid, Long gid, Integer mode) {
    this.secret = secret;
    this.env = env;
    this.target = target;
    this.uid = uid;
    this.gid = gid;
    this.mode = mode;
  }

  /**
   * The secret as an environment variable.
   *
   * @param secret the secret name
   * @param variable the variable name in the container
   * @return the mount
   * @throws io.tankos.core.validation.ValidationException for an invalid name or variable
   */
  public static SecretMount env(String secret, String variable) {
    Problems p = new Problems();
    Location at = Location.of("Secret[" + secret + "]");
    checkSecret(secret, at, p);
    if (variable.isEmpty() || !VARIABLE.matcher(variable).matches()) {
      p.add(at.child("target"), "environment variable name must match [A-Za-z_][A-Za-z0-9_]*");
    }
    p.throwIfAny();
    return new SecretMount(secret, true, variable, null, null, null);
  }

  /**
   * A builder for the secret as a file ({@code type=mount}).
   *
   * @param secret the secret name
   * @return a builder
   */
  public static FileBuilder file(String secret) {
    return new FileBuilder(secret);
  }

  /**
   * The secret as an environment variable ({@code type=env}).
   *
   * @param secret the secret
   * @param variable the variable name in the container
   * @return the mount
   */
  public static SecretMount env(PodmanSecret secret, String variable) {
    return env(Objects.requireNonNull(secret, "secret").name(), variable);
  }

  /**
   * A builder for the secret as a file ({@code type=mount}).
   *
   * @param secret the secret
   * @return a builder
   */
  public static FileBuilder file(PodmanSecret secret) {
    return file(Objects.requireNonNull(secret, "secret").name());
  }

  private static void checkSecret(String secret, Location at, Problems p) {
    PodmanSecret.nameProblem(Objects.requireNonNull(secret, "secret"))
        .ifPresent(problem -> p.add(at.child("name"), problem));
  }

  /**
   * The secret name.
   *
   * @return the name
   */
  public String secret() {
    return secret;
  }

  /**
   * Whether the secret is exposed as an environment variable.
   *
   * @return true for {@code type=env}
   */
  public boolean isEnv() {
    return env;
  }

  /**
   * The variable name or file path, if set.
   *
   * @return the target, or null for the default ({@code /run/secrets/NAME})
   */
  public String target() {
    return target;
  }

  /**
   * The file mode, if set.
   *
   * @return the mode
   */
  public OptionalInt mode() {
    return mode == null ? OptionalInt.empty() : OptionalInt.of(mode);
  }

  /**
   * The {@code --secret} specification, e.g. {@code db,type=env,target=DB}.
   *
   * @return the text
   */
  public String spec() {
    StringBuilder s = new StringBuilder(secret).append(",type=").append(env ? "env" : "mount");
    if (target != null) {
      s.append(",target=").append(target);
    }
    if (uid != null) {
      s.append(",uid=").append(uid);
    }
    if (gid != null) {
      s.append(",gid=").append(gid);
    }
    if (mode != null) {
      s.append(",mode=0").append(Integer.toOctalString(mode));
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretMount m && m.spec().equals(spec());
  }

  @Override
  public int hashCode() {
    return spec().hashCode();
  }

  @Override
  public String toString() {
    return spec();
  }

  /** Builder of a file mount; not thread-safe. */
  public static final class FileBuilder {
    private final String secret;
    private String target;
    private Long uid;
    private Long gid;
    private Integer mode;

    private FileBuilder(String secret) {
      this.secret = Objects.requireNonNull(secret, "secret");
    }

    /**
     * The file path in the container (absolute), or a file name under {@code /run/secrets}.
     *
     * @param path the target
     * @return this builder
     */
    public FileBuilder target(String path) {
      this.target = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * The file owner's UID.
     *
     * @param value the UID
     * @return this builder
     */
    public FileBuilder uid(long value) {
      this.uid = value;
      return this;
    }

    /**
     * The file owner's GID.
     *
     * @param value the GID
     * @return this builder
     */
    public FileBuilder gid(long value) {
      this.gid = value;
      return this;
    }

    /**
     * The file mode, e.g. {@code 0400}.
     *
     * @param value permission bits
     * @return this builder
     */
    public FileBuilder mode(int value) {
      this.mode = value;
      return this;
    }

    /**
     * Builds the mount.
     *
     * @return the mount
     * @throws io.tankos.core.validation.ValidationException for invalid parts
     */
    public SecretMount build() {
      Problems p = new Problems();
      Location at = Location.of("Secret[" + secret + "]");
      checkSecret(secret, at, p);
      if (target != null) {
        if (target.isEmpty() || target.contains(",") || target.chars().anyMatch(c -> c < 0x20 || c == ' ')) {
          p.add(at.child("target"), "target must be a non-empty path without ',', spaces or control characters");
        }
      }
      if (uid != null && (uid < 0 || uid > 4294967294L)) {
        p.add(at.child("uid"), "uid out of range");
      }
      if (gid != null && (gid < 0 || gid > 4294967294L)) {
        p.add(at.child("gid"), "gid out of range");
      }
      if (mode != null && (mode < 0 || mode > 0777)) {
        p.add(at.child("mode"), "mode must be within 0..0777");
      }
      p.throwIfAny();
      return new SecretMount(secret, false, target, uid, gid, mode);
    }
  }
}
