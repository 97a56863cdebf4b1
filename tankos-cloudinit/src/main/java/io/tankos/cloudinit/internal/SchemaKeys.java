package io.tankos.cloudinit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys each cloud-init version's schema defines: top level ({@code keys-VERSION.txt}) and in a
 * {@code users} entry ({@code user-keys-VERSION.txt}), as extracted from {@code
 * schema-cloud-config-v1.json}.
 */
public final class SchemaKeys {
  private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  private SchemaKeys() {}

  /**
   * The keys of a version.
   *
   * @param label e.g. {@code 22.4}
   * @return the keys, unmodifiable
   */
  public static Set<String> of(String label) {
    return CACHE.computeIfAbsent("keys-" + label + ".txt", SchemaKeys::load);
  }

  /**
   * The fields of a {@code users} entry in a version.
   *
   * @param label e.g. {@code 22.4}
   * @return the fields, unmodifiable
   */
  public static Set<String> userFields(String label) {
    return CACHE.computeIfAbsent("user-keys-" + label + ".txt", SchemaKeys::load);
  }

  private static Set<String> load(String name) {
    Set<String> keys = new LinkedHashSet<>();
    try (InputStream in = SchemaKeys.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.trim();
        if (!t.isEmpty() && !t.startsWith("#")) {
          keys.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableSet(keys);
  }
}
