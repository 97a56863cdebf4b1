package io.tankos.cloudinit;

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
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", url);
    m.put("post", post.isEmpty() ? (Object) "all" : (Object) post);
    m.put("tries", tries);
    return m;
  }
}
