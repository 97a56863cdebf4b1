package io.tankos.cloudinit;

/**
 * Sizes of user-data in its possible encodings.
 *
 * @param raw bytes as rendered
 * @param gzip bytes after deterministic gzip
 * @param base64 characters after base64 of the raw bytes
 * @param gzipBase64 characters after gzip then base64
 */
public record SizeReport(long raw, long gzip, long base64, long gzipBase64) {

  @Override
  public String toString() {
    return "raw " + raw + " B, gzip " + gzip + " B, base64 " + base64 + " B, gzip+base64 "
        + gzipBase64 + " B";
  }
}
