package io.tankos.cloudinit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code chpasswd} module: password hashes for existing users, or random passwords. Plain-text
 * passwords are deliberately not offered: user-data is readable by anyone who can read the seed.
 *
 * <pre>{@code
 * Chpasswd.builder().hash("openclaw", "$6$rounds=500000$...").random("ops").expire(false).build();
 * }</pre>
 */
public final class Chpasswd {
  private final List<Map<String, Object>> users;
  private final Boolean expire;

  private Chpasswd(Builder b) {
    this.users = Collections.unmodifiableList(new ArrayList<>(b.users));
    this.expire = b.expire;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  Object toRaw() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (expire != null) {
      m.put("expire", expire);
    }
    m.put("users", users);
    return m;
  }

  @Override
  public String toString() {
    return "Chpasswd[" + users.size() + " users]";
  }

  /** Mutable builder. */
  public static final class Builder {
    private final List<Map<String, Object>> users = new ArrayList<>();
    private Boolean expire;

    private Builder() {}

    /**
     * Sets a user's password hash.
     *
     * @param name user name
     * @param hash crypt(3) hash, e.g. from {@code mkpasswd --method=SHA-512}
     * @return this builder
     */
    public Builder hash(String name, String hash) {
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("name", name);
      u.put("password", hash);
      u.put("type", "hash");
      users.add(Collections.unmodifiableMap(u));
      return this;
    }

    /**
     * Gives a user a random password (printed on the console by cloud-init).
     *
     * @param name user name
     * @return this builder
     */
    public Builder random(String name) {
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("name", name);
      u.put("type", "RANDOM");
      users.add(Collections.unmodifiableMap(u));
      return this;
    }

    /**
     * Whether the passwords expire at first login.
     *
     * @param value true to expire
     * @return this builder
     */
    public Builder expire(boolean value) {
      this.expire = value;
      return this;
    }

    /**
     * Builds the setting.
     *
     * @return the setting
     */
    public Chpasswd build() {
      return new Chpasswd(this);
    }
  }
}
