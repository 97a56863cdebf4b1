package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An instance's service-gator companion: a scoped MCP server container published on {@code
 * 127.0.0.1:PORT}, with its scope configuration in {@code ~/.config/NAME} and its tokens as Podman
 * secrets mounted as files (each named by a {@code *_TOKEN_FILE} variable). Tank-OS runs one as
 * {@code service-gator} on port 8080.
 *
 * <pre>{@code
 * ServiceGator gator = ServiceGator.builder().name("research-gator").port(8081).build();
 * }</pre>
 */
public final class ServiceGator {
  /** The service-gator image Tank-OS runs. */
  public static final String IMAGE = "ghcr.io/cgwalters/service-gator:latest";

  /** The port service-gator listens on inside its container. */
  public static final int CONTAINER_PORT = 8080;

  private static final Location AT = Location.of("ServiceGator");

  private final String name;
  private final String image;
  private final int port;
  private final List<InstanceSecret> tokens;

  private ServiceGator(Builder b) {
    this.name = b.name;
    this.image = b.image;
    this.port = b.port;
    this.tokens = List.copyOf(b.tokens);
  }

  /**
   * Tank-OS's service-gator: {@code service-gator}, port 8080, tokens {@code gh_token}, {@code
   * gitlab_token}, {@code forgejo_token}, {@code jira_api_token}.
   *
   * @return the companion
   */
  public static ServiceGator tankOs() {
    return builder().build();
  }

  /**
   * A builder with Tank-OS's values.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().name(name).image(image).port(port);
    b.tokens.clear();
    b.tokens.addAll(tokens);
    return b;
  }

  /**
   * The unit and container name.
   *
   * @return e.g. {@code service-gator}
   */
  public String name() {
    return name;
  }

  /**
   * The image.
   *
   * @return the reference
   */
  public String image() {
    return image;
  }

  /**
   * The host port on {@code 127.0.0.1}.
   *
   * @return e.g. 8080
   */
  public int port() {
    return port;
  }

  /**
   * The tokens, as file secrets.
   *
   * @return unmodifiable list
   */
  public List<InstanceSecret> tokens() {
    return tokens;
  }

  /**
   * The scope configuration directory, relative to the agent user's home.
   *
   * @return {@code .config/NAME}
   */
  public String configDirectory() {
    return ".config/".concat(name); // one exact string, no builder
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceGator g && g.name.equals(name) && g.image.equals(image) && g.port == port
        && g.tokens.equals(tokens);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, image, port, tokens);
  }

  @Override
  public String toString() {
    return "ServiceGator[" + name + ", 127.0.0.1:" + port + "]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String name = "service-gator";
    private String image = IMAGE;
    private int port = CONTAINER_PORT;
    private final List<InstanceSecret> tokens = new ArrayList<>(List.of(
        InstanceSecret.file("gh_token", "GH_TOKEN_FILE"),
        InstanceSecret.file("gitlab_token", "GITLAB_TOKEN_FILE"),
        InstanceSecret.file("forgejo_token", "FORGEJO_TOKEN_FILE"),
        InstanceSecret.file("jira_api_token", "JIRA_API_TOKEN_FILE")));

    private Builder() {}

    /**
     * The unit and container name (default {@code service-gator}).
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The image (default {@value ServiceGator#IMAGE}).
     *
     * @param value the reference
     * @return this builder
     */
    public Builder image(String value) {
      this.image = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The host port on {@code 127.0.0.1} (default 8080).
     *
     * @param value the port
     * @return this builder
     */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /**
     * Adds a token.
     *
     * @param token a file secret
     * @return this builder
     */
    public Builder token(InstanceSecret token) {
      tokens.add(Objects.requireNonNull(token, "token"));
      return this;
    }

    /**
     * Removes every token.
     *
     * @return this builder
     */
    public Builder clearTokens() {
      tokens.clear();
      return this;
    }

    /**
     * Builds the companion.
     *
     * @return the companion
     * @throws io.tankos.core.validation.ValidationException for a bad name, image or port, a token
     *     that is not a file secret or is listed twice ({@code ServiceGator.tokens[i]})
     */
    public ServiceGator build() {
      Problems problems = new Problems();
      ImageChecks.name(name, AT.child("name"), problems);
      ImageChecks.image(image, AT.child("image"), problems);
      ImageChecks.port(port, AT.child("port"), problems);
      for (int i = 0; i < tokens.size(); i++) {
        InstanceSecret t = tokens.get(i);
        if (t.isEnv()) {
          problems.add(AT.child("tokens").index(i), "service-gator reads its tokens as files: use InstanceSecret.file");
        }
        for (int j = 0; j < i; j++) {
          if (tokens.get(j).name().equals(t.name())) {
            problems.add(AT.child("tokens").index(i), "secret " + t.name() + " is already tokens[" + j + "]");
          }
        }
      }
      problems.throwIfAny();
      return new ServiceGator(this);
    }
  }
}
