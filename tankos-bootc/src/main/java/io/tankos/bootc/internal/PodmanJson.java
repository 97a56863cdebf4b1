package io.tankos.bootc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tankos.bootc.podman.ManifestEntry;
import io.tankos.bootc.podman.PodmanImage;
import io.tankos.bootc.podman.SecretInfo;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.ParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads podman's JSON outputs ({@code version}, {@code image inspect}, {@code secret inspect}). */
public final class PodmanJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PodmanJson() {}

  private static JsonNode read(String source, String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null) {
        throw new ParseException(source, 0, "empty output");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw JacksonErrors.parseException(source, e, "not JSON: ", 0);
    }
  }

  /**
   * The client version from {@code podman version --format json}.
   *
   * @param json the output
   * @return the version
   */
  public static PodmanVersion version(String json) {
    JsonNode root = read("podman version", json);
    JsonNode v = root.path("Client").path("Version");
    if (!v.isTextual()) {
      v = root.path("Version");
    }
    if (!v.isTextual()) {
      throw new ParseException("podman version", 0, "Client.Version: is missing");
    }
    try {
      return PodmanVersion.parse(v.textValue());
    } catch (IllegalArgumentException e) {
      throw new ParseException("podman version", 0, "Client.Version: " + e.getMessage());
    }
  }

  /**
   * The images of {@code podman image inspect}.
   *
   * @param json the output (an array)
   * @return the images
   */
  public static List<PodmanImage> images(String json) {
    JsonNode root = read("podman image inspect", json);
    List<PodmanImage> images = new ArrayList<>();
    for (JsonNode n : root) {
      JsonNode config = n.path("Config");
      Map<String, String> labels = stringMap(config.path("Labels"));
      if (labels.isEmpty()) {
        labels = stringMap(n.path("Labels"));
      }
      images.add(
          new PodmanImage(
              n.path("Id").asText(""),
              n.path("Digest").asText(""),
              strings(n.path("RepoTags")),
              strings(n.path("RepoDigests")),
              n.path("Created").isTextual() ? n.path("Created").textValue() : null,
              n.path("Architecture").asText(""),
              n.path("Os").asText(""),
              config.path("User").asText(""),
              strings(config.path("Env")),
              labels,
              strings(config.path("Entrypoint")),
              strings(config.path("Cmd")),
              config.path("WorkingDir").asText(""),
              strings(n.path("RootFS").path("Layers")),
              n.path("Size").asLong(0)));
    }
    return images;
  }

  /**
   * The secrets of {@code podman secret inspect}.
   *
   * @param json the output (an array)
   * @return the secrets
   */
  public static List<SecretInfo> secrets(String json) {
    JsonNode root = read("podman secret inspect", json);
    List<SecretInfo> secrets = new ArrayList<>();
    for (JsonNode n : root) {
      JsonNode spec = n.path("Spec");
      secrets.add(
          new SecretInfo(
              n.path("ID").asText(""),
              spec.path("Name").asText(""),
              spec.path("Driver").path("Name").asText(""),
              stringMap(spec.path("Driver").path("Options")),
              stringMap(spec.path("Labels")),
              n.path("CreatedAt").asText(""),
              n.path("UpdatedAt").asText("")));
    }
    return secrets;
  }

  /**
   * The entries of {@code podman manifest inspect}.
   *
   * @param json the output (an image index / manifest list)
   * @return the entries in order
   */
  public static List<ManifestEntry> manifestEntries(String json) {
    JsonNode root = read("podman manifest inspect", json);
    List<ManifestEntry> entries = new ArrayList<>();
    for (JsonNode m : root.path("manifests")) {
      JsonNode p = m.path("platform");
      entries.add(
          new ManifestEntry(
              m.path("digest").asText(""),
              p.path("os").asText(""),
              p.path("architecture").asText(""),
              p.path("variant").asText("")));
    }
    return entries;
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(v -> list.add(v.asText()));
    } else if (array.isTextual()) {
      list.add(array.textValue());
    }
    return list;
  }

  private static Map<String, String> stringMap(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    if (object.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        map.put(e.getKey(), e.getValue().asText());
      }
    }
    return map;
  }
}
