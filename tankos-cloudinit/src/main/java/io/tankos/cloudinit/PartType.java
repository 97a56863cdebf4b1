package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.LoweredText;
import java.util.Optional;

/**
 * The user-data formats cloud-init recognises: a MIME content type and, for a document on its own,
 * the first line that marks it.
 */
public enum PartType {
  /** {@code #cloud-config}: a cloud-config YAML document. */
  CLOUD_CONFIG("text/cloud-config", "#cloud-config"),
  /** {@code #cloud-config-archive}: a YAML list of parts. */
  CLOUD_CONFIG_ARCHIVE("text/cloud-config-archive", "#cloud-config-archive"),
  /** {@code #!}: a script run once per instance, late in boot. */
  SHELL_SCRIPT("text/x-shellscript", "#!"),
  /** {@code #cloud-boothook}: a script run on every boot, early. */
  BOOTHOOK("text/cloud-boothook", "#cloud-boothook"),
  /** {@code ## template: jinja}: a Jinja template of another part. */
  JINJA2("text/jinja2", "## template: jinja"),
  /** {@code #include}: URLs to fetch further user-data from. */
  INCLUDE_URL("text/x-include-url", "#include"),
  /** {@code #include-once}: URLs fetched only once. */
  INCLUDE_ONCE_URL("text/x-include-once-url", "#include-once"),
  /** {@code #part-handler}: Python code handling custom part types. */
  PART_HANDLER("text/part-handler", "#part-handler");

  private final String contentType;
  private final String header;

  PartType(String contentType, String header) {
    this.contentType = contentType;
    this.header = header;
  }

  /**
   * The MIME content type.
   *
   * @return e.g. {@code text/cloud-config}
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The first-line marker of a document of this type.
   *
   * @return e.g. {@code #cloud-config}
   */
  public String header() {
    return header;
  }

  /**
   * The type of a MIME content type.
   *
   * @param contentType e.g. {@code text/x-shellscript}
   * @return the type, if cloud-init knows it
   */
  public static Optional<PartType> ofContentType(String contentType) {
    String ct = contentType.trim().toLowerCase(java.util.Locale.ROOT);
    for (PartType t : values()) {
      if (t.contentType.equals(ct)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The type a document's first line announces, as cloud-init detects it.
   *
   * @param text the document
   * @return the type, or empty when cloud-init would ignore the document
   */
  public static Optional<PartType> detect(String text) {
    if (LoweredText.end(text, 0, "## template: jinja") >= 0) {
      return Optional.of(JINJA2);
    }
    if (LoweredText.end(text, 0, "#cloud-config-archive") >= 0) {
      return Optional.of(CLOUD_CONFIG_ARCHIVE);
    }
    if (LoweredText.firstLineIs(text, "#cloud-config")) {
      return Optional.of(CLOUD_CONFIG);
    }
    if (text.startsWith("#!")) {
      return Optional.of(SHELL_SCRIPT);
    }
    if (LoweredText.end(text, 0, "#cloud-boothook") >= 0) {
      return Optional.of(BOOTHOOK);
    }
    if (LoweredText.end(text, 0, "#include-once") >= 0) {
      return Optional.of(INCLUDE_ONCE_URL);
    }
    if (LoweredText.end(text, 0, "#include") >= 0) {
      return Optional.of(INCLUDE_URL);
    }
    if (LoweredText.end(text, 0, "#part-handler") >= 0) {
      return Optional.of(PART_HANDLER);
    }
    return Optional.empty();
  }
}
