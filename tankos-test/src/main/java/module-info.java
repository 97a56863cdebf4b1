/**
 * For users' tests: AssertJ assertions for tankos's formats ({@link io.tankos.test.TankosAssertions}),
 * a JUnit 5 extension ({@link io.tankos.test.TankosTest}) with a recording runner, a temporary output
 * directory and fake {@code podman}/{@code bootc}/{@code ssh} executables, and real-tool lookups
 * re-exported from the testkit ({@code io.tankos.testkit.RequiresTools}).
 */
module io.tankos.test {
  requires transitive io.tankos.core;
  requires transitive io.tankos.quadlet;
  requires transitive io.tankos.cloudinit;
  requires transitive io.tankos.bootc;
  requires transitive io.tankos.testkit;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports io.tankos.test;
}
