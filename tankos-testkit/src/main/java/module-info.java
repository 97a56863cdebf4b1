/** Test support for tankos and its users: real tools and conformance corpora, required or skipped. */
module io.tankos.testkit {
  requires org.junit.jupiter.api;
  requires org.opentest4j;
  requires net.jqwik.api;
  requires org.slf4j;

  exports io.tankos.testkit;
}
