/**
 * Internals of the bootc module (JSON and TOML codecs on Jackson, temporary directories, tool
 * message parsing); not exported.
 */
package io.tankos.bootc.internal;
