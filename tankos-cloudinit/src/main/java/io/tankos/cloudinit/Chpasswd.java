package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.core.validation.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code chpasswd} module: password hashes for existing users, or random passwords. Plain-text
 * passwords are deliberately not offered: user-data is readable by anyone who can read the seed.
 *
 * <pre>{@code
 * Chpasswd.builder().hash("openclaw", "$6$rounds=500000$...").random("ops").expire(false).build();
 * }</pre>
 */
public final class Chpasswd {
  private static final String USERS = "users";
  private static final String EXPIRE = "expire";
  private static final String LIST = "list";
  private static final String NAME = "name";
  private static final String PASSWORD = "password";
  private static final String TYPE = "type";
  private static final String HASH = "hash";
  private static final String RANDOM = "RANDOM";
  private static final Set<String> TYPES = Set.of(HASH, "text", RANDOM);
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
      m.put(EXPIRE, expire);
    }
    m.put(USERS, users);
    return m;
  }

  static void check(Object v, Location at, Checks c) {
    if (!(v instanceof Map<?, ?> m)) {
      c.add(at, "must be a mapping");
      return;
    }
    if (m.containsKey(EXPIRE)) {
      c.bool(m.get(EXPIRE), at.child(EXPIRE));
    }
    if (m.containsKey(LIST)) {
      c.add(at.child(LIST), "is deprecated since cloud-init 22.2; use chpasswd.users");
    }
    Object users = m.get(USERS);
    if (users == null) {
      return;
    }
    if (!(users instanceof List<?> l)) {
      c.add(at.child(USERS), "must be a list");
      return;
    }
    for (int i = 0; i < l.size(); i++) {
      Location ui = at.child(USERS).index(i);
      if (!(l.get(i) instanceof Map<?, ?> u)) {
        c.add(ui, "must be a mapping with name and password or type: RANDOM");
        continue;
      }
      c.userName(u.get(NAME), ui.child(NAME));
      Object type = u.get(TYPE);
      if (type != null && !TYPES.contains(type)) {
        c.add(ui.child(TYPE), "must be hash, text or RANDOM, not " + Raw.aTypeName(type));
      }
      if (!RANDOM.equals(type) && !(u.get(PASSWORD) instanceof String)) {
        c.add(ui.child(PASSWORD), "is required unless type is RANDOM");
      } else if (HASH.equals(type)) {
        c.passwordHash(u.get(PASSWORD), ui.child(PASSWORD));
      }
    }
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
      u.put(NAME, name);
      u.put(PASSWORD, hash);
      u.put(TYPE, HASH);
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
      u.put(NAME, name);
      u.put(TYPE, RANDOM);
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
     * Builds and checks the setting.
     *
     * @return the setting
     * @throws io.tankos.core.validation.ValidationException at {@code chpasswd.users[N]} for an
     *     invalid user name or a password that is not a crypt(3) hash (never shown)
     */
    public Chpasswd build() {
      Chpasswd c = new Chpasswd(this);
      ConfigKey.CHPASSWD.require(c.toRaw());
      return c;
    }
  }
}
