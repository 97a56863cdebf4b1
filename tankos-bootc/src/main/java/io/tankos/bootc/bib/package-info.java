/**
 * bootc-image-builder: {@link io.tankos.bootc.bib.BootcImageBuilder} turns a bootc image into disk
 * images or an installer ISO ({@link io.tankos.bootc.bib.ImageType}) from a {@link
 * io.tankos.bootc.bib.DiskImageRequest}, with the customisations of a {@link
 * io.tankos.bootc.bib.BuildConfig} (users, groups, filesystems, disk layout, installer, ISO labels).
 */
package io.tankos.bootc.bib;
