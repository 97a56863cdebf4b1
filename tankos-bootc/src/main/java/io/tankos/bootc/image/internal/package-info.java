/**
 * Internals of the Tank-OS image model: the generated shell scripts the image carries ({@link
 * io.tankos.bootc.image.internal.ImageScripts}) and the spec file reader and writer behind {@link
 * io.tankos.bootc.image.ImageSpec} ({@link io.tankos.bootc.image.internal.SpecParser}, {@link
 * io.tankos.bootc.image.internal.SpecReader}, {@link io.tankos.bootc.image.internal.SpecWriter});
 * not exported.
 */
package io.tankos.bootc.image.internal;
