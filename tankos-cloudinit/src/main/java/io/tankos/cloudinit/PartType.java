package io.tankos.cloudinit;

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
    String first = text.lines().findFirst().orElse("");
    String lower = first.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("## template: jinja")) {
      return Optional.of(JINJA2);
    }
    if (lower.startsWith("#cloud-config-archive")) {
      return Optional.of(CLOUD_CONFIG_ARCHIVE);
    }
    if (lower.stripTrailing().equals("#cloud-config")) {
      return Optional.of(CLOUD_CONFIG);
    }
    if (first.startsWith("#!")) {
      return Optional.of(SHELL_SCRIPT);
    }
    if (lower.startsWith("#cloud-boothook")) {
      return Optional.of(BOOTHOOK);
    }
    if (lower.startsWith("#include-once")) {
      return Optional.of(INCLUDE_ONCE_URL);
    }
    if (lower.startsWith("#include")) {
      return Optional.of(INCLUDE_URL);
    }
    if (lower.startsWith("#part-handler")) {
      return Optional.of(PART_HANDLER);
    }
    return Optional.empty();
  }
}
