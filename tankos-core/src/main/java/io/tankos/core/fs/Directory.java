package io.tankos.core.fs;

/**
 * A directory, with its permission bits. Parent directories of files need not be listed: they are
 * created with mode {@code 0755}.
 *
 * @param path relative path
 * @param mode permission bits, e.g. {@code 0700}
 */
public record Directory(String path, int mode) implements FileEntry {}
