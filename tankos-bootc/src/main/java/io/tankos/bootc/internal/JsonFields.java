package io.tankos.bootc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.tankos.core.validation.ParseException;

/** Typed reads of JSON object fields that name the field's path when the value is wrong. */
final class JsonFields {
  private final String source;

  JsonFields(String source) {
    this.source = source;
  }

  ParseException error(String path, String reason) {
    return new ParseException(source, 0, path + ": " + reason);
  }

  /** The field's value, or null when it is absent or JSON null. */
  JsonNode optional(JsonNode object, String field) {
    JsonNode v = object.get(field);
    return v == null || v.isNull() ? null : v;
  }

  JsonNode object(JsonNode object, String field, String path) {
    JsonNode v = optional(object, field);
    if (v != null && !v.isObject()) {
      throw error(path, "expected an object, found " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return v;
  }

  String string(JsonNode object, String field, String path) {
    JsonNode v = optional(object, field);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw error(path, "expected a string, found " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return v.textValue();
  }

  String requiredString(JsonNode object, String field, String path) {
    String v = string(object, field, path);
    if (v == null) {
      throw error(path, "is required");
    }
    return v;
  }

  boolean bool(JsonNode object, String field, String path, boolean fallback) {
    JsonNode v = optional(object, field);
    if (v == null) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw error(path, "expected true or false, found " + v);
    }
    return v.booleanValue();
  }

  boolean requiredBool(JsonNode object, String field, String path) {
    if (optional(object, field) == null) {
      throw error(path, "is required");
    }
    return bool(object, field, path, false);
  }
}
