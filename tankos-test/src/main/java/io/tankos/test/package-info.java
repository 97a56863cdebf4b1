/**
 * For users' tests of code built on tankos: {@link io.tankos.test.TankosAssertions} (AssertJ
 * assertions for Quadlet units and sets, unit files, cloud-configs and seeds, Containerfiles, file
 * trees with golden directories, command results and recorded calls), {@link
 * io.tankos.test.TankosExtension} (a recording runner, fake tools and an output directory per
 * test) and {@link io.tankos.test.ToolReplies} (recorded replies that write what the real tools
 * write).
 */
package io.tankos.test;
