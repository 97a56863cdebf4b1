/** Test support for tankos and its users: real tools, conformance corpora and seeded generated cases. */
module io.tankos.testkit {
  requires transitive org.junit.jupiter.api;
  requires transitive org.opentest4j;
  requires org.slf4j;
  requires java.compiler;

  exports io.tankos.testkit;
}
