/** The Tank-OS Quadlet units (the OpenClaw agent container and its secret drop-ins) built with the typed model. */
package io.tankos.quadlet.tankos;
