package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import java.time.Duration;
import java.util.List;

/**
 * A {@code .artifact} Quadlet unit ({@code [Artifact]} section; Quadlet runs {@code podman artifact pull (Podman 5.7+)}). Every key of the
 * section has a typed builder method; plain {@code String} values are literal, {@link SystemdValue}
 * lets systemd expand specifiers. Generated from the Quadlet key catalog ({@link QuadletKeys}).
 *
 * <pre>{@code
 * ArtifactUnit a = ArtifactUnit.builder("model").artifact("quay.io/example/model:1").build();
 * }</pre>
 */
public final class ArtifactUnit extends QuadletUnit {

  ArtifactUnit(String name, UnitFile file, PodmanVersion version) {
    super(UnitType.ARTIFACT, name, file, version);
  }

  /**
   * A builder for {@code NAME.artifact}.
   *
   * @param name the unit name without extension: {@code web}, a template {@code web@}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name, null, null);
  }

  /**
   * Parses a {@code .artifact} file (strictly: unknown keys are errors).
   *
   * @param fileName the file name, ending in {@code .artifact}
   * @param text the content
   * @return the unit
   * @throws ParseException {@code FILE:LINE: reason}
   */
  public static ArtifactUnit parse(String fileName, String text) {
    if (QuadletUnit.parse(fileName, text) instanceof ArtifactUnit u) {
      return u;
    }
    throw new ParseException(fileName, 0, "not a .artifact file");
  }

  /**
   * A builder holding this unit's content (kept as written) and target version.
   *
   * @return a pre-filled builder
   */
  @Override
  public Builder toBuilder() {
    return new Builder(name(), toUnitFile(), podmanVersion());
  }

  /** Builder of {@link ArtifactUnit}; not thread-safe. */
  public static final class Builder extends UnitBuilder<ArtifactUnit, Builder> {
    Builder(String name, UnitFile base, PodmanVersion version) {
      super(UnitType.ARTIFACT, name, base, version);
    }

    @Override
    ArtifactUnit create(String name, UnitFile file, PodmanVersion version) {
      return new ArtifactUnit(name, file, version);
    }

    /**
     * {@code Artifact=}: string: fully-qualified artifact reference (Podman 5.7+).
     * Podman: {@code podman artifact pull quay.io/foobar/artifact:special}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder artifact(String value) {
      return quadletSingle("Artifact", SystemdValue.literal(value));
    }

    /**
     * {@code Artifact=}: string: fully-qualified artifact reference (Podman 5.7+).
     * Podman: {@code podman artifact pull quay.io/foobar/artifact:special}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder artifact(SystemdValue value) {
      return quadletSingle("Artifact", value);
    }

    /**
     * {@code AuthFile=}: path (Podman 5.7+).
     * Podman: {@code --authfile=/etc/registry/auth.json}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder authFile(String value) {
      return quadletSingle("AuthFile", SystemdValue.literal(value));
    }

    /**
     * {@code AuthFile=}: path (Podman 5.7+).
     * Podman: {@code --authfile=/etc/registry/auth.json}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder authFile(SystemdValue value) {
      return quadletSingle("AuthFile", value);
    }

    /**
     * {@code CertDir=}: path (directory) (Podman 5.7+).
     * Podman: {@code --cert-dir=/etc/registry/certs}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder certDir(String value) {
      return quadletSingle("CertDir", SystemdValue.literal(value));
    }

    /**
     * {@code CertDir=}: path (directory) (Podman 5.7+).
     * Podman: {@code --cert-dir=/etc/registry/certs}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder certDir(SystemdValue value) {
      return quadletSingle("CertDir", value);
    }

    /**
     * {@code ContainersConfModule=}: path: containers.conf module (Podman 5.7+; repeatable, each call adds a line).
     * Podman: {@code --module=/etc/nvd.conf}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder containersConfModule(String value) {
      return quadlet("ContainersConfModule", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code ContainersConfModule=}: path: containers.conf module (Podman 5.7+; repeatable, each call adds a line).
     * Podman: {@code --module=/etc/nvd.conf}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder containersConfModule(SystemdValue value) {
      return quadlet("ContainersConfModule", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code Creds=}: string: [username[:password]] (Podman 5.7+).
     * Podman: {@code --creds=username:password}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder creds(String value) {
      return quadletSingle("Creds", SystemdValue.literal(value));
    }

    /**
     * {@code Creds=}: string: [username[:password]] (Podman 5.7+).
     * Podman: {@code --creds=username:password}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder creds(SystemdValue value) {
      return quadletSingle("Creds", value);
    }

    /**
     * {@code DecryptionKey=}: string: key[:passphrase] (Podman 5.7+).
     * Podman: {@code --decryption-key=/etc/registry.key}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder decryptionKey(String value) {
      return quadletSingle("DecryptionKey", SystemdValue.literal(value));
    }

    /**
     * {@code DecryptionKey=}: string: key[:passphrase] (Podman 5.7+).
     * Podman: {@code --decryption-key=/etc/registry.key}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder decryptionKey(SystemdValue value) {
      return quadletSingle("DecryptionKey", value);
    }

    /**
     * {@code GlobalArgs=}: args: podman global options (Podman 5.7+; repeatable, each call adds a line).
     * Podman: {@code --log-level=debug}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder globalArgs(String... words) {
      return quadlet("GlobalArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code GlobalArgs=}: args: podman global options (Podman 5.7+; repeatable, each call adds a line).
     * Podman: {@code --log-level=debug}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder globalArgs(List<SystemdValue> words) {
      return quadlet("GlobalArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 5.7+; repeatable, each call adds a line).
     * Podman: {@code --pull never}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder podmanArgs(String... words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 5.7+; repeatable, each call adds a line).
     * Podman: {@code --pull never}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder podmanArgs(List<SystemdValue> words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code Quiet=}: bool (Podman 5.7+).
     * Podman: {@code --quiet}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder quiet(boolean value) {
      return quadletBool("Quiet", value);
    }

    /**
     * {@code Retry=}: uint (Podman 5.7+).
     * Podman: {@code --retry=5}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder retry(long value) {
      return quadletNumber("Retry", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code RetryDelay=}: duration (Podman 5.7+).
     * Podman: {@code --retry-delay=10s}.
     *
     * @param value the duration, written like {@code 1m30s}
     * @return this builder
     */
    public Builder retryDelay(Duration value) {
      return quadletDuration("RetryDelay", value);
    }

    /**
     * {@code ServiceName=}: string: service unit name without .service (Podman 5.7+).
     * Podman: {@code Set the systemd service name to my-artifact.service}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder serviceName(String value) {
      return quadletSingle("ServiceName", SystemdValue.literal(value));
    }

    /**
     * {@code ServiceName=}: string: service unit name without .service (Podman 5.7+).
     * Podman: {@code Set the systemd service name to my-artifact.service}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder serviceName(SystemdValue value) {
      return quadletSingle("ServiceName", value);
    }

    /**
     * {@code TLSVerify=}: bool (Podman 5.7+).
     * Podman: {@code --tls-verify=false}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder tlsVerify(boolean value) {
      return quadletBool("TLSVerify", value);
    }
  }
}
