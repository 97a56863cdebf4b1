package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Gzip;
import io.tankos.cloudinit.internal.Mime;
import io.tankos.core.text.BoundedInput;
import io.tankos.core.text.TextLimits;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads user-data bytes as cloud-init does (gzip, strict UTF-8, MIME walked in place and flattened,
 * documents recognised by their first line) within {@link CloudInitLimits}.
 */
final class UserDataReader {
  private static final String MAX_BYTES = "CloudInitLimits.MAX_BYTES";
  private static final String DETECTED = "the first line must be one of #cloud-config, #!,"
      + " #cloud-boothook, #include, #include-once, #part-handler, #cloud-config-archive,"
      + " ## template: jinja, or a MIME header";

  private UserDataReader() {}

  static UserData read(String source, byte[] bytes) {
    if (bytes.length > CloudInitLimits.MAX_BYTES) {
      throw BoundedInput.tooLarge(source, CloudInitLimits.MAX_BYTES, MAX_BYTES);
    }
    byte[] data = bytes;
    if (Gzip.isGzip(data)) {
      try {
        data = Gzip.decompress(source, data, CloudInitLimits.MAX_BYTES, MAX_BYTES);
      } catch (UncheckedIOException e) {
        throw new ParseException(source, 0, "not valid gzip data");
      }
    }
    String text = Utf8.decode(source, data);
    if (text.startsWith("\ufeff")) {
      throw new ParseException(source, 1, "starts with a byte order mark, which cloud-init"
          + " does not accept before the header");
    }
    if (Mime.looksLikeMime(text)) {
      MimeReader reader = new MimeReader(source, text);
      reader.read(0, text.length(), 1);
      return UserData.parsed(reader.parts, true);
    }
    return UserData.parsed(List.of(document(source, text)), false);
  }

  private static Part document(String source, String text) {
    PartType type = PartType.detect(text).orElseThrow(() ->
        new ParseException(source, 1, "not cloud-init user-data: " + DETECTED));
    if (type == PartType.CLOUD_CONFIG) {
      return Part.cloudConfig(CloudConfig.parse(source, text));
    }
    return Part.of(type, text);
  }

  /** Walks a MIME message in place, depth-first, within the MIME and decoded-size limits. */
  private static final class MimeReader {
    private final String source;
    private final String text;
    private final List<Part> parts = new ArrayList<>();
    private int entities;
    private long decoded;

    MimeReader(String source, String text) {
      this.source = source;
      this.text = text;
    }

    void read(int start, int end, int depth) {
      Mime.Entity entity = Mime.read(text, start, end);
      String contentType = entity.header("content-type");
      String media = Mime.mediaType(contentType);
      if (media.startsWith("multipart/")) {
        if (depth > CloudInitLimits.MAX_MIME_DEPTH) {
          throw new LimitExceededException(source, TextLimits.lineOf(text, start),
              "multipart nested more than " + CloudInitLimits.MAX_MIME_DEPTH + " levels deep",
              "CloudInitLimits.MAX_MIME_DEPTH", CloudInitLimits.MAX_MIME_DEPTH);
        }
        String b = Mime.parameter(contentType, "boundary");
        if (b == null || b.isEmpty()) {
          throw new ParseException(source, TextLimits.lineOf(text, start),
              "multipart message without a boundary");
        }
        int remaining = CloudInitLimits.MAX_MIME_PARTS - entities;
        List<int[]> ranges = Mime.split(text, entity.bodyStart(), entity.bodyEnd(), b, remaining);
        if (ranges.size() > remaining) {
          throw new LimitExceededException(source, TextLimits.lineOf(text,
              ranges.get(remaining)[0]), "more than " + CloudInitLimits.MAX_MIME_PARTS
              + " MIME parts", "CloudInitLimits.MAX_MIME_PARTS", CloudInitLimits.MAX_MIME_PARTS);
        }
        entities += ranges.size();
        for (int[] r : ranges) {
          read(r[0], r[1], depth + 1);
        }
        return;
      }
      parts.add(leaf(entity, media));
    }

    private Part leaf(Mime.Entity entity, String media) {
      String name = source + " part " + (parts.size() + 1);
      byte[] bytes;
      try {
        bytes = Mime.decodeBody(entity);
      } catch (IllegalArgumentException e) {
        throw new ParseException(name, 0, "body is not valid base64: " + e.getMessage());
      }
      long budget = CloudInitLimits.MAX_BYTES - decoded;
      if (Gzip.isGzip(bytes)) {
        try {
          bytes = Gzip.decompress(name, bytes, budget, MAX_BYTES);
        } catch (UncheckedIOException e) {
          throw new ParseException(name, 0, "not valid gzip data");
        }
      }
      decoded += bytes.length;
      if (decoded > CloudInitLimits.MAX_BYTES) {
        throw new LimitExceededException(name, 0, "decoded parts are larger than "
            + CloudInitLimits.MAX_BYTES + " bytes together", MAX_BYTES, CloudInitLimits.MAX_BYTES);
      }
      String body = Utf8.decode(name, bytes);
      PartType type = PartType.ofContentType(media)
          .or(() -> PartType.detect(body))
          .orElseThrow(() -> new ParseException(name, 0, "content type " + media
              + " is not a user-data type cloud-init handles"));
      Part part = type == PartType.CLOUD_CONFIG
          ? Part.cloudConfig(CloudConfig.parseBody(name, body))
          : Part.of(type, body);
      String filename = Mime.parameter(entity.header("content-disposition"), "filename");
      if (filename != null) {
        part = part.withFilename(filename);
      }
      String merge = entity.header("merge-type") != null
          ? entity.header("merge-type") : entity.header("x-merge-type");
      if (merge != null) {
        part = part.withMergeType(merge);
      }
      return part;
    }
  }
}
