package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.core.validation.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code phone_home} module: POST instance data to a URL when boot finishes.
 *
 * <pre>{@code
 * PhoneHome.of("https://fleet.example/boot/$INSTANCE_ID", List.of("hostname", "instance_id"), 3);
 * }</pre>
 *
 * @param url the URL; {@code $INSTANCE_ID} is replaced
 * @param post the keys to post; empty for {@code all}
 * @param tries attempts
 */
public record PhoneHome(String url, List<String> post, int tries) {
  private static final String URL = "url";
  private static final String POST = "post";
  private static final String TRIES = "tries";
  private static final String ALL = "all";

  /**
   * Checks and copies the components.
   *
   * @param url the URL
   * @param post keys
   * @param tries attempts
   */
  public PhoneHome {
    Objects.requireNonNull(url, "url");
    post = List.copyOf(post);
    ConfigKey.PHONE_HOME.require(raw(url, post, tries));
  }

  /**
   * A phone_home setting.
   *
   * @param url URL
   * @param post keys, empty for all
   * @param tries attempts
   * @return the setting
   */
  public static PhoneHome of(String url, List<String> post, int tries) {
    return new PhoneHome(url, post, tries);
  }

  Object toRaw() {
    return raw(url, post, tries);
  }

  private static Map<String, Object> raw(String url, List<String> post, int tries) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(URL, url);
    m.put(POST, post.isEmpty() ? (Object) ALL : (Object) post);
    m.put(TRIES, tries);
    return m;
  }

  static void check(Object v, Location at, Checks c) {
    if (!(v instanceof Map<?, ?> m)) {
      c.add(at, "must be a mapping with 'url'");
      return;
    }
    if (!(m.get(URL) instanceof String)) {
      c.add(at.child(URL), "is required and must be a string");
    }
    Object post = m.get(POST);
    if (post != null && !ALL.equals(post)) {
      c.stringList(post, at.child(POST), 0);
    }
    if (m.containsKey(TRIES)) {
      c.nonNegativeInteger(m.get(TRIES), at.child(TRIES));
    }
  }
}
