/**
 * ISO 9660 images with Joliet and Rock Ridge, written deterministically from a {@link
 * io.tankos.core.fs.FileTree}: cloud-init NoCloud {@code cidata} seeds. See {@link
 * io.tankos.core.iso.IsoImage}.
 */
package io.tankos.core.iso;
