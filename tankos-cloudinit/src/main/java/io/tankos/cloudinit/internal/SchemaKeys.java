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

/** The top-level keys of each cloud-init version's schema, from {@code keys-VERSION.txt}. */
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
    return CACHE.computeIfAbsent(label, SchemaKeys::load);
  }

  private static Set<String> load(String label) {
    String name = "keys-" + label + ".txt";
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
