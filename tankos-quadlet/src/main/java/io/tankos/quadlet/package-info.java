/** io.tankos.quadlet. */
package io.tankos.quadlet;
