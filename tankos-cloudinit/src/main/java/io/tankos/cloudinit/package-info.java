/** io.tankos.cloudinit. */
package io.tankos.cloudinit;
