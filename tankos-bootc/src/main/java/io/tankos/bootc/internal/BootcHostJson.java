package io.tankos.bootc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tankos.bootc.host.BootEntry;
import io.tankos.bootc.host.BootcHost;
import io.tankos.bootc.host.ComposefsDeployment;
import io.tankos.bootc.host.ImageReference;
import io.tankos.bootc.host.ImageSignature;
import io.tankos.bootc.host.ImageStatus;
import io.tankos.bootc.host.OstreeDeployment;
import io.tankos.bootc.host.UsrOverlay;
import io.tankos.core.validation.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes the {@code bootc status} JSON document (host-v1). */
public final class BootcHostJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BootcHostJson() {}

  /**
   * Parses a BootcHost document.
   *
   * @param source name for messages
   * @param json the text
   * @return the host
   */
  public static BootcHost parse(String source, String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw JacksonErrors.parseException(source, e, "not JSON: ", 0);
    }
    if (root == null || !root.isObject()) {
      throw new ParseException(source, 0, "expected a JSON object (a BootcHost document)");
    }
    return new Reader(new JsonFields(source)).host(root);
  }

  /**
   * Writes a host as compact JSON, fields in the order of bootc's types.
   *
   * @param host the host
   * @return the JSON text
   */
  public static String write(BootcHost host) {
    ObjectNode root = NODES.objectNode();
    root.put("apiVersion", host.apiVersion());
    root.put("kind", BootcHost.KIND);
    ObjectNode meta = root.putObject("metadata");
    host.name().ifPresent(n -> meta.put("name", n));
    host.namespace().ifPresent(n -> meta.put("namespace", n));
    host.labels().ifPresent(m -> meta.set("labels", stringMap(m)));
    host.annotations().ifPresent(m -> meta.set("annotations", stringMap(m)));
    ObjectNode spec = root.putObject("spec");
    spec.set("image", host.specImage().<JsonNode>map(BootcHostJson::reference).orElse(NODES.nullNode()));
    spec.put("bootOrder", host.rollbackBootOrder() ? "rollback" : "default");
    ObjectNode status = root.putObject("status");
    status.set("staged", host.staged().<JsonNode>map(BootcHostJson::entry).orElse(NODES.nullNode()));
    status.set("booted", host.booted().<JsonNode>map(BootcHostJson::entry).orElse(NODES.nullNode()));
    status.set("rollback", host.rollback().<JsonNode>map(BootcHostJson::entry).orElse(NODES.nullNode()));
    if (!host.otherDeployments().isEmpty()) {
      ArrayNode others = status.putArray("otherDeployments");
      host.otherDeployments().forEach(e -> others.add(entry(e)));
    }
    status.put("rollbackQueued", host.rollbackQueued());
    status.set("type", host.type().<JsonNode>map(NODES::textNode).orElse(NODES.nullNode()));
    host.usrOverlay()
        .ifPresent(
            o -> {
              ObjectNode ov = status.putObject("usrOverlay");
              ov.put("accessMode", o.accessMode());
              ov.put("persistence", o.persistence());
            });
    if (host.readOnly()) {
      status.put("readOnly", true);
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static ObjectNode stringMap(Map<String, String> map) {
    ObjectNode node = NODES.objectNode();
    map.forEach(node::put);
    return node;
  }

  private static ObjectNode reference(ImageReference ref) {
    ObjectNode node = NODES.objectNode();
    node.put("image", ref.image());
    node.put("transport", ref.transport());
    ref.signatureMode()
        .ifPresent(
            s -> {
              if (s.ostreeRemoteName().isPresent()) {
                node.putObject("signature").put("ostreeRemote", s.ostreeRemoteName().get());
              } else {
                node.put("signature", s.kind());
              }
            });
    return node;
  }

  private static JsonNode imageStatus(ImageStatus status) {
    ObjectNode node = NODES.objectNode();
    node.set("image", reference(status.image()));
    node.put("version", status.version());
    node.put("timestamp", status.timestamp() == null ? null : rfc3339(status.timestamp()));
    node.put("imageDigest", status.imageDigest());
    node.put("architecture", status.architecture());
    return node;
  }

  /** RFC 3339 in UTC with the shortest fraction that keeps the value ({@code 15.42Z}). */
  static String rfc3339(Instant t) {
    String whole = t.toString();
    int dot = whole.indexOf('.');
    if (dot < 0) {
      return whole;
    }
    String fraction = whole.substring(dot + 1, whole.length() - 1).replaceAll("0+$", "");
    return whole.substring(0, dot) + (fraction.isEmpty() ? "" : "." + fraction) + "Z";
  }

  private static ObjectNode entry(BootEntry e) {
    ObjectNode node = NODES.objectNode();
    node.set("image", e.image().map(BootcHostJson::imageStatus).orElse(NODES.nullNode()));
    node.set(
        "cachedUpdate", e.cachedUpdate().map(BootcHostJson::imageStatus).orElse(NODES.nullNode()));
    node.put("incompatible", e.incompatible());
    node.put("pinned", e.pinned());
    node.put("softRebootCapable", e.softRebootCapable());
    node.put("downloadOnly", e.downloadOnly());
    node.put("store", e.store().orElse(null));
    node.set(
        "ostree",
        e.ostree()
            .<JsonNode>map(
                o -> {
                  ObjectNode on = NODES.objectNode();
                  on.put("checksum", o.checksum());
                  on.put("deploySerial", o.deploySerial());
                  on.put("stateroot", o.stateroot());
                  return on;
                })
            .orElse(NODES.nullNode()));
    e.composefs()
        .ifPresent(
            c -> {
              ObjectNode cn = node.putObject("composefs");
              cn.put("verity", c.verity());
              cn.put("bootType", c.bootType());
              cn.put("bootloader", c.bootloader());
              cn.put("missingVerityAllowed", c.missingVerityAllowed());
              c.bootDigestValue().ifPresent(d -> cn.put("bootDigest", d));
            });
    return node;
  }

  /** Tree walker; every error names the field's path. */
  private static final class Reader {
    private final JsonFields f;

    Reader(JsonFields f) {
      this.f = f;
    }

    BootcHost host(JsonNode root) {
      String apiVersion = f.requiredString(root, "apiVersion", "apiVersion");
      if (!apiVersion.equals(BootcHost.API_VERSION) && !apiVersion.equals(BootcHost.API_VERSION_V1ALPHA1)) {
        throw f.error(
            "apiVersion",
            "unsupported API version '" + apiVersion + "', expected " + BootcHost.API_VERSION);
      }
      String kind = f.requiredString(root, "kind", "kind");
      if (!kind.equals(BootcHost.KIND)) {
        throw f.error("kind", "expected BootcHost, found '" + kind + "'");
      }
      BootcHost.Builder b = BootcHost.builder().apiVersion(apiVersion).name(null);
      JsonNode meta = f.object(root, "metadata", "metadata");
      if (meta != null) {
        b.name(f.string(meta, "name", "metadata.name"));
        b.namespace(f.string(meta, "namespace", "metadata.namespace"));
        b.labels(stringMap(meta, "labels", "metadata.labels"));
        b.annotations(stringMap(meta, "annotations", "metadata.annotations"));
      }
      JsonNode spec = f.object(root, "spec", "spec");
      if (spec != null) {
        JsonNode image = f.object(spec, "image", "spec.image");
        b.specImage(image == null ? null : reference(image, "spec.image"));
        String order = f.string(spec, "bootOrder", "spec.bootOrder");
        if (order != null && !order.equals("default") && !order.equals("rollback")) {
          throw f.error("spec.bootOrder", "expected default or rollback, found '" + order + "'");
        }
        b.rollbackBootOrder("rollback".equals(order));
      }
      JsonNode status = f.object(root, "status", "status");
      if (status != null) {
        b.staged(entry(f.object(status, "staged", "status.staged"), "status.staged"));
        b.booted(entry(f.object(status, "booted", "status.booted"), "status.booted"));
        b.rollback(entry(f.object(status, "rollback", "status.rollback"), "status.rollback"));
        JsonNode others = f.optional(status, "otherDeployments");
        if (others != null) {
          if (!others.isArray()) {
            throw f.error("status.otherDeployments", "expected an array");
          }
          for (int i = 0; i < others.size(); i++) {
            String path = "status.otherDeployments[" + i + "]";
            JsonNode e = others.get(i);
            if (!e.isObject()) {
              throw f.error(path, "expected an object");
            }
            b.addOtherDeployment(entry(e, path));
          }
        }
        b.rollbackQueued(f.bool(status, "rollbackQueued", "status.rollbackQueued", false));
        b.type(f.string(status, "type", "status.type"));
        JsonNode overlay = f.object(status, "usrOverlay", "status.usrOverlay");
        if (overlay != null) {
          b.usrOverlay(
              new UsrOverlay(
                  f.requiredString(overlay, "accessMode", "status.usrOverlay.accessMode"),
                  f.requiredString(overlay, "persistence", "status.usrOverlay.persistence")));
        }
        b.readOnly(f.bool(status, "readOnly", "status.readOnly", false));
      }
      return b.build();
    }

    private Map<String, String> stringMap(JsonNode parent, String field, String path) {
      JsonNode node = f.object(parent, field, path);
      if (node == null) {
        return null;
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        map.put(key, f.requiredString(node, key, path + "." + key));
      }
      return map;
    }

    private ImageReference reference(JsonNode node, String path) {
      String image = f.requiredString(node, "image", path + ".image");
      String transport = f.requiredString(node, "transport", path + ".transport");
      JsonNode sig = f.optional(node, "signature");
      ImageSignature signature = null;
      if (sig != null) {
        if (sig.isTextual() && sig.textValue().equals("insecure")) {
          signature = ImageSignature.insecure();
        } else if (sig.isTextual() && sig.textValue().equals("containerPolicy")) {
          signature = ImageSignature.containerPolicy();
        } else if (sig.isObject() && sig.size() == 1 && sig.path("ostreeRemote").isTextual()) {
          signature = ImageSignature.ostreeRemote(sig.get("ostreeRemote").textValue());
        } else {
          throw f.error(
              path + ".signature",
              "expected insecure, containerPolicy or {\"ostreeRemote\": NAME}, found " + sig);
        }
      }
      return new ImageReference(image, transport, signature);
    }

    private ImageStatus imageStatus(JsonNode node, String path) {
      if (node == null) {
        return null;
      }
      JsonNode ref = f.object(node, "image", path + ".image");
      if (ref == null) {
        throw f.error(path + ".image", "is required");
      }
      String timestamp = f.string(node, "timestamp", path + ".timestamp");
      Instant time = null;
      if (timestamp != null) {
        try {
          time = OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException e) {
          throw f.error(path + ".timestamp", "not an RFC 3339 date-time: '" + timestamp + "'");
        }
      }
      return new ImageStatus(
          reference(ref, path + ".image"),
          f.requiredString(node, "imageDigest", path + ".imageDigest"),
          f.requiredString(node, "architecture", path + ".architecture"),
          f.string(node, "version", path + ".version"),
          time);
    }

    private BootEntry entry(JsonNode node, String path) {
      if (node == null) {
        return null;
      }
      BootEntry.Builder b =
          BootEntry.builder()
              .image(imageStatus(f.object(node, "image", path + ".image"), path + ".image"))
              .cachedUpdate(
                  imageStatus(
                      f.object(node, "cachedUpdate", path + ".cachedUpdate"),
                      path + ".cachedUpdate"))
              .incompatible(f.requiredBool(node, "incompatible", path + ".incompatible"))
              .pinned(f.requiredBool(node, "pinned", path + ".pinned"))
              .softRebootCapable(
                  f.bool(node, "softRebootCapable", path + ".softRebootCapable", false))
              .downloadOnly(f.bool(node, "downloadOnly", path + ".downloadOnly", false))
              .store(f.string(node, "store", path + ".store"));
      JsonNode ostree = f.object(node, "ostree", path + ".ostree");
      if (ostree != null) {
        JsonNode serial = ostree.get("deploySerial");
        if (serial == null || !serial.canConvertToLong() || !serial.isIntegralNumber() || serial.longValue() < 0) {
          throw f.error(path + ".ostree.deploySerial", "expected a non-negative integer, found " + serial);
        }
        b.ostree(
            new OstreeDeployment(
                f.requiredString(ostree, "checksum", path + ".ostree.checksum"),
                serial.longValue(),
                f.requiredString(ostree, "stateroot", path + ".ostree.stateroot")));
      }
      JsonNode cfs = f.object(node, "composefs", path + ".composefs");
      if (cfs != null) {
        b.composefs(
            new ComposefsDeployment(
                f.requiredString(cfs, "verity", path + ".composefs.verity"),
                f.requiredString(cfs, "bootType", path + ".composefs.bootType"),
                f.requiredString(cfs, "bootloader", path + ".composefs.bootloader"),
                f.requiredBool(cfs, "missingVerityAllowed", path + ".composefs.missingVerityAllowed"),
                f.string(cfs, "bootDigest", path + ".composefs.bootDigest")));
      }
      return b.build();
    }
  }
}
