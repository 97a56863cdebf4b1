/**
 * Internals of the Tank-OS image model: the generated shell scripts the image carries ({@link
 * io.tankos.bootc.image.internal.ImageScripts}); not exported.
 */
package io.tankos.bootc.image.internal;
