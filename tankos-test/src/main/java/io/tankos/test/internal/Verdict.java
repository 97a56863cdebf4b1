package io.tankos.test.internal;

import java.util.Objects;

/**
 * What a judge said about a document.
 *
 * @param accepted whether it was accepted
 * @param judge who judged, e.g. {@code real quadlet 5.4.2 (/usr/libexec/podman/quadlet)} or
 *     {@code tankos offline validator}
 * @param detail the reasons for a refusal, empty when accepted
 */
public record Verdict(boolean accepted, String judge, String detail) {
  /** Checks the parts. */
  public Verdict {
    Objects.requireNonNull(judge, "judge");
    Objects.requireNonNull(detail, "detail");
  }
}
