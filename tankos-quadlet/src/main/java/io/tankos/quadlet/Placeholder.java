package io.tankos.quadlet;

/** Placeholder until the module has its first public type; delete when adding one. */
final class Placeholder {
  private Placeholder() {}
}
