package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.podman.PullPolicy;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import java.time.Duration;
import java.util.List;

/**
 * A {@code .image} Quadlet unit ({@code [Image]} section; Quadlet runs {@code podman image pull}). Every key of the
 * section has a typed builder method; plain {@code String} values are literal, {@link SystemdValue}
 * lets systemd expand specifiers. Generated from the Quadlet key catalog ({@link QuadletKeys}).
 *
 * <pre>{@code
 * ImageUnit img = ImageUnit.builder("web").image("quay.io/example/web:1.0").build();
 * }</pre>
 */
public final class ImageUnit extends QuadletUnit {

  ImageUnit(String name, UnitFile file, PodmanVersion version) {
    super(UnitType.IMAGE, name, file, version);
  }

  /**
   * A builder for {@code NAME.image}.
   *
   * @param name the unit name without extension: {@code web}, a template {@code web@}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name, null, null);
  }

  /**
   * Parses a {@code .image} file (strictly: unknown keys are errors).
   *
   * @param fileName the file name, ending in {@code .image}
   * @param text the content
   * @return the unit
   * @throws ParseException {@code FILE:LINE: reason}
   */
  public static ImageUnit parse(String fileName, String text) {
    if (QuadletUnit.parse(fileName, text) instanceof ImageUnit u) {
      return u;
    }
    throw new ParseException(fileName, 0, "not a .image file");
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

  /** Builder of {@link ImageUnit}; not thread-safe. */
  public static final class Builder extends UnitBuilder<ImageUnit, Builder> {
    Builder(String name, UnitFile base, PodmanVersion version) {
      super(UnitType.IMAGE, name, base, version);
    }

    @Override
    ImageUnit create(String name, UnitFile file, PodmanVersion version) {
      return new ImageUnit(name, file, version);
    }

    /**
     * {@code AllTags=}: bool (Podman 4.8+).
     * Podman: {@code --all-tags}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder allTags(boolean value) {
      return quadletBool("AllTags", value);
    }

    /**
     * {@code Arch=}: string: architecture (e.g. aarch64) (Podman 4.8+).
     * Podman: {@code --arch=aarch64}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder arch(String value) {
      return quadletSingle("Arch", SystemdValue.literal(value));
    }

    /**
     * {@code Arch=}: string: architecture (e.g. aarch64) (Podman 4.8+).
     * Podman: {@code --arch=aarch64}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder arch(SystemdValue value) {
      return quadletSingle("Arch", value);
    }

    /**
     * {@code AuthFile=}: path (Podman 4.8+).
     * Podman: {@code --authfile=/etc/registry/auth.json}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder authFile(String value) {
      return quadletSingle("AuthFile", SystemdValue.literal(value));
    }

    /**
     * {@code AuthFile=}: path (Podman 4.8+).
     * Podman: {@code --authfile=/etc/registry/auth.json}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder authFile(SystemdValue value) {
      return quadletSingle("AuthFile", value);
    }

    /**
     * {@code CertDir=}: path (directory) (Podman 4.8+).
     * Podman: {@code --cert-dir=/etc/registry/certs}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder certDir(String value) {
      return quadletSingle("CertDir", SystemdValue.literal(value));
    }

    /**
     * {@code CertDir=}: path (directory) (Podman 4.8+).
     * Podman: {@code --cert-dir=/etc/registry/certs}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder certDir(SystemdValue value) {
      return quadletSingle("CertDir", value);
    }

    /**
     * {@code ContainersConfModule=}: path: containers.conf module (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --module=/etc/nvd.conf}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder containersConfModule(String value) {
      return quadlet("ContainersConfModule", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code ContainersConfModule=}: path: containers.conf module (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --module=/etc/nvd.conf}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder containersConfModule(SystemdValue value) {
      return quadlet("ContainersConfModule", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code Creds=}: string: [username[:password]] (Podman 4.8+).
     * Podman: {@code --creds=myname\:mypassword}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder creds(String value) {
      return quadletSingle("Creds", SystemdValue.literal(value));
    }

    /**
     * {@code Creds=}: string: [username[:password]] (Podman 4.8+).
     * Podman: {@code --creds=myname\:mypassword}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder creds(SystemdValue value) {
      return quadletSingle("Creds", value);
    }

    /**
     * {@code DecryptionKey=}: string: key[:passphrase] (Podman 4.8+).
     * Podman: {@code --decryption-key=/etc/registry.key}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder decryptionKey(String value) {
      return quadletSingle("DecryptionKey", SystemdValue.literal(value));
    }

    /**
     * {@code DecryptionKey=}: string: key[:passphrase] (Podman 4.8+).
     * Podman: {@code --decryption-key=/etc/registry.key}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder decryptionKey(SystemdValue value) {
      return quadletSingle("DecryptionKey", value);
    }

    /**
     * {@code GlobalArgs=}: args: podman global options (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --log-level=debug}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder globalArgs(String... words) {
      return quadlet("GlobalArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code GlobalArgs=}: args: podman global options (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --log-level=debug}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder globalArgs(List<SystemdValue> words) {
      return quadlet("GlobalArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code Image=}: image-ref: FQIN[:tag|{@literal @}digest] or transport:ref (docker-archive:...) (Podman 4.8+).
     * Podman: {@code podman image pull quay.io/centos/centos\:latest}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder image(String value) {
      return quadletSingle("Image", SystemdValue.literal(value));
    }

    /**
     * {@code Image=}: image-ref: FQIN[:tag|{@literal @}digest] or transport:ref (docker-archive:...) (Podman 4.8+).
     * Podman: {@code podman image pull quay.io/centos/centos\:latest}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder image(SystemdValue value) {
      return quadletSingle("Image", value);
    }

    /**
     * {@code ImageTag=}: image-ref: FQIN (Podman 4.8+).
     * Podman: {@code Use this name when resolving `.image` references}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder imageTag(String value) {
      return quadletSingle("ImageTag", SystemdValue.literal(value));
    }

    /**
     * {@code ImageTag=}: image-ref: FQIN (Podman 4.8+).
     * Podman: {@code Use this name when resolving `.image` references}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder imageTag(SystemdValue value) {
      return quadletSingle("ImageTag", value);
    }

    /**
     * {@code OS=}: string: OS name (Podman 4.8+).
     * Podman: {@code --os=windows}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder os(String value) {
      return quadletSingle("OS", SystemdValue.literal(value));
    }

    /**
     * {@code OS=}: string: OS name (Podman 4.8+).
     * Podman: {@code --os=windows}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder os(SystemdValue value) {
      return quadletSingle("OS", value);
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --os=linux}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder podmanArgs(String... words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --os=linux}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder podmanArgs(List<SystemdValue> words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code Policy=}: enum{always,missing,never,newer} (Podman 5.6+).
     * Podman: {@code --policy=always}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder policy(PullPolicy value) {
      return quadletSingle("Policy", SystemdValue.literal(value.token()));
    }

    /**
     * {@code Retry=}: uint (Podman 5.5+).
     * Podman: {@code --retry=5}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder retry(long value) {
      return quadletNumber("Retry", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code RetryDelay=}: duration (Podman 5.5+).
     * Podman: {@code --retry-delay=10s}.
     *
     * @param value the duration, written like {@code 1m30s}
     * @return this builder
     */
    public Builder retryDelay(Duration value) {
      return quadletDuration("RetryDelay", value);
    }

    /**
     * {@code ServiceName=}: string: service unit name without .service (Podman 5.3+).
     * Podman: {@code Name the systemd unit `name.service`}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder serviceName(String value) {
      return quadletSingle("ServiceName", SystemdValue.literal(value));
    }

    /**
     * {@code ServiceName=}: string: service unit name without .service (Podman 5.3+).
     * Podman: {@code Name the systemd unit `name.service`}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder serviceName(SystemdValue value) {
      return quadletSingle("ServiceName", value);
    }

    /**
     * {@code TLSVerify=}: bool (Podman 4.8+).
     * Podman: {@code --tls-verify=false}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder tlsVerify(boolean value) {
      return quadletBool("TLSVerify", value);
    }

    /**
     * {@code Variant=}: string: arch variant (arm/v7) (Podman 4.8+).
     * Podman: {@code --variant=arm/v7}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder variant(String value) {
      return quadletSingle("Variant", SystemdValue.literal(value));
    }

    /**
     * {@code Variant=}: string: arch variant (arm/v7) (Podman 4.8+).
     * Podman: {@code --variant=arm/v7}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder variant(SystemdValue value) {
      return quadletSingle("Variant", value);
    }
  }
}
