/** io.tankos.bootc. */
package io.tankos.bootc;
