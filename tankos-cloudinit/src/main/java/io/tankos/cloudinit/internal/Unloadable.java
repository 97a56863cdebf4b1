package io.tankos.cloudinit.internal;

/**
 * A scalar PyYAML cannot make into the value its tag asks for (a number Python will not convert, a
 * date or time out of Python's range): cloud-init fails to load the document. The message says why;
 * the loader adds the scalar's line.
 */
final class Unloadable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Unloadable(String message) {
    super(message, null, false, false);
  }
}
