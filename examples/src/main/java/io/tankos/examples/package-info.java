/** io.tankos.examples. */
package io.tankos.examples;
