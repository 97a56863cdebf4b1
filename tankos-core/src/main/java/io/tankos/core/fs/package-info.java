/**
 * Deterministic file trees ({@link io.tankos.core.fs.FileTree}) and their atomic, durable,
 * refuse-what-is-not-ours directory writes ({@link io.tankos.core.fs.FileTree#writeTo(java.nio.file.Path,
 * io.tankos.core.fs.WriteOptions)}).
 */
package io.tankos.core.fs;
